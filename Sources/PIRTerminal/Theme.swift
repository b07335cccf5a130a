import PIRUI

/// The themes `Theme.named` knows: one list, which the command line offers, checks and completes.
public enum ThemeName: String, CaseIterable, Sendable {
    case dark, light, mono, projector
    case projectorDark = "projector-dark"
    case projectorLight = "projector-light"
}

/// Colours for roles. Colour is never the only carrier of meaning: every role that matters also has
/// a glyph or an attribute (✓/✗ marks, bold, reverse), so `mono` loses nothing but colour.
public struct Theme: Sendable {
    public struct Look: Sendable {
        /// ncurses colour numbers; -1 is the terminal's default.
        public var fg: Int
        public var bg: Int
        public var emphasis: Emphasis
        public init(_ fg: Int, _ bg: Int = -1, _ emphasis: Emphasis = []) {
            self.fg = fg; self.bg = bg; self.emphasis = emphasis
        }
    }
    public var name: String
    public var looks: [Role: Look]
    public var usesColor: Bool

    /// The attributes a cell is drawn with: the style's own and its role's. Faint and bold together
    /// are drawn as bold by many terminals, so a dimmed cell is never also bold — the dimmed role
    /// stays dimmer than the rest in every theme.
    public func emphasis(for style: Style) -> Emphasis {
        var emphasis = style.emphasis.union(looks[style.role]?.emphasis ?? [])
        if emphasis.contains(.dim) { emphasis.remove(.bold) }
        return emphasis
    }

    public static let names = ThemeName.allCases.map(\.rawValue)

    public static func named(_ name: String, colors: Int) -> Theme? {
        let rich = colors >= 256
        switch name {
        case "dark":
            return Theme(name: name, looks: [
                .normal: Look(-1), .dim: Look(rich ? 245 : 7, -1, rich ? [] : [.dim]), .title: Look(rich ? 81 : 6, -1, [.bold]),
                .heading: Look(rich ? 180 : 3), .border: Look(rich ? 240 : 4), .selection: Look(rich ? 81 : 6, -1, [.reverse]),
                .selectionInactive: Look(-1, -1, [.bold, .underline]), .key: Look(rich ? 214 : 3, -1, [.bold]),
                .status: Look(rich ? 250 : 7, -1, [.reverse]), .good: Look(rich ? 114 : 2, -1, [.bold]), .bad: Look(rich ? 203 : 1, -1, [.bold]),
                .warn: Look(rich ? 221 : 3), .bar: Look(rich ? 75 : 4), .barTarget: Look(rich ? 231 : 7, -1, [.bold]),
                .barOver: Look(rich ? 114 : 2), .match: Look(rich ? 16 : 0, rich ? 220 : 3), .accent: Look(rich ? 81 : 6, -1, [.bold]),
                .code: Look(rich ? 180 : 3),
            ], usesColor: true)
        case "light":
            return Theme(name: name, looks: [
                .normal: Look(-1), .dim: Look(rich ? 242 : 0, -1, [.dim]), .title: Look(rich ? 25 : 4, -1, [.bold]),
                .heading: Look(rich ? 94 : 3), .border: Look(rich ? 248 : 4), .selection: Look(rich ? 25 : 4, -1, [.reverse]),
                .selectionInactive: Look(-1, -1, [.bold, .underline]), .key: Look(rich ? 130 : 1, -1, [.bold]),
                .status: Look(rich ? 238 : 0, -1, [.reverse]), .good: Look(rich ? 28 : 2, -1, [.bold]), .bad: Look(rich ? 160 : 1, -1, [.bold]),
                .warn: Look(rich ? 130 : 3), .bar: Look(rich ? 25 : 4), .barTarget: Look(rich ? 16 : 0, -1, [.bold]),
                .barOver: Look(rich ? 28 : 2), .match: Look(rich ? 16 : 0, rich ? 222 : 3), .accent: Look(rich ? 25 : 4, -1, [.bold]),
                .code: Look(rich ? 94 : 3),
            ], usesColor: true)
        case "projector":
            // the terminal's own colours (-1), whatever they are — dark on light or light on dark —
            // so nothing can vanish against the screen; emphasis is bold, reverse and underline,
            // and the dimmed role is the terminal's faint attribute
            return Theme(name: name, looks: [
                .normal: Look(-1, -1, [.bold]), .dim: Look(-1, -1, [.dim]), .title: Look(-1, -1, [.bold]),
                .heading: Look(-1, -1, [.bold, .underline]), .border: Look(-1), .selection: Look(-1, -1, [.reverse, .bold]),
                .selectionInactive: Look(-1, -1, [.bold, .underline]), .key: Look(-1, -1, [.bold]),
                .status: Look(-1, -1, [.reverse, .bold]), .good: Look(-1, -1, [.bold]), .bad: Look(-1, -1, [.bold]),
                .warn: Look(-1, -1, [.bold, .underline]), .bar: Look(-1, -1, [.bold]), .barTarget: Look(-1, -1, [.bold]),
                .barOver: Look(-1, -1, [.bold]), .match: Look(-1, -1, [.reverse, .underline]), .accent: Look(-1, -1, [.bold]),
                .code: Look(-1, -1, [.bold]),
            ], usesColor: false)
        case "projector-dark", "projector-light":
            return projector(dark: name == "projector-dark", colors: colors)
        case "mono":
            return Theme(name: name, looks: [
                .normal: Look(-1), .dim: Look(-1, -1, [.dim]), .title: Look(-1, -1, [.bold]), .heading: Look(-1, -1, [.bold]),
                .border: Look(-1), .selection: Look(-1, -1, [.reverse]), .selectionInactive: Look(-1, -1, [.underline]),
                .key: Look(-1, -1, [.bold]), .status: Look(-1, -1, [.reverse]), .good: Look(-1, -1, [.bold]), .bad: Look(-1, -1, [.bold]),
                .warn: Look(-1, -1, [.bold]), .bar: Look(-1), .barTarget: Look(-1, -1, [.bold]), .barOver: Look(-1, -1, [.bold]),
                .match: Look(-1, -1, [.reverse, .underline]), .accent: Look(-1, -1, [.bold]), .code: Look(-1),
            ], usesColor: false)
        default:
            return nil
        }
    }
}
