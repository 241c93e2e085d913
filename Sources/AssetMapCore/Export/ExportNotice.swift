/// What to say when a copy has been written, so nobody mistakes it for something protected.
public enum ExportNotice {
    public static func written(_ path: String, encryptedFolder: Bool) -> String {
        "Saved a copy to \(path).\(warning(encryptedFolder: encryptedFolder))\n"
    }

    /// Said after the copies are named: they are plain files, whatever protects the data folder.
    public static func warning(encryptedFolder: Bool, several: Bool = false) -> String {
        switch (encryptedFolder, several) {
        case (true, false):
            return
                " This copy is not protected by the passphrase: keep it safe, and delete it when it is no longer needed."
        case (true, true):
            return
                " These copies are not protected by the passphrase: keep them safe, and delete them when they are no longer needed."
        case (false, false): return " It holds personal details: keep it safe."
        case (false, true): return " They hold personal details: keep them safe."
        }
    }
}
