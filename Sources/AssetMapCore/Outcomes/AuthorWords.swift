extension Author {
    /// In the person's own voice, for the copies they take home: "written by me", "written together".
    public var takeHomeWords: String {
        switch self {
        case .person: return "written by me"
        case .worker: return "written by my worker"
        case .together: return "written together"
        }
    }

    /// On screen, where the worker reads it too: "Robin", "the worker", "together".
    public func screenWords(personName: String) -> String {
        switch self {
        case .person: return personName
        case .worker: return "the worker"
        case .together: return "together"
        }
    }

    /// "; written together" to follow other details, or nothing when who wrote it was not recorded.
    public static func mark(_ by: Author?, after separator: String = "; ") -> String {
        by.map { separator + $0.takeHomeWords } ?? ""
    }
}
