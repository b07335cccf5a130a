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

    /// Whether a cut between `chars[i - 1]` and `chars[i]` would split a number (its digits with
    /// the `,` and `.` inside it: 2,710, 46.9) or a Latin word, so that an excerpt never shows a
    /// wrong figure (`6.9%` for 46.9%, `0 万` for 900 万).
    public static func splitsToken(_ chars: [Character], at i: Int) -> Bool {
        guard i > 0, i < chars.count else { return false }
        func isWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func isPoint(_ c: Character) -> Bool { c == "," || c == "." }
        let a = chars[i - 1], b = chars[i]
        if isWord(a) && isWord(b) { return true }
        if isDigit(a) && isPoint(b) { return i + 1 < chars.count && isDigit(chars[i + 1]) }
        if isPoint(a) && isDigit(b) { return i >= 2 && isDigit(chars[i - 2]) }
        return false
    }

    /// An excerpt's start moved forward, at most to `limit`, until it splits no number or word,
    /// and past the spaces there.
    public static func excerptStart(_ chars: [Character], cut: Int, limit: Int) -> Int {
        var cut = cut
        while cut < limit && splitsToken(chars, at: cut) { cut += 1 }
        while cut < limit && chars[cut] == " " { cut += 1 }
        return cut
    }

    /// An excerpt's end moved back, at least to `limit`, until it splits no number or word, and
    /// back past the spaces there.
    public static func excerptEnd(_ chars: [Character], cut: Int, limit: Int) -> Int {
        var cut = cut
        while cut > limit && splitsToken(chars, at: cut) { cut -= 1 }
        while cut > limit && chars[cut - 1] == " " { cut -= 1 }
        return cut
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
