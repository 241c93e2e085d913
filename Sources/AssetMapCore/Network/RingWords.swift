/// The words for rings, kinds and feelings, the same on screen, in help and in every export.
public enum RingWords {
    /// What each ring means, in the person's own terms.
    public static func long(_ ring: Int) -> String {
        switch ring {
        case 1: return "people I am closest to"
        case 2: return "friends: people I like and see"
        case 3: return "people through things I do: groups, clubs, work, faith, neighbours"
        case 4: return "people paid to be in my life"
        default: return "people and places I could connect with"
        }
    }

    /// A few words for the ring picture and lists.
    public static func short(_ ring: Int) -> String {
        switch ring {
        case 1: return "closest to me"
        case 2: return "friends"
        case 3: return "through things I do"
        case 4: return "paid to be in my life"
        default: return "could connect with"
        }
    }
}

extension ConnectionKind {
    /// Plural, for sector labels: "People", "Groups".
    public var plural: String {
        switch self {
        case .person: return "People"
        case .group: return "Groups"
        case .place: return "Places"
        case .service: return "Services"
        case .pet: return "Pets"
        }
    }
}

extension Feeling {
    /// A symbol that means the same in colour and in black and white.
    public var symbol: String {
        switch self {
        case .supportive: return "+"
        case .mixed: return "~"
        case .draining: return "−"
        }
    }

    /// Said gently: a draining connection "can be hard", it is never hidden.
    public var words: String {
        switch self {
        case .supportive: return "supportive"
        case .mixed: return "mixed"
        case .draining: return "can be hard"
        }
    }
}

/// How many connections are on each ring and how support flows, counted the same way everywhere.
public struct NetworkSummary: Equatable, Sendable {
    /// Index 0 is ring 1.
    public var perRing: [Int]
    /// They help the person.
    public var helpMe: Int
    /// The person helps them.
    public var iHelp: Int

    /// Counted in one pass, each connection read where it is rather than copied: the summary line is drawn at every
    /// key on the map.
    public init(_ network: [Connection]) {
        var perRing = Connection.rings.map { _ in 0 }
        var helpMe = 0
        var iHelp = 0
        network.withUnsafeBufferPointer { connections in
            for index in connections.indices {
                let ring = connections[index].ring
                if Connection.rings.contains(ring) { perRing[ring - Connection.rings.lowerBound] += 1 }
                if Connection.hasWords(connections[index].gives) { helpMe += 1 }
                if Connection.isHelped(
                    receiving: connections[index].receives, kind: connections[index].kind, ring: ring)
                {
                    iHelp += 1
                }
            }
        }
        self.perRing = perRing
        self.helpMe = helpMe
        self.iHelp = iHelp
    }

    /// "8 on the map: 5 help me, 3 I help. On rings 1–5: 2, 3, 1, 0, 2", in the person's words.
    public var sentence: String {
        "\(perRing.reduce(0, +)) on the map: \(helpMe) help\(helpMe == 1 ? "s" : "") me, \(iHelp) I help. On rings 1–5: "
            + perRing.map(String.init).joined(separator: ", ")
    }
}
