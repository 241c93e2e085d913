import FoundationEssentials

/// The five slices of the ring picture, one for each kind, clockwise from the top: People centred at the top,
/// then Groups, Places, Services and Pets. Their sizes never change, so adding someone moves no slice and no one
/// in it; People, usually the most, get the widest slice.
public enum RingSectors {
    /// Each kind's share of the circle, in degrees, in `ConnectionKind.allCases` order.
    static let degrees: [Double] = [100, 65, 65, 65, 65]

    /// Where a kind's slice starts and ends, in radians clockwise from the top; People start before the top.
    public static func range(of kind: ConnectionKind) -> (start: Double, end: Double) {
        let index = ConnectionKind.allCases.firstIndex(of: kind) ?? 0
        var start = -degrees[0] / 2
        for earlier in 0..<index { start += degrees[earlier] }
        let toRadians = Double.pi / 180
        return (start * toRadians, (start + degrees[index]) * toRadians)
    }

    /// The angles of the five edges between slices.
    public static var edges: [Double] { ConnectionKind.allCases.map { range(of: $0).start } }

    /// Where on its ring a connection sits: its placement is how far across its kind's slice, clockwise. A little
    /// is kept clear at each side of the slice so no one sits on an edge.
    public static func angle(of kind: ConnectionKind, placement: Double) -> Double {
        let (start, end) = range(of: kind)
        let margin = (end - start) * 0.06
        return start + margin + (end - start - 2 * margin) * min(max(placement, 0), 1)
    }

    /// The kind whose slice holds an angle.
    public static func kind(at angle: Double) -> ConnectionKind {
        let full = 2 * Double.pi
        for kind in ConnectionKind.allCases {
            let (start, end) = range(of: kind)
            var turned = (angle - start).truncatingRemainder(dividingBy: full)
            if turned < 0 { turned += full }
            if turned < end - start { return kind }
        }
        return .person
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
