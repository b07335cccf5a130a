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
    public static func splitsToken(_ chars: [Character], at i: Int) -> Bool { splitsTokenOf(chars, at: i) }

    /// Characters that belong to the number before them (`46.9%`, `900 万`, `45 例`): an excerpt
    /// cut between a number and one of these would show the unit of a figure it does not show.
    public static let numberUnits: Set<Character> = ["%", "％", "‰", "万", "亿", "千", "百", "倍", "例", "项", "个", "名", "次"]

    /// `numberUnits`' scalars (each unit is one; SearchExcerptTests checks they are the same): asked of
    /// every character near an excerpt's cut, where hashing a `Character` for the set was most of
    /// `pir search`'s excerpt time. Written out, not made from the set: making the first
    /// `Set<Character>` looks up `Character`'s conformances (a quarter of a million instructions
    /// of a one-shot search that asks nothing else of the set).
    static let numberUnitScalars: [UInt32] = [0x25, 0xFF05, 0x2030, 0x4E07, 0x4EBF, 0x5343, 0x767E, 0x500D, 0x4F8B, 0x9879, 0x4E2A, 0x540D, 0x6B21]

    /// Whether `c` is one of `numberUnits`.
    public static func isNumberUnit(_ c: Character) -> Bool {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return isNumberUnit(scalar: first.value)
    }

    /// Whether the character that is this one scalar is one of `numberUnits`.
    public static func isNumberUnit(scalar v: UInt32) -> Bool { v >= 0x25 && numberUnitScalars.contains(v) }

    /// Whether a cut at `i` would part a number from its unit: a number (and spaces) before it, a
    /// unit at `i` (after spaces).
    public static func partsUnit(_ chars: [Character], at i: Int) -> Bool { partsUnitOf(chars, at: i) }

    /// An excerpt's start, so that it shows no part of a figure without the rest: a start inside
    /// a number, or between a number and its unit (`%的人口` for 46.9%的人口, `万儿童` for 900 万儿童),
    /// moves back to before the number, at most back to `floor`; where that is too far, it moves
    /// forward past the number and its unit, at most to `limit`. A start inside a Latin word moves
    /// forward past it. Then past the spaces there.
    public static func excerptStart(_ chars: [Character], cut: Int, limit: Int, floor: Int = 0) -> Int {
        excerptStartOf(chars, cut: cut, limit: limit, floor: floor)
    }

    /// `excerptStart` of text whose characters are each one scalar (`pir search` reads the report's
    /// text so; making a `Character` of each scalar near every cut was most of its excerpt time).
    public static func excerptStart(_ scalars: [Unicode.Scalar], cut: Int, limit: Int, floor: Int = 0) -> Int {
        excerptStartOf(scalars, cut: cut, limit: limit, floor: floor)
    }

    /// An excerpt's end, so that it shows no part of a figure without the rest: an end inside a
    /// number, or between a number and its unit (`41` for 41 亿), moves forward past the number
    /// and its unit where that stays within `ceiling`; otherwise back to before the number, at
    /// least to `limit`. An end inside a Latin word moves back before it. Then back past the spaces.
    public static func excerptEnd(_ chars: [Character], cut: Int, limit: Int, ceiling: Int? = nil) -> Int {
        excerptEndOf(chars, cut: cut, limit: limit, ceiling: ceiling)
    }

    /// `excerptEnd` of text whose characters are each one scalar.
    public static func excerptEnd(_ scalars: [Unicode.Scalar], cut: Int, limit: Int, ceiling: Int? = nil) -> Int {
        excerptEndOf(scalars, cut: cut, limit: limit, ceiling: ceiling)
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
