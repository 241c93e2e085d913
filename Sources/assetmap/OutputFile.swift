import AssetMapCore
import FoundationEssentials

/// Where a command's text goes: standard output, or a file written durably and never over another unless asked.
enum OutputFile {
    /// `notice` says, on standard error, what was written where.
    static func write(_ text: String, to output: String?, force: Bool, notice: (String) -> String) throws {
        guard let output else {
            StandardStreams.output(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: output.expandingTilde)
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw UserFacingError(message: "\(url.path) is a folder; give the name of a file in it after -o.")
        }
        if FileManager.default.fileExists(atPath: url.path), !force {
            throw UserFacingError(
                message: "\(url.path) is already there; add --force to write over it, or choose another name.")
        }
        do {
            try DurableFile.write(Data(text.utf8), to: url)
        } catch {
            throw UserFacingError(message: "The copy could not be written: \(error.message)")
        }
        StandardStreams.error(notice(url.path))
    }
}
