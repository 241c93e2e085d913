import AssetMapCore

/// Starting a group from the caseload: who is here, chosen from the caseload, then first names for anyone without
/// a plan. Only names are taken from the caseload, and only first names reach the group's screen.
enum GroupSetup {
    static func begin(_ state: inout AppState) {
        let plans = state.caseload.rows.compactMap(\.summary)
        guard !plans.isEmpty else {
            state.modals.append(.form(GroupForms.start([])))
            return
        }
        let items = plans.map {
            PickerState.Item(id: $0.id, label: $0.displayName, detail: $0.preferredName == nil ? "" : $0.name)
        }
        state.modals.append(
            .picker(PickerState(title: "Who is here today?", items: items, chosen: [], purpose: .groupMembers)))
    }

    /// The picker is done: the form for the group follows, with those chosen in it by first name.
    static func start(with picker: PickerState, state: inout AppState, env: Environment) {
        let chosen = picker.items.filter { picker.chosen.contains($0.id) }.map {
            GroupMember(id: env.newID(), name: GroupMember.firstName(of: $0.label), planID: $0.id)
        }
        state.modals.append(.form(GroupForms.start(chosen)))
    }
}
