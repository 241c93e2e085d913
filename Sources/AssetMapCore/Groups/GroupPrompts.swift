/// The questions a group works through: some of the strengths questions, chosen because people can answer them
/// for one another, then the places and groups the group likes round here.
public enum GroupPrompts {
    /// Taken word for word from `StrengthPrompts`, so a person meets the same question in a group and on their own.
    static let strengthQuestions = [
        "What do friends or family ask you to help with?",
        "What do people like about spending time with you?",
        "What helps you feel a bit better on a hard day?",
        "What have you learned to do, at work, at school or on your own?",
        "Which hobbies or interests have you had, now or in the past?",
    ]

    public static let placesQuestion = "Places and groups round here that we like"

    public static var standard: [GroupPrompt] {
        let strengths = strengthQuestions.enumerated().map {
            GroupPrompt(id: "q\($0.offset + 1)", text: $0.element, kind: .strengths)
        }
        return strengths + [GroupPrompt(id: "places", text: placesQuestion, kind: .places)]
    }
}
