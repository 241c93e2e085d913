import AssetMapCore
import TestSupport
import Testing

@testable import AssetMapUI

@Suite struct HelpTests {
    let screens: [KeyContext] = KeyContext.allCases.filter { $0 != .planSection && $0 != .anyScreen }

    func text(_ context: KeyContext, width: Int = 74) -> String {
        ScreenHelp.lines(for: context, width: width).map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    @Test func everyScreenSaysWhatItMeansBeforeItsKeys() {
        for context in screens {
            let explanation = ScreenHelp.explanation(for: context)
            let sentences = explanation.split(separator: ".").filter {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
            #expect(sentences.count >= 1 && explanation.hasSuffix("."), "\(context)")
            let first = ScreenHelp.lines(for: context, width: 74).first?.map(\.text).joined() ?? ""
            #expect(
                explanation.hasPrefix(first.trimmingCharacters(in: .whitespaces)),
                "\(context) does not begin with its explanation")
        }
    }

    @Test func theMainScreensExplainInTwoOrThreeSentencesOrMore() {
        for context in [KeyContext.caseload, .overview, .network, .strengths, .goals, .goal, .wellbeing, .notes] {
            let sentences = ScreenHelp.explanation(for: context).components(separatedBy: ". ").count
            #expect(sentences >= 2, "\(context) has \(sentences) sentence")
        }
    }

    @Test func theExplanationsSayWhatTheMarksAndNumbersMean() {
        let network = ScreenHelp.explanation(for: .network)
        for words in ["1 the people they are closest to", "+ supportive", "~ mixed", "− can be hard", "slice"] {
            #expect(network.contains(words), "\(words)")
        }
        #expect(ScreenHelp.explanation(for: .goal).contains("read from the bottom up"))
        let wellbeing = ScreenHelp.explanation(for: .wellbeing)
        #expect(wellbeing.contains("0 and 48") && wellbeing.contains("30/44"))
    }

    /// The keys as help writes them, in the column before what they do.
    func keyColumn(_ context: KeyContext) -> [String] {
        ScreenHelp.lines(for: context, width: 74).compactMap { line in
            line.first { $0.role == .heading }?.text.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func helpListsEveryKeyThatWorksOnTheScreen() {
        for context in screens {
            let keys = keyColumn(context).joined(separator: " ")
            for binding in KeyMap.bindings(for: context) {
                if case .section = binding.command {
                    #expect(keys.contains("1-6"))
                    continue
                }
                if case .answer = binding.command {
                    #expect(keys.contains("4-0"))
                    continue
                }
                // The same letter in capitals and small letters is written once.
                for key in binding.keys {
                    #expect(
                        keys.lowercased().contains(key.label.lowercased()),
                        "\(key.label) (\(binding.label)) missing from help in \(context)")
                }
            }
        }
    }

    @Test func typingKeysAreInTheKeyTableWhereverTextIsTyped() {
        for context in [KeyContext.form, .textBox, .caseloadSearch, .directorySearch, .picker] {
            #expect(KeyMap.command(for: .control("u"), in: context) == .editText(.clearToStart), "\(context)")
            #expect(KeyMap.command(for: .control("k"), in: context) == .editText(.clearToEnd), "\(context)")
            #expect(KeyMap.command(for: .control("w"), in: context) == .editText(.deleteWordBefore), "\(context)")
            #expect(KeyMap.command(for: .control("p"), in: context) == .privacy, "\(context)")
            #expect(KeyMap.command(for: .function(1), in: context) == .help, "\(context)")
        }
        let network = text(.network)
        for key in ["Ctrl-U", "Ctrl-K", "Ctrl-W", "Ctrl-P", "F1", "While typing"] {
            #expect(network.contains(key), "\(key) missing from the network's help")
        }
    }

    @Test func ctrlUStillClearsWhatIsTypedInAForm() {
        let driver = ScreenDriver()
        driver.press(.character("a"))
        driver.type("Zoe")
        driver.press(.control("u"))
        driver.type("Zoë")
        guard case .form(let form)? = driver.state.modals.last, let newPlan = form.content as? NewPlanForm else {
            Issue.record("no form")
            return
        }
        #expect(newPlan.name.typed == "Zoë")
    }

    @Test func f1OpensHelpOverAFormAndTheFormIsAsItWasAfter() {
        let driver = ScreenDriver()
        driver.press(.character("a"))
        driver.type("Zoë?")
        driver.press(.function(1))
        expectSnapshot(driver.screen, named: "help-form")
        driver.press(.escape)
        guard case .form(let form)? = driver.state.modals.last, let newPlan = form.content as? NewPlanForm else {
            Issue.record("the form closed")
            return
        }
        #expect(newPlan.name.typed == "Zoë?")
    }

    @Test func longHelpScrollsAndSaysThereIsMore() {
        let driver = ScreenDriver(showing: Samples.fullPlan(), part: "2")
        driver.press(.character("?"))
        expectSnapshot(driver.screen, named: "help-network")
        #expect(driver.screen.lines.joined().contains("↓ more"))
        for _ in 0..<100 { driver.press(.down) }
        expectSnapshot(driver.screen, named: "help-network-end")
        let end = driver.state.modals.last
        driver.press(.up)
        #expect(driver.state.modals.last != end, "one ↑ after the end moves back at once")
        driver.press(.character("x"))
        #expect(driver.state.modals.isEmpty)
    }

    @Test func helpFitsATinyAreaWithoutCrashing() {
        for size in [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 12, height: 5)] {
            var canvas = Canvas(size: size)
            HelpOverlay.draw(.network, title: "Network", scroll: 3, in: Rect(size: size), on: &canvas)
        }
    }
}
