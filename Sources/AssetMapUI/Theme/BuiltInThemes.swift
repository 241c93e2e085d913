/// Copies of the theme files in `Themes/`, used when those files are not found.
/// A test checks they match the files, so the two cannot drift apart.
public enum BuiltInThemes {
    public static let names = ["default", "monochrome", "high-contrast", "colour-blind"]

    public static func named(_ name: String) -> Theme? {
        switch name {
        case "default": return standard
        case "monochrome": return monochrome
        case "high-contrast": return highContrast
        case "colour-blind": return colourBlind
        default: return nil
        }
    }

    /// Attributes every theme shares: meaning that survives without colour.
    private static let attributes: [String: RoleStyle] = [
        "title": RoleStyle(bold: true, reverse: true),
        "tabActive": RoleStyle(bold: true, reverse: true),
        "heading": RoleStyle(bold: true),
        "selected": RoleStyle(reverse: true),
        "hintKey": RoleStyle(bold: true, reverse: true),
        "warning": RoleStyle(bold: true),
        "fieldActive": RoleStyle(underline: true),
        "ring": RoleStyle(dim: true),
        "dim": RoleStyle(dim: true),
        "centre": RoleStyle(bold: true),
        "current": RoleStyle(bold: true),
        "draining": RoleStyle(underline: true),
        "privacy": RoleStyle(bold: true),
    ]

    public static let monochrome = Theme(name: "monochrome", colour: false, roles: attributes)

    public static let standard = Theme(
        name: "default", colour: true,
        roles: attributes.merging([
            "title": RoleStyle(fg: .white, bg: .blue, bold: true),
            "tabActive": RoleStyle(fg: .black, bg: .cyan, bold: true),
            "heading": RoleStyle(fg: .cyan, bold: true),
            "selected": RoleStyle(fg: .black, bg: .cyan),
            "hintKey": RoleStyle(fg: .black, bg: .white, bold: true),
            "message": RoleStyle(fg: .green),
            "warning": RoleStyle(fg: .yellow, bold: true),
            "ring": RoleStyle(fg: .blue),
            "ringLabel": RoleStyle(fg: .cyan),
            "sectorLabel": RoleStyle(fg: .magenta),
            "centre": RoleStyle(fg: .yellow, bold: true),
            "supportive": RoleStyle(fg: .green),
            "mixed": RoleStyle(fg: .yellow),
            "draining": RoleStyle(fg: .magenta, underline: true),
            "done": RoleStyle(fg: .green),
            "doing": RoleStyle(fg: .yellow),
            "current": RoleStyle(fg: .cyan, bold: true),
            "better": RoleStyle(fg: .green, bold: true),
            "lower": RoleStyle(fg: .magenta),
            "chart": RoleStyle(fg: .cyan),
        ]) { _, colour in colour })

    public static let highContrast = Theme(
        name: "high-contrast", colour: true,
        roles: attributes.merging([
            "normal": RoleStyle(fg: .brightWhite, bg: .black),
            "dim": RoleStyle(fg: .white, bg: .black),
            "title": RoleStyle(fg: .black, bg: .brightYellow, bold: true),
            "tab": RoleStyle(fg: .brightWhite, bg: .black),
            "tabActive": RoleStyle(fg: .black, bg: .brightWhite, bold: true),
            "heading": RoleStyle(fg: .brightYellow, bg: .black, bold: true),
            "selected": RoleStyle(fg: .black, bg: .brightYellow, bold: true),
            "hint": RoleStyle(fg: .brightWhite, bg: .black),
            "hintKey": RoleStyle(fg: .black, bg: .brightWhite, bold: true),
            "message": RoleStyle(fg: .brightGreen, bg: .black, bold: true),
            "warning": RoleStyle(fg: .brightYellow, bg: .black, bold: true),
            "ring": RoleStyle(fg: .brightWhite, bg: .black),
            "centre": RoleStyle(fg: .brightYellow, bg: .black, bold: true),
            "supportive": RoleStyle(fg: .brightGreen, bg: .black, bold: true),
            "draining": RoleStyle(fg: .brightMagenta, bg: .black, bold: true, underline: true),
        ]) { _, colour in colour })

    /// Blue and orange-yellow in place of green and red, which many people cannot tell apart.
    public static let colourBlind = Theme(
        name: "colour-blind", colour: true,
        roles: attributes.merging([
            "title": RoleStyle(fg: .white, bg: .blue, bold: true),
            "tabActive": RoleStyle(fg: .black, bg: .white, bold: true),
            "heading": RoleStyle(fg: .blue, bold: true),
            "selected": RoleStyle(fg: .black, bg: .white),
            "message": RoleStyle(fg: .blue),
            "warning": RoleStyle(fg: .yellow, bold: true),
            "ring": RoleStyle(fg: .blue),
            "supportive": RoleStyle(fg: .blue, bold: true),
            "mixed": RoleStyle(fg: .yellow),
            "draining": RoleStyle(fg: .yellow, underline: true),
            "done": RoleStyle(fg: .blue, bold: true),
            "doing": RoleStyle(fg: .yellow),
            "better": RoleStyle(fg: .blue, bold: true),
            "lower": RoleStyle(fg: .yellow),
            "chart": RoleStyle(fg: .blue),
        ]) { _, colour in colour })
}
