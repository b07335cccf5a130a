import PIRText

/// Where a window over a list, a text or an overlay's entries is: `first-last/total` (`1-7/15`) in
/// the bottom border of its box, at the right, as htop and k9s show it, and only when there is
/// more than shows. One form everywhere, so a list that stops at the bottom of its pane (the
/// overview at 80×24 stopped at outcome 7) says that more is below and how much.
public enum PositionMark {
    /// `1-7/15`; the total as an ellipsis while it is not known yet (a long text laid out in part).
    public static func text(first: Int, shown: Int, total: Int, known: Bool = true, glyphs: Glyphs) -> String {
        "\(first + 1)-\(min(total, first + shown))/\(known ? String(total) : glyphs.ellipsis)"
    }

    /// Draws the mark into the bottom border of `box` when `total` is more than `shown`; a box too
    /// narrow for it keeps its plain border.
    public static func draw(_ frame: inout Frame, box: Rect, first: Int, shown: Int, total: Int, known: Bool = true, glyphs: Glyphs) {
        guard total > shown, shown > 0, box.height >= 2 else { return }
        let mark = " " + text(first: max(0, first), shown: shown, total: total, known: known, glyphs: glyphs) + " "
        guard box.width >= mark.cellWidth + 4 else { return }
        frame.put(mark, x: box.maxX - mark.cellWidth - 2, y: box.maxY - 1, style: Style(.dim))
    }
}
