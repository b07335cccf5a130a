import Foundation

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

    /// `[^` digits `]` at byte `i`: where it ends.
    static func footnoteReference(_ b: [UInt8], at i: Int) -> Int? {
        guard i + 3 < b.count, b[i] == UInt8(ascii: "["), b[i + 1] == UInt8(ascii: "^"), isDigit(b[i + 2]) else { return nil }
        var j = i + 2
        while j < b.count, isDigit(b[j]) { j += 1 }
        return j < b.count && b[j] == UInt8(ascii: "]") ? j + 1 : nil
    }

    static func variants(of folded: String) -> [Variant] {
        guard ByteSearch.firstMatch(of: "[^", in: folded) != nil else { return [] }
        let b = Array(folded.utf8)
        var out: [Variant] = []
        for withNumbers in [false, true] {
            var bytes: [UInt8] = [], starts: [Int32] = [], ends: [Int32] = []
            var i = 0
            while i < b.count {
                if let end = footnoteReference(b, at: i) {
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
    /// first frame should not wait for it. Holds the last query's hits too, since the prompt asks
    /// for them twice per keystroke (to move the selection and to draw the list).
    final class Storage: @unchecked Sendable {  // every access holds `lock`
        let report: Report
        let lock = NSLock()
        var entries: [Entry]?
        var last: (query: String, limit: Int, hits: [SearchHit])?
        init(report: Report) { self.report = report }
    }
    let storage: Storage

    public init(report: Report) {
        storage = Storage(report: report)
    }

    /// Builds the index now rather than on the first search.
    public func prepare() { storage.lock.lock(); defer { storage.lock.unlock() }; _ = entriesLocked() }

    private func entriesLocked() -> [Entry] {
        if let entries = storage.entries { return entries }
        let entries = Self.entries(of: storage.report)
        storage.entries = entries
        return entries
    }

    static func entries(of report: Report) -> [Entry] {
        var entries: [Entry] = []
        let boxes = report.boxes.map { ($0.path + ".", $0.number) }
        for section in report.sections {
            let outcomeID = section.id.hasPrefix("outcome-") ? String(section.id.dropFirst("outcome-".count)) : nil
            for (path, text) in section.texts {
                // output and indicator titles are indexed below together with their codes
                if path.contains(".outputs[") && path.hasSuffix("].title") { continue }
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
                let box = path.contains(".blocks[") ? boxes.first { path.hasPrefix($0.0) }?.1 : nil
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
        }
        entries += tableEntries(of: report)
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
                    let text = "\(budget.table). \(budget.title) · \(row.label) \(Exporter.money(row.strategic) ?? row.strategicText ?? "") \(Exporter.money(row.actual) ?? row.actualText ?? "")"
                    add(id, outcome.title, path + ".budget.rows[\(r)]", text, .outcome(outcome.id))
                }
                let total = "\(budget.table). \(budget.title) · 合计 \(Exporter.money(budget.total.strategic)!) \(Exporter.money(budget.total.actual)!)"
                add(id, outcome.title, path + ".budget.total", total, .outcome(outcome.id))
            }
            if let c = outcome.contributions {
                add(id, outcome.title, path + ".contributions.title", "\(c.figure). \(c.title)", .outcome(outcome.id))
                for (n, share) in c.shares.enumerated() {
                    let text = "\(c.figure) · \(share.unit) \(Exporter.number(share.percent) ?? "")%"
                    add(id, outcome.title, path + ".contributions.shares[\(n)]", text, .outcome(outcome.id))
                }
            }
        }
        let t = report.trends
        guard !t.rows.isEmpty, let chapter = report.chapters.first(where: { $0.id.hasPrefix("part1-world") }) else { return entries }
        func values(_ row: TrendRow) -> String {
            zip(t.years, row.values).compactMap { year, value in Exporter.oneDecimal(value) ?? ((row.noData ?? []).contains(year) ? "暂无数据" : nil) }
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

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A query that begins or ends with a digit is a number: `710 万` is not found inside
    /// `2,710 万`, nor `1.2` inside `3.1.2`, nor `71` inside `710`; `3.1` still finds `3.1.2`.
    static func isWholeNumber(_ m: Range<Int>, in text: String, leadingDigit: Bool, trailingDigit: Bool) -> Bool {
        let bytes = text.utf8
        func byte(_ i: Int) -> UInt8? { i >= 0 && i < bytes.count ? bytes[bytes.index(bytes.startIndex, offsetBy: i)] : nil }
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

    /// Every hit, in report order; at most `limit`.
    public func search(_ query: String, limit: Int = 500) -> [SearchHit] {
        var query = query.trimmingCharacters(in: .whitespaces)
        // Appendices II and III print codes with a final dot ("3.1.2."); the codes themselves have none
        if query.hasSuffix("."), query.dropLast().range(of: #"^[0-9A-C](\.[0-9]+){1,2}$"#, options: .regularExpression) != nil {
            query.removeLast()
        }
        let needle = Self.fold(query)
        guard !needle.isEmpty else { return [] }
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let last = storage.last, last.query == needle, last.limit == limit { return last.hits }
        var hits: [SearchHit] = []
        let leadingDigit = needle.utf8.first.map(Self.isDigit) ?? false, trailingDigit = needle.utf8.last.map(Self.isDigit) ?? false
        let hasDigit = needle.utf8.contains(where: Self.isDigit)
        let spaceless = hasDigit ? needle.replacingOccurrences(of: " ", with: "") : needle
        func first(_ needle: String, in folded: String) -> Range<Int>? {
            var from = 0
            while let m = ByteSearch.firstMatch(of: needle, in: folded, from: from) {
                if Self.isWholeNumber(m, in: folded, leadingDigit: leadingDigit, trailingDigit: trailingDigit) { return m }
                from = m.lowerBound + 1
            }
            return nil
        }
        for entry in entriesLocked() {
            // over the UTF-8 bytes; folding keeps every byte offset, so the match's offsets hold in the original
            var match = first(needle, in: entry.folded)
            for variant in entry.variants where match == nil && (hasDigit || !variant.withNumbers) {
                match = first(variant.withNumbers ? spaceless : needle, in: variant.folded).map(variant.original)
            }
            guard let found = match else { continue }
            let utf8 = entry.text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
            let upper = utf8.index(lower, offsetBy: found.count)
            hits.append(SearchHit(sectionID: entry.sectionID, sectionTitle: entry.sectionTitle, path: entry.path,
                                  text: entry.text, range: lower..<upper, node: entry.node, box: entry.box))
            if hits.count >= limit { break }
        }
        storage.last = (needle, limit, hits)
        return hits
    }
}
