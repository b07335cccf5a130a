import PIRModel
import PIRText

/// Where the help goes for a frame size and a screen's key table: the box, its lines (a
/// description too long for the box wraps under its key) and how many show at once. Read by the
/// view to draw, to clamp the scroll and to say in the layout snapshot how far a page goes.
public enum HelpLayout {
    /// The rows the help shows over a screen: that screen's key table.
    static func rows(_ screen: Screen, fromSlide: Bool, language L: Language) -> [(String, String)] {
        Keymap.bindings(for: screen, fromSlide: fromSlide).map { ($0.label, $0.help(L)) }
    }

    static func keyWidth(_ rows: [(String, String)]) -> Int { rows.map(\.0.cellWidth).max() ?? 10 }

    /// The lines of the help for a box whose text column is `textWidth` cells: a description too
    /// long for it wraps onto lines of its own under the key, so nothing is cut.
    static func lines(_ rows: [(String, String)], textWidth: Int, language L: Language) -> [(key: String, text: String)] {
        var out: [(String, String)] = []
        for (key, text) in rows {
            let wrapped = Wrapper.wrap(text, width: max(4, textWidth))
            for (n, line) in wrapped.enumerated() { out.append((n == 0 ? key : "", line)) }
            if wrapped.isEmpty { out.append((key, "")) }
        }
        return out
    }

    /// The box (as wide as the longest line where it fits, as tall as its lines), its lines and
    /// how many show at once, for a frame of this size over this screen.
    static func layout(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false)
        -> (rect: Rect, lines: [(key: String, text: String)], visible: Int, keyWidth: Int)? {
        let rows = Self.rows(screen, fromSlide: fromSlide, language: L)
        let keyWidth = Self.keyWidth(rows)
        let textWidth = rows.map { $0.1.cellWidth }.max() ?? 20
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

    /// The furthest the help can scroll in a frame of this size.
    public static func maxScroll(width: Int, height: Int, language L: Language, screen: Screen = .explorer, fromSlide: Bool = false) -> Int {
        guard let layout = layout(width: width, height: height, language: L, screen: screen, fromSlide: fromSlide) else { return 0 }
        return max(0, layout.lines.count - layout.visible)
    }
}
