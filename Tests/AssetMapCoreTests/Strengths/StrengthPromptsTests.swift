import AssetMapCore
import Testing

@Suite struct StrengthPromptsTests {
    @Test func thereAreAtLeastTwentyGentleQuestionsGroupedByLifeArea() {
        let prompts = StrengthPrompts.all
        #expect(prompts.count >= 20)
        #expect(Set(prompts.map(\.question)).count == prompts.count, "no question twice")
        var finished: Set<LifeArea> = []
        for (previous, prompt) in zip([nil] + prompts.map(Optional.init), prompts) where previous?.area != prompt.area {
            if let previous { finished.insert(previous.area) }
            #expect(!finished.contains(prompt.area), "the questions about \(prompt.area) are not all together")
        }
        #expect(prompts.allSatisfy { $0.question.hasSuffix("?") })
    }
}
