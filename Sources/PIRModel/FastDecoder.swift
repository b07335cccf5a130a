// One file of about 950 lines on purpose: the decoder mirrors the dataset's schema type by type
// (one reading function per model type, in the order of the model's files), and in one file it is
// read beside the schema and checked against it in one pass; split, each half would need the other.

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

    /// The same from bytes in place (the bundled report, read where the binary holds it). With
    /// `releasing`, told every few MB the offset below which the bytes are no longer read.
    /// `skipping` names top-level arrays (`Report.SkippableSection`) passed over and left empty, for a
    /// command that reads none of them.
    static func decode(_ raw: UnsafeRawBufferPointer, releasing: ((Int) -> Void)? = nil, skipping: Set<Report.SkippableSection> = []) -> Report? {
        var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self))
        if let releasing { (reader.release, reader.releaseAt) = (releasing, JSONReader.releaseStep) }
        do {
            let report = try reader.report(skipping: skipping)
            reader.skipSpace()
            return reader.atEnd ? report : nil
        } catch {
            return nil
        }
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
    /// Every megabyte: the pages not yet given back are part of the load's peak memory.
    static let releaseStep = 1 << 20

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
        if i >= releaseAt {
            release?(i)
            releaseAt = i + Self.releaseStep
        }
        try expect(UInt8(ascii: "\""))
        let start = i
        skipPlainBytes()
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
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
        switch try peek() {
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
    mutating func object(_ field: (inout JSONReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try field(&self, key)
            let c = try peek()
            i += 1
            if c == UInt8(ascii: "}") { return }
            guard c == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    mutating func array<T>(_ element: (inout JSONReader) throws -> T) throws -> [T] {
        try expect(UInt8(ascii: "["))
        var out: [T] = []
        if try peek() == UInt8(ascii: "]") { i += 1; return out }
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

/// Which fields of an object have been seen: a repeated key gives up (JSONDecoder's choice between
/// the two is not ours to guess), and so does a missing required one.
struct SeenFields {
    var bits: UInt32 = 0
    mutating func mark(_ n: Int) throws {
        let bit: UInt32 = 1 << UInt32(n)
        guard bits & bit == 0 else { throw GiveUp() }
        bits |= bit
    }
}

/// Unwraps a required field.
func required<T>(_ value: T?) throws -> T {
    guard let value else { throw GiveUp() }
    return value
}

extension JSONReader {
    mutating func report(skipping: Set<Report.SkippableSection> = []) throws -> Report {
        var seen = SeenFields()
        var schemaVersion: Int?, meta: Meta?, chapters: [Chapter]?, facts: [Fact]?, trends: Trends?
        var pillars: [Pillar]?, sdgTargets: [SDGTarget]?, regions: [Region]?, outcomes: [Outcome]?, ratifications: [Ratification]?
        var countries: [Country]?, exclusions: [String]?
        if !skipping.isEmpty {
            (chapters, facts, pillars) = (skipping.contains(.chapters) ? [] : nil, skipping.contains(.facts) ? [] : nil, skipping.contains(.pillars) ? [] : nil)
            (sdgTargets, ratifications) = (skipping.contains(.sdgTargets) ? [] : nil, skipping.contains(.ratifications) ? [] : nil)
        }
        try object { r, key in
            if let section = Report.SkippableSection(rawValue: key), skipping.contains(section) { return try r.skipValue() }
            switch key {
            case "schemaVersion": try seen.mark(0); schemaVersion = try r.int()
            case "meta": try seen.mark(1); meta = try r.meta()
            case "chapters": try seen.mark(2); chapters = try r.array { try $0.chapter() }
            case "facts": try seen.mark(3); facts = try r.array { try $0.fact() }
            case "trends": try seen.mark(4); trends = try r.trends()
            case "pillars": try seen.mark(5); pillars = try r.array { try $0.pillar() }
            case "sdgTargets": try seen.mark(6); sdgTargets = try r.array { try $0.sdgTarget() }
            case "regions": try seen.mark(7); regions = try r.array { try $0.region() }
            case "outcomes": try seen.mark(8); outcomes = try r.array { try $0.outcome() }
            case "ratifications": try seen.mark(9); ratifications = try r.array { try $0.ratification() }
            case "countries": try seen.mark(10); countries = try r.optional { try $0.array { try $0.country() } }
            case "countryNameExclusions": try seen.mark(11); exclusions = try r.optional { try $0.strings() }
            default: try r.skipValue()
            }
        }
        return Report(schemaVersion: try required(schemaVersion), meta: try required(meta), chapters: try required(chapters),
                      facts: try required(facts), trends: try required(trends), pillars: try required(pillars),
                      sdgTargets: try required(sdgTargets), regions: try required(regions), outcomes: try required(outcomes),
                      ratifications: try required(ratifications), countries: countries, countryNameExclusions: exclusions)
    }

    mutating func meta() throws -> Meta {
        var seen = SeenFields()
        var title: String?, titleEn: String?, biennium: String?, language: String?, links: [Link]?, source: String?
        try object { r, key in
            switch key {
            case "title": try seen.mark(0); title = try r.string()
            case "titleEn": try seen.mark(1); titleEn = try r.string()
            case "biennium": try seen.mark(2); biennium = try r.string()
            case "language": try seen.mark(3); language = try r.string()
            case "links": try seen.mark(4); links = try r.array { try $0.link() }
            case "source": try seen.mark(5); source = try r.string()
            default: try r.skipValue()
            }
        }
        return Meta(title: try required(title), titleEn: try required(titleEn), biennium: try required(biennium),
                    language: try required(language), links: try required(links), source: try required(source))
    }

    mutating func link() throws -> Link {
        var seen = SeenFields()
        var url: String?, label: String?
        try object { r, key in
            switch key {
            case "url": try seen.mark(0); url = try r.string()
            case "label": try seen.mark(1); label = try r.string()
            default: try r.skipValue()
            }
        }
        return Link(url: try required(url), label: try required(label))
    }

    mutating func block() throws -> Block {
        var seen = SeenFields()
        var en: EnglishLabel?
        var kind: Block.Kind?, text: String?, title: String?, box: Int?, figure: String?, source: String?, blocks: [Block]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "kind": try seen.mark(0); kind = try r.enumeration(Block.Kind.self)
            case "text": try seen.mark(1); text = try r.optional { try $0.string() }
            case "title": try seen.mark(2); title = try r.optional { try $0.string() }
            case "box": try seen.mark(3); box = try r.optional { try $0.int() }
            case "figure": try seen.mark(4); figure = try r.optional { try $0.string() }
            case "source": try seen.mark(5); source = try r.optional { try $0.string() }
            case "blocks": try seen.mark(6); blocks = try r.optional { try $0.array { try $0.block() } }
            default: try r.skipValue()
            }
        }
        var made = Block(kind: try required(kind), text: text, title: title, box: box, figure: figure, source: source, blocks: blocks)
        made.en = en
        return made
    }

    mutating func footnote() throws -> Footnote {
        var seen = SeenFields()
        var number: Int?, text: String?
        try object { r, key in
            switch key {
            case "number": try seen.mark(0); number = try r.int()
            case "text": try seen.mark(1); text = try r.string()
            default: try r.skipValue()
            }
        }
        return Footnote(number: try required(number), text: try required(text))
    }

    mutating func chapter() throws -> Chapter {
        var seen = SeenFields()
        var en: EnglishLabel?
        var id: String?, part: Chapter.Part?, title: String?, blocks: [Block]?, footnotes: [Footnote]?
        var links: [String]?, quirks: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "part": try seen.mark(1); part = try r.enumeration(Chapter.Part.self)
            case "title": try seen.mark(2); title = try r.string()
            case "blocks": try seen.mark(3); blocks = try r.array { try $0.block() }
            case "footnotes": try seen.mark(4); footnotes = try r.array { try $0.footnote() }
            case "links": try seen.mark(5); links = try r.strings()
            case "quirks": try seen.mark(6); quirks = try r.strings()
            default: try r.skipValue()
            }
        }
        var made = Chapter(id: try required(id), part: try required(part), title: try required(title), blocks: try required(blocks),
                       footnotes: try required(footnotes), links: try required(links), quirks: try required(quirks))
        made.en = en
        return made
    }

    mutating func outcome() throws -> Outcome {
        var seen = SeenFields()
        var en: EnglishLabel?
        var id: String?, kind: Outcome.Kind?, title: String?, highlights: [String]?, blocks: [Block]?, footnotes: [Footnote]?
        var links: [String]?, quirks: [String]?, results: ResultsStatement?, budget: BudgetTable?
        var contributions: Contributions?, outputs: [Output]?, sources: String?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "kind": try seen.mark(1); kind = try r.enumeration(Outcome.Kind.self)
            case "title": try seen.mark(2); title = try r.string()
            case "highlights": try seen.mark(3); highlights = try r.strings()
            case "blocks": try seen.mark(4); blocks = try r.array { try $0.block() }
            case "footnotes": try seen.mark(5); footnotes = try r.array { try $0.footnote() }
            case "links": try seen.mark(6); links = try r.strings()
            case "quirks": try seen.mark(7); quirks = try r.strings()
            case "results": try seen.mark(8); results = try r.optional { try $0.resultsStatement() }
            case "budget": try seen.mark(9); budget = try r.optional { try $0.budgetTable() }
            case "contributions": try seen.mark(10); contributions = try r.optional { try $0.contributions() }
            case "outputs": try seen.mark(11); outputs = try r.array { try $0.output() }
            case "sources": try seen.mark(12); sources = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        var made = Outcome(id: try required(id), kind: try required(kind), title: try required(title),
                       highlights: try required(highlights), blocks: try required(blocks), footnotes: try required(footnotes),
                       links: try required(links), quirks: try required(quirks), results: results, budget: budget,
                       contributions: contributions, outputs: try required(outputs), sources: sources)
        made.en = en
        return made
    }

    mutating func resultsStatement() throws -> ResultsStatement {
        var seen = SeenFields()
        var achieved: Int?, target: Int?, targetPercent: Double?, targetDifference: Int?, statement: String?, section: String?
        try object { r, key in
            switch key {
            case "achieved": try seen.mark(0); achieved = try r.int()
            case "target": try seen.mark(1); target = try r.optional { try $0.int() }
            case "targetPercent": try seen.mark(2); targetPercent = try r.optional { try $0.double() }
            case "targetDifference": try seen.mark(3); targetDifference = try r.optional { try $0.int() }
            case "statement": try seen.mark(4); statement = try r.string()
            case "section": try seen.mark(5); section = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        return ResultsStatement(achieved: try required(achieved), target: target, targetPercent: targetPercent,
                                targetDifference: targetDifference, statement: try required(statement), section: section)
    }

    mutating func budgetTable() throws -> BudgetTable {
        var seen = SeenFields()
        var en: EnglishLabel?
        var table: String?, title: String?, rows: [BudgetRow]?, total: BudgetTotal?, statement: String?
        var shares: [String: Double]?, paragraphs: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "table": try seen.mark(0); table = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "rows": try seen.mark(2); rows = try r.array { try $0.budgetRow() }
            case "total": try seen.mark(3); total = try r.budgetTotal()
            case "statement": try seen.mark(4); statement = try r.string()
            case "shares":
                try seen.mark(5)
                shares = try r.optional { r in
                    var values: [String: Double] = [:]
                    try r.object { r, key in
                        guard values[key] == nil else { throw GiveUp() }
                        values[key] = try r.double()
                    }
                    return values
                }
            case "paragraphs": try seen.mark(6); paragraphs = try r.optional { try $0.strings() }
            default: try r.skipValue()
            }
        }
        var made = BudgetTable(table: try required(table), title: try required(title), rows: try required(rows),
                           total: try required(total), statement: try required(statement), shares: shares, paragraphs: paragraphs)
        made.en = en
        return made
    }

    mutating func budgetRow() throws -> BudgetRow {
        var seen = SeenFields()
        var en: EnglishLabel?
        var source: FundingSource?, label: String?, strategic: Double?, strategicText: String?, actual: Double?, actualText: String?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "source": try seen.mark(0); source = try r.enumeration(FundingSource.self)
            case "label": try seen.mark(1); label = try r.string()
            case "strategic": try seen.mark(2); strategic = try r.optional { try $0.double() }
            case "strategicText": try seen.mark(3); strategicText = try r.optional { try $0.string() }
            case "actual": try seen.mark(4); actual = try r.optional { try $0.double() }
            case "actualText": try seen.mark(5); actualText = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        var made = BudgetRow(source: try required(source), label: try required(label), strategic: strategic,
                         strategicText: strategicText, actual: actual, actualText: actualText)
        made.en = en
        return made
    }

    mutating func budgetTotal() throws -> BudgetTotal {
        var seen = SeenFields()
        var strategic: Double?, actual: Double?
        try object { r, key in
            switch key {
            case "strategic": try seen.mark(0); strategic = try r.double()
            case "actual": try seen.mark(1); actual = try r.double()
            default: try r.skipValue()
            }
        }
        return BudgetTotal(strategic: try required(strategic), actual: try required(actual))
    }

    mutating func contributions() throws -> Contributions {
        var seen = SeenFields()
        var en: EnglishLabel?
        var figure: String?, title: String?, shares: [Contributions.Share]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "figure": try seen.mark(0); figure = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "shares":
                try seen.mark(2)
                shares = try r.array { r in
                    var seen = SeenFields()
                    var unit: String?, percent: Double?
                    try r.object { r, key in
                        switch key {
                        case "unit": try seen.mark(0); unit = try r.string()
                        case "percent": try seen.mark(1); percent = try r.double()
                        default: try r.skipValue()
                        }
                    }
                    return Contributions.Share(unit: try required(unit), percent: try required(percent))
                }
            default: try r.skipValue()
            }
        }
        var made = Contributions(figure: try required(figure), title: try required(title), shares: try required(shares))
        made.en = en
        return made
    }

    mutating func output() throws -> Output {
        var seen = SeenFields()
        var en: EnglishLabel?
        var code: String?, title: String?, shortTitle: String?, shortTitleEn: String?, indicators: [Indicator]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "code": try seen.mark(0); code = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "indicators": try seen.mark(2); indicators = try r.array { try $0.indicator() }
            case "shortTitle": try seen.mark(3); shortTitle = try r.string()
            case "shortTitleEn": try seen.mark(4); shortTitleEn = try r.string()
            default: try r.skipValue()
            }
        }
        var made = Output(code: try required(code), title: try required(title), shortTitle: try required(shortTitle),
                          shortTitleEn: try required(shortTitleEn), indicators: try required(indicators))
        made.en = en
        return made
    }

    mutating func indicator() throws -> Indicator {
        var seen = SeenFields()
        var en: EnglishLabel?
        var code: String?, title: String?, shortTitle: String?, shortTitleEn: String?
        var unit: IndicatorUnit?, target: Double?, total: Double?, results: RegionalResults?
        var split: [ResultSplit]?, targetText: String?, resultText: String?, measures: [Measure]?, notes: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "code": try seen.mark(0); code = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "unit": try seen.mark(2); unit = try r.optional { try $0.enumeration(IndicatorUnit.self) }
            case "target": try seen.mark(3); target = try r.optional { try $0.double() }
            case "total": try seen.mark(4); total = try r.optional { try $0.double() }
            case "results": try seen.mark(5); results = try r.optional { try $0.regionalResults() }
            case "split": try seen.mark(6); split = try r.optional { try $0.array { try $0.resultSplit() } }
            case "targetText": try seen.mark(7); targetText = try r.optional { try $0.string() }
            case "resultText": try seen.mark(8); resultText = try r.optional { try $0.string() }
            case "measures": try seen.mark(9); measures = try r.optional { try $0.array { try $0.measure() } }
            case "notes": try seen.mark(10); notes = try r.optional { try $0.strings() }
            case "shortTitle": try seen.mark(11); shortTitle = try r.string()
            case "shortTitleEn": try seen.mark(12); shortTitleEn = try r.string()
            default: try r.skipValue()
            }
        }
        var made = Indicator(code: try required(code), title: try required(title), shortTitle: try required(shortTitle),
                         shortTitleEn: try required(shortTitleEn), unit: unit, target: target, total: total,
                         results: results, split: split, targetText: targetText, resultText: resultText,
                         measures: measures, notes: notes)
        made.en = en
        return made
    }

    /// As `RegionalResults.init(from:)`: known region ids only, each a non-negative finite number or null.
    mutating func regionalResults() throws -> RegionalResults {
        var results = RegionalResults()
        try object { r, key in
            guard let region = RegionID(rawValue: key), !results.has(region) else { throw GiveUp() }
            if try r.null() { results.set(region, nil); return }
            let value = try r.double()
            guard value >= 0 else { throw GiveUp() }
            results.set(region, value)
        }
        return results
    }

    mutating func resultSplit() throws -> ResultSplit {
        var seen = SeenFields()
        var label: String?, total: Double?, results: RegionalResults?
        try object { r, key in
            switch key {
            case "label": try seen.mark(0); label = try r.string()
            case "total": try seen.mark(1); total = try r.double()
            case "results": try seen.mark(2); results = try r.regionalResults()
            default: try r.skipValue()
            }
        }
        return ResultSplit(label: try required(label), total: try required(total), results: try required(results))
    }

    mutating func measure() throws -> Measure {
        var seen = SeenFields()
        var en: EnglishLabel?
        var label: String?, unit: Measure.Unit?, target: Double?, result: Double?, baseline: Double?, year: Int?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "label": try seen.mark(0); label = try r.string()
            case "unit": try seen.mark(1); unit = try r.enumeration(Measure.Unit.self)
            case "target": try seen.mark(2); target = try r.optional { try $0.double() }
            case "result": try seen.mark(3); result = try r.optional { try $0.double() }
            case "baseline": try seen.mark(4); baseline = try r.optional { try $0.double() }
            case "year": try seen.mark(5); year = try r.optional { try $0.int() }
            default: try r.skipValue()
            }
        }
        var made = Measure(label: try required(label), unit: try required(unit), target: target, result: result,
                       baseline: baseline, year: year)
        made.en = en
        return made
    }

    mutating func region() throws -> Region {
        var seen = SeenFields()
        var id: RegionID?, name: String?, nameEn: String?, results: Int?, sharePercent: Double?, blocks: [Block]?
        var ratifications: RegionRatifications?, knowledgeProducts: [String]?, links: [String]?
        try object { r, key in
            switch key {
            case "id": try seen.mark(0); id = try r.enumeration(RegionID.self)
            case "name": try seen.mark(1); name = try r.string()
            case "nameEn": try seen.mark(2); nameEn = try r.string()
            case "results": try seen.mark(3); results = try r.int()
            case "sharePercent": try seen.mark(4); sharePercent = try r.double()
            case "blocks": try seen.mark(5); blocks = try r.array { try $0.block() }
            case "ratifications": try seen.mark(6); ratifications = try r.regionRatifications()
            case "knowledgeProducts": try seen.mark(7); knowledgeProducts = try r.strings()
            case "links": try seen.mark(8); links = try r.strings()
            default: try r.skipValue()
            }
        }
        return Region(id: try required(id), name: try required(name), nameEn: try required(nameEn), results: try required(results),
                      sharePercent: try required(sharePercent), blocks: try required(blocks),
                      ratifications: try required(ratifications), knowledgeProducts: try required(knowledgeProducts),
                      links: try required(links))
    }

    mutating func regionRatifications() throws -> RegionRatifications {
        var seen = SeenFields()
        var memberStates: Int?, instruments: Int?, fundamental: Int?, text: String?
        try object { r, key in
            switch key {
            case "memberStates": try seen.mark(0); memberStates = try r.int()
            case "instruments": try seen.mark(1); instruments = try r.int()
            case "fundamental": try seen.mark(2); fundamental = try r.optional { try $0.int() }
            case "text": try seen.mark(3); text = try r.string()
            default: try r.skipValue()
            }
        }
        return RegionRatifications(memberStates: try required(memberStates), instruments: try required(instruments),
                                   fundamental: fundamental, text: try required(text))
    }

    mutating func fact() throws -> Fact {
        var seen = SeenFields()
        var id: String?, label: String?, value: Double?, unit: Fact.Unit?, printed: String?, text: String?
        var section: String?, qualifier: Fact.Qualifier?, en: EnglishLabel?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "label": try seen.mark(1); label = try r.string()
            case "value": try seen.mark(2); value = try r.double()
            case "unit": try seen.mark(3); unit = try r.enumeration(Fact.Unit.self)
            case "printed": try seen.mark(4); printed = try r.string()
            case "text": try seen.mark(5); text = try r.string()
            case "section": try seen.mark(6); section = try r.string()
            case "qualifier": try seen.mark(7); qualifier = try r.optional { try $0.enumeration(Fact.Qualifier.self) }
            default: try r.skipValue()
            }
        }
        return Fact(id: try required(id), label: try required(label), value: try required(value), unit: try required(unit),
                    printed: try required(printed), text: try required(text), section: try required(section), qualifier: qualifier, en: en)
    }

    mutating func trends() throws -> Trends {
        var seen = SeenFields()
        var en: EnglishLabel?
        var table: String?, title: String?, years: [Int]?, unit: String?, source: String?, rows: [TrendRow]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "table": try seen.mark(0); table = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "years": try seen.mark(2); years = try r.array { try $0.int() }
            case "unit": try seen.mark(3); unit = try r.string()
            case "source": try seen.mark(4); source = try r.string()
            case "rows": try seen.mark(5); rows = try r.array { try $0.trendRow() }
            default: try r.skipValue()
            }
        }
        var made = Trends(table: try required(table), title: try required(title), years: try required(years),
                      unit: try required(unit), source: try required(source), rows: try required(rows))
        made.en = en
        return made
    }

    mutating func trendRow() throws -> TrendRow {
        var seen = SeenFields()
        var en: EnglishLabel?
        var id: String?, label: String?, labelNote: String?, sdg: String?, values: [Double?]?, noData: [Int]?
        var breakdowns: [TrendRow]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "label": try seen.mark(1); label = try r.string()
            case "labelNote": try seen.mark(2); labelNote = try r.optional { try $0.string() }
            case "sdg": try seen.mark(3); sdg = try r.optional { try $0.string() }
            case "values": try seen.mark(4); values = try r.array { try $0.optional { try $0.double() } }
            case "noData": try seen.mark(5); noData = try r.optional { try $0.array { try $0.int() } }
            case "breakdowns": try seen.mark(6); breakdowns = try r.optional { try $0.array { try $0.trendRow() } }
            default: try r.skipValue()
            }
        }
        var made = TrendRow(id: try required(id), label: try required(label), labelNote: labelNote, sdg: sdg,
                        values: try required(values), noData: noData, breakdowns: breakdowns)
        made.en = en
        return made
    }

    mutating func pillar() throws -> Pillar {
        var seen = SeenFields()
        var en: EnglishLabel?, itemsEn: [EnglishLabel]?
        var number: Int?, title: String?, items: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "itemsEn": try seen.mark(26); itemsEn = try r.optional { try $0.array { try $0.englishLabel() } }
            case "number": try seen.mark(0); number = try r.int()
            case "title": try seen.mark(1); title = try r.string()
            case "items": try seen.mark(2); items = try r.strings()
            default: try r.skipValue()
            }
        }
        var made = Pillar(number: try required(number), title: try required(title), items: try required(items))
        made.en = en
        made.itemsEn = itemsEn
        return made
    }

    mutating func sdgTarget() throws -> SDGTarget {
        var seen = SeenFields()
        var code: String?, text: String?, section: String?
        try object { r, key in
            switch key {
            case "code": try seen.mark(0); code = try r.string()
            case "text": try seen.mark(1); text = try r.string()
            case "section": try seen.mark(2); section = try r.string()
            default: try r.skipValue()
            }
        }
        return SDGTarget(code: try required(code), text: try required(text), section: try required(section))
    }

    mutating func ratification() throws -> Ratification {
        var seen = SeenFields()
        var countryID: String?, conventions: Int?, protocols: Int?
        var country: String?, instruments: [String]?, date: String?, text: String?, section: String?
        try object { r, key in
            switch key {
            case "countryID": try seen.mark(25); countryID = try r.optional { try $0.string() }
            case "conventions": try seen.mark(26); conventions = try r.optional { try $0.int() }
            case "protocols": try seen.mark(27); protocols = try r.optional { try $0.int() }
            case "country": try seen.mark(0); country = try r.string()
            case "instruments": try seen.mark(1); instruments = try r.strings()
            case "date": try seen.mark(2); date = try r.optional { try $0.string() }
            case "text": try seen.mark(3); text = try r.string()
            case "section": try seen.mark(4); section = try r.string()
            default: try r.skipValue()
            }
        }
        var made = Ratification(country: try required(country), instruments: try required(instruments), date: date,
                            text: try required(text), section: try required(section))
        made.countryID = countryID
        made.conventions = conventions
        made.protocols = protocols
        return made
    }
}

extension JSONReader {
    mutating func englishLabel() throws -> EnglishLabel {
        var seen = SeenFields()
        var text: String?, official: Bool?, source: String?
        try object { r, key in
            switch key {
            case "text": try seen.mark(0); text = try r.string()
            case "official": try seen.mark(1); official = try r.bool()
            case "source": try seen.mark(2); source = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        return EnglishLabel(text: try required(text), official: try required(official), source: source)
    }

    mutating func country() throws -> Country {
        var seen = SeenFields()
        var id: String?, en: String?, enAliases: [String]?, zh: String?, zhAliases: [String]?, region: RegionID?, memberState: Bool?
        try object { r, key in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "en": try seen.mark(1); en = try r.string()
            case "enAliases": try seen.mark(2); enAliases = try r.strings()
            case "zh": try seen.mark(3); zh = try r.string()
            case "zhAliases": try seen.mark(4); zhAliases = try r.strings()
            case "region": try seen.mark(5); region = try r.enumeration(RegionID.self)
            case "memberState": try seen.mark(6); memberState = try r.bool()
            default: try r.skipValue()
            }
        }
        return Country(id: try required(id), en: try required(en), enAliases: try required(enAliases), zh: try required(zh),
                       zhAliases: try required(zhAliases), region: try required(region), memberState: try required(memberState))
    }
}
