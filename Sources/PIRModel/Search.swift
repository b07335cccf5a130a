#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Full-text search over every title, paragraph, box, note, code and label: Chinese by substring
/// (no word segmentation needed), ASCII case-insensitively, the query taken literally.
public struct SearchHit: Sendable, Equatable {
    /// Section the hit is in (`outcome-3`, `part1-budget`, `region-africa` …).
    public var sectionID: String
    public var sectionTitle: String
    /// JSON path of the matching string.
    public var path: String
    public var text: String
    /// Where the match is in `text`.
    public var range: Range<String.Index>
    /// The node to open for this hit, when it is more precise than the section.
    public var node: NodeRef?
    /// The box (专栏) the matching text is in, if any: its place within the section.
    public var box: Int?

    public init(sectionID: String, sectionTitle: String, path: String, text: String, range: Range<String.Index>, node: NodeRef?,
                box: Int? = nil) {
        self.sectionID = sectionID
        self.sectionTitle = sectionTitle
        self.path = path
        self.text = text
        self.range = range
        self.node = node
        self.box = box
    }
}

public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var sectionID: String
        var sectionTitle: String
        var path: String
        var text: String
        var folded: String
        var node: NodeRef?
        var box: Int?
        /// The text as a reader copies it from the PDF, for text with footnote references.
        var variants: [Variant] = []
    }

    /// A footnote reference is stored `[^5]` and printed as a raised 5: the text is also searched
    /// without the references, and (for a query with a digit) with their numbers and no spaces, as
    /// a copy from the PDF gives them (`896 项成果 5，比为`). Each byte keeps where it came from,
    /// so a match is a range of the text itself, the references in it included.
    struct Variant: Sendable {
        var folded: String
        /// For each byte of `folded`, the range of the original bytes it stands for: itself, or the
        /// whole reference for a footnote number's digits.
        var starts: [Int32], ends: [Int32]
        /// Spaces dropped and the numbers kept: compared with the query's spaces dropped too.
        var withNumbers: Bool

        func original(_ m: Range<Int>) -> Range<Int> { Int(starts[m.lowerBound])..<Int(ends[m.upperBound - 1]) }
    }

    static func variants(of folded: String) -> [Variant] {
        guard ByteSearch.firstMatch(of: "[^", in: folded) != nil else { return [] }
        let b = Array(folded.utf8)
        var out: [Variant] = []
        for withNumbers in [false, true] {
            var bytes: [UInt8] = [], starts: [Int32] = [], ends: [Int32] = []
            var i = 0
            while i < b.count {
                if let end = Footnotes.reference(b, at: i) {
                    if withNumbers {
                        for k in (i + 2)..<(end - 1) { bytes.append(b[k]); starts.append(Int32(i)); ends.append(Int32(end)) }
                    }
                    i = end
                    continue
                }
                if !(withNumbers && b[i] == 0x20) { bytes.append(b[i]); starts.append(Int32(i)); ends.append(Int32(i + 1)) }
                i += 1
            }
            guard bytes.count < b.count || withNumbers else { return [] }  // no reference after all
            out.append(Variant(folded: String(decoding: bytes, as: UTF8.self), starts: starts, ends: ends, withNumbers: withNumbers))
        }
        return out
    }

    /// Built on the first search, not at start-up: most sessions never search, and the explorer's
    /// first frame should not wait for it. Built a section at a time, as far as a search reads: a
    /// search that has its page of hits (the prompt asks for 500) stops there, so the first hits
    /// of a large dataset do not wait for the whole index (at 100 times the report it took 260 ms).
    /// Holds the last query's hits too, since the prompt asks for them twice per keystroke (to move
    /// the selection and to draw the list).
    final class Storage: @unchecked Sendable {  // every access holds `lock`
        let report: Report
        let lock = Lock()
        /// The entries of each section in report order, then one chunk of the labels and tables
        /// (`otherEntries`); nil until built.
        var chunks: [[Entry]?]
        /// Where each box is (`….blocks[3].`) and its number, for the entries inside boxes.
        var boxPaths: [(String, Int)]?
        /// English names → the Chinese names they stand for (`chineseNames(of:)`), built with the entries.
        var chineseNames: [String: [String]]?
        var last: (query: String, limit: Int, hits: [SearchHit])?
        init(report: Report) {
            self.report = report
            chunks = Array(repeating: nil, count: report.sectionCount + 1)
        }
    }
    let storage: Storage

    /// The hits the search prompt asks for: more than a screen shows, few enough to stay quick.
    public static let pageLimit = 500

    public init(report: Report) {
        storage = Storage(report: report)
    }

    /// Builds the index now rather than on the first search.
    public func prepare() {
        storage.lock.lock()
        defer { storage.lock.unlock() }
        for c in storage.chunks.indices { _ = chunkLocked(c) }
    }

    /// The entries of chunk `c` (section `c`, or the labels and tables after the last section).
    private func chunkLocked(_ c: Int) -> [Entry] {
        if let chunk = storage.chunks[c] { return chunk }
        let report = storage.report
        let chunk: [Entry]
        if c < report.sectionCount {
            let boxes = storage.boxPaths ?? report.boxes.map { ($0.path + ".", $0.number) }
            storage.boxPaths = boxes
            chunk = Self.entries(of: report.section(at: c), in: report, boxes: boxes)
        } else {
            chunk = Self.otherEntries(of: report)
        }
        storage.chunks[c] = chunk
        return chunk
    }

    /// ASCII letters lower-cased, everything else as is — so byte offsets match the original.
    static func fold(_ text: String) -> String {
        // most of the report has no capital letter at all: share the text rather than copy it
        guard text.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    static func isDigit(_ b: UInt8) -> Bool { Footnotes.isDigit(b) }

    /// A query that begins or ends with a digit is a number: `710 万` inside `2,710 万`, `1.2` inside
    /// `3.1.2` or `71` inside `710` is a match inside a larger number. Such a match is still a hit (a
    /// fragment copied from the middle of a figure, `21 年执行报告` of `2020-2021 年执行报告`, is what
    /// was typed), but after every whole-number one; `3.1` finding `3.1.2` is whole.
    static func isWholeNumber(_ m: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, leadingDigit: Bool, trailingDigit: Bool) -> Bool {
        func byte(_ i: Int) -> UInt8? { i >= 0 && i < bytes.count ? bytes[i] : nil }
        if leadingDigit, let before = byte(m.lowerBound - 1) {
            if isDigit(before) { return false }
            if before == UInt8(ascii: ",") || before == UInt8(ascii: "."), let digit = byte(m.lowerBound - 2), isDigit(digit) { return false }
        }
        if trailingDigit, let after = byte(m.upperBound) {
            if isDigit(after) { return false }
            if after == UInt8(ascii: ","), let digit = byte(m.upperBound + 1), isDigit(digit) { return false }
        }
        return true
    }

    /// What one query looks for: the folded text, and whether its ends are digits.
    struct Needle {
        var text: String
        /// Spaces dropped, for the footnote variants that keep the numbers.
        var spaceless: String
        var hasDigit: Bool, leadingDigit: Bool, trailingDigit: Bool

        init(_ folded: String) {
            text = folded
            leadingDigit = folded.utf8.first.map(SearchIndex.isDigit) ?? false
            trailingDigit = folded.utf8.last.map(SearchIndex.isDigit) ?? false
            hasDigit = folded.utf8.contains(where: SearchIndex.isDigit)
            spaceless = hasDigit ? folded.replacingOccurrences(of: " ", with: "") : folded
        }

        /// The first whole-number match in `folded`, else the first match inside a number: one pass.
        func first(_ needle: String, in folded: String) -> (range: Range<Int>, whole: Bool)? {
            var partial: Range<Int>?
            var from = 0
            var haystack = folded
            while let m = ByteSearch.firstMatch(of: needle, in: haystack, from: from) {
                guard leadingDigit || trailingDigit else { return (m, true) }
                let whole = haystack.withUTF8 { SearchIndex.isWholeNumber(m, in: $0, leadingDigit: leadingDigit, trailingDigit: trailingDigit) }
                if whole { return (m, true) }
                if partial == nil { partial = m }
                from = m.lowerBound + 1
            }
            return partial.map { ($0, false) }
        }

        /// Where the entry matches (byte offsets of its text), and whether as a whole number.
        func match(_ entry: Entry) -> (range: Range<Int>, whole: Bool)? {
            var best = first(text, in: entry.folded)
            for variant in entry.variants where best?.whole != true && (hasDigit || !variant.withNumbers) {
                guard let m = first(variant.withNumbers ? spaceless : text, in: variant.folded) else { continue }
                if best == nil || m.whole { best = (variant.original(m.range), m.whole) }
            }
            return best
        }
    }

    /// Every hit, at most `limit`: the whole-number matches in report order, then the matches
    /// inside a larger number in report order. A query that is the English name of a country, a
    /// region, an outcome, output, indicator, box or chapter finds what its Chinese name finds too,
    /// so `Viet Nam` lists every passage `越南` does.
    public func search(_ query: String, limit: Int = pageLimit) -> [SearchHit] {
        guard let folded = Self.foldedQuery(query), limit > 0 else { return [] }
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let last = storage.last, last.query == folded, last.limit == limit { return last.hits }
        var matches = Matches<Entry>(needles: Self.needles(folded, names: chineseNamesLocked()[Self.nameKey(folded)] ?? []), limit: limit)
        chunks: for c in storage.chunks.indices {
            // the sections after the one that gave enough hits need not be indexed for this query
            for entry in chunkLocked(c) where !matches.take(entry, as: entry) { break chunks }
        }
        let hits = matches.found.map { entry, lower, upper in
            SearchHit(sectionID: entry.sectionID, sectionTitle: entry.sectionTitle, path: entry.path,
                      text: entry.text, range: Self.range(lower..<upper, in: entry.text), node: entry.node, box: entry.box)
        }
        storage.last = (folded, limit, hits)
        return hits
    }

    /// The query as it is looked for: trimmed, a code's final dot dropped, ASCII lower-cased; nil
    /// when nothing is left.
    static func foldedQuery(_ query: String) -> String? {
        var query = query.trimmingCharacters(in: .whitespaces)
        // Appendices II and III print codes with a final dot ("3.1.2."); the codes themselves have none
        if query.hasSuffix("."), String(query.dropLast()).wholeMatch(of: #/[0-9A-C](\.[0-9]+){1,2}/#) != nil {
            query.removeLast()
        }
        let folded = Self.fold(query)
        return folded.isEmpty ? nil : folded
    }

    /// The folded query, then the Chinese names it is the English name of.
    static func needles(_ folded: String, names: [String]) -> [Needle] {
        [Needle(folded)] + names.map { Needle(Self.fold($0)) }
    }

    /// Byte offsets of `text` as a range of its indices.
    static func range(_ bytes: Range<Int>, in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        return lower..<utf8.index(lower, offsetBy: bytes.count)
    }

    /// The hits of one search as its entries are offered in report order, whatever each stands for
    /// (`Item`: the entry itself here, its line in `PreparedSearch`): the whole-number matches in
    /// report order, then the matches inside a larger number in report order, at most `limit`.
    struct Matches<Item> {
        let needles: [Needle], limit: Int
        /// Each hit with its match's first byte and the byte after it: not a `Range<Int>`, whose
        /// metadata, made for the array on a one-shot search's first hit, checks `Int: Comparable`
        /// by a search through every conformance (about 0.2 M instructions).
        var whole: [(Item, Int, Int)] = [], partial: [(Item, Int, Int)] = []

        init(needles: [Needle], limit: Int) {
            self.needles = needles
            self.limit = limit
        }

        /// Looks for the needles in `entry`; false once there are `limit` whole-number hits, since
        /// they come first and no later entry can show.
        mutating func take(_ entry: Entry, as item: Item) -> Bool {
            var found: (range: Range<Int>, whole: Bool)?
            for needle in needles where found?.whole != true {
                if let m = needle.match(entry), found == nil || m.whole { found = m }
            }
            guard let found else { return true }
            let hit = (item, found.range.lowerBound, found.range.upperBound)
            if found.whole { whole.append(hit) } else if partial.count < limit { partial.append(hit) }
            return whole.count < limit
        }

        var found: ArraySlice<(Item, Int, Int)> { (whole + partial).prefix(limit) }
    }

    /// A name as looked up among the English names: folded, runs of spaces as one.
    static func nameKey(_ folded: String) -> String {
        folded.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private func chineseNamesLocked() -> [String: [String]] {
        if let names = storage.chineseNames { return names }
        let names = Self.chineseNames(of: storage.report)
        storage.chineseNames = names
        return names
    }

    /// Each English name the report's data gives (a country's name and aliases, a region's, the
    /// English titles of outcomes, outputs, indicators, boxes and chapters), folded, with the
    /// Chinese names it stands for.
    static func chineseNames(of report: Report) -> [String: [String]] {
        var names: [String: [String]] = [:]
        // a name given again with the same Chinese names adds nothing: skipped before it is folded
        // and split (a large dataset repeats its indicators' titles, and this was most of the
        // first search's time at 100 times the report)
        var seen = Set<[String]>()
        func add(_ english: String?, _ chinese: [String]) {
            guard let english, seen.insert([english] + chinese).inserted else { return }
            let key = nameKey(fold(english))
            let chinese = chinese.filter { !$0.isEmpty && fold($0) != key }
            guard !key.isEmpty, !chinese.isEmpty else { return }
            for name in chinese where !(names[key] ?? []).contains(name) { names[key, default: []].append(name) }
        }
        for country in report.countries ?? [] {
            for english in [country.en] + country.enAliases { add(english, [country.zh] + country.zhAliases) }
        }
        for region in report.regions { add(region.nameEn, [region.name]) }
        for outcome in report.outcomes {
            add(outcome.en?.text, [outcome.title])
            for output in outcome.outputs {
                add(output.en?.text, [output.title])
                for indicator in output.indicators { add(indicator.en?.text, [indicator.title]) }
            }
        }
        for box in report.boxes { add(box.en?.text, [box.title]) }
        for chapter in report.chapters { add(chapter.en?.text, [chapter.title]) }
        return names
    }
}
