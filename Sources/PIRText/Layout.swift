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

    /// Characters that belong to the number before them (`46.9%`, `900 万`, `45 例`): an excerpt
    /// cut between a number and one of these would show the unit of a figure it does not show.
    public static let numberUnits: Set<Character> = ["%", "％", "‰", "万", "亿", "千", "百", "倍", "例", "项", "个", "名", "次"]

    /// `numberUnits`' scalars (each unit is one): asked of every character near an excerpt's cut,
    /// where hashing a `Character` for the set was most of `pir search`'s excerpt time.
    static let numberUnitScalars: [UInt32] = numberUnits.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil }

    /// Whether `c` is one of `numberUnits`.
    public static func isNumberUnit(_ c: Character) -> Bool {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return isNumberUnit(scalar: first.value)
    }

    /// Whether the character that is this one scalar is one of `numberUnits`.
    public static func isNumberUnit(scalar v: UInt32) -> Bool { v >= 0x25 && numberUnitScalars.contains(v) }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// Whether a cut at `i` would part a number from its unit: a number (and spaces) before it, a
    /// unit at `i` (after spaces).
    public static func partsUnit(_ chars: [Character], at i: Int) -> Bool {
        guard i > 0, i <= chars.count else { return false }
        var before = i
        while before > 0 && chars[before - 1] == " " { before -= 1 }
        var after = i
        while after < chars.count && chars[after] == " " { after += 1 }
        return before > 0 && isDigit(chars[before - 1]) && after < chars.count && isNumberUnit(chars[after])
    }

    /// Where the number ending just before `i` (spaces skipped) begins, or nil.
    static func numberStart(_ chars: [Character], before i: Int) -> Int? {
        var k = i
        while k > 0 && chars[k - 1] == " " { k -= 1 }
        guard k > 0, isDigit(chars[k - 1]) else { return nil }
        k -= 1
        while k > 0 && splitsToken(chars, at: k) { k -= 1 }
        return k
    }

    /// An excerpt's start, so that it shows no part of a figure without the rest: a start inside
    /// a number, or between a number and its unit (`%的人口` for 46.9%的人口, `万儿童` for 900 万儿童),
    /// moves back to before the number, at most back to `floor`; where that is too far, it moves
    /// forward past the number and its unit, at most to `limit`. A start inside a Latin word moves
    /// forward past it. Then past the spaces there.
    public static func excerptStart(_ chars: [Character], cut: Int, limit: Int, floor: Int = 0) -> Int {
        var cut = cut
        let insideNumber = cut > 0 && cut < chars.count && splitsToken(chars, at: cut) && (isDigit(chars[cut - 1]) || isDigit(chars[cut]))
        if insideNumber || partsUnit(chars, at: cut) {
            var back = cut
            while back > 0 && splitsToken(chars, at: back) { back -= 1 }
            if !insideNumber, let start = numberStart(chars, before: cut) { back = start }
            if back >= floor { cut = back } else {
                while cut < limit && splitsToken(chars, at: cut) { cut += 1 }
                while cut < limit && chars[cut] == " " { cut += 1 }
                while cut < limit && isNumberUnit(chars[cut]) { cut += 1 }
            }
        }
        while cut < limit && splitsToken(chars, at: cut) { cut += 1 }
        while cut < limit && chars[cut] == " " { cut += 1 }
        return cut
    }

    /// An excerpt's end, so that it shows no part of a figure without the rest: an end inside a
    /// number, or between a number and its unit (`41` for 41 亿), moves forward past the number
    /// and its unit where that stays within `ceiling`; otherwise back to before the number, at
    /// least to `limit`. An end inside a Latin word moves back before it. Then back past the spaces.
    public static func excerptEnd(_ chars: [Character], cut: Int, limit: Int, ceiling: Int? = nil) -> Int {
        let ceiling = min(ceiling ?? chars.count, chars.count)
        var cut = cut
        let insideNumber = cut > 0 && cut < chars.count && splitsToken(chars, at: cut) && (isDigit(chars[cut - 1]) || isDigit(chars[cut]))
        if insideNumber || partsUnit(chars, at: cut) {
            var forward = cut
            while forward < chars.count && splitsToken(chars, at: forward) { forward += 1 }
            var unit = forward
            while unit < chars.count && chars[unit] == " " { unit += 1 }
            if unit < chars.count && isNumberUnit(chars[unit]) {
                forward = unit
                while forward < chars.count && isNumberUnit(chars[forward]) { forward += 1 }
            }
            if forward <= ceiling { return forward }
            if insideNumber {
                while cut > limit && splitsToken(chars, at: cut) { cut -= 1 }
            } else if let start = numberStart(chars, before: cut) {
                cut = max(limit, start)
            }
        }
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
