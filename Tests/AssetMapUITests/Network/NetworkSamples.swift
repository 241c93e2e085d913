import TestSupport

@testable import AssetMapCore
@testable import AssetMapUI

/// Maps of any size for layout tests: the names, kinds and rings a real map has, long and short, with accents,
/// two people who share a first name, and wide characters.
enum NetworkSamples {
    static let people: [(name: String, ring: Int, kind: ConnectionKind, feeling: Feeling)] = [
        ("Aoife (sister)", 1, .person, .supportive), ("Mam", 2, .person, .mixed), ("Ciara", 1, .person, .supportive),
        ("Biscuit the dog", 2, .pet, .supportive), ("Knit and Natter group", 3, .group, .supportive),
        ("Oakfield Library", 3, .place, .supportive), ("Housing office", 4, .service, .draining),
        ("St Anne's Community Choir", 5, .group, .supportive), ("Dr Okafor (GP)", 4, .service, .supportive),
        ("Femi Adeyemi", 2, .person, .supportive), ("Femi Okonkwo", 3, .person, .mixed),
        ("Kai Nowak", 2, .person, .supportive),
        ("Pat Vaughan", 3, .person, .supportive), ("Bob Okoro", 5, .person, .mixed),
        ("Repair café", 5, .place, .supportive),
        ("Food bank", 4, .service, .supportive), ("Allotment society", 3, .group, .supportive),
        ("Swimming pool", 5, .place, .supportive), ("Whiskers the cat", 1, .pet, .supportive),
        ("Job centre", 4, .service, .draining),
        ("Grandad Joe", 1, .person, .supportive), ("Priya Shah", 2, .person, .supportive),
        ("Tomasz Wiśniewski", 3, .person, .mixed),
        ("李伟", 2, .person, .supportive), ("Men's Shed", 5, .group, .supportive),
        ("Walking group", 3, .group, .supportive),
        ("Community garden", 5, .place, .supportive), ("Citizens Advice", 4, .service, .supportive),
        ("Mental health team", 4, .service, .mixed), ("Uncle Dev", 2, .person, .mixed),
        ("Siobhán Kelly", 2, .person, .supportive),
        ("Mohammed Ali", 3, .person, .supportive), ("Book club", 3, .group, .supportive),
        ("Leisure centre", 5, .place, .supportive),
        ("Church hall", 3, .place, .supportive), ("Pharmacy", 4, .service, .supportive),
        ("Goldie the fish", 2, .pet, .supportive),
        ("Neighbour Sue", 2, .person, .supportive), ("Cousin Liam", 3, .person, .mixed),
        ("Football team", 3, .group, .supportive),
    ]

    /// The first `count` of the people above, then as many more again with numbers, spread over the rings.
    static func network(_ count: Int) -> [Connection] {
        (0..<count).map { index in
            let person = people[index % people.count]
            let again = index >= people.count
            return Connection(
                id: "c\(index)", name: person.name + (again ? " \(index)" : ""),
                ring: again ? index % 5 + 1 : person.ring,
                kind: person.kind, feeling: person.feeling, gives: index % 2 == 0 ? "Company" : "",
                receives: index % 3 == 0 ? "Help" : "")
        }
    }

    /// The Network screen's parts for a whole terminal of this size.
    static func screen(_ size: Size, details: Bool = false) -> NetworkLayout {
        NetworkLayout(content: AppLayout(size: size, withTabs: true).content, showsDetails: details)
    }

    /// The ring picture laid out as the screen lays it out.
    static func layout(_ network: [Connection], size: Size, centreName: String = "Zoë") -> RingLayout {
        let screen = screen(size)
        return RingLayout(
            area: screen.picture, network: network, centreName: centreName, keyRoom: RingKey.room(screen.keySize),
            namesStayOnTheirRing: true)
    }

    static func plan(_ count: Int) -> Plan {
        var plan = Samples.plan()
        plan.person.preferredName = "Zoë"
        plan.network = network(count)
        return plan
    }
}

/// Random numbers that are the same on every run for the same seed (SplitMix64), so a failing map can be made again.
struct SeededNumbers: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
