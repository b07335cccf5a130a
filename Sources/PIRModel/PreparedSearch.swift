import CBundledReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pir search` on the bundled report without the report: the index's entries, each with its place
/// in the report in both languages, and the English names, prepared when the report was (by
/// `generate`, into Resources/search-index.txt, compiled in like the report). Decoding the report
/// and building the index was most of a one-shot search (about 4 of its 14 ms); reading these lines
/// is a fraction of a millisecond. The matching is the index's own (`SearchIndex.Matches`), on the
/// same entries, so the hits are the same; PreparedSearchTests compares the output of both paths and
/// fails, naming the command that writes the file again, when the file is not what `generate` makes
/// of the bundled report now. The file names the report's size and digest it was made from, and is
/// used only for those bytes.
///
/// The file is lines of fields split by U+001F, each line ended by U+001E and a newline (the
/// report's text has newlines, but the loader refuses every other control character): a header;
/// one line per place (`成果目标 1 › 专栏 8`, `Outcome 1 › Box 8`); one per English name (`viet nam`,
/// `越南`); then one per entry in report order: its place's number, its folded text, its text where
/// folding changed it (else nothing), and for a text with footnote references its variants' folded
/// texts (`SearchIndex.Variant`), so that the entries a query cannot match are known by one byte search.
public struct PreparedSearch: @unchecked Sendable {  // `bytes` are the binary's constant data
    static let format = "pir prepared search 2"
    /// Between fields, and at the end of each line (then a newline, for a reader's diff).
    static let separator: UInt8 = 0x1F, lineEnd: UInt8 = 0x1E, newline: UInt8 = 0x0A

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where each place's, each name's and each entry's line begins, and where the next would.
    let places: [Int], names: [Int], entries: [Int]

    /// A hit as `pir search` prints it: its place in the chosen language, and the entry's text with the match.
    public struct Hit {
        public var location: String
        public var text: String
        public var range: Range<String.Index>

        public init(location: String, text: String, range: Range<String.Index>) {
            self.location = location
            self.text = text
            self.range = range
        }
    }

    /// The prepared entries compiled in, if they were prepared from the report compiled in.
    public static func bundled() -> PreparedSearch? {
        let report = UnsafeRawBufferPointer(start: pir_bundled_report_bytes(), count: pir_bundled_report_size())
        return PreparedSearch(UnsafeBufferPointer(start: pir_bundled_search_bytes(), count: pir_bundled_search_size()), for: report)
    }

    /// The first line of a file made from `report`'s bytes, up to the counts.
    static func header(for report: UnsafeRawBufferPointer) -> String {
        "\(format) · report \(report.count) bytes, digest \(String(BundledDigest.of(report), radix: 16)) · "
    }

    /// The entries in `bytes`, when their header names `report`'s bytes and the lines it counts are there.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, for report: UnsafeRawBufferPointer) {
        self.bytes = bytes
        guard let first = Self.lines(1, from: 0, in: bytes) else { return nil }
        let header = String(decoding: bytes[Self.line(0, of: first)], as: UTF8.self), expected = Self.header(for: report)
        guard header.hasPrefix(expected) else { return nil }
        let counts = header.dropFirst(expected.count).split(separator: " ").compactMap { Int($0) }
        guard counts.count == 3, counts.allSatisfy({ $0 >= 0 && $0 <= bytes.count }),
              let places = Self.lines(counts[0], from: first[1], in: bytes),
              let names = Self.lines(counts[1], from: places[places.count - 1], in: bytes),
              let entries = Self.lines(counts[2], from: names[names.count - 1], in: bytes) else { return nil }
        (self.places, self.names, self.entries) = (places, names, entries)
    }

    /// Where each of `count` lines from `start` begins and where the next would, when each ends
    /// as a line ends (U+001E, a newline).
    static func lines(_ count: Int, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var starts = [start]
        starts.reserveCapacity(count + 1)
        for _ in 0..<count {
            let line = Self.line(at: starts[starts.count - 1], in: bytes)
            guard line.upperBound + 1 < bytes.count, bytes[line.upperBound + 1] == newline else { return nil }
            starts.append(line.upperBound + 2)
        }
        return starts
    }

    /// The line that starts at byte `start` (up to its U+001E; to the end when it has none).
    static func line(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard start < bytes.count, let base = bytes.baseAddress else { return min(start, bytes.count)..<bytes.count }
        guard let end = memchr(base + start, Int32(lineEnd), bytes.count - start) else { return start..<bytes.count }
        return start..<base.distance(to: end.assumingMemoryBound(to: UInt8.self))
    }

    /// Line `i` of those that begin at `starts`, without its end.
    static func line(_ i: Int, of starts: [Int]) -> Range<Int> { starts[i]..<(starts[i + 1] - 2) }

    /// The fields of one line (split by bytes: splitting a `String` by a `Character` walks its
    /// grapheme clusters, and was a quarter of `pir search 就业`).
    func fields(_ line: Range<Int>) -> [String] {
        var fields: [String] = [], start = line.lowerBound
        while let base = bytes.baseAddress, let found = memchr(base + start, Int32(Self.separator), line.upperBound - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            fields.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end + 1
        }
        fields.append(String(decoding: bytes[start..<line.upperBound], as: UTF8.self))
        return fields
    }

    /// The Chinese names the English name `key` (`SearchIndex.nameKey`) stands for.
    func chineseNames(_ key: String) -> [String] {
        var key = key
        return key.withUTF8 { key in
            for i in 0..<(names.count - 1) {
                let line = Self.line(i, of: names)
                guard line.count > key.count, bytes[line.lowerBound + key.count] == Self.separator,
                      key.indices.allSatisfy({ bytes[line.lowerBound + $0] == key[$0] }) else { continue }
                return Array(fields(line).dropFirst())
            }
            return []
        }
    }

    /// What `SearchIndex.search` finds for `query` in the bundled report, with each hit's place.
    public func search(_ query: String, limit: Int, language: Language) -> [Hit] {
        guard let folded = SearchIndex.foldedQuery(query), limit > 0 else { return [] }
        let needles = SearchIndex.needles(folded, names: chineseNames(SearchIndex.nameKey(folded)))
        // only an entry with a needle's bytes in its folded text or in the variants it has can match
        // it (the variants that keep the footnotes' numbers are searched without spaces): the
        // others are not read
        var candidate = [Bool](repeating: false, count: entries.count - 1)
        for pin in Set(needles.flatMap { [$0.text] + ($0.hasDigit ? [$0.spaceless] : []) }) { mark(pin, &candidate) }
        var matches = SearchIndex.Matches<(place: Int, text: String)>(needles: needles, limit: limit)
        for i in candidate.indices where candidate[i] {
            let (place, folded, text, hasVariants) = entry(i)
            // the variants (footnote references left out) are read only where the query is not
            // found whole in the text itself: not worked out where it is
            let needed = hasVariants && needles[0].first(needles[0].text, in: folded)?.whole != true
            let one = SearchIndex.Entry(sectionID: "", sectionTitle: "", path: "", text: text, folded: folded, node: nil,
                                        variants: needed ? SearchIndex.variants(of: folded) : [])
            if !matches.take(one, as: (place, text)) { break }
        }
        return matches.found.map { entry, lower, upper in
            let (place, text) = entry
            let names = place >= 0 && place < places.count - 1 ? fields(Self.line(place, of: places)) : []
            let location = names.count == 2 ? names[language == .en ? 1 : 0] : ""
            return Hit(location: location, text: text, range: SearchIndex.range(lower..<upper, in: text))
        }
    }

    /// Marks each entry that holds `pin`'s bytes.
    private func mark(_ pin: String, _ candidate: inout [Bool]) {
        var pin = pin
        pin.withUTF8 { pin in
            guard !pin.isEmpty else { return }
            guard let base = bytes.baseAddress, let needle = pin.baseAddress else { return }
            let end = entries[entries.count - 1]
            var from = entries[0], line = 0
            // `pir_find_bytes`: a first-byte scan stops at every CJK character of the same lead byte
            while from < end, let found = pir_find_bytes(base + from, end - from, needle, pin.count) {
                let hit = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                // the entry the bytes are in: the last that starts at or before them
                var low = line, high = entries.count - 1
                while low + 1 < high {
                    let middle = (low + high) / 2
                    if entries[middle] <= hit { low = middle } else { high = middle }
                }
                line = low
                candidate[line] = true
                from = entries[line + 1]
            }
        }
    }

    /// Entry `i`: its place's number, its folded text and its text, and whether the line goes on
    /// to variants' folded texts (only `mark` looks in them; without them the entry has no
    /// footnote reference, and no variants to work out). Only the two texts are made `String`s.
    private func entry(_ i: Int) -> (place: Int, folded: String, text: String, hasVariants: Bool) {
        let line = Self.line(i, of: entries)
        guard let base = bytes.baseAddress else { return (-1, "", "", false) }
        /// The field from `start` to the next separator or the line's end, and where the next field starts.
        func field(from start: Int) -> (Range<Int>, next: Int?) {
            guard start < line.upperBound, let found = memchr(base + start, Int32(Self.separator), line.upperBound - start) else {
                return (min(start, line.upperBound)..<line.upperBound, nil)
            }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            return (start..<end, end + 1)
        }
        let (number, afterNumber) = field(from: line.lowerBound)
        var place = number.isEmpty || number.count > 9 ? -1 : 0
        for k in number where place >= 0 { place = bytes[k] >= 0x30 && bytes[k] <= 0x39 ? place * 10 + Int(bytes[k] - 0x30) : -1 }
        guard let afterNumber else { return (place, "", "", false) }
        let (foldedBytes, afterFolded) = field(from: afterNumber)
        let folded = String(decoding: bytes[foldedBytes], as: UTF8.self)
        guard let afterFolded else { return (place, folded, folded, false) }
        let (textBytes, afterText) = field(from: afterFolded)
        return (place, folded, textBytes.isEmpty ? folded : String(decoding: bytes[textBytes], as: UTF8.self), afterText != nil)
    }

    /// A field that would split the file's lines or fields wrongly.
    public struct Unwritable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The file for `report` decoded from `bytes`: every entry of its index in report order, with
    /// its place in Chinese and in English, and the English names.
    public static func generate(from report: Report, bytes: UnsafeRawBufferPointer) throws(Unwritable) -> String {
        let index = SearchIndex(report: report)
        index.prepare()
        index.storage.lock.lock()
        let all = index.storage.chunks.flatMap { $0 ?? [] }
        index.storage.lock.unlock()
        func field(_ text: String) throws(Unwritable) -> String {
            guard !text.utf8.contains(where: { $0 == lineEnd || $0 == separator }) else {
                throw Unwritable(description: "a searchable text holds U+001E or U+001F: \(text.debugDescription)")
            }
            return text
        }
        var places: [String] = [], placeNumbers: [String: Int] = [:], lines: [String] = []
        for entry in all {
            let place = try field(report.location(sectionID: entry.sectionID, path: entry.path, node: entry.node, box: entry.box, language: .zh))
                + "\u{1F}" + field(report.location(sectionID: entry.sectionID, path: entry.path, node: entry.node, box: entry.box, language: .en))
            let number = placeNumbers[place] ?? places.count
            if number == places.count { places.append(place); placeNumbers[place] = number }
            let variants = SearchIndex.variants(of: entry.folded).map(\.folded)
            let fields = ["\(number)", entry.folded, entry.folded == entry.text ? "" : entry.text] + variants
            lines.append(try fields.map { text throws(Unwritable) in try field(text) }.joined(separator: "\u{1F}"))
        }
        var names: [String] = []
        for (key, chinese) in SearchIndex.chineseNames(of: report).sorted(by: { $0.key < $1.key }) {
            names.append(try ([key] + chinese).map { name throws(Unwritable) in try field(name) }.joined(separator: "\u{1F}"))
        }
        let header = Self.header(for: bytes) + "\(places.count) \(names.count) \(lines.count)"
        return ([header] + places + names + lines).joined(separator: "\u{1E}\n") + "\u{1E}\n"
    }
}
