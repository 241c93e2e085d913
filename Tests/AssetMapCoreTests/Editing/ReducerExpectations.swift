import AssetMapCore
import Testing

/// Applies an action and compares the whole plan with the expected one, so any change not
/// written down in the test fails it.
func expectChange(
    _ plan: Plan, _ action: PlanAction, sourceLocation: SourceLocation = #_sourceLocation,
    _ change: (inout Plan) -> Void
) {
    var actual = plan
    do {
        try PlanReducer.reduce(&actual, action)
    } catch {
        Issue.record("rejected: \(error.message)", sourceLocation: sourceLocation)
        return
    }
    var expected = plan
    change(&expected)
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// The action is refused with this message and the plan is left exactly as it was.
func expectRejection(
    _ plan: Plan, _ action: PlanAction, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    var actual = plan
    #expect(throws: EditRejection(message), sourceLocation: sourceLocation) { try PlanReducer.reduce(&actual, action) }
    #expect(actual == plan, sourceLocation: sourceLocation)
}
