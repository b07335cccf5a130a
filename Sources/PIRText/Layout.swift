/// Cutting and padding by display width. Nothing here ever splits a wide character: where one
/// would straddle the edge, the cell is filled with a space instead.
public enum TextLayout {
    /// The longest prefix of `text` that fits in `width` cells; with `ellipsis`, the text is
    /// shortened to make room for it when it does not fit.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if text.cellWidth <= width { return text }
        let room = width - ellipsis.cellWidth
        guard room >= 0 else { return prefix(text, width: width) }
        return prefix(text, width: room) + ellipsis
    }

    /// The longest prefix that fits in `width` cells.
    public static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = text[index].cellWidth
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` truncated or padded with spaces to exactly `width` cells.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let pad = max(0, width - cut.cellWidth)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + cut
        case .center:
            let left = pad / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: pad - left)
        }
    }

    public enum Alignment: Sendable { case left, right, center }
}
