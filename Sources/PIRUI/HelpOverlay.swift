import PIRModel
import PIRText

/// `?` / F1: every key, in a box over the screen. Esc closes it before anything else.
public struct HelpOverlay: Sendable {
    public let glyphs: Glyphs

    /// Every key of every screen once, as (keys, what they do): the documentation's key table
    /// is printed from this (see `Keymap`, whose per-screen tables the overlay shows).
    public static var keys: [(String, String)] { Keymap.all.map { ($0.label, $0.help) } }

    /// The rows the help shows over a screen: that screen's key table.
    static func rows(_ screen: Screen, fromSlide: Bool) -> [(String, String)] {
        Keymap.bindings(for: screen, fromSlide: fromSlide).map { ($0.label, $0.help) }
    }

    static func keyWidth(_ rows: [(String, String)]) -> Int { rows.map(\.0.cellWidth).max() ?? 10 }

    /// The lines of the help for a box whose text column is `textWidth` cells: a description too
    /// long for it wraps onto lines of its own under the key, so nothing is cut.
    static func lines(_ rows: [(String, String)], textWidth: Int, language L: Language) -> [(key: String, text: String)] {
        var out: [(String, String)] = []
        for (key, text) in rows {
            let wrapped = Wrapper.wrap(L.bi(text), width: max(4, textWidth))
            for (n, line) in wrapped.enumerated() { out.append((n == 0 ? key : "", line)) }
            if wrapped.isEmpty { out.append((key, "")) }
        }
        return out
    }

    /// The box (as wide as the longest line where it fits, as tall as its lines), its lines and
    /// how many show at once, for a frame of this size over this screen.
    static func layout(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false)
        -> (rect: Rect, lines: [(key: String, text: String)], visible: Int, keyWidth: Int)? {
        let rows = Self.rows(screen, fromSlide: fromSlide)
        let keyWidth = Self.keyWidth(rows)
        let textWidth = rows.map { L.bi($0.1).cellWidth }.max() ?? 20
        let w = min(width - 2, keyWidth + textWidth + 7)
        let lines = Self.lines(rows, textWidth: w - 2 - 3 - keyWidth, language: L)
        // borders and a blank line above the keys: a 120×40 terminal shows every line at once
        let h = min(height - 2, lines.count + 3)
        guard w > 10, h > 4 else { return nil }
        let rect = Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
        return (rect, lines, max(0, h - 3), keyWidth)
    }

    /// The lines PgDn / PgUp move: a full window of the help in a frame of this size.
    public static func pageSize(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false) -> Int {
        max(1, layout(width: width, height: height, language: L, screen: screen, fromSlide: fromSlide)?.visible ?? 1)
    }

    /// The furthest the help can scroll in a frame of this size (the reducer keeps the scroll in range).
    public static func maxScroll(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false) -> Int {
        guard let layout = layout(width: width, height: height, language: L, screen: screen, fromSlide: fromSlide) else { return 0 }
        return max(0, layout.lines.count - layout.visible)
    }

    public func draw(_ frame: inout Frame, scroll: Int, language L: Language = .zh, screen: Screen = .explorer, fromSlide: Bool = false) {
        guard let (rect, lines, visible, keyWidth) = Self.layout(width: frame.width, height: frame.height, language: L, screen: screen, fromSlide: fromSlide) else { return }
        // its rows cleared edge to edge: no corner of the frame beneath shows beside the box
        frame.clearRows(of: rect)
        let pages = lines.count > visible
        var title = [TitlePart(L("帮助 Help", "Help"), short: L("帮助", "Help"), priority: 10),
                     TitlePart(L("Esc 关闭 close", "Esc closes"), short: "Esc", priority: 9)]
        if pages { title.append(TitlePart(L("↑↓ PgDn 滚动 scroll", "↑↓ PgDn scroll"), short: "PgDn", priority: 5)) }
        let inner = Panel.draw(&frame, rect, title: title, focused: true, glyphs: glyphs)
        let start = min(max(0, scroll), max(0, lines.count - visible))
        for (row, line) in lines.dropFirst(start).prefix(max(0, visible)).enumerated() {
            let y = inner.y + 1 + row
            let k = glyphs == .ascii ? line.key.replacingOccurrences(of: "↑ ↓", with: "Up Dn").replacingOccurrences(of: "→", with: "Right").replacingOccurrences(of: "←", with: "Left").replacingOccurrences(of: "–", with: "-") : line.key
            frame.put(TextLayout.fit(k, to: keyWidth, ellipsis: glyphs.ellipsis), x: inner.x + 1, y: y, style: Style(.key, [.bold]), limit: inner.maxX)
            frame.put(TextLayout.truncate(line.text, to: max(0, inner.maxX - (inner.x + 2 + keyWidth)), ellipsis: glyphs.ellipsis), x: inner.x + 2 + keyWidth, y: y, limit: inner.maxX)
        }
        // more than a page: where one is, as the text panes show it
        if pages {
            let position = "\(start + 1)-\(min(lines.count, start + visible))/\(lines.count)"
            frame.put(" " + position + " ", x: rect.maxX - position.cellWidth - 4, y: rect.maxY - 1, style: Style(.dim))
        }
    }
}
