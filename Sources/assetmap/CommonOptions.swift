import ArgumentParser
import AssetMapApp
import AssetMapCore
import AssetMapCrypto
import AssetMapUI
import FoundationEssentials

/// Options every command takes, as typed.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The folder plans are kept in.", valueName: "folder"))
    var dataDir: String?

    @Option(
        help: ArgumentHelp(
            "How the screen looks: default, monochrome, high-contrast or colour-blind.", valueName: "name"))
    var theme: String?

    /// These options, with any not given taken from those given before the command's name.
    func filled(from parent: CommonOptions) -> Options {
        Options(dataDir: dataDir ?? parent.dataDir, theme: theme ?? parent.theme)
    }
}

/// A command on the data folder: its common options may be given before its name or after it.
protocol FolderCommand: ParsableCommand {
    var given: CommonOptions { get }
    var root: AssetMapCommand { get }
}

extension FolderCommand {
    var options: Options { given.filled(from: root.common) }
}

/// What the common options chose, and what follows from it: the data folder, its store and the theme.
struct Options {
    var dataDir: String?
    var theme: String?

    /// Read once: made into a dictionary afresh at each asking.
    let environment = ProcessInfo.processInfo.environment

    var folder: DataFolder {
        DataFolder.resolve(option: dataDir, environment: environment)
    }

    /// The store for the data folder, with the folder made and kept private, and unlocked with
    /// its passphrase when it has one. The folder stays in use (a shared lock) until the program ends.
    func store() throws -> PlanStore {
        let folder = self.folder
        do {
            try folder.prepare()
        } catch  where error.reason == .notAFolder {
            throw UserFacingError(
                message: "The data folder \(folder.root.path) is a file, not a folder, so it cannot be used; give "
                    + "--data-dir (or ASSETMAP_DATA_DIR) a folder, and a new one is made if it is not there yet. The file was not touched."
            )
        } catch {
            throw UserFacingError(
                message: "The data folder \(folder.root.path) cannot be used: \(error.message.lowercasingFirstLetter)")
        }
        // Unlocked first: finishing an interrupted sealing needs the folder to itself for a moment.
        let codec: FileCodec
        if FolderPassphrase.isSet(folder) {
            codec = try unlock(folder)
        } else if EncryptedEnvelope.found(in: folder) {
            // Once encrypted, a folder stays so: without its keyring nothing is opened, and nothing new is written plain.
            throw UserFacingError(
                message:
                    "This data folder is encrypted, but its keyring.json is missing, so nothing in it can be opened. "
                    + "Copy keyring.json back into \(folder.root.path) from a backup of the data folder (or from the team's "
                    + "folder), then start assetmap again; nothing has been changed.")
        } else {
            codec = PlainCodec()
        }
        do {
            FolderUse.lock = try FileLock.acquire(folder.folderLock, shared: true)
        } catch {
            if case .lockHeld = error.reason {
                throw UserFacingError(
                    message: "The passphrase of this data folder is being changed; try again in a minute.")
            }
            throw UserFacingError(
                message: "The data folder \(folder.root.path) cannot be used: \(error.message.lowercasingFirstLetter)")
        }
        // Held now, so the passphrase cannot change any more; it may have changed just before.
        guard FolderPassphrase.stillOpens(codec, folder: folder) else {
            throw UserFacingError(
                message: "The passphrase of this data folder was changed just now; please start assetmap again.")
        }
        return PlanStore(folder: folder, codec: codec)
    }

    /// Three tries at the passphrase when someone is at the keyboard; one from a script, on standard input.
    private func unlock(_ folder: DataFolder) throws -> FileCodec {
        do {
            try FolderPassphrase.checkKeyring(folder)
        } catch {
            throw UserFacingError(message: error.message)
        }
        for attempt in 1...3 {
            guard let passphrase = PassphrasePrompt.ask("Passphrase for this data folder: ") else {
                guard attempt == 1 else { break }
                throw UserFacingError(
                    message: "This data folder is encrypted and no passphrase was given. Type it when asked, or from a "
                        + "script give it as the first line of standard input. Nothing was changed.")
            }
            do {
                let unlocked = try FolderPassphrase.unlock(folder, passphrase: passphrase)
                if let note = unlocked.note { StandardStreams.error(note) }
                return unlocked.codec
            } catch .wrongPassphrase {
                guard attempt < 3, PassphrasePrompt.canAskAgain else { break }
                StandardStreams.error("That passphrase did not unlock the data folder. Please try again.")
            } catch {
                throw UserFacingError(message: error.message)
            }
        }
        throw UserFacingError(
            message: "The data folder stays locked: the passphrase did not match. Nothing was changed.")
    }

    /// `--theme`, else the theme chosen in settings, else the default.
    func loadTheme() throws -> Theme {
        do {
            return try ThemeLoader.load(theme ?? folder.readSettings().settings.theme, environment: environment)
        } catch {
            throw UserFacingError(message: error.message, isUsage: true)
        }
    }

    var environmentForScreens: AssetMapUI.Environment { AssetMapUI.Environment() }
}

/// The shared lock on the data folder, held for as long as the program runs.
enum FolderUse {
    nonisolated(unsafe) static var lock: FileLock?
}
