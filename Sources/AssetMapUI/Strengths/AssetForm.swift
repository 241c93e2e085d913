import AssetMapCore

/// Writing down a strength, a skill, an interest, a resource, a place or a value.
enum AssetForm {
    static let kindOptions = ["a strength", "a skill", "an interest", "a resource", "a place", "a value"]
    static let areaOptions = ["(no particular area)"] + LifeArea.allCases.map(\.words)

    static func make(owner: AssetOwner, asset: Asset? = nil, intro: String? = nil, area: LifeArea? = nil) -> FormState {
        let chosenArea = asset.flatMap { LifeArea(rawValue: $0.domain ?? "") } ?? area
        let owner = asset?.owner ?? owner
        let title = asset == nil ? (owner == .person ? "Something I'm good at or have" : "Something I can bring") : "Change it"
        let note = owner == .person ? "In the person's own words, as a strength or something they have."
            : "What the worker can offer: a skill, some time, something they know about, or someone they know."
        return FormState(title: title, fields: [
            .text("text", "What it is", asset?.text ?? "", note: note),
            .choice("kind", "Kind", kindOptions, selected: AssetKind.allCases.firstIndex(of: asset?.kind ?? .strength) ?? 0),
            .choice("area", "Part of life", areaOptions, selected: chosenArea.flatMap { LifeArea.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0,
                    note: "Optional: which part of life it helps with."),
        ], purpose: asset.map { .editAsset(id: $0.id) } ?? .addAsset(owner), intro: intro)
    }

    static func action(from form: FormState, plan: Plan, env: Environment) throws(FormProblem) -> PlanAction {
        let text = try form.required("text", "Please type what it is.")
        let area = form.choice("area")
        let domain = area == 0 ? nil : LifeArea.allCases[area - 1].rawValue
        let kind = AssetKind.allCases[form.choice("kind")]
        switch form.purpose {
        case .editAsset(let id):
            guard var asset = plan.assets.first(where: { $0.id == id }) else { throw form.problem("text", "That is no longer there.") }
            asset.text = text
            asset.kind = kind
            // A life area written by hand that is not on the list is kept unless another is chosen.
            if area != 0 || LifeArea(rawValue: asset.domain ?? "") != nil { asset.domain = domain }
            return .updateAsset(asset)
        case .addAsset(let owner):
            return .addAsset(Asset(id: env.newID(), owner: owner, kind: kind, text: text, domain: domain))
        default:
            throw form.problem("text", "This form cannot be saved here.")
        }
    }
}
