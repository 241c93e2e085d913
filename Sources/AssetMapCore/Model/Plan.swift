import FoundationEssentials

/// One person's asset map: file format v1 (see DESIGN.md). Key names are a contract.
public struct Plan: Equatable, Sendable, Identifiable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    public var createdAt: Date
    public var updatedAt: Date
    public var person: Person
    public var consent: Consent?
    public var goodLife: String
    public var network: [Connection]
    /// Pairs of people on the map who know each other.
    public var links: [ConnectionLink]
    public var assets: [Asset]
    /// Ids of entries in the data folder's community directory.
    public var communityLinks: [String]
    /// Ids of directory entries the person said are not for them: never suggested to them again.
    public var notForMe: [String]
    public var goals: [Goal]
    public var steppingBack: [Stage]
    public var checks: [WellbeingCheck]
    public var notes: [Note]
    public var snapshots: [Snapshot]
    /// A sentence to show when the plan is next opened, then taken away: left when assetmap had to stop with
    /// something typed that it could not read.
    public var openingNotice: String?
    public var unknownKeys: JSONObject = [:]

    public init(id: String, person: Person, createdAt: Date, schemaVersion: Int = Plan.currentSchemaVersion) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.person = person
        self.consent = nil
        self.goodLife = ""
        self.network = []
        self.links = []
        self.assets = []
        self.communityLinks = []
        self.notForMe = []
        self.goals = []
        self.steppingBack = []
        self.checks = []
        self.notes = []
        self.snapshots = []
        self.openingNotice = nil
    }
}

extension Plan: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, createdAt, updatedAt, person, consent, goodLife, network, links, assets,
            communityLinks, notForMe, goals, steppingBack, checks, notes, snapshots, openingNotice
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt) ?? createdAt
        person = try c.decode(Person.self, forKey: .person)
        consent = try c.decodeIfPresent(Consent.self, forKey: .consent)
        goodLife = try c.decodeText(forKey: .goodLife)
        network = try c.decodeList([Connection].self, forKey: .network)
        links = try c.decodeList([ConnectionLink].self, forKey: .links)
        assets = try c.decodeList([Asset].self, forKey: .assets)
        communityLinks = try c.decodeList([String].self, forKey: .communityLinks)
        notForMe = try c.decodeList([String].self, forKey: .notForMe)
        goals = try c.decodeList([Goal].self, forKey: .goals)
        steppingBack = try c.decodeList([Stage].self, forKey: .steppingBack)
        checks = try c.decodeList([WellbeingCheck].self, forKey: .checks)
        notes = try c.decodeList([Note].self, forKey: .notes)
        snapshots = try c.decodeList([Snapshot].self, forKey: .snapshots)
        openingNotice = try c.decodeIfPresent(String.self, forKey: .openingNotice)
        unknownKeys = try decoder.unknownKeys(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(person, forKey: .person)
        try c.encodeUnlessNil(consent, forKey: .consent)
        try c.encode(goodLife, forKey: .goodLife)
        try c.encode(network, forKey: .network)
        // Left out when there are none, so plans from before links existed are written back as they were.
        if !links.isEmpty { try c.encode(links, forKey: .links) }
        try c.encode(assets, forKey: .assets)
        try c.encode(communityLinks, forKey: .communityLinks)
        // Optional: plans where nothing was turned down are written back as they were.
        if !notForMe.isEmpty { try c.encode(notForMe, forKey: .notForMe) }
        try c.encode(goals, forKey: .goals)
        try c.encode(steppingBack, forKey: .steppingBack)
        try c.encode(checks, forKey: .checks)
        try c.encode(notes, forKey: .notes)
        try c.encode(snapshots, forKey: .snapshots)
        try c.encodeUnlessNil(openingNotice, forKey: .openingNotice)
        try encoder.encodeUnknownKeys(unknownKeys)
    }
}
