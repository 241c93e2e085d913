import AssetMapCore
import Testing

@Suite struct StrengthsWordingTests {
    @Test(arguments: [
        "My illness gets in the way", "Lots of problems with money", "I had a relapse", "crisis again",
        "non-compliance with meds", "I can't cook",
    ])
    func suggestsAStrengthsWayOfPuttingDeficitWords(text: String) {
        #expect(StrengthsWording.suggestion(for: text) != nil)
    }

    @Test(arguments: ["Good at fixing bikes", "Kind to animals", "Enjoys the choir", "Prose writing", ""])
    func saysNothingAboutStrengths(text: String) {
        #expect(StrengthsWording.suggestion(for: text) == nil)
    }

    @Test(arguments: [
        ("but I'm a bit of a mess and can't cope with crowds", "a bit of a mess"),
        ("I can sing alto, even though my anxiety stops me performing", "stops me"),
        ("My illness", "illness"),
        ("I'm useless with money", "useless"),
        ("Struggling since the move", "Struggling"),
        ("I am not good at forms", "not good at"),
        ("Everything feels like a mess", "mess"),
        ("I can’t sleep", "can't"),
    ])
    func deficitWordsAreFound(text: String, words: String) {
        #expect(StrengthsWording.match(in: text)?.words == words)
    }

    @Test(arguments: [
        "I'm not bad at cooking", "No problem with the bus", "I send a message every day", "Good with animals", "",
    ])
    func wordsThatAreFineAreLeftAlone(text: String) {
        #expect(StrengthsWording.match(in: text) == nil)
    }
}
