@testable import AssetMapCore
@testable import AssetMapUI
import TestSupport

/// Maps of any size for layout tests: a realistic mix of kinds, rings, feelings and name lengths.
enum NetworkSamples {
    static let names = ["Mum", "Aoife Ní Bhriain", "Priya", "李伟", "Gary", "Dr Shah (GP)", "Siobhán", "Tomasz Wiśniewski",
                        "Zoë", "Community choir", "Food bank", "Biscuit", "Mohammed", "Library", "Jo", "Café on Hill Street"]

    static func network(_ count: Int) -> [Connection] {
        let kinds: [ConnectionKind] = [.person, .person, .person, .group, .place, .service, .person, .pet, .group, .person]
        return (0..<count).map { index in
            Connection(id: "c\(index)", name: names[index % names.count] + (index >= names.count ? " \(index)" : ""),
                       ring: index % 5 + 1, kind: kinds[index % kinds.count],
                       feeling: Feeling.allCases[index % 3], gives: index % 2 == 0 ? "Company" : "",
                       receives: index % 3 == 0 ? "Help" : "")
        }
    }

    /// The picture's area on the Network screen for a whole terminal of this size.
    static func pictureArea(_ size: Size, details: Bool = false) -> Rect {
        let content = AppLayout(size: size, withTabs: true).content
        let body = NetworkLayout(content: content, showsDetails: details).body
        return Rect(x: body.x, y: body.y, width: body.width, height: body.height)
    }

    static func plan(_ count: Int) -> Plan {
        var plan = Samples.plan()
        plan.network = network(count)
        return plan
    }
}
