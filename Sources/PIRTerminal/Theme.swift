import PIRUI

/// The themes `Theme.named` knows, and `auto`: one list, which the command line offers, checks and
/// completes.
public enum ThemeName: String, CaseIterable, Sendable {
    case auto, dark, light, mono, projector
    case projectorDark = "projector-dark"
    case projectorLight = "projector-light"

    /// The theme drawn. `auto` is `light` on a light background and `dark` on a dark or unknown one
    /// (most terminals are dark, and the answer to the query may never come); on slides it is
    /// `projector`, which draws with the terminal's own colours and so reads on either.
    public func resolved(background: TerminalBackground?, slides: Bool) -> ThemeName {
        guard self == .auto else { return self }
        if slides { return .projector }
        return background == .light ? .light : .dark
    }

    /// Whether what is drawn waits on the terminal's background, so the terminal is asked for it.
    public func followsBackground(slides: Bool) -> Bool { self == .auto && !slides }

    /// The themes that can be on screen on `background`: the one `auto` picks there and the ones
    /// that read on any background (the terminal's own colours, or paper of their own). `dark` is
    /// for dark backgrounds and `light` for light ones; the contrast test holds each to its own.
    public static func readable(on background: TerminalBackground) -> [ThemeName] {
        [auto.resolved(background: background, slides: false), .mono, .projector, .projectorDark, .projectorLight]
    }
}

/// Colours for roles. Colour is never the only carrier of meaning: every role that matters also has
/// a glyph or an attribute (✓/✗ marks, bold, reverse), so `mono` loses nothing but colour. Every
/// theme defines every role for 256, 16 and 8 colours (`Tier`).
public struct Theme: Sendable {
    public struct Look: Sendable {
        /// ncurses colour numbers; -1 is the terminal's default.
        public var fg: Int
        public var bg: Int
        public var emphasis: Emphasis
        /// The colours (fg, bg) where a view reverses the role (a title bar), when the theme's
        /// paper on this colour would not read: at 8 colours xterm draws bold black as grey.
        public var reversed: (fg: Int, bg: Int)?
        public init(_ fg: Int, _ bg: Int = -1, _ emphasis: Emphasis = [], reversed: (fg: Int, bg: Int)? = nil) {
            self.fg = fg; self.bg = bg; self.emphasis = emphasis; self.reversed = reversed
        }
    }

    /// What the terminal is told for a cell: colour numbers (-1 the terminal's own) and attributes.
    public struct Drawn: Hashable, Sendable {
        public var fg: Int
        public var bg: Int
        public var emphasis: Emphasis
    }

    public var name: String
    public var looks: [Role: Look]
    /// For a theme made for one kind of background: the colour numbers that stand for the
    /// terminal's own background (`paper`) and foreground (`ink`). Reverse video is then drawn as
    /// these colours swapped, never as the attribute: xterm draws bold colours 0–7 bright, and a
    /// bold cell reversed would get a bright background beside its plain neighbours (a title or a
    /// selected row in two tones at 8 colours). nil: the theme uses the terminal's own colours,
    /// and the terminal reverses them.
    public var paper: Int?
    public var ink: Int?
    /// The colour a role that keeps its meaning on the selected row's band (a bar, the target
    /// mark) is drawn in there, where its own would not stand out from the band.
    public var onBand: [Role: Int] = [:]

    /// The colour depth a theme is defined for: 256, 16 or 8 colours.
    enum Tier {
        case c256, c16, c8
        init(_ colors: Int) { self = colors >= 256 ? .c256 : colors >= 16 ? .c16 : .c8 }
        func pick(_ c256: Int, _ c16: Int, _ c8: Int) -> Int {
            switch self {
            case .c256: return c256
            case .c16: return c16
            case .c8: return c8
            }
        }
    }

    /// How a cell is drawn: its role's look with the style's own attributes, the selected row's
    /// band behind it, reverse video resolved. The one place the rules live: the terminal draws
    /// with it and the contrast test reads it.
    public func drawn(_ style: Style) -> Drawn {
        let look = looks[style.role] ?? Look(-1)
        var emphasis = style.emphasis.union(look.emphasis)
        // faint and bold together are drawn as bold by many terminals, so a dimmed cell is never
        // also bold — the dimmed role stays dimmer than the rest in every theme
        if emphasis.contains(.dim) { emphasis.remove(.bold) }
        var fg = look.fg, bg = look.bg
        // where the theme has a band for the selection, the band is the selection (not reverse),
        // and what keeps its role on the selected row is drawn on it
        let band = looks[.selection]?.bg ?? -1
        if band != -1 {
            if style.role == .selection {
                emphasis.remove(.reverse)
            } else if style.selected {
                bg = band
                fg = onBand[style.role] ?? fg
                emphasis.remove(.reverse)
            }
        }
        if emphasis.contains(.reverse), let reversed = look.reversed, !style.selected {
            (fg, bg) = reversed
            emphasis.remove(.reverse)
        }
        if emphasis.contains(.reverse), fg != -1 || bg != -1 {
            let swappedFg = bg != -1 ? bg : paper, swappedBg = fg != -1 ? fg : ink
            if let swappedFg, let swappedBg {
                (fg, bg) = (swappedFg, swappedBg)
                emphasis.remove(.reverse)
            }
        }
        return Drawn(fg: fg, bg: bg, emphasis: emphasis)
    }

    /// The attributes a cell is drawn with (see `drawn`).
    public func emphasis(for style: Style) -> Emphasis { drawn(style).emphasis }

    public static let names = ThemeName.allCases.filter { $0 != .auto }.map(\.rawValue)

    public static func named(_ name: String, colors: Int) -> Theme? {
        let c = Tier(colors)
        let faintAt8: Emphasis = c == .c8 ? [.dim] : []
        switch name {
        case "dark":
            // for a dark background: light colours; the selection a grey band (blue at 8 and 16).
            // Cyan reversed at 8 colours would have grey text (bold black): white on blue instead
            let onBlue: (fg: Int, bg: Int)? = c == .c8 ? (7, 4) : nil
            var theme = Theme(name: name, looks: [
                .normal: Look(-1), .dim: Look(c.pick(245, 8, 7), -1, faintAt8), .title: Look(c.pick(81, 14, 6), -1, [.bold], reversed: onBlue),
                .heading: Look(c.pick(180, 11, 3)), .border: Look(c.pick(240, 8, 4)),
                .selection: Look(c.pick(231, 15, 7), c.pick(238, 4, 4)),
                .selectionInactive: Look(-1, -1, [.bold, .underline]), .key: Look(c.pick(214, 11, 3), -1, [.bold]),
                .status: Look(c.pick(250, 7, 7), -1, [.reverse]), .good: Look(c.pick(114, 10, 2), -1, [.bold]),
                .bad: Look(c.pick(203, 9, 1), -1, [.bold]), .warn: Look(c.pick(221, 11, 3)), .bar: Look(c.pick(75, 14, 6)),
                .barTarget: Look(c.pick(231, 15, 7), -1, [.bold]), .barOver: Look(c.pick(114, 10, 2)),
                // drawn reversed by the views: dark text on yellow
                .match: Look(c.pick(220, 11, 7), c.pick(16, 0, 4)), .accent: Look(c.pick(81, 14, 6), -1, [.bold], reversed: onBlue),
                .code: Look(c.pick(180, 11, 3)),
            ])
            theme.paper = c.pick(16, 0, 0)
            theme.ink = c.pick(231, 15, 7)
            return theme
        case "light":
            // for a light background: dark colours only (at 8 and 16 colours no green or yellow
            // reads on white, so ✓ and over-target are blue and magenta); the selection a pale band
            var theme = Theme(name: name, looks: [
                .normal: Look(-1), .dim: Look(c.pick(242, 8, 0), -1, faintAt8), .title: Look(c.pick(25, 4, 4), -1, [.bold]),
                .heading: Look(c.pick(94, 5, 5)), .border: Look(c.pick(248, 8, 4)),
                .selection: Look(-1, c.pick(153, 7, 7)),
                .selectionInactive: Look(-1, -1, [.bold, .underline]), .key: Look(c.pick(130, 1, 1), -1, [.bold]),
                .status: Look(c.pick(238, 0, 0), -1, [.reverse]), .good: Look(c.pick(28, 4, 4), -1, [.bold]),
                .bad: Look(c.pick(160, 1, 1), -1, [.bold]), .warn: Look(c.pick(130, 5, 5)), .bar: Look(c.pick(25, 4, 4)),
                .barTarget: Look(c.pick(16, 0, 0), -1, [.bold]), .barOver: Look(c.pick(28, 5, 5)),
                .match: Look(c.pick(229, 11, 7), c.pick(16, 0, 4)), .accent: Look(c.pick(25, 4, 4), -1, [.bold]),
                .code: Look(c.pick(94, 5, 5)),
            ])
            theme.paper = c.pick(231, 15, 7)
            theme.ink = c.pick(16, 0, 0)
            return theme
        case "projector":
            // the terminal's own colours, whatever they are — dark on light or light on dark — so
            // nothing can vanish against the screen; emphasis is bold, reverse and underline. The
            // dimmed role (stepping's other items) is a mid grey that reads on black and on white
            // alike, so stepping shows in colour too (urxvt ignores faint); at 8 colours, faint.
            return Theme(name: name, looks: [
                .normal: Look(-1, -1, [.bold]), .dim: Look(c.pick(244, 8, -1), -1, faintAt8), .title: Look(-1, -1, [.bold]),
                .heading: Look(-1, -1, [.bold, .underline]), .border: Look(-1), .selection: Look(-1, -1, [.reverse, .bold]),
                .selectionInactive: Look(-1, -1, [.bold, .underline]), .key: Look(-1, -1, [.bold]),
                .status: Look(-1, -1, [.reverse, .bold]), .good: Look(-1, -1, [.bold]), .bad: Look(-1, -1, [.bold]),
                .warn: Look(-1, -1, [.bold, .underline]), .bar: Look(-1, -1, [.bold]), .barTarget: Look(-1, -1, [.bold]),
                .barOver: Look(-1, -1, [.bold]), .match: Look(-1, -1, [.reverse, .underline]), .accent: Look(-1, -1, [.bold]),
                .code: Look(-1, -1, [.bold]),
            ])
        case "projector-dark", "projector-light":
            return projector(dark: name == "projector-dark", colors: colors)
        case "mono":
            return Theme(name: name, looks: [
                .normal: Look(-1), .dim: Look(-1, -1, [.dim]), .title: Look(-1, -1, [.bold]), .heading: Look(-1, -1, [.bold]),
                .border: Look(-1), .selection: Look(-1, -1, [.reverse]), .selectionInactive: Look(-1, -1, [.underline]),
                .key: Look(-1, -1, [.bold]), .status: Look(-1, -1, [.reverse]), .good: Look(-1, -1, [.bold]), .bad: Look(-1, -1, [.bold]),
                .warn: Look(-1, -1, [.bold]), .bar: Look(-1), .barTarget: Look(-1, -1, [.bold]), .barOver: Look(-1, -1, [.bold]),
                .match: Look(-1, -1, [.reverse, .underline]), .accent: Look(-1, -1, [.bold]), .code: Look(-1),
            ])
        default:
            return nil
        }
    }
}
