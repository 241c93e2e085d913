import AssetMapCore

/// Everything that can happen to the state: keys, the terminal changing size, and results of effects.
public enum AppEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case caseloadLoaded([CaseloadRow])
    case planOpened(Plan, readOnly: String?)
    /// The made-up example plan is open, in memory only.
    case exampleOpened(Plan)
    /// The plan was saved and let go of; the caseload shows again.
    case planClosed
    /// Quitting was asked for but the open plan could not be saved.
    case quitBlocked(String)
    /// The plan file at `path` was moved to `binPath`.
    case planBinned(path: String, binPath: String)
    case planRestored(path: String)
    /// Something the person asked for could not be done; the text says why and what to do.
    case failed(String)
    case saveFailed(String)
    /// Saving stopped because something other than assetmap changed the plan's file since it was opened.
    case saveConflict(String)
    /// What was on screen was saved as a new plan, with this id, beside the file that changed; editing carries on in it.
    case savedAsCopy(id: String)
    case saved
    case directoryLoaded(CommunityDirectory)
    /// A change reached the directory file; `undo` is what would take it back, `note` says if it met a change from elsewhere.
    case directoryChanged(CommunityDirectory, note: String?, undo: DirectoryAction?)
    case directoryFailed(String)
    case settingsLoaded(AppSettings)
    case reportLoaded(CaseloadReport)
    /// A copy was written; the text says where.
    case exported(String)
    /// How the data folder stands with its team; nil when it is not in one.
    case teamChecked(TeamLine?)
    /// A sync with the team finished, or could not; the sentence says which and why.
    case teamSynced(TeamLine?, message: String, succeeded: Bool)
    /// The open plan's file was changed elsewhere (a sync, another program) and nothing clashed with what is on
    /// screen: this is the plan now.
    case planChangedElsewhere(Plan)
    /// A group session was saved for the first time and is on screen.
    case groupStarted(GroupSession)
    /// The group was saved and let go of; the caseload shows again.
    case groupClosed
    /// What a member chose is in their plan (one started for them, if they had none).
    case groupIdeasSent(memberID: String, planID: String)
    /// What a member chose could not reach their plan; the sentence says why. Nothing was changed.
    case groupIdeasNotSent(String)
}

/// Work for the world outside the reducers (files, quitting). The app carries it out and reports back.
public enum Effect: Equatable, Sendable {
    case loadCaseload
    /// Read every plan and count the caseload report.
    case loadReport
    /// Open the plan in this file: a file, not an id, since two files may hold the same id.
    case openPlan(path: String)
    case createPlan(Plan)
    /// Save the open plan and let go of it.
    case closePlan
    /// Move this plan file to the bin; `id` is the plan's, for its lock.
    case binPlan(path: String, id: String)
    /// Put a binned plan back in the file it came from.
    case restorePlan(binPath: String, path: String)
    /// Save and leave; `force` leaves even when the last save failed.
    case quit(force: Bool)
    /// Leave as a hang-up does: whatever is being typed is kept and saved first.
    case stop
    case loadDirectory
    case changeDirectory(DirectoryAction, undo: DirectoryAction?)
    case saveSettings(AppSettings)
    /// Open the made-up example plan, kept in memory only.
    case openExample(Plan)
    /// Add the example to the caseload as a plan of its own, then close it.
    case keepExampleCopy
    case export(ExportRequest)
    /// After the plan's file changed outside assetmap: save what is on screen over it, or beside it as a copy.
    case resolveConflict(keepBoth: Bool)
    /// Share with the team now.
    case syncTeam
    /// Save a new group session and run it.
    case startGroup(GroupSession)
    /// Save the group and let go of it.
    case closeGroup
    /// Put what a member chose into their plan, through the plan's own actions.
    case sendGroupIdeas(GroupDelivery)
    case writeGroupSheets(GroupSheetsRequest)
}
