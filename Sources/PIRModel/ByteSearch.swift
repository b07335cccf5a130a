import CBundledReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes with `memmem`, keeping `String`'s meaning of a match: a byte
/// match counts only where both its ends fall between characters (grapheme clusters), so "e" is not
/// found inside a decomposed "é". Searching every paragraph of the report per keystroke, or checking
/// every fact's printed figure on load, is several times faster this way than `String.contains`.
public enum ByteSearch {
    /// UTF-8 offsets of the first match of `needle` in `haystack` at or after byte `from`, if any.
    public static func firstMatch(of needle: String, in haystack: String, from: Int = 0) -> Range<Int>? {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin -> Range<Int>? in
                guard !pin.isEmpty, from <= hay.count else { return nil }
                var start = from
                while start + pin.count <= hay.count {
                    guard let lower = find(pin, in: hay, from: start) else { return nil }
                    let upper = lower + pin.count
                    if isCharacterBoundary(lower, in: hay) && isCharacterBoundary(upper, in: hay) { return lower..<upper }
                    start = lower + 1
                }
                return nil
            }
        }
    }

    /// The first byte offset at or after `from` where `needle`'s bytes occur: `pir_find_bytes`, a
    /// `memchr` for the needle's least common byte and `memcmp` there (a scan for the first byte
    /// stopped at every CJK character that begins as the needle's first does).
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = hay.baseAddress, let pin = needle.baseAddress, from >= 0, from <= hay.count else { return nil }
        guard let hit = pir_find_bytes(base + from, hay.count - from, pin, needle.count) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `needle` occurs in `haystack` as `String.contains` would say.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        if firstMatch(of: needle, in: haystack) != nil { return true }
        // canonically equivalent spellings (é precomposed or not) match as characters, not as bytes
        return !haystack.utf8.allSatisfy({ $0 < 0x80 }) && haystack.contains(needle)
    }

    /// A byte offset is between characters when it is at either end, or when the scalars on both
    /// sides can neither extend nor be extended by a neighbour (ASCII, Latin, CJK ideographs and
    /// punctuation: the report's text); otherwise the standard library's character view decides.
    static func isCharacterBoundary(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if offset == 0 || offset == bytes.count { return true }
        if bytes[offset] & 0xC0 == 0x80 { return false }  // inside a scalar
        if bytes[offset] == 0x0A && bytes[offset - 1] == 0x0D { return false }  // CR LF is one character
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if isInert(scalar(at: start, in: bytes)) && isInert(scalar(at: offset, in: bytes)) { return true }
        let text = String(decoding: bytes, as: UTF8.self)
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return index.samePosition(in: text) != nil
    }

    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let lead = UInt32(bytes[i])
        func next(_ k: Int) -> UInt32 { i + k < bytes.count ? UInt32(bytes[i + k] & 0x3F) : 0 }
        switch lead {
        case 0..<0x80: return lead
        case 0xC0..<0xE0: return (lead & 0x1F) << 6 | next(1)
        case 0xE0..<0xF0: return (lead & 0x0F) << 12 | next(1) << 6 | next(2)
        default: return (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
        }
    }

    /// Scalars that never join a neighbour into one character (no combining marks, joiners,
    /// selectors, Hangul jamo, regional indicators, prepended marks or CR/LF among them).
    /// Inlinable: `pir search` asks it of every scalar near each excerpt's cuts, from another module.
    @inlinable
    public static func isInert(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
             0x4E00...0x9FFF, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }
}
