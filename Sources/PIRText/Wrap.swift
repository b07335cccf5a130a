/// Line wrapping by display width with the usual Chinese line-breaking rules (禁则): no line starts
/// with closing punctuation, none ends with an opening bracket; Latin words and numbers are kept
/// whole when they fit on a line.
public enum Wrapper {
    /// Characters that may not begin a line.
    public static let noStart: Set<Character> = Set("，。、：；！？）》」』”’〉】〕…—·%,.;:!?)]}")
    /// Characters that may not end a line.
    public static let noEnd: Set<Character> = Set("（《「『“‘〈【〔([{")

    /// Wraps one paragraph (newlines in `text` start new lines) to lines of at most `width` cells.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapLine(Array(paragraph), width: width)
        }
        return lines
    }

    static func isWordChar(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "," || c == "%" || c == "-" || c == "/" || c == "_")
    }

    static func wrapLine(_ chars: [Character], width: Int) -> [String] {
        if chars.isEmpty { return [""] }
        var lines: [String] = []
        var start = 0
        while start < chars.count {
            // skip spaces at the start of a continuation line
            if !lines.isEmpty { while start < chars.count && chars[start] == " " { start += 1 } }
            if start >= chars.count { break }
            var used = 0
            var end = start
            while end < chars.count {
                let w = chars[end].cellWidth
                if used + w > width { break }
                used += w
                end += 1
            }
            if end >= chars.count {
                lines.append(String(chars[start..<end]))
                break
            }
            if end == start { end = start + 1 }  // a character wider than the line: put it alone
            var cut = end
            // keep Latin words and numbers whole when the word fits on a line of its own
            if isWordChar(chars[cut]) && cut > start && isWordChar(chars[cut - 1]) {
                var back = cut
                while back > start && isWordChar(chars[back - 1]) { back -= 1 }
                if back > start { cut = back }
            }
            // 禁则: pull a forbidden line-start back onto this line's end by moving the break earlier
            var guardSteps = 0
            while cut > start + 1 && cut < chars.count && (noStart.contains(chars[cut]) || noEnd.contains(chars[cut - 1])) && guardSteps < 4 {
                cut -= 1
                guardSteps += 1
            }
            // moving the break for 禁则 can land inside a number ("增长 8|7%。"): keep the word whole
            if cut > start && cut < chars.count && isWordChar(chars[cut]) && isWordChar(chars[cut - 1]) {
                var back = cut
                while back > start && isWordChar(chars[back - 1]) { back -= 1 }
                if back > start { cut = back }
            }
            if cut <= start { cut = end }
            var line = String(chars[start..<cut])
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
            start = cut
        }
        return lines
    }
}
