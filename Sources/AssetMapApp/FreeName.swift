import AssetMapCore
import FoundationEssentials

/// Where a copy asked for by name goes: in the folder assetmap was started in when no folder is given, and never
/// over an existing file (a name already in use gets "-2", "-3"…).
enum FreeName {
    static func `for`(_ path: String, in workingFolder: URL) -> URL {
        let expanded = path.expandingTilde
        let url =
            expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : workingFolder.appendingPathComponent(expanded)
        guard FileManager.default.fileExists(atPath: url.path) else { return url }
        let ending = url.pathExtension
        let base = url.deletingPathExtension()
        for number in 2... {
            let candidate = URL(fileURLWithPath: base.path + "-\(number)" + (ending.isEmpty ? "" : "." + ending))
            if !FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return url
    }
}
