import PIRUI

extension Theme {
    /// For a projector in a lit room: the screen's own background is painted (white on black, or
    /// black on white) so the terminal's theme cannot wash it out, with one strong accent colour.
    /// Meaning never rests on colour: highlights are also bold and underlined, marks are ✓ / ✗.
    /// At 8 colours the light paper is xterm's light grey (colour 7), on which only black, red and
    /// blue read (bold draws them brighter), so ✓ and over-target are blue there.
    static func projector(dark: Bool, colors: Int) -> Theme {
        let c = Tier(colors)
        let ink = dark ? c.pick(231, 15, 7) : c.pick(16, 0, 0)
        let paper = dark ? c.pick(16, 0, 0) : c.pick(231, 15, 7)
        let accent = dark ? c.pick(226, 11, 3) : c.pick(19, 4, 4)
        let good = dark ? c.pick(46, 10, 2) : c.pick(22, 4, 4)
        let bad = dark ? c.pick(203, 9, 1) : c.pick(124, 1, 1)
        // mid grey on black: the stepped item (white on the band) reads stronger than the others
        let dim = dark ? c.pick(244, 8, 7) : c.pick(240, 8, 0)
        // the selected row: a band the ink, bars and marks all read on
        let band = dark ? c.pick(240, 4, 4) : c.pick(153, 4, 4)
        // the yellow accent reversed at 8 colours would have grey text (bold black): ink on the band
        let accentReversed: (fg: Int, bg: Int)? = dark && c == .c8 ? (ink, band) : nil
        func look(_ fg: Int, _ emphasis: Emphasis = []) -> Look {
            Look(fg, paper, emphasis, reversed: fg == accent ? accentReversed : nil)
        }
        var theme = Theme(name: dark ? "projector-dark" : "projector-light", looks: [
            .normal: look(ink), .dim: look(dim, c == .c8 ? [.dim] : []), .title: look(accent, [.bold]), .heading: look(accent, [.bold]),
            .border: look(dim), .selection: Look(dark || c == .c256 ? ink : c.pick(16, 15, 7), band, [.bold]),
            .selectionInactive: look(ink, [.bold, .underline]),
            .key: look(accent, [.bold]), .status: look(ink, [.reverse, .bold]), .good: look(good, [.bold]), .bad: look(bad, [.bold]),
            .warn: look(accent, [.bold]), .bar: look(ink), .barTarget: look(accent, [.bold]), .barOver: look(good, [.bold]),
            .match: look(ink, [.reverse, .underline]), .accent: look(accent, [.bold]), .code: look(ink, [.bold]),
        ])
        theme.paper = paper
        theme.ink = ink
        if !dark && c != .c256 {
            // the blue band of 8 and 16 colours: the black bar white, the mark yellow
            theme.onBand = [.bar: c.pick(16, 15, 7), .barTarget: c.pick(16, 11, 3), .barOver: c.pick(16, 14, 6)]
        }
        return theme
    }
}
