/// How roles look: colours and attributes. Loaded from `Themes/NAME.json`; built-in copies are used when
/// the files cannot be found, so the program still works when copied elsewhere.
public struct Theme: Equatable, Sendable, Codable {
    public var name: String
    /// False for themes (and `NO_COLOR`) that use attributes only.
    public var colour: Bool
    public var roles: [String: RoleStyle]

    public init(name: String, colour: Bool, roles: [String: RoleStyle]) {
        self.name = name
        self.colour = colour
        self.roles = roles
    }

    public func style(for role: Role) -> RoleStyle {
        roles[role.name] ?? RoleStyle()
    }

    /// The same theme with colours taken out, for `NO_COLOR`. A role that was shown by colour alone
    /// takes the monochrome theme's attributes instead, so a selection still stands out.
    public func withoutColour() -> Theme {
        var plain: [String: RoleStyle] = [:]
        for (role, style) in roles {
            let attributes = RoleStyle(
                bold: style.bold, reverse: style.reverse, underline: style.underline, dim: style.dim)
            plain[role] = attributes == RoleStyle() ? BuiltInThemes.monochrome.roles[role] : attributes
        }
        return Theme(name: name, colour: false, roles: plain.compactMapValues { $0 })
    }
}

public struct RoleStyle: Equatable, Sendable, Codable {
    public var fg: TerminalColour?
    public var bg: TerminalColour?
    public var bold: Bool?
    public var reverse: Bool?
    public var underline: Bool?
    public var dim: Bool?

    public init(
        fg: TerminalColour? = nil, bg: TerminalColour? = nil, bold: Bool? = nil, reverse: Bool? = nil,
        underline: Bool? = nil, dim: Bool? = nil
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}

/// The eight standard terminal colours and their bright forms, as ncurses numbers them.
public enum TerminalColour: String, CaseIterable, Sendable, Codable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    public var number: Int16 { Int16(Self.allCases.firstIndex(of: self) ?? 0) }
}
