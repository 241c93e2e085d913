import AssetMapCore

/// The key that says who is writing now. The title bar keeps showing it; the message line says what it does.
enum WhoIsWriting {
    static func next(_ state: inout AppState) {
        guard let plan = state.plan else { return }
        let name = plan.plan.person.displayName
        let writing = Author.next(after: plan.editor.writing)
        state.plan?.editor.writing = writing
        guard let writing else {
            state.status = .info("Who is writing is not marked now. Press w to choose.")
            return
        }
        state.status = .info(
            "Writing now: \(writing.who(personName: name)). What is added or changed from now on is marked "
                + "\(writing.writtenBy(personName: name)). Press w to change it.")
    }
}
