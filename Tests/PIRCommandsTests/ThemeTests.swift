import Testing
import PIRUI
@testable import PIRTerminal

/// The themes' looks, without ncurses: what colour and attributes each role is drawn with.
@Suite struct ThemeTests {
    /// The default `pir present` theme keeps the terminal's own background for every role, and its
    /// foreground for every role but the dimmed one (stepping's other items), a mid grey that
    /// reads on black and on white; so nothing can vanish on a dark-on-light projector or a
    /// light-on-dark one.
    @Test(arguments: [8, 16, 256])
    func projectorUsesTheTerminalsOwnColours(colors: Int) throws {
        let theme = try #require(Theme.named("projector", colors: colors))
        for role in Role.allCases {
            let drawn = theme.drawn(Style(role))
            #expect(drawn.bg == -1, "\(role): on \(drawn.bg)")
            if role != .dim { #expect(drawn.fg == -1, "\(role): \(drawn.fg)") }
        }
        let grey = theme.drawn(Style(.dim))
        if grey.fg != -1 {
            let (onWhite, onBlack) = (XtermScreen.light(colors).shown(fg: grey.fg, bg: -1, emphasis: grey.emphasis),
                                      XtermScreen.dark(colors).shown(fg: grey.fg, bg: -1, emphasis: grey.emphasis))
            #expect(RGB.contrast(onWhite.ink, onWhite.paper) >= 3 && RGB.contrast(onBlack.ink, onBlack.paper) >= 3)
        } else {
            #expect(grey.emphasis.contains(.dim))
        }
        // emphasis carries what colour did: titles and figures bold, the selection reversed
        #expect(theme.emphasis(for: Style(.title)).contains(.bold))
        #expect(theme.emphasis(for: Style(.accent)).contains(.bold))
        #expect(theme.emphasis(for: Style(.selection)).contains(.reverse))
    }

    /// The dimmed role (step-through's other items) is dimmer than normal text in every theme:
    /// faint and not bold where the theme uses the terminal's colour, else a colour of its own.
    @Test(arguments: Theme.names, [8, 256])
    func theDimmedRoleIsDimmerInEveryTheme(name: String, colors: Int) throws {
        let theme = try #require(Theme.named(name, colors: colors))
        let dim = try #require(theme.looks[.dim]), normal = try #require(theme.looks[.normal])
        // the styles the slide view dims with, as well as the plain role
        for style in [Style(.dim), Style(.dim, [.bold])] {
            let emphasis = theme.emphasis(for: style)
            let faint = emphasis.contains(.dim) && !emphasis.contains(.bold)
            let ownColour = dim.fg != -1 && dim.fg != normal.fg
            #expect(faint || ownColour,
                    "\(name) \(colors): \(style) drawn \(emphasis.rawValue), fg \(dim.fg)")
            if dim.fg == -1 { #expect(faint, "\(name) \(colors): the terminal's colour, so it must be faint") }
        }
        #expect(theme.emphasis(for: Style(.normal)).contains(.dim) == false)
    }

    /// The painted projector themes stay as they were: their own ink and paper.
    @Test func projectorDarkAndLightPaintTheirOwnColours() throws {
        let dark = try #require(Theme.named("projector-dark", colors: 256))
        let light = try #require(Theme.named("projector-light", colors: 256))
        #expect(dark.looks[.normal]?.fg == 231 && dark.looks[.normal]?.bg == 16)
        #expect(light.looks[.normal]?.fg == 16 && light.looks[.normal]?.bg == 231)
    }
}
