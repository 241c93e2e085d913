import AssetMapCore

/// A drawing kept as the cells it wrote, to be put on a canvas again at a later key without being drawn again: what
/// it leaves is what drawing it there would, whatever is already on the canvas, as only the cells it wrote are copied.
struct KeptDrawing: Sendable {
    let cells: Canvas
    /// The stretches of cells the drawing wrote, row by row.
    let runs: [(y: Int, x: Int, count: Int)]

    /// Draws on two blank canvases of `size` with different backgrounds: a cell the drawing wrote is the same on both.
    init(size: Size, draw: (inout Canvas) -> Void) {
        var cells = Canvas(size: size)
        var other = Canvas(size: size, role: .dim)
        draw(&cells)
        draw(&other)
        var runs: [(y: Int, x: Int, count: Int)] = []
        for y in 0..<size.height {
            let row = y * size.width
            var x = 0
            while x < size.width {
                guard cells.same(row + x, as: other, row + x) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size.width, cells.same(row + x, as: other, row + x) { x += 1 }
                runs.append((y, start, x - start))
            }
        }
        self.cells = cells
        self.runs = runs
    }

    /// Puts the drawing on a canvas of its size.
    func put(on canvas: inout Canvas) {
        canvas.copy(cells, runs: runs)
    }
}
