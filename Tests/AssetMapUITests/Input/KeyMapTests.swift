import AssetMapUI
import Foundation
import TestSupport
import Testing

@Suite struct KeyMapTests {
    let screens: [KeyContext] = KeyContext.allCases.filter { $0 != .planSection && $0 != .anyScreen }

    @Test func everyKeyShownInTheBarDoesWhatTheBarSays() {
        for context in screens {
            for binding in KeyMap.hints(for: context) {
                for key in binding.keys {
                    let command = KeyMap.command(for: key, in: context)
                    switch (binding.command, command) {
                    case (.section, .section?), (.answer, .answer?): continue
                    default: #expect(command == binding.command, "\(key.label) in \(context)")
                    }
                }
            }
        }
    }

    @Test func helpListsEveryKeyOfTheBar() {
        for context in screens {
            let help = KeyMap.helpLines(for: context).map(\.keys).joined(separator: " ")
            for binding in KeyMap.hints(for: context) {
                #expect(help.contains(binding.keyLabel), "\(binding.keyLabel) missing from help in \(context)")
            }
        }
    }

    @Test func theContractKeysMeanWhatDesignSays() {
        #expect(KeyMap.command(for: .character("?"), in: .overview) == .help)
        #expect(KeyMap.command(for: .character("q"), in: .notes) == .back)
        #expect(KeyMap.command(for: .character("a"), in: .notes) == .add)
        #expect(KeyMap.command(for: .character("e"), in: .goals) == .edit)
        #expect(KeyMap.command(for: .character("d"), in: .strengths) == .delete)
        #expect(KeyMap.command(for: .character("u"), in: .wellbeing) == .undo)
        #expect(KeyMap.command(for: .control("r"), in: .wellbeing) == .redo)
        #expect(KeyMap.command(for: .character("/"), in: .caseload) == .search)
        #expect(KeyMap.command(for: .character("+"), in: .network) == .inwards)
        #expect(KeyMap.command(for: .character("-"), in: .network) == .outwards)
        #expect(KeyMap.command(for: .character("p"), in: .goals) == .privacy)
        #expect(KeyMap.command(for: .character("4"), in: .notes) == .section(4))
        #expect(KeyMap.command(for: .tab, in: .strengths) == .nextSection)
        #expect(KeyMap.command(for: .backTab, in: .notes) == .previousSection)
        #expect(KeyMap.command(for: .character("k"), in: .goals) == .up)
        #expect(KeyMap.command(for: .character("h"), in: .notes) == .left)
        #expect(KeyMap.command(for: .enter, in: .notes) == .open)
        #expect(KeyMap.command(for: .control("s"), in: .form) == .save)
        #expect(KeyMap.command(for: .tab, in: .form) == .nextField)
        #expect(KeyMap.command(for: .enter, in: .form) == .nextField)
        #expect(KeyMap.command(for: .backTab, in: .form) == .previousField)
        #expect(KeyMap.command(for: .escape, in: .form) == .cancel)
    }

    /// The table is split over several files but read as one list: where two lines give a key in the same context,
    /// the earlier wins, so a screen's own keys come before the ones every screen shares.
    @Test func earlierLinesOfTheTableWin() {
        #expect(KeyMap.command(for: .tab, in: .network) == .nextItem)
        #expect(KeyMap.command(for: .character("l"), in: .goal) == .link)
        #expect(KeyMap.command(for: .escape, in: .goal) == .back)
        #expect(KeyMap.command(for: .escape, in: .notes) == .cancel)
        #expect(KeyMap.command(for: .right, in: .prompts) == .nextItem)
        #expect(KeyMap.command(for: .character("q"), in: .ideas) == .cancel)
        #expect(KeyMap.command(for: .character("q"), in: .wellbeingCheck) == .cancel)
        #expect(KeyMap.command(for: .character("s"), in: .personStrengths) == .prompts)
        #expect(KeyMap.command(for: .left, in: .groupReview) == .previousItem)
    }

    @Test func lettersAreTextWhileTyping() {
        #expect(KeyMap.command(for: .character("q"), in: .form) == nil)
        #expect(KeyMap.command(for: .character("p"), in: .caseloadSearch) == nil)
        #expect(KeyMap.command(for: .character("a"), in: .textBox) == nil)
    }

    @Test func digitsCarryTheirNumber() {
        #expect(KeyMap.command(for: .character("0"), in: .wellbeingCheck) == .answer(0))
        #expect(KeyMap.command(for: .character("3"), in: .wellbeingCheck) == .answer(3))
        #expect(KeyMap.command(for: .character("6"), in: .overview) == .section(6))
    }

    @Test func arrowsCarryTheirDirectionWhenComparingDates() {
        #expect(KeyMap.command(for: .left, in: .networkCompare) == .earlierDate(by: -1))
        #expect(KeyMap.command(for: .right, in: .networkCompare) == .earlierDate(by: 1))
        #expect(KeyMap.command(for: .up, in: .networkCompare) == .laterDate(by: -1))
        #expect(KeyMap.command(for: .down, in: .networkCompare) == .laterDate(by: 1))
        #expect(KeyMap.command(for: .enter, in: .wellbeingCheck) == .open)
    }

    @Test func aPairShownTogetherIsNamedOnceInHelp() {
        let compare = KeyMap.helpLines(for: .networkCompare)
        #expect(compare.contains { $0.keys == "←→" && $0.help == "Choose the earlier date" })
        #expect(compare.contains { $0.keys == "↑↓" && $0.help == "Choose the later date, or now" })
        #expect(
            KeyMap.helpLines(for: .groupReview).contains { $0.keys == "←→" && $0.help.hasPrefix("The next person") })
    }

    @Test func footersNameTheKeysTheTableGives() {
        #expect(
            KeyMap.footer([.save: "save", .nextField: "next", .cancel: "cancel"], in: .form)
                == "Ctrl-S save · Tab next · Esc cancel")
        #expect(
            KeyMap.footer([.toggleDone: "choose", .save: "done", .cancel: "cancel"], in: .picker)
                == "Space choose · Enter done · Esc cancel")
        #expect(KeyMap.keys(for: .answer(0), in: .wellbeingCheck).map(\.label) == ["4", "3", "2", "1", "0"])
    }

    /// The footers of forms, pickers, the compare view and the wellbeing check name no key by hand.
    @Test func footersHaveNoKeyNamesWrittenIn() throws {
        let files = [
            "Forms/FormLayout.swift", "Widgets/Picker.swift", "Network/MapOverTime.swift",
            "Wellbeing/CheckFormView.swift",
        ]
        let keyName = try Regex(#""[^"]*(Ctrl-|Esc\b|Enter\b|Tab\b|Space\b|← ?→|↑ ?↓)[^"]*""#)
        for file in files {
            let url = Fixtures.packageRoot.appendingPathComponent("Sources/AssetMapUI/\(file)")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            for line in lines where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let named = line.firstMatch(of: keyName) != nil
                #expect(!named, "\(file): \(line)")
            }
        }
    }
}
