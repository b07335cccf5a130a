/// Widths in terminal cells, from the generated Unicode table — never the locale's `wcwidth`, so
/// tests and terminals agree. CJK ideographs and fullwidth forms take two cells, combining marks none.
public enum DisplayWidth {
    /// Cells one scalar takes on its own.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 {
            // A control never reaches the screen raw: `Sanitizer` shows it as U+FFFD (a tab as a
            // space), one cell, so that is its width here too; a line feed ends the line; a soft
            // hyphen (a format character) is removed.
            return v == 0x0A || v == 0xAD ? 0 : 1
        }
        // the report's own text is mostly ideographs: two cells, without the table's binary search
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        return lookup(v)
    }

    @usableFromInline
    static func lookup(_ v: UInt32) -> Int {
        var low = 0
        var high = widthRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = widthRanges[mid]
            if v < range.0 { high = mid - 1 } else if v > range.1 { low = mid + 1 } else { return Int(range.2) }
        }
        return 1
    }

    /// Cells one grapheme cluster takes: its first visible scalar's, which is all of the cluster
    /// `Sanitizer` lets through (no emoji presentation selector, no later emoji of a ZWJ sequence:
    /// terminals disagree on those widths).
    @inlinable
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        for scalar in scalars {
            let w = of(scalar)
            if w > 0 { return w }
        }
        return 0
    }

    /// Cells a string takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int { width(text) }

    /// Cells a string takes: `of` made for `String` (and `Substring` below) in this module, which
    /// is what the other modules call. Their calls of the generic one are not specialised across
    /// the module boundary, and its first call asks the runtime for `StringProtocol`'s associated
    /// types: 0.19 M instructions, a fortieth of `pir show` (issue 18).
    public static func of(_ text: String) -> Int { width(text) }
    public static func of(_ text: Substring) -> Int { width(text) }

    static func width<S: StringProtocol>(_ text: S) -> Int {
        var ascii = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return ofScalars(text) ?? ofCharacters(text) }
            if byte != 0x0A { ascii += 1 }
        }
        return ascii
    }

    static func ofCharacters<S: StringProtocol>(_ text: S) -> Int {
        var sum = 0
        for character in text { sum += of(character) }
        return sum
    }

    /// The width scalar by scalar, when every scalar is one that forms a grapheme cluster of its
    /// own (ASCII, CJK, kana, Hangul syllables, Latin-1, punctuation, box drawing, symbols):
    /// then it is the width cluster by cluster, without the grapheme breaking that made
    /// `ofCharacters` a tenth of a frame's render (issue 18). Nil at the first scalar that may join
    /// a cluster (a combining mark, a joiner, a selector, a flag's half…).
    static func ofScalars<S: StringProtocol>(_ text: S) -> Int? {
        var sum = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v != 0x0A { sum += 1 }
            } else if standsAlone(v) {
                sum += of(scalar)
            } else {
                return nil
            }
        }
        return sum
    }

    /// Scalars no rule of Unicode's grapheme breaking (UAX 29) joins to a neighbour other than a
    /// combining one, which `ofScalars` does not accept.
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x2FF: return v != 0xAD
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x2190...0x27BF: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        case 0xFF01...0xFF60, 0xFFE0...0xFFE6: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// Width in terminal cells (CJK = 2).
    public var cellWidth: Int { DisplayWidth.of(self) }
}

// The same for the two string types, without the generic call (`DisplayWidth.of(_: String)`)
extension String {
    public var cellWidth: Int { DisplayWidth.of(self) }
}

extension Substring {
    public var cellWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    public var cellWidth: Int { DisplayWidth.of(self) }
}
