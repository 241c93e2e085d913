import ArgumentParser
import AssetMapCore
import AssetMapCrypto
import FoundationEssentials

struct PassphraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Protect every plan in the data folder with a passphrase, change it, or take it off.",
        subcommands: [Set.self, Change.self, Remove.self]
    )

    struct Set: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Encrypt the data folder with a new passphrase.")
        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            let folder = options.folder
            // Said before a new passphrase is asked for, not after it has been typed twice.
            guard !FolderPassphrase.isSet(folder) else {
                throw UserFacingError(message: FolderPassphrase.Problem.alreadySet.message)
            }
            let passphrase = try PassphraseCommand.askNew()
            try PassphraseCommand.perform { () throws(FolderPassphrase.Problem) in
                try FolderPassphrase.set(folder, passphrase: passphrase)
            }
            StandardStreams.line(
                "The data folder is encrypted now. Without the passphrase the plans cannot be read: keep it somewhere safe."
            )
        }
    }

    struct Change: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "change", abstract: "Change the passphrase; every file is sealed again.")
        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            let folder = options.folder
            let old = try PassphraseCommand.askCurrent()
            let new = try PassphraseCommand.askNew()
            try PassphraseCommand.perform { () throws(FolderPassphrase.Problem) in
                try FolderPassphrase.change(folder, from: old, to: new)
            }
            StandardStreams.line("The passphrase is changed.")
        }
    }

    struct Remove: FolderCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Take the passphrase off; the files are written plain again.")
        @OptionGroup var given: CommonOptions
        @ParentCommand var root: AssetMapCommand

        func run() throws {
            let folder = options.folder
            let passphrase = try PassphraseCommand.askCurrent()
            try PassphraseCommand.perform { () throws(FolderPassphrase.Problem) in
                try FolderPassphrase.remove(folder, passphrase: passphrase)
            }
            StandardStreams.line("The passphrase is taken off. The plans are no longer encrypted.")
        }
    }

    static let stopped = UserFacingError(message: "Stopped; nothing was changed.")

    static func askCurrent() throws -> String {
        guard let passphrase = PassphrasePrompt.ask("Current passphrase: ") else { throw stopped }
        return passphrase
    }

    /// A new passphrase, typed twice to be sure of it.
    static func askNew() throws -> String {
        guard let first = PassphrasePrompt.ask("New passphrase (at least 8 characters): ") else { throw stopped }
        guard first.count >= FolderPassphrase.minimumLength else {
            throw UserFacingError(message: FolderPassphrase.Problem.tooShort.message)
        }
        guard let second = PassphrasePrompt.ask("The same again: ") else { throw stopped }
        guard first == second else {
            throw UserFacingError(message: "The two passphrases were not the same; nothing was changed.")
        }
        return first
    }

    static func perform(_ body: () throws(FolderPassphrase.Problem) -> Void) throws {
        do {
            try body()
        } catch {
            throw UserFacingError(message: error.message)
        }
    }
}
