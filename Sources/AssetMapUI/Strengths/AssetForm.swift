import AssetMapCore

/// Writing down a strength, a skill, an interest, a resource, a place or a value.
public struct AssetForm: TypedForm {
    static let kindOptions = ["a strength", "a skill", "an interest", "a resource", "a place", "a value"]
    static let areaOptions = ["(no particular area)"] + LifeArea.allCases.map(\.words)

    /// Whose it is, for a new one.
    var owner: AssetOwner
    /// The one being changed; nil for a new one.
    var assetID: String?
    var text: FormField
    var kind: FormField
    var area: FormField

    var order: [WritableKeyPath<AssetForm, FormField>] { [\.text, \.kind, \.area] }

    static func make(owner: AssetOwner, asset: Asset? = nil, intro: String? = nil, area: LifeArea? = nil) -> FormState {
        let chosenArea = asset.flatMap { LifeArea(rawValue: $0.domain ?? "") } ?? area
        let owner = asset?.owner ?? owner
        let title =
            asset == nil ? (owner == .person ? "Something I'm good at or have" : "Something I can bring") : "Change it"
        let note =
            owner == .person
            ? "In the person's own words, as a strength or something they have."
            : "What the worker can offer: a skill, some time, something they know about, or someone they know."
        let form = AssetForm(
            owner: owner, assetID: asset?.id,
            text: .text(label: "What it is", asset?.text ?? "", note: note),
            kind: .choice(
                label: "Kind", kindOptions, selected: AssetKind.allCases.firstIndex(of: asset?.kind ?? .strength) ?? 0),
            area: .choice(
                label: "Part of life", areaOptions,
                selected: chosenArea.flatMap { LifeArea.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0,
                note: "Optional: which part of life it helps with."))
        return FormState(title: title, content: form, intro: intro)
    }

    func action(plan: Plan, env: Environment) throws(FormProblem) -> PlanAction {
        let text = try required(\.text, "Please type what it is.")
        let domain = area.chosen == 0 ? nil : LifeArea.allCases[area.chosen - 1].rawValue
        let kind = AssetKind.allCases[kind.chosen]
        guard let assetID else {
            return .addAsset(Asset(id: env.newID(), owner: owner, kind: kind, text: text, domain: domain))
        }
        guard var asset = plan.assets.first(where: { $0.id == assetID }) else {
            throw problem(\.text, "That is no longer there.")
        }
        asset.text = text
        asset.kind = kind
        // A life area written by hand that is not on the list is kept unless another is chosen.
        if area.chosen != 0 || LifeArea(rawValue: asset.domain ?? "") != nil { asset.domain = domain }
        return .updateAsset(asset)
    }

    var usesStrengthsWording: Bool { true }

    func save(_ state: inout AppState, env: Environment) throws(FormProblem) -> [Effect]? {
        try state.save(self, in: \.strengths, env: env) { strengths, context throws(FormProblem) in
            try StrengthsReducer.submit(self, strengths: &strengths, in: &context)
        }
    }
}
