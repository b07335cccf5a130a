import PIRModel
import PIRText

/// `?` / F1: every key, in a box over the screen. Esc closes it before anything else.
public struct HelpOverlay: Sendable {
    public let glyphs: Glyphs

    /// Every key of every screen once, as (keys, what they do): the documentation's key table
    /// is printed from this (see `Keymap`, whose per-screen tables the overlay shows).
    public static var keys: [(String, String)] { Keymap.all.map { ($0.label, $0.help) } }

    /// The lines PgDn / PgUp move: a full window of the help in a frame of this size.
    public static func pageSize(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false) -> Int {
        HelpLayout.pageSize(width: width, height: height, language: L, screen: screen, fromSlide: fromSlide)
    }

    /// The furthest the help can scroll in a frame of this size (the reducer keeps the scroll in range).
    public static func maxScroll(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false) -> Int {
        HelpLayout.maxScroll(width: width, height: height, language: L, screen: screen, fromSlide: fromSlide)
    }

    public func draw(_ frame: inout Frame, scroll: Int, language L: Language = .zh, screen: Screen = .explorer, fromSlide: Bool = false) {
        guard let (rect, lines, visible, keyWidth) = HelpLayout.layout(width: frame.width, height: frame.height, language: L, screen: screen, fromSlide: fromSlide) else { return }
        frame.cover(rect)
        let pages = lines.count > visible
        var title = [TitlePart(L.strings.explorer.help, short: L.strings.explorer.helpShort, priority: 10),
                     TitlePart(L.strings.explorer.escCloses, short: "Esc", priority: 9)]
        if pages { title.append(TitlePart(L.strings.explorer.scrollHint, short: "PgDn", priority: 5)) }
        let inner = Panel.draw(&frame, rect, title: title, focused: true, glyphs: glyphs)
        let start = min(max(0, scroll), max(0, lines.count - visible))
        for (row, line) in lines.dropFirst(start).prefix(max(0, visible)).enumerated() {
            let y = inner.y + 1 + row
            let k = glyphs == .ascii ? line.key.replacingOccurrences(of: "↑ ↓", with: "Up Dn").replacingOccurrences(of: "→", with: "Right").replacingOccurrences(of: "←", with: "Left").replacingOccurrences(of: "–", with: "-") : line.key
            frame.put(TextLayout.fit(k, to: keyWidth, ellipsis: glyphs.ellipsis), x: inner.x + 1, y: y, style: Style(.key, [.bold]), limit: inner.maxX)
            frame.put(TextLayout.truncate(line.text, to: max(0, inner.maxX - (inner.x + 2 + keyWidth)), ellipsis: glyphs.ellipsis), x: inner.x + 2 + keyWidth, y: y, limit: inner.maxX)
        }
        // more than a page: where one is, as the text panes show it
        PositionMark.draw(&frame, box: rect, first: start, shown: visible, total: lines.count, glyphs: glyphs)
    }
}
