/// The cut rules of an excerpt (`TextLayout.excerptStart`, `excerptEnd`), written once for any
/// character type that can say what the rules ask of it: `Character` for the explorer's search
/// list, `Unicode.Scalar` for `pir search`, which reads the report's text by its scalars where each
/// is a character of its own and so need not make a `Character` of each (that was most of the
/// time it spent on excerpts).
protocol CutCharacter: Equatable {
    /// An ASCII letter or digit: part of a Latin word or a number.
    var isWordPart: Bool { get }
    /// An ASCII digit.
    var isCutDigit: Bool { get }
    /// `,` or `.`, which belong to a number between its digits.
    var isPoint: Bool { get }
    var isSpace: Bool { get }
    /// One of `TextLayout.numberUnits`.
    var isUnit: Bool { get }
}

extension Character: CutCharacter {
    var isWordPart: Bool { isASCII && (isLetter || isNumber) }
    var isCutDigit: Bool { isASCII && isNumber }
    var isPoint: Bool { self == "," || self == "." }
    var isSpace: Bool { self == " " }
    var isUnit: Bool { TextLayout.isNumberUnit(self) }
}

/// A scalar as the one-scalar character it is: the same answers as that `Character` gives.
extension Unicode.Scalar: CutCharacter {
    var isWordPart: Bool { let v = value; return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
    var isCutDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isPoint: Bool { value == 0x2C || value == 0x2E }
    var isSpace: Bool { value == 0x20 }
    var isUnit: Bool { TextLayout.isNumberUnit(scalar: value) }
}

extension TextLayout {
    static func splitsTokenOf<C: CutCharacter>(_ chars: [C], at i: Int) -> Bool {
        guard i > 0, i < chars.count else { return false }
        let a = chars[i - 1], b = chars[i]
        if a.isWordPart && b.isWordPart { return true }
        if a.isCutDigit && b.isPoint { return i + 1 < chars.count && chars[i + 1].isCutDigit }
        if a.isPoint && b.isCutDigit { return i >= 2 && chars[i - 2].isCutDigit }
        return false
    }

    static func partsUnitOf<C: CutCharacter>(_ chars: [C], at i: Int) -> Bool {
        guard i > 0, i <= chars.count else { return false }
        var before = i
        while before > 0 && chars[before - 1].isSpace { before -= 1 }
        var after = i
        while after < chars.count && chars[after].isSpace { after += 1 }
        return before > 0 && chars[before - 1].isCutDigit && after < chars.count && chars[after].isUnit
    }

    /// Where the number ending just before `i` (spaces skipped) begins, or nil.
    static func numberStart<C: CutCharacter>(_ chars: [C], before i: Int) -> Int? {
        var k = i
        while k > 0 && chars[k - 1].isSpace { k -= 1 }
        guard k > 0, chars[k - 1].isCutDigit else { return nil }
        k -= 1
        while k > 0 && splitsTokenOf(chars, at: k) { k -= 1 }
        return k
    }

    static func excerptStartOf<C: CutCharacter>(_ chars: [C], cut: Int, limit: Int, floor: Int) -> Int {
        var cut = cut
        let insideNumber = cut > 0 && cut < chars.count && splitsTokenOf(chars, at: cut) && (chars[cut - 1].isCutDigit || chars[cut].isCutDigit)
        if insideNumber || partsUnitOf(chars, at: cut) {
            var back = cut
            while back > 0 && splitsTokenOf(chars, at: back) { back -= 1 }
            if !insideNumber, let start = numberStart(chars, before: cut) { back = start }
            if back >= floor { cut = back } else {
                while cut < limit && splitsTokenOf(chars, at: cut) { cut += 1 }
                while cut < limit && chars[cut].isSpace { cut += 1 }
                while cut < limit && chars[cut].isUnit { cut += 1 }
            }
        }
        while cut < limit && splitsTokenOf(chars, at: cut) { cut += 1 }
        while cut < limit && chars[cut].isSpace { cut += 1 }
        return cut
    }

    static func excerptEndOf<C: CutCharacter>(_ chars: [C], cut: Int, limit: Int, ceiling: Int?) -> Int {
        let ceiling = min(ceiling ?? chars.count, chars.count)
        var cut = cut
        let insideNumber = cut > 0 && cut < chars.count && splitsTokenOf(chars, at: cut) && (chars[cut - 1].isCutDigit || chars[cut].isCutDigit)
        if insideNumber || partsUnitOf(chars, at: cut) {
            var forward = cut
            while forward < chars.count && splitsTokenOf(chars, at: forward) { forward += 1 }
            var unit = forward
            while unit < chars.count && chars[unit].isSpace { unit += 1 }
            if unit < chars.count && chars[unit].isUnit {
                forward = unit
                while forward < chars.count && chars[forward].isUnit { forward += 1 }
            }
            if forward <= ceiling { return forward }
            if insideNumber {
                while cut > limit && splitsTokenOf(chars, at: cut) { cut -= 1 }
            } else if let start = numberStart(chars, before: cut) {
                cut = max(limit, start)
            }
        }
        while cut > limit && splitsTokenOf(chars, at: cut) { cut -= 1 }
        while cut > limit && chars[cut - 1].isSpace { cut -= 1 }
        return cut
    }
}

extension TextLayout {
    /// Whether the cut rules stop between two such characters: neither a Latin letter or digit,
    /// `,`, `.`, a space nor a unit of a number (what `splitsToken`, `partsUnit` and `numberStart`
    /// look through). `pir search` begins the text it cuts an excerpt from at such a place.
    public static func stopsCuts(_ c: Character) -> Bool { stops(c) }

    /// `stopsCuts` of a character that is this one scalar.
    public static func stopsCuts(scalar v: UInt32) -> Bool { Unicode.Scalar(v).map(stops) ?? true }

    private static func stops<C: CutCharacter>(_ c: C) -> Bool { !(c.isWordPart || c.isPoint || c.isSpace || c.isUnit) }
}
