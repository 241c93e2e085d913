import AssetMapCore

/// Adding someone to the map, or changing them: a short form.
enum ConnectionForm {
    static let ringOptions = Connection.rings.map { "\($0) · \(RingWords.short($0))" }
    static let kindOptions = ["a person", "a group", "a place", "a service", "a pet"]
    static let feelingOptions = Feeling.allCases.map { "\($0.symbol) \($0.words)" }
    static let privateOptions = ["No", "Yes: kept off copies"]

    static func make(_ connection: Connection?, defaultRing: Int) -> FormState {
        let ring = connection?.ring ?? defaultRing
        return FormState(title: connection == nil ? "Add to the map" : "Change \(connection!.name)", fields: [
            .text("name", "Name", connection?.name ?? "", note: "A person, a group, a place, a service or a pet."),
            .choice("ring", "Ring", ringOptions, selected: ring - 1, note: "The middle ring is who the person feels closest to, family or not."),
            .choice("kind", "Who or what", kindOptions, selected: ConnectionKind.allCases.firstIndex(of: connection?.kind ?? .person) ?? 0),
            .choice("feeling", "How I feel about them", feelingOptions, selected: Feeling.allCases.firstIndex(of: connection?.feeling ?? .supportive) ?? 0,
                    note: "How the person feels about them. Someone can matter and still be hard."),
            .text("gives", "What they give me", connection?.gives ?? ""),
            .text("receives", "What I give them", connection?.receives ?? "", note: "What the person gives counts as much as what they get."),
            .text("contact", "How to contact", connection?.contact ?? "", note: "Optional."),
            .text("note", "Note", connection?.note ?? "", multiline: true, note: "Optional."),
            .choice("private", "Private", privateOptions, selected: connection?.isPrivate == true ? 1 : 0,
                    note: "Left off copies to print or take home, unless asked for."),
        ], purpose: connection.map { .editConnection(id: $0.id) } ?? .addConnection)
    }

    static func action(from form: FormState, plan: Plan, env: Environment) throws(FormProblem) -> PlanAction {
        let name = try form.required("name", "Please type a name.")
        var connection = Connection(id: env.newID(), name: name, ring: 1)
        if case .editConnection(let id) = form.purpose, let existing = plan.network.first(where: { $0.id == id }) {
            connection = existing
        }
        connection.name = name
        connection.ring = form.choice("ring") + 1
        connection.kind = ConnectionKind.allCases[form.choice("kind")]
        connection.feeling = Feeling.allCases[form.choice("feeling")]
        connection.gives = form.text("gives")
        connection.receives = form.text("receives")
        connection.contact = form.text("contact").nonEmpty
        connection.note = form.text("note").nonEmpty
        connection.isPrivate = form.choice("private") == 1
        if case .editConnection = form.purpose { return .updateConnection(connection) }
        connection.placement = RingSectors.openPlacement(ring: connection.ring, kind: connection.kind, among: plan.network)
        return .addConnection(connection)
    }
}

extension String {
    /// The text with its first letter made a capital, for labels built from lower-case words.
    var capitalisedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
