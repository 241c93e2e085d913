import AssetMapCore
import TestSupport
import Testing

@Suite struct NetworkSummaryTests {
    @Test func theSummarySaysInPlainWordsWhoHelpsWhom() {
        let network = [
            Samples.connection("c1", "Aoife", ring: 1, gives: "Sunday dinners", receives: "Garden help"),
            Samples.connection("c2", "Mam", ring: 2, gives: "Rings most days"),
            Samples.connection(
                "c3", "Biscuit the dog", ring: 2, kind: .pet, gives: "Walks", receives: "Food and walks"),
            Samples.connection("c4", "Choir", ring: 3, kind: .group, receives: "I make the tea"),
        ]
        #expect(NetworkSummary(network).sentence == "4 on the map: 3 help me, 3 I help. On rings 1–5: 1, 2, 1, 0, 0")
    }

    @Test func writingWhatIGiveAPlaceOrAServiceDoesNotMakeThemSomeoneISupport() {
        let network = [
            Samples.connection(
                "c1", "Housing office", ring: 4, kind: .service, gives: "Letters", receives: "Forms and phone calls"),
            Samples.connection("c2", "Library", ring: 3, kind: .place, receives: "My library fines"),
            Samples.connection("c3", "Support worker", ring: 4, gives: "Visits", receives: "I make her a cup of tea"),
        ]
        let summary = NetworkSummary(network)
        #expect(summary.helpMe == 2)
        #expect(summary.iHelp == 0)
        #expect(summary.sentence.hasPrefix("3 on the map: 2 help me, 0 I help."))
        #expect(NetworkSummary([network[0]]).sentence.hasPrefix("1 on the map: 1 helps me,"))
    }
}
