/// How the map changed between two dates: who is new, who has gone, and who moved closer or further.
/// Connections are matched by id, and by name when the ids differ (as in maps written by hand).
public struct MapChange: Equatable, Sendable {
    public struct Move: Equatable, Sendable {
        public var name: String
        public var from: Int
        public var to: Int

        public init(name: String, from: Int, to: Int) {
            self.name = name
            self.from = from
            self.to = to
        }
    }

    public var new: [Connection]
    public var gone: [Connection]
    public var closer: [Move]
    public var further: [Move]
    public var unchanged: [Connection]

    public init(from earlier: [Connection], to later: [Connection]) {
        var remaining = earlier
        var new: [Connection] = []
        var closer: [Move] = []
        var further: [Move] = []
        var unchanged: [Connection] = []
        for connection in later {
            let index =
                remaining.firstIndex { $0.id == connection.id }
                ?? remaining.firstIndex {
                    SearchQuery.fold($0.name.trimmed) == SearchQuery.fold(connection.name.trimmed)
                }
            guard let index else {
                new.append(connection)
                continue
            }
            let before = remaining.remove(at: index)
            if connection.ring < before.ring {
                closer.append(Move(name: connection.name, from: before.ring, to: connection.ring))
            } else if connection.ring > before.ring {
                further.append(Move(name: connection.name, from: before.ring, to: connection.ring))
            } else {
                unchanged.append(connection)
            }
        }
        self.new = new
        gone = remaining
        self.closer = closer
        self.further = further
        self.unchanged = unchanged
    }

    public var isEmpty: Bool { new.isEmpty && gone.isEmpty && closer.isEmpty && further.isEmpty }
}
