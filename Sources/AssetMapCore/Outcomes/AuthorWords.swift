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
    public func who(personName: String) -> String {
        switch self {
        case .person: return personName
        case .worker: return "the worker"
        case .together: return "together"
        }
    }

    /// "written by Robin", "written by the worker", "written together".
    public func writtenBy(personName: String) -> String {
        self == .together ? "written together" : "written by " + who(personName: personName)
    }

    /// Who writes after this one when the key is pressed again: together first, as the plan is made together;
    /// after the worker, no one, so that nothing is marked.
    public static func next(after current: Author?) -> Author? {
        switch current {
        case nil: return .together
        case .together: return .person
        case .person: return .worker
        case .worker: return nil
        }
    }

    /// "; written together" to follow other details, or nothing when who wrote it was not recorded.
    public static func mark(_ by: Author?, after separator: String = "; ") -> String {
        by.map { separator + $0.takeHomeWords } ?? ""
    }
}
