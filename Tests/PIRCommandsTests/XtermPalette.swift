import PIRUI
@testable import PIRTerminal

/// How xterm shows a cell, as far as contrast goes: its default palette (the 16 ANSI colours, the
/// 6×6×6 cube and the grey ramp), its default foreground and background (black on white, or white
/// on black), bold drawing colours 0–7 in their bright forms (`boldColors`, on by default),
/// reverse video swapping the two, and faint text halfway to its background.
struct XtermScreen: CustomStringConvertible {
    var foreground: RGB
    var background: RGB
    /// The colours the terminal has (terminfo's `colors`): 8 for TERM=xterm, 256 for xterm-256color.
    var colors: Int

    static func light(_ colors: Int) -> XtermScreen { XtermScreen(foreground: RGB(0, 0, 0), background: RGB(255, 255, 255), colors: colors) }
    static func dark(_ colors: Int) -> XtermScreen { XtermScreen(foreground: RGB(255, 255, 255), background: RGB(0, 0, 0), colors: colors) }

    var isLight: Bool { background.luminance > 0.5 }
    var description: String { "\(isLight ? "light" : "dark") \(colors) colours" }

    static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0), RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0), RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// xterm's colour `n` (0–255).
    static func palette(_ n: Int) -> RGB {
        switch n {
        case 0..<16: return ansi[n]
        case 16..<232:
            let levels: [Double] = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return RGB(levels[i / 36], levels[i / 6 % 6], levels[i % 6])
        default:
            let v = Double(8 + 10 * (n - 232))
            return RGB(v, v, v)
        }
    }

    /// The ink (the glyph's colour) and paper (the cell's background) of a cell drawn with colour
    /// numbers `fg` and `bg` (-1: the terminal's own) and `emphasis`. A number past the terminal's
    /// colours is clamped, as `Terminal` does before `init_pair`.
    func shown(fg: Int, bg: Int, emphasis: Emphasis) -> (ink: RGB, paper: RGB) {
        var fg = fg >= 0 ? min(fg, colors - 1) : -1
        let bg = bg >= 0 ? min(bg, colors - 1) : -1
        if emphasis.contains(.bold), (0..<8).contains(fg) { fg += 8 }
        var ink = fg < 0 ? foreground : Self.palette(fg)
        var paper = bg < 0 ? background : Self.palette(bg)
        if emphasis.contains(.reverse) { swap(&ink, &paper) }
        if emphasis.contains(.dim) { ink = ink.blended(with: paper) }
        return (ink, paper)
    }

    /// A cell of a frame as this screen shows it with `theme`.
    func shown(_ style: Style, _ theme: Theme) -> (ink: RGB, paper: RGB) {
        let drawn = theme.drawn(style)
        return shown(fg: drawn.fg, bg: drawn.bg, emphasis: drawn.emphasis)
    }
}
