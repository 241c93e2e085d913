import FoundationEssentials

/// Five concentric ellipses that look round on a terminal, whose cells are about twice as tall as wide.
/// Angles are in radians, clockwise from the top.
public struct RingGeometry: Equatable, Sendable {
    /// Terminal cells are roughly this many times taller than they are wide.
    public static let cellAspect = 2.2
    /// The person's own disc in the middle, as a share of the outer radius.
    public static let centreFraction = 0.12

    public let centreX: Double
    public let centreY: Double
    /// Half the width and height of the outer edge of ring 5, in cells.
    public let radiusX: Double
    public let radiusY: Double

    /// The largest rings that fit the area, `aspect` times as wide as tall in cells; narrower when the area is.
    public init(area: Rect, aspect: Double = cellAspect) {
        centreX = Double(area.x) + Double(area.width - 1) / 2
        centreY = Double(area.y) + Double(area.height - 1) / 2
        radiusY = max(0.5, Double(area.height - 1) / 2)
        radiusX = max(0.5, min(Double(area.width - 1) / 2, radiusY * aspect))
    }

    /// The edge between ring `k` and ring `k + 1` as a share of the outer radius; 0 is the person's disc.
    /// Inner rings are a little wider than outer ones, since their slices are shorter round: each ring then has
    /// nearer the same room for names.
    public func boundary(_ k: Int) -> Double {
        Self.centreFraction + (1 - Self.centreFraction) * pow(Double(k) / 5, 0.8)
    }

    /// Halfway across a ring, where its names sit.
    public func middle(of ring: Int) -> Double {
        (boundary(ring - 1) + boundary(ring)) / 2
    }

    public func point(fraction: Double, angle: Double) -> (x: Double, y: Double) {
        (centreX + radiusX * fraction * sin(angle), centreY - radiusY * fraction * cos(angle))
    }

    /// How far out a cell is, as a share of the outer radius (1 is on ring 5's outer edge), and its angle.
    public func polar(x: Int, y: Int) -> (fraction: Double, angle: Double) {
        let across = (Double(x) - centreX) / radiusX
        let down = (Double(y) - centreY) / radiusY
        return ((across * across + down * down).squareRoot(), atan2(across, -down))
    }

    /// How far out a cell is, without its angle: what deciding whether words stay inside a ring needs.
    public func fraction(x: Int, y: Int) -> Double {
        let across = (Double(x) - centreX) / radiusX
        let down = (Double(y) - centreY) / radiusY
        return (across * across + down * down).squareRoot()
    }

    /// The cells an ellipse passes through, found by sampling its angle finely and taking the nearest cell.
    public func cells(onBoundary k: Int) -> [(x: Int, y: Int)] {
        let fraction = boundary(k)
        let samples = max(16, Int((radiusX + radiusY) * fraction * 8))
        var cells: [(x: Int, y: Int)] = []
        cells.reserveCapacity(samples / 2)
        for step in 0..<samples {
            let point = self.point(fraction: fraction, angle: 2 * Double.pi * Double(step) / Double(samples))
            let cell = (x: Int(point.x.rounded()), y: Int(point.y.rounded()))
            // Neighbouring samples usually land in the same cell; painting a cell twice would do no harm.
            if let last = cells.last, last == cell { continue }
            cells.append(cell)
        }
        return cells
    }
}
