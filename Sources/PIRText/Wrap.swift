/// Line wrapping by display width with the usual Chinese line-breaking rules (禁则): no line starts
/// with closing punctuation, none ends with an opening bracket; Latin words and numbers are kept
/// whole when they fit on a line.
public enum Wrapper {
    /// Characters that may not begin a line.
    public static let noStart: Set<Character> = Set("，。、：；！？）》」』”’〉】〕…—·%,.;:!?)]}")
    /// Characters that may not end a line.
    public static let noEnd: Set<Character> = Set("（《「『“‘〈【〔([{")

    /// Wraps one paragraph (newlines in `text` start new lines) to lines of at most `width` cells.
    /// With `maxLines`, stops after that many lines: they are the first lines of the whole wrap but
    /// for a paragraph's last two, which `avoidOrphan` may change once its end is reached — so a
    /// caller that keeps n lines asks for n + 2 (`Document.paragraph`: the detail pane lays out a
    /// screenful or two, and wrapping an outcome's whole text for it was half an outcome switch).
    public static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in paragraphs(text) {
            if lines.count >= maxLines { break }
            let room = maxLines - lines.count
            // Most of the report is text whose characters are single scalars (CJK, Latin, punctuation):
            // wrap those scalars directly, without the cost of splitting into grapheme clusters.
            if paragraph.unicodeScalars.allSatisfy({ isStandalone($0.value) }) {
                let scalars = Array(paragraph.unicodeScalars)
                lines += wrapLine(scalars, width: width, cellWidth: { DisplayWidth.of($0) },
                                  isWord: { isWordScalar($0.value) },
                                  isSpace: { $0 == " " }, noStart: { noStartScalars.contains($0.value) },
                                  noEnd: { noEndScalars.contains($0.value) },
                                  ascii: { $0.value < 0x80 ? UInt8($0.value) : nil },
                                  string: string(of:), maxLines: room)
            } else {
                lines += wrapLine(Array(paragraph), width: width, maxLines: room)
            }
            avoidOrphan(&lines, width: width)
        }
        return lines
    }

    /// The text's lines, as `split(separator: "\n")` over its characters gives them, found by their
    /// bytes where no CR can join a LF into one character: splitting by characters walked every
    /// grapheme of a detail pane's text, a third of its wrapping (issue 18, callgrind of a session).
    static func paragraphs(_ text: String) -> [Substring] {
        if text.utf8.contains(0x0D) { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { text[$0.startIndex..<$0.endIndex] }
    }

    /// A line of scalars as a string, written as UTF-8 at once: appending them to a string's
    /// scalar view one by one was another third of the wrapping (issue 18).
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        let count = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }

    /// A paragraph's last line holding one Chinese character alone (and perhaps the punctuation
    /// after it: `出`, `针。`) takes a second character from the line above, which then ends a
    /// character earlier — the usual typesetting rule against an orphan.
    static func avoidOrphan(_ lines: inout [String], width: Int) {
        guard lines.count >= 2 else { return }
        let last = Array(lines[lines.count - 1])
        let body = last.prefix { !noStart.contains($0) }
        guard body.count == 1, let alone = body.first, isIdeograph(alone) else { return }
        var above = Array(lines[lines.count - 2])
        guard above.count >= 3, let moved = above.last, isIdeograph(moved), !noEnd.contains(above[above.count - 2]) else { return }
        let joined = String(moved) + String(last)
        guard joined.cellWidth <= width else { return }
        above.removeLast()
        lines[lines.count - 2] = String(above)
        lines[lines.count - 1] = joined
    }

    /// A CJK ideograph (or kana), not punctuation: the characters an orphan is made of.
    static func isIdeograph(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3041...0x30FF).contains(v)
    }

    /// Scalars that are a character on their own whatever surrounds them: no combining marks,
    /// joiners, variation selectors, jamo, regional indicators or CR.
    public static func isStandalone(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF, 0x3000...0x3029,
             0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFFEF:
            return true
        default:
            return false
        }
    }

    static func wrapLine(_ chars: [Character], width: Int, maxLines: Int = .max) -> [String] {
        wrapLine(chars, width: width, cellWidth: { $0.cellWidth }, isWord: isWordChar, isSpace: { $0 == " " },
                 noStart: { noStart.contains($0) }, noEnd: { noEnd.contains($0) }, ascii: { $0.asciiValue }, string: { String($0) },
                 maxLines: maxLines)
    }

    static let noStartScalars = Set(noStart.flatMap { $0.unicodeScalars.map(\.value) })
    static let noEndScalars = Set(noEnd.flatMap { $0.unicodeScalars.map(\.value) })

    /// `isWordChar` for a scalar.
    static func isWordScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2C, 0x25, 0x2D, 0x2F, 0x5F: return true
        default: return false
        }
    }

    static func isWordChar(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "," || c == "%" || c == "-" || c == "/" || c == "_")
    }

    /// A URL in a line: where it starts, where its host begins (after `://`) and where it ends.
    struct URLSpan { var start: Int; var host: Int; var end: Int }

    /// The `http://` and `https://` URLs among `chars` (ASCII up to a space, a non-ASCII character
    /// or a quote or bracket; trailing sentence punctuation is not part of it).
    static func urls<C>(_ chars: [C], ascii: (C) -> UInt8?) -> [URLSpan] {
        let http = Array("http".utf8)
        var spans: [URLSpan] = []
        var i = 0
        while i + 7 <= chars.count {
            func lower(_ k: Int) -> UInt8? { ascii(chars[k]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 } }
            guard (0..<4).allSatisfy({ lower(i + $0) == http[$0] }), i == 0 || !(lower(i - 1).map { $0 >= 0x61 && $0 <= 0x7A } ?? false) else { i += 1; continue }
            var k = i + 4
            if lower(k) == UInt8(ascii: "s") { k += 1 }
            guard k + 3 <= chars.count, ascii(chars[k]) == UInt8(ascii: ":"), ascii(chars[k + 1]) == UInt8(ascii: "/"), ascii(chars[k + 2]) == UInt8(ascii: "/") else { i += 1; continue }
            let host = k + 3
            var end = host
            while end < chars.count, let b = ascii(chars[end]), b > 0x20, b != 0x7F, !"\"'<>()[]{}".utf8.contains(b) { end += 1 }
            while end > host, let b = ascii(chars[end - 1]), ".,;:!?".utf8.contains(b) { end -= 1 }
            if end > host { spans.append(URLSpan(start: i, host: host, end: end)) }
            i = max(end, i + 1)
        }
        return spans
    }

    /// The greedy wrap with 禁则, over characters or (when each is one) scalars. A URL is kept
    /// whole when it fits on a line; one longer than a line is broken only after a `/` of its path,
    /// never inside `https://` or its host.
    @inline(__always)
    static func wrapLine<C>(_ chars: [C], width: Int, cellWidth: (C) -> Int, isWord: (C) -> Bool, isSpace: (C) -> Bool,
                            noStart: (C) -> Bool, noEnd: (C) -> Bool, ascii: (C) -> UInt8?, string: (ArraySlice<C>) -> String,
                            maxLines: Int = .max) -> [String] {
        if chars.isEmpty { return [""] }
        let urls = Self.urls(chars, ascii: ascii)
        var lines: [String] = []
        var start = 0
        while start < chars.count && lines.count < maxLines {
            // skip spaces at the start of a continuation line
            if !lines.isEmpty { while start < chars.count && isSpace(chars[start]) { start += 1 } }
            if start >= chars.count { break }
            var used = 0
            var end = start
            while end < chars.count {
                let w = cellWidth(chars[end])
                if used + w > width { break }
                used += w
                end += 1
            }
            if end >= chars.count {
                lines.append(string(chars[start..<end]))
                break
            }
            if end == start { end = start + 1 }  // a character wider than the line: put it alone
            if let url = urls.first(where: { $0.start < end && end < $0.end }) {
                // the break would fall inside a URL: before it if it fits on a line of its own,
                // else after the last `/` of its path that fits, else before it, else where it must
                let urlWidth = (url.start..<url.end).reduce(0) { $0 + cellWidth(chars[$1]) }
                var cut = end
                if url.start > start && urlWidth <= width {
                    cut = url.start
                } else if let slash = stride(from: end, to: max(start, url.host + 1), by: -1).first(where: { ascii(chars[$0 - 1]) == UInt8(ascii: "/") }) {
                    cut = slash
                } else if url.start > start {
                    cut = url.start
                }
                var line = string(chars[start..<cut])
                while line.hasSuffix(" ") { line.removeLast() }
                lines.append(line)
                start = cut
                continue
            }
            var cut = end
            // keep Latin words and numbers whole when the word fits on a line of its own
            if isWord(chars[cut]) && cut > start && isWord(chars[cut - 1]) {
                var back = cut
                while back > start && isWord(chars[back - 1]) { back -= 1 }
                if back > start { cut = back }
            }
            // 禁则: pull a forbidden line-start back onto this line's end by moving the break earlier
            var guardSteps = 0
            while cut > start + 1 && cut < chars.count && (noStart(chars[cut]) || noEnd(chars[cut - 1])) && guardSteps < 4 {
                cut -= 1
                guardSteps += 1
            }
            // moving the break for 禁则 can land inside a number ("增长 8|7%。"): keep the word whole
            if cut > start && cut < chars.count && isWord(chars[cut]) && isWord(chars[cut - 1]) {
                var back = cut
                while back > start && isWord(chars[back - 1]) { back -= 1 }
                if back > start { cut = back }
            }
            if cut <= start { cut = end }
            var line = string(chars[start..<cut])
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
            start = cut
        }
        return lines
    }
}
