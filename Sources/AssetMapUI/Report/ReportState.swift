import AssetMapCore

/// The caseload report on screen: worked out when asked for, and read a screenful at a time.
public struct ReportState: Equatable, Sendable {
    /// Nil while the plans are being read.
    public var report: CaseloadReport?
    /// The first line showing.
    public var top = 0

    public init(report: CaseloadReport? = nil) {
        self.report = report
    }
}
