/// One key press (or one paste), decoded from what the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, as a lowercase letter: Ctrl-R is `.control("r")`.
    case control(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Text pasted in one go (bracketed paste), with control characters already taken out.
    case paste(String)
    /// A click or a turn of the wheel, when the mouse is switched on.
    case mouse(MouseEvent)

    /// A short name for the key, as shown in the hint bar and help.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .paste: return "paste"
        case .mouse(let event) where event.action == .wheelUp || event.action == .wheelDown: return "wheel"
        case .mouse: return "click"
        }
    }
}
