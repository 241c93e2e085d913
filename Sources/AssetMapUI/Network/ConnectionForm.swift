import AssetMapCore

/// Adding someone to the map, or changing them: a short form.
public struct ConnectionForm: TypedForm {
    static let ringOptions = Connection.rings.map { "\($0) · \(RingWords.short($0))" }
    static let kindOptions = ["a person", "a group", "a place", "a service", "a pet"]
    static let feelingOptions = Feeling.allCases.map { "\($0.symbol) \($0.words)" }
    static let privateOptions = ["No", "Yes: kept off copies"]

    /// Who is being changed; nil for someone new.
    var connectionID: String?
    var name: FormField
    var ring: FormField
    var kind: FormField
    var feeling: FormField
    var gives: FormField
    var receives: FormField
    var contact: FormField
    var note: FormField
    var isPrivate: FormField

    var order: [WritableKeyPath<ConnectionForm, FormField>] {
        [\.name, \.ring, \.kind, \.feeling, \.gives, \.receives, \.contact, \.note, \.isPrivate]
    }

    static func make(_ connection: Connection?, defaultRing: Int) -> FormState {
        let ring = connection?.ring ?? defaultRing
        let form = ConnectionForm(
            connectionID: connection?.id,
            name: .text(label: "Name", connection?.name ?? "", note: "A person, a group, a place, a service or a pet."),
            ring: .choice(
                label: "Ring", ringOptions, selected: ring - 1,
                note: "The middle ring is who the person feels closest to, family or not."),
            kind: .choice(
                label: "Who or what", kindOptions,
                selected: ConnectionKind.allCases.firstIndex(of: connection?.kind ?? .person) ?? 0),
            feeling: .choice(
                label: "How I feel about them", feelingOptions,
                selected: Feeling.allCases.firstIndex(of: connection?.feeling ?? .supportive) ?? 0,
                note: "How the person feels about them. Someone can matter and still be hard."),
            gives: .text(label: "What they give me", connection?.gives ?? ""),
            receives: .text(
                label: "What I give them", connection?.receives ?? "",
                note: "What the person gives counts as much as what they get."),
            contact: .text(label: "How to contact", connection?.contact ?? "", note: "Optional."),
            note: .text(label: "Note", connection?.note ?? "", multiline: true, note: "Optional."),
            isPrivate: .choice(
                label: "Private", privateOptions, selected: connection?.isPrivate == true ? 1 : 0,
                note: "Left off copies to print or take home, unless asked for."))
        return FormState(title: connection.map { "Change \($0.name)" } ?? "Add to the map", content: form)
    }

    func action(plan: Plan, env: Environment) throws(FormProblem) -> PlanAction {
        let name = try required(\.name, "Please type a name.")
        var connection = Connection(id: env.newID(), name: name, ring: 1)
        if let connectionID, let existing = plan.network.first(where: { $0.id == connectionID }) {
            connection = existing
        }
        connection.name = name
        connection.ring = ring.chosen + 1
        connection.kind = ConnectionKind.allCases[kind.chosen]
        connection.feeling = Feeling.allCases[feeling.chosen]
        connection.gives = gives.typed
        connection.receives = receives.typed
        connection.contact = contact.typed.nonEmpty
        connection.note = note.typed.nonEmpty
        connection.isPrivate = isPrivate.chosen == 1
        if connectionID != nil { return .updateConnection(connection) }
        connection.placement = RingSectors.openPlacement(
            ring: connection.ring, kind: connection.kind, among: plan.network)
        return .addConnection(connection)
    }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.network, env: env) { network, context throws(FormProblem) in
            try NetworkReducer.submit(self, network: &network, in: &context)
        }
    }
}

extension String {
    /// The text with its first letter made a capital, for labels built from lower-case words.
    var capitalisedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
