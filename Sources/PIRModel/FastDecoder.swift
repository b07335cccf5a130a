// The JSON primitives of the fast decoder (bytes, strings, numbers, objects, arrays, skipping);
// the reading function of each model type is in FastDecoder+Report.swift (the report, its
// chapters and outcomes) and FastDecoder+Indicators.swift (outputs, indicators and the rest).

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Decodes a `Report` straight from UTF-8 bytes, for the report's own schema only — about ten times
/// faster than `JSONDecoder`, which dominated start-up (and took seconds on large `--data` files).
///
/// It never reports errors: at anything it does not expect (a wrong type, a missing or repeated
/// field, an unknown enum value, a number it would have to round) it gives up and returns nil, and
/// `ReportLoader` runs `JSONDecoder` on the same bytes, whose errors name the JSON path. So what the
/// fast path accepts, `JSONDecoder` accepts too, and `FastDecoderTests` checks both give equal
/// reports. Unknown keys are skipped, as `JSONDecoder` skips them.
enum FastDecoder {
    static func decode(_ data: Data) -> Report? {
        data.withUnsafeBytes { decode($0) }
    }

    /// The same from bytes in place (the bundled report, read where the binary holds it).
    /// `skipping` names top-level arrays (`Report.SkippableSection`) passed over and left empty, for a
    /// command that reads none of them.
    /// `trusted` bytes (the bundled report whose digest is the verified one) are known to be
    /// well-formed, so what is skipped is passed over without a look (`skipTrusted`), and
    /// only they may be decoded in a `scope` other than `.whole` (`Report.Scope`).
    static func decode(_ raw: UnsafeRawBufferPointer, skipping: Report.SkippedSections = [],
                       trusted: Bool = false, scope: Report.Scope = .whole) -> Report? {
        decode(raw, releasing: nil, skipping: skipping, trusted: trusted, scope: scope)?.report
    }
}

/// Anything the fast path does not handle; the caller falls back to `JSONDecoder`.
struct GiveUp: Error {}

/// A cursor over JSON bytes with the few primitives the schema needs.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    /// Told, at the start of a string once `releaseAt` is passed, that the bytes before `i` are done
    /// with: the reader never looks back past the token it is in.
    var release: ((Int) -> Void)?
    var releaseAt = Int.max
    /// Bytes known to be well-formed JSON: skipping looks only for brackets and quotes (`skipTrusted`).
    var trusted = false
    /// Every 256 KB: the pages not yet given back are part of the load's peak memory, and with two
    /// threads decoding there are two such stretches.
    static let releaseStep = 256 << 10
    /// The top-level arrays a second thread could decode part of, as `report()` read them.
    var arrays: [SplittableArray] = []
    /// Strings (keys too) and numbers read so far: with the bytes passed, `weight`.
    var tokens = 0
    /// How much decoding it took to get here, in about 45 ns: a token costs about as much as 24
    /// bytes of string (a fact is many short strings, a paragraph one long one), as fitted to each
    /// thread's CPU time at 100 times the report.
    var weight: Int { tokens + i / 24 }
    /// The top-level array a second thread decodes: `report()` passes over it and takes the thread's.
    var handOff: (split: SectionSplit, thread: SectionThread)?
    /// Whether `report()` passed over `handOff`'s array where it was said to be.
    var handedOff = false
    /// When set, `report()` decodes only the first fact with each of these ids (the first stage of
    /// `PendingReport`).
    var onlyFacts: Set<String>?
    /// Told by `report()` where each top-level value starts: the bytes before it are never read again.
    var passedSection: ((Int) -> Void)?
    /// How many facts `facts(firstOf:)` passed: the second stage makes room for them at once.
    var factCount = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { i >= bytes.count }

    mutating func skipSpace() {
        // an indented file's runs of blanks, eight at a time
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 { i += 8 }
        }
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    mutating func peek() throws -> UInt8 {
        skipSpace()
        guard i < bytes.count else { throw GiveUp() }
        return bytes[i]
    }

    mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw GiveUp() }
        i += 1
    }

    /// Consumes `null` if it is next.
    mutating func null() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        guard i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"),
              bytes[i + 3] == UInt8(ascii: "l") else { throw GiveUp() }
        i += 4
        return true
    }

    mutating func string() throws -> String {
        let (raw, escaped) = try stringBytes()
        return escaped ?? String(decoding: raw, as: UTF8.self)
    }

    /// A string's bytes between its quotes, read past; when it has escapes, the string they make
    /// instead (the bytes are then empty). `string()` and `key()` read strings here.
    mutating func stringBytes() throws -> (raw: UnsafeBufferPointer<UInt8>, escaped: String?) {
        if i >= releaseAt {
            release?(i)
            releaseAt = i + Self.releaseStep
        }
        try expect(UInt8(ascii: "\""))
        tokens &+= 1
        let start = i
        skipPlainBytes()
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                defer { i += 1 }
                return (UnsafeBufferPointer(rebasing: bytes[start..<i]), nil)
            }
            if b == UInt8(ascii: "\\") { return (UnsafeBufferPointer(rebasing: bytes[i..<i]), try escapedString(from: start)) }
            if b < 0x20 { throw GiveUp() }
            i += 1
        }
        throw GiveUp()
    }

    /// Moves over string bytes that need no look (not `"`, `\\`, or a control character) eight at a
    /// time, stopping at the first that does or near the end; `string()` reads on byte by byte.
    /// Strings are most of a dataset's bytes (three per Chinese character). In each word a byte's
    /// high bit is set where it equals `"` or `\\` or is below 0x20; a borrow can set bits only
    /// above the first such byte, so the lowest bit set is exact.
    mutating func skipPlainBytes() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & highs
            if found != 0 {
                i += found.trailingZeroBitCount / 8
                return
            }
            i += 8
        }
    }

    /// The slow half of `string()`: a string with escapes, from its first byte.
    mutating func escapedString(from start: Int) throws -> String {
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { throw GiveUp() }
            guard b == UInt8(ascii: "\\") else { out.append(b); i += 1; continue }
            let scalar = try escape()
            if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
        }
        throw GiveUp()
    }

    /// The escape at `i` (its backslash), read past: the scalar it stands for. `escapedString` and
    /// `skipString` both read escapes here, so a skipped string is refused exactly when a read one is.
    mutating func escape() throws -> Unicode.Scalar {
        guard i + 1 < bytes.count else { throw GiveUp() }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(e)
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                i += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw GiveUp() }
            return unicode
        default:
            throw GiveUp()
        }
    }

    /// Passes over a string without building it (an unknown key's value, a skipped section: 11 of
    /// the 34 M instructions of `pir export --what indicators` went to building strings no one
    /// read). It refuses what `string()` refuses — a raw control byte, a bad escape, no closing
    /// quote — and, like `string()`, does not check the UTF-8 (`String(decoding:)` repairs it).
    mutating func skipString() throws {
        if i >= releaseAt {
            release?(i)
            releaseAt = i + Self.releaseStep
        }
        try expect(UInt8(ascii: "\""))
        while true {
            skipPlainBytes()
            guard i < bytes.count else { throw GiveUp() }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return }
            if b == UInt8(ascii: "\\") { _ = try escape(); continue }
            if b < 0x20 { throw GiveUp() }
            i += 1
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 3 < bytes.count else { throw GiveUp() }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(c - UInt8(ascii: "A") + 10)
            default: throw GiveUp()
            }
            i += 1
        }
        return v
    }

    /// The bytes of a JSON number (strict grammar), and whether it has a fraction or an exponent.
    mutating func number() throws -> (Range<Int>, isInteger: Bool) {
        _ = try peek()
        tokens &+= 1
        let start = i
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let from = i
            while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - from
        }
        let intStart = i
        let intDigits = digits()
        guard intDigits > 0, !(intDigits > 1 && bytes[intStart] == UInt8(ascii: "0")) else { throw GiveUp() }
        var isInteger = true
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw GiveUp() }
            isInteger = false
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { throw GiveUp() }
            isInteger = false
        }
        return (start..<i, isInteger)
    }

    mutating func int() throws -> Int {
        let (range, isInteger) = try number()
        // 15 digits at most: no overflow, and exactly what JSONDecoder makes of it
        guard isInteger, range.count <= 15 else { throw GiveUp() }
        var value = 0
        var k = range.lowerBound
        let negative = bytes[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        while k < range.upperBound { value = value * 10 + Int(bytes[k] - UInt8(ascii: "0")); k += 1 }
        return negative ? -value : value
    }

    mutating func double() throws -> Double {
        let (range, isInteger) = try number()
        if isInteger && range.count <= 15 {
            var value = 0
            var k = range.lowerBound
            let negative = bytes[k] == UInt8(ascii: "-")
            if negative { k += 1 }
            while k < range.upperBound { value = value * 10 + Int(bytes[k] - UInt8(ascii: "0")); k += 1 }
            return negative ? -Double(value) : Double(value)  // exact below 2^53
        }
        // Swift's parser is correctly rounded and ignores the locale, as JSONDecoder's is.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw GiveUp() }
        return value
    }

    mutating func bool() throws -> Bool {
        let c = try peek()
        func literal(_ word: StaticString) throws {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { throw GiveUp() }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw GiveUp() }
            i += n
        }
        if c == UInt8(ascii: "t") { try literal("true"); return true }
        if c == UInt8(ascii: "f") { try literal("false"); return false }
        throw GiveUp()
    }

    /// Skips one value of any kind (an unknown key's).
    mutating func skipValue() throws {
        let first = try peek()
        if trusted && (first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"")) { return try skipTrusted() }
        switch first {
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "{"):
            // object(_:), without building the keys
            i += 1
            if try peek() == UInt8(ascii: "}") { i += 1; return }
            while true {
                try skipString()
                try expect(UInt8(ascii: ":"))
                try skipValue()
                let c = try peek()
                i += 1
                if c == UInt8(ascii: "}") { return }
                guard c == UInt8(ascii: ",") else { throw GiveUp() }
            }
        case UInt8(ascii: "["):
            i += 1
            if try peek() == UInt8(ascii: "]") { i += 1; return }
            while true {
                try skipValue()
                let c = try peek()
                i += 1
                if c == UInt8(ascii: "]") { return }
                guard c == UInt8(ascii: ",") else { throw GiveUp() }
            }
        case UInt8(ascii: "n"): _ = try null()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        default: _ = try number()
        }
    }

    /// Calls `field` for each key of an object, in order; `field` must consume the value.
    mutating func object(_ field: (inout JSONReader, JSONKey) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = JSONKey(try stringBytes())
            try expect(UInt8(ascii: ":"))
            try field(&self, key)
            let c = try peek()
            i += 1
            if c == UInt8(ascii: "}") { return }
            guard c == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    /// With `reserving`, room for that many elements is made at once: a large array grown by
    /// doubling held its old and its new storage at once (`StageProgress.rest`'s facts).
    mutating func array<T>(reserving: Int = 0, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") { i += 1; return [] }
        return try elements(reserving: reserving, element)
    }

    /// An array's elements from the one at `i` to past its `]`: the rest of `array()`, and the part
    /// of one the second thread decodes (`SectionSplit`).
    mutating func elements<T>(reserving: Int = 0, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(reserving)
        while true {
            out.append(try element(&self))
            let c = try peek()
            i += 1
            if c == UInt8(ascii: "]") { return out }
            guard c == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    /// `nil` for JSON null, as `decodeIfPresent` gives.
    mutating func optional<T>(_ value: (inout JSONReader) throws -> T) throws -> T? {
        try null() ? nil : try value(&self)
    }

    mutating func strings() throws -> [String] { try array { try $0.string() } }

    mutating func enumeration<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: try string()) else { throw GiveUp() }
        return value
    }
}
