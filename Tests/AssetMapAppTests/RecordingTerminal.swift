import AssetMapCore
import AssetMapUI

/// A terminal for tests: hands the run loop a script of events, one batch per wait, and keeps every
/// frame drawn with how many cells had to be sent for it.
final class RecordingTerminal: TerminalBackend {
    var size: Size
    private var script: [[TerminalEvent]]
    private(set) var frames: [Canvas] = []
    private(set) var cellsSent: [Int] = []
    private(set) var waits: [Int] = []
    /// Called before each batch is handed over, so a test can change the world between keys.
    var beforeBatch: ((Int) -> Void)?

    init(size: Size = Size(width: 80, height: 24), script: [[TerminalEvent]]) {
        self.size = size
        self.script = script
    }

    func draw(_ canvas: inout Canvas) {
        cellsSent.append(CanvasDiff.changes(from: frames.last, to: canvas).count)
        frames.append(canvas)
    }

    func waitForEvents(timeoutMilliseconds: Int) -> [TerminalEvent] {
        waits.append(timeoutMilliseconds)
        beforeBatch?(waits.count - 1)
        guard !script.isEmpty else { return [.terminate] }
        let batch = script.removeFirst()
        for case .resize(let newSize) in batch { size = newSize }
        return batch
    }

    /// What the run loop last asked about the mouse; nil until it asks.
    private(set) var reportsMouse: Bool?

    func reportMouse(_ on: Bool) {
        reportsMouse = on
    }

    var screen: [String] { frames.last?.lines ?? [] }

    static func keys(_ text: String) -> [TerminalEvent] {
        text.map { .key(.character($0)) }
    }
}
