/// What to say when a copy has been written, so nobody mistakes it for something protected.
public enum ExportNotice {
    public static func written(_ path: String, encryptedFolder: Bool) -> String {
        let warning = encryptedFolder ? " This copy is not protected by the passphrase: keep it safe, and delete it when it is no longer needed."
            : " It holds personal details: keep it safe."
        return "Saved a copy to \(path).\(warning)\n"
    }
}
