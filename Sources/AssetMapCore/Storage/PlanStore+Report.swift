import FoundationEssentials

extension PlanStore {
    /// Every plan in the folder that can be read, and how many files could not be, for counting across the caseload.
    public func readAll() -> (plans: [Plan], unreadable: Int) {
        var plans: [Plan] = []
        var unreadable = 0
        for url in planFiles() {
            if let plan = try? read(url) { plans.append(plan) } else { unreadable += 1 }
        }
        return (plans, unreadable)
    }

    /// The caseload report over every readable plan in the folder.
    public func report(_ scope: ReportScope, made: CalendarDay, timeZone: TimeZone? = nil) -> CaseloadReport {
        let all = readAll()
        return CaseloadReport(
            plans: all.plans, unreadable: all.unreadable, scope: scope, made: made, timeZone: timeZone)
    }
}
