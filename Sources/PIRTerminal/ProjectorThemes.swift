import PIRUI

extension Theme {
    /// For a projector in a lit room: the screen's own background is painted (white on black, or
    /// black on white) so the terminal's theme cannot wash it out, with one strong accent colour.
    /// Meaning never rests on colour: highlights are also bold and underlined, marks are ✓ / ✗.
    static func projector(dark: Bool, colors: Int) -> Theme {
        let rich = colors >= 256
        let ink = dark ? (rich ? 231 : 7) : (rich ? 16 : 0)
        let paper = dark ? (rich ? 16 : 0) : (rich ? 231 : 7)
        let accent = dark ? (rich ? 226 : 3) : (rich ? 19 : 4)
        let good = dark ? (rich ? 46 : 2) : (rich ? 22 : 2)
        let bad = dark ? (rich ? 203 : 1) : (rich ? 124 : 1)
        let dim = rich ? (dark ? 247 : 240) : ink
        func look(_ fg: Int, _ emphasis: Emphasis = []) -> Look { Look(fg, paper, emphasis) }
        return Theme(name: dark ? "projector-dark" : "projector-light", looks: [
            .normal: look(ink), .dim: look(dim, rich ? [] : [.dim]), .title: look(accent, [.bold]), .heading: look(accent, [.bold]),
            .border: look(dim), .selection: look(ink, [.reverse, .bold]), .selectionInactive: look(ink, [.bold, .underline]),
            .key: look(accent, [.bold]), .status: look(ink, [.reverse, .bold]), .good: look(good, [.bold]), .bad: look(bad, [.bold]),
            .warn: look(accent, [.bold]), .bar: look(ink), .barTarget: look(accent, [.bold]), .barOver: look(good, [.bold]),
            .match: look(ink, [.reverse, .underline]), .accent: look(accent, [.bold]), .code: look(ink, [.bold]),
        ], usesColor: true)
    }
}
