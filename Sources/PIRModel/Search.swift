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

    /// One section's texts, and for an outcome its outputs' and indicators' codes and titles.
    static func entries(of section: Section, in report: Report, boxes: [(String, Int)]) -> [Entry] {
        var entries: [Entry] = []
        let outcomeID = section.id.hasPrefix("outcome-") ? String(section.id.dropFirst("outcome-".count)) : nil
        for (path, text) in section.texts {
            // output and indicator titles are indexed below together with their codes
            if path.hasSuffix("].title") && path.range(of: ".outputs[") != nil { continue }
            // and an outcome's title with its number, as the chapter heading prints it (tableEntries)
            if outcomeID != nil && path == section.path + ".title" { continue }
            var node: NodeRef?
            if let outcomeID { node = Self.node(for: path, outcomeID: outcomeID, in: report) }
            if section.id.hasPrefix("region-"), let id = RegionID(rawValue: String(section.id.dropFirst("region-".count))) { node = .region(id) }
            // an outcome's sources line, as Appendix II prints it (a quotation's attribution is
            // stored as printed, 资料来源： and all)
            var shown = path.hasSuffix(".sources") ? "资料来源：" + text : text
            // an appendix's caption under its number, as the report heads it (附录二 …)
            if path == section.path + ".title", let chapter = report.chapter(section.id), let name = report.appendixName(chapter) {
                shown = name + " " + text
            }
            let box = path.range(of: ".blocks[") != nil ? boxes.first { path.hasPrefix($0.0) }?.1 : nil
            let folded = Self.fold(shown)
            entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: path, text: shown,
                                 folded: folded, node: node, box: box, variants: Self.variants(of: folded)))
        }
        // codes and labels are searchable too: "3.1.2", "box 15", "专栏 15", region names in English
        if let outcomeID, let outcome = report.outcome(outcomeID) {
            for output in outcome.outputs {
                let outputLabel = "产出 \(output.code) \(output.title)" + (output.en.map { " · Output \(output.code) \($0.text)" } ?? "")
                entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: section.path,
                                     text: outputLabel, folded: Self.fold(outputLabel), node: .output(output.code)))
                for indicator in output.indicators {
                    let label = "指标 \(indicator.code) \(indicator.title)" + (indicator.en.map { " · Indicator \(indicator.code) \($0.text)" } ?? "")
                    entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: section.path,
                                         text: label, folded: Self.fold(label), node: .indicator(indicator.code)))
                }
            }
        }
        return entries
    }

    /// What is not in a section's texts: the tables as printed, the names of regions, the English
    /// labels, boxes and countries (after every section, as they always were).
    static func otherEntries(of report: Report) -> [Entry] {
        var entries: [Entry] = tableEntries(of: report)
        for region in report.regions {
            let label = "\(region.name) \(region.nameEn) \(region.id.rawValue)"
            entries.append(Entry(sectionID: "region-\(region.id.rawValue)", sectionTitle: region.name, path: "regions",
                                 text: label, folded: Self.fold(label), node: .region(region.id)))
        }
        // English labels, so a reader can search in either language
        for outcome in report.outcomes {
            guard let en = outcome.en else { continue }
            let label = "Outcome \(outcome.id) \(en.text)"
            entries.append(Entry(sectionID: "outcome-\(outcome.id)", sectionTitle: outcome.title, path: "outcomes",
                                 text: label, folded: Self.fold(label), node: .outcome(outcome.id)))
        }
        for chapter in report.chapters {
            guard let en = chapter.en else { continue }
            entries.append(Entry(sectionID: chapter.id, sectionTitle: chapter.title, path: "chapters",
                                 text: en.text, folded: Self.fold(en.text), node: .chapter(chapter.id)))
        }
        for box in report.boxes {
            let label = "专栏 \(box.number) box \(box.number) \(box.title)" + (box.en.map { " · \($0.text)" } ?? "")
            entries.append(Entry(sectionID: box.sectionID, sectionTitle: box.sectionTitle, path: box.path,
                                 text: label, folded: Self.fold(label), node: .box(box.number)))
        }
        // countries by any of their names, so "Viet Nam" or "VNM" finds 越南's page
        for country in report.countries ?? [] {
            let label = ([country.zh, country.en, country.id] + country.zhAliases + country.enAliases).joined(separator: " ")
            entries.append(Entry(sectionID: "countries", sectionTitle: "国家 Countries", path: "countries",
                                 text: label, folded: Self.fold(label), node: .country(country.id)))
        }
        return entries
    }

    /// The report's tables as the PDF prints their rows — an outcome's title with its number, Table
    /// 1's rows with their SDG codes and values, the budget tables' rows and the Appendix I shares —
    /// so a fragment copied from a table ("经常预算 94.7 84.8", "女性 5.5 5.5 6.4 6.3") is found too.
    static func tableEntries(of report: Report) -> [Entry] {
        var entries: [Entry] = []
        func add(_ sectionID: String, _ sectionTitle: String, _ path: String, _ text: String, _ node: NodeRef?) {
            entries.append(Entry(sectionID: sectionID, sectionTitle: sectionTitle, path: path, text: text, folded: fold(text), node: node))
        }
        for (o, outcome) in report.outcomes.enumerated() {
            let id = "outcome-\(outcome.id)", path = "outcomes[\(o)]"
            add(id, outcome.title, path + ".title", "成果目标 \(outcome.id)：\(outcome.title)", .outcome(outcome.id))
            if let budget = outcome.budget {
                // the column headings as every budget table prints them
                add(id, outcome.title, path + ".budget.header",
                    "\(budget.table). \(budget.title) · 资金来源 战略预算(百万美元) 实际支出(百万美元)", .outcome(outcome.id))
                for (r, row) in budget.rows.enumerated() {
                    let text = "\(budget.table). \(budget.title) · \(row.label) \(Figures.cell(row.strategic, text: row.strategicText, .zh)) \(Figures.cell(row.actual, text: row.actualText, .zh))"
                    add(id, outcome.title, path + ".budget.rows[\(r)]", text, .outcome(outcome.id))
                }
                let total = "\(budget.table). \(budget.title) · 合计 \(Figures.money(budget.total.strategic)) \(Figures.money(budget.total.actual))"
                add(id, outcome.title, path + ".budget.total", total, .outcome(outcome.id))
            }
            if let c = outcome.contributions {
                add(id, outcome.title, path + ".contributions.title", "\(c.figure). \(c.title)", .outcome(outcome.id))
                for (n, share) in c.shares.enumerated() {
                    let text = "\(c.figure) · \(share.unit) \(Figures.percent(share.percent))"
                    add(id, outcome.title, path + ".contributions.shares[\(n)]", text, .outcome(outcome.id))
                }
            }
        }
        let t = report.trends
        guard !t.rows.isEmpty, let chapter = report.chapters.first(where: { $0.id.hasPrefix("part1-world") }) else { return entries }
        func values(_ row: TrendRow) -> String {
            zip(t.years, row.values).compactMap { year, value in value.map(Figures.money) ?? ((row.noData ?? []).contains(year) ? "暂无数据" : nil) }
                .joined(separator: " ")
        }
        add(chapter.id, chapter.title, "trends.title", "\(t.table). \(t.title)", .chapter(chapter.id))
        for (r, row) in t.rows.enumerated() {
            let name = [row.label, row.labelNote, row.sdg.map { "(可持续发展目标指标 \($0))" }].compactMap { $0 }.joined(separator: " ")
            add(chapter.id, chapter.title, "trends.rows[\(r)]", "\(t.table) · \(name) \(values(row))", .chapter(chapter.id))
            for (b, part) in (row.breakdowns ?? []).enumerated() {
                add(chapter.id, chapter.title, "trends.rows[\(r)].breakdowns[\(b)]", "\(t.table) · \(row.label) · \(part.label) \(values(part))",
                    .chapter(chapter.id))
            }
        }
        add(chapter.id, chapter.title, "trends.source", "\(t.table) · 资料来源：\(t.source)", .chapter(chapter.id))
        return entries
    }

    static func node(for path: String, outcomeID: String, in report: Report) -> NodeRef? {
        // outcomes[o].outputs[p].indicators[n]... → that indicator
        guard let outcome = report.outcome(outcomeID), let range = path.range(of: ".outputs[") else { return .outcome(outcomeID) }
        let rest = path[range.upperBound...]
        guard let close = rest.firstIndex(of: "]"), let p = Int(rest[..<close]), p < outcome.outputs.count else { return .outcome(outcomeID) }
        let output = outcome.outputs[p]
        if let r2 = rest.range(of: ".indicators[") {
            let tail = rest[r2.upperBound...]
            if let c2 = tail.firstIndex(of: "]"), let n = Int(tail[..<c2]), n < output.indicators.count {
                return .indicator(output.indicators[n].code)
            }
        }
        return .output(output.code)
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
        var query = query.trimmingCharacters(in: .whitespaces)
        // Appendices II and III print codes with a final dot ("3.1.2."); the codes themselves have none
        if query.hasSuffix("."), String(query.dropLast()).wholeMatch(of: #/[0-9A-C](\.[0-9]+){1,2}/#) != nil {
            query.removeLast()
        }
        let folded = Self.fold(query)
        guard !folded.isEmpty, limit > 0 else { return [] }
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let last = storage.last, last.query == folded, last.limit == limit { return last.hits }
        let needles = [Needle(folded)] + (chineseNamesLocked()[Self.nameKey(folded)] ?? []).map { Needle(Self.fold($0)) }
        var whole: [(Entry, Range<Int>)] = [], partial: [(Entry, Range<Int>)] = []
        chunks: for c in storage.chunks.indices {
            for entry in chunkLocked(c) {
                var found: (range: Range<Int>, whole: Bool)?
                for needle in needles where found?.whole != true {
                    if let m = needle.match(entry), found == nil || m.whole { found = m }
                }
                guard let found else { continue }
                if found.whole { whole.append((entry, found.range)) } else if partial.count < limit { partial.append((entry, found.range)) }
                // the whole-number hits come first: once there are enough, the rest cannot show
                // (and the sections after this one need not be indexed for this query)
                if whole.count >= limit { break chunks }
            }
        }
        let hits = (whole + partial).prefix(limit).map { entry, found in
            let utf8 = entry.text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
            let upper = utf8.index(lower, offsetBy: found.count)
            return SearchHit(sectionID: entry.sectionID, sectionTitle: entry.sectionTitle, path: entry.path,
                             text: entry.text, range: lower..<upper, node: entry.node, box: entry.box)
        }
        storage.last = (folded, limit, hits)
        return hits
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
