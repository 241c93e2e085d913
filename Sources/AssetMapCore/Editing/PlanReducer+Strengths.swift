extension PlanReducer {
    static func reduceStrengths(_ plan: inout Plan, _ action: PlanAction) throws(EditRejection) {
        switch action {
        case .addAsset(let asset):
            try plan.assets.insertNew(try validated(asset))
        case .updateAsset(let asset):
            try plan.assets.replace(try validated(asset))
        case .deleteAsset(let id):
            let removed = plan.assets.remove(at: try plan.assets.index(of: id))
            forgetAsset(removed, in: &plan)
        case .reorderAsset(let id, let offset):
            try plan.assets.shift(id: id, by: offset)
        case .linkCommunity(let id):
            guard !plan.communityLinks.contains(id) else { throw EditRejection("That is already linked to this plan.") }
            plan.communityLinks.append(id)
        case .unlinkCommunity(let id):
            guard plan.communityLinks.contains(id) else { throw EditRejection("That is not linked to this plan.") }
            plan.communityLinks.removeAll { $0 == id }
        case .reorderCommunityLink(let id, let offset):
            guard let from = plan.communityLinks.firstIndex(of: id) else {
                throw EditRejection("That is not linked to this plan.")
            }
            let to = min(max(from + offset, 0), plan.communityLinks.count - 1)
            guard to != from else {
                throw EditRejection(offset < 0 ? "It is already at the top." : "It is already at the bottom.")
            }
            plan.communityLinks.insert(plan.communityLinks.remove(at: from), at: to)
        case .notForMe(let id):
            guard !plan.notForMe.contains(id) else {
                throw EditRejection("That is already marked not for this person.")
            }
            plan.notForMe.append(id)
        default:
            preconditionFailure("not a strengths action")
        }
    }

    private static func validated(_ asset: Asset) throws(EditRejection) -> Asset {
        try requireText(asset.text, "Please type what it is.")
        var clean = asset
        clean.text = asset.text.trimmed
        clean.domain = asset.domain?.nonEmpty
        return clean
    }

    private static func forgetAsset(_ asset: Asset, in plan: inout Plan) {
        for goalIndex in plan.goals.indices {
            for stepIndex in plan.goals[goalIndex].steps.indices
            where plan.goals[goalIndex].steps[stepIndex].assetIds.contains(asset.id) {
                plan.goals[goalIndex].steps[stepIndex].assetIds.removeAll { $0 == asset.id }
                plan.goals[goalIndex].steps[stepIndex].removedLinks.append(asset.text)
            }
        }
    }
}
