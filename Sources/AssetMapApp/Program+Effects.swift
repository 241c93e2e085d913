import AssetMapCore
import AssetMapUI
import FoundationEssentials

extension Program {
    /// Carries out one effect and sends what came of it back through the reducer. The one place this is done.
    func perform(_ effect: Effect) {
        switch effect {
        case .savePlan:
            planSaveAsked = true
        case .saveGroup:
            groupSaveAsked = true
        case .loadCaseload:
            let rows = store.list().map(CaseloadRow.init)
            send(.caseloadLoaded(rows))
            send(.teamChecked(team?.line()))
        case .syncTeam:
            guard let team else { return }
            draw()
            let result = team.sync()
            send(.teamSynced(team.line(), message: result.message, succeeded: result.succeeded))
            perform(.loadCaseload)
        case .loadReport:
            // Reading every plan can take a moment in a big caseload: the screen says it is counting meanwhile.
            draw()
            send(.reportLoaded(store.report(ReportScope(), made: env.today, timeZone: env.timeZone)))
        case .openPlan(let path):
            do {
                adopt(try store.open(URL(fileURLWithPath: path, isDirectory: false), now: env.now()))
            } catch {
                send(.failed(error.message))
            }
        case .createPlan(let plan):
            do {
                adopt(try store.create(plan, now: env.now()))
            } catch {
                send(.failed(error.message))
            }
        case .closePlan:
            guard savePlan() == .saved else { return }
            letGoOfPlan()
            send(.planClosed)
        case .binPlan(let path, let id):
            do {
                let url = try store.moveToBin(URL(fileURLWithPath: path, isDirectory: false), id: id)
                send(.planBinned(path: path, binPath: url.path))
            } catch {
                send(.failed(error.message))
            }
        case .restorePlan(let binPath, let path):
            do {
                try store.restore(
                    fromBin: URL(fileURLWithPath: binPath), to: URL(fileURLWithPath: path, isDirectory: false))
                send(.planRestored(path: path))
            } catch {
                send(.failed(error.message))
            }
        case .quit(let force):
            if force || savePlan() == .saved {
                finished = true
            } else {
                send(.quitBlocked(state.plan?.saveProblem ?? "The plan could not be saved."))
            }
        case .loadDirectory:
            do {
                send(.directoryLoaded(try directoryStore.read()))
            } catch {
                send(
                    .directoryFailed("The directory could not be read: \(error.readReason). The file is left as it is.")
                )
            }
        case .changeDirectory(let action, let undo):
            do {
                let result = try directoryStore.change(action)
                send(.directoryChanged(result.directory, note: result.note, undo: undo))
            } catch let error as EditRejection {
                send(.directoryFailed(error.message))
            } catch {
                send(
                    .directoryFailed(
                        "Not saved in the directory: \(error.readReason). Nothing was lost; try again in a moment."))
            }
        case .openExample(let plan):
            letGoOfPlan()
            send(.exampleOpened(plan))
        case .keepExampleCopy:
            guard let plan = state.plan?.plan else { return }
            do {
                _ = try store.add(PlanImporter.asNew(plan, id: env.newID()))
                send(.exampleCopyKept)
            } catch {
                send(.failed("The copy could not be saved: \(error.message)"))
            }
        case .export(let request):
            export(request)
        case .stop:
            stopSafely()
        case .resolveConflict(let keepBoth):
            if keepBoth { saveAsCopy() } else { savePlan(overwriting: true) }
        case .startGroup(let session):
            do {
                send(.groupStarted(try groups.start(session, now: env.now())))
            } catch {
                send(.failed("The group could not be started: \(error.message)"))
            }
        case .closeGroup:
            if let problem = groups.close(state.group?.session) { send(.failed(problem)) } else { send(.groupClosed) }
        case .sendGroupIdeas(let delivery):
            // The directory as it is now, so a place added a moment ago is linked with its details.
            switch groups.deliver(
                delivery, directory: (try? directoryStore.read()) ?? state.directory.directory, env: env)
            {
            case .sent(let planID): send(.groupIdeasSent(memberID: delivery.memberID, planID: planID))
            case .notSent(let message): send(.groupIdeasNotSent(message))
            }
        case .writeGroupSheets(let request):
            guard let session = state.group?.session else { return }
            do {
                let directory = (try? directoryStore.read()) ?? state.directory.directory
                send(
                    .exported(
                        try groups.writeSheets(
                            request, session: session, directory: directory, made: env.today,
                            in: workingFolder)))
            } catch {
                send(.failed("The sheets could not be saved: \(error.message)"))
            }
        case .saveSettings(let settings):
            terminal?.reportMouse(settings.mouse)
            do {
                try store.folder.writeSettings(settings)
            } catch {
                send(.failed("The settings could not be saved: \(error.message)"))
            }
        }
    }

    /// Writes a copy of the open plan, never over an existing file: a name already in use gets "-2", "-3"….
    private func export(_ request: ExportRequest) {
        guard let plan = state.plan?.plan else { return }
        let directory = (try? directoryStore.read()) ?? state.directory.directory
        do {
            let text = try Exporter.render(
                plan, as: request.format, rows: request.rows, contents: request.contents,
                directory: directory, made: env.today)
            let url = FreeName.for(request.path, in: workingFolder)
            try DurableFile.write(Data(text.utf8), to: url)
            send(.exported(ExportNotice.written(url.path, encryptedFolder: store.codec.isEncrypted)))
        } catch let error as StorageError {
            send(.failed("The copy could not be saved: \(error.message)"))
        } catch {
            send(.failed("The copy could not be made."))
        }
    }
}

extension CaseloadRow {
    public init(_ entry: PlanStore.Entry) {
        switch entry {
        case .plan(let summary, let path, let sharesID):
            self.init(content: .plan(summary), path: path, sharesID: sharesID)
        case .unreadable(let path, let reason): self.init(content: .unreadable(reason: reason), path: path)
        }
    }
}
