/// Gentle questions for when someone cannot think of a strength, one at a time, grouped by life area.
public enum StrengthPrompts {
    public struct Prompt: Equatable, Sendable {
        public var area: LifeArea
        public var question: String
    }

    public static let all: [Prompt] = [
        Prompt(area: .familyAndRelationships, question: "What do friends or family ask you to help with?"),
        Prompt(
            area: .familyAndRelationships, question: "Who would say you have been kind to them, and what did you do?"),
        Prompt(area: .familyAndRelationships, question: "What do people like about spending time with you?"),
        Prompt(area: .health, question: "What helps you feel a bit better on a hard day?"),
        Prompt(area: .health, question: "What have you got through that you're proud of?"),
        Prompt(area: .health, question: "What do you do that keeps you going, even in small ways?"),
        Prompt(area: .health, question: "What do you enjoy eating, making or growing?"),
        Prompt(area: .workAndLearning, question: "What did you enjoy doing as a child?"),
        Prompt(area: .workAndLearning, question: "What have you learned to do, at work, at school or on your own?"),
        Prompt(area: .workAndLearning, question: "What could you show someone else how to do?"),
        Prompt(area: .communityAndContribution, question: "Where do you feel you belong, even a little?"),
        Prompt(
            area: .communityAndContribution,
            question: "What have you done for your street, your group or your community?"),
        Prompt(area: .communityAndContribution, question: "What do you care about in the world?"),
        Prompt(
            area: .communityAndContribution, question: "Which hobbies or interests have you had, now or in the past?"),
        Prompt(area: .home, question: "What do you like about where you live, or the area around it?"),
        Prompt(area: .home, question: "What do you do to make a place feel like yours?"),
        Prompt(area: .money, question: "How have you made money go further when it was tight?"),
        Prompt(area: .money, question: "What do you have that you could lend, share or swap?"),
        Prompt(area: .controlOverDailyLife, question: "What part of your day do you look forward to?"),
        Prompt(area: .controlOverDailyLife, question: "What decision have you made that turned out well?"),
        Prompt(area: .controlOverDailyLife, question: "What routines help you, and who taught you them?"),
        Prompt(area: .feelingSafe, question: "Where, or with whom, do you feel safe and settled?"),
        Prompt(area: .feelingSafe, question: "What do you do when you need to calm down?"),
        Prompt(area: .dignity, question: "What matters most to you about how people treat you?"),
        Prompt(area: .dignity, question: "What would the people who love you say you are good at?"),
    ]
}
