import FoundationEssentials

/// The five slices of the ring picture, one for each kind, clockwise from the top: People centred at the top,
/// then Groups, Places, Services and Pets. Their sizes never change, so adding someone moves no slice and no one
/// in it; People, usually the most, get the widest slice.
public enum RingSectors {
    /// Each kind's share of the circle, in degrees, in `ConnectionKind.allCases` order.
    static let degrees: [Double] = [100, 65, 65, 65, 65]

    /// Where a kind's slice starts and ends, in radians clockwise from the top; People start before the top.
    public static func range(of kind: ConnectionKind) -> (start: Double, end: Double) {
        ranges[ConnectionKind.allCases.firstIndex(of: kind) ?? 0]
    }

    /// Each kind's slice, in `ConnectionKind.allCases` order, worked out once.
    private static let ranges: [(start: Double, end: Double)] = {
        var start = -degrees[0] / 2
        let toRadians = Double.pi / 180
        return degrees.map { size in
            defer { start += size }
            return (start * toRadians, (start + size) * toRadians)
        }
    }()

    /// The angles of the five edges between slices.
    public static var edges: [Double] { ConnectionKind.allCases.map { range(of: $0).start } }

    /// Where on its ring a connection sits: its placement is how far across its kind's slice, clockwise. A little
    /// is kept clear at each side of the slice so no one sits on an edge.
    public static func angle(of kind: ConnectionKind, placement: Double) -> Double {
        let (start, end) = range(of: kind)
        let margin = (end - start) * 0.06
        return start + margin + (end - start - 2 * margin) * min(max(placement, 0), 1)
    }

    /// Where a newcomer goes: the middle of the widest gap between those already in the same slice of the same ring,
    /// so they are drawn clear of them. The first in a slice goes in its middle.
    public static func openPlacement(ring: Int, kind: ConnectionKind, among network: [Connection]) -> Double {
        let taken = network.filter { $0.ring == ring && $0.kind == kind }.map(\.placementOrDefault).sorted()
        guard !taken.isEmpty else { return 0.5 }
        let ends = [0.0] + taken + [1.0]
        var best = (index: 1, width: -1.0)
        for index in 1..<ends.count {
            // The gaps at either end run to the slice's edge, where a newcomer can sit: as roomy as twice that inside.
            let atEdge = index == 1 || index == ends.count - 1
            let width = (ends[index] - ends[index - 1]) * (atEdge ? 2 : 1)
            if width > best.width { best = (index, width) }
        }
        let middle =
            best.index == 1 ? 0 : best.index == ends.count - 1 ? 0.99 : (ends[best.index - 1] + ends[best.index]) / 2
        return (middle * 100).rounded() / 100
    }

    /// The kind whose slice holds an angle.
    public static func kind(at angle: Double) -> ConnectionKind {
        ConnectionKind.allCases[index(at: angle)]
    }

    /// The place in `ConnectionKind.allCases` of the kind whose slice holds an angle.
    static func index(at angle: Double) -> Int {
        let full = 2 * Double.pi
        for (index, range) in ranges.enumerated() {
            var turned = (angle - range.start).truncatingRemainder(dividingBy: full)
            if turned < 0 { turned += full }
            if turned < range.end - range.start { return index }
        }
        return 0
    }

    /// The character that draws an edge at this angle on a terminal, whose cells are taller than wide.
    static func edgeCharacter(angle: Double, aspect: Double) -> Character {
        let across = sin(angle) * aspect
        let down = -cos(angle)
        if abs(across) > 4 * abs(down) { return "─" }
        if abs(down) > 2 * abs(across) { return "│" }
        return (across > 0) == (down < 0) ? "╱" : "╲"
    }
}
