import PIRModel
import PIRText
import PIRUI

/// Plain-text views for `pir show` and the non-terminal overview: no escape sequences, every data
/// string sanitised, tables aligned in terminal cells so Chinese columns line up.
public struct PlainText {
    public var report: Report
    /// The language of headings: the report's Chinese title with the English label under it, or
    /// the English label (`[中文]` and the Chinese where there is none) with the Chinese under it.
    public var language: Language
    public init(report: Report, language: Language = .zh) {
        self.report = report
        self.language = language
    }

    var out: [String] = []
    /// How footnote references print: raised numbers (`⁵`) as in the report, `[5]` in ASCII.
    public var footnoteStyle: FootnoteStyle = .superscript
    /// Notes referred to on the page, in order, and those listed already: the rest are listed at its end.
    var cited: [Int] = [], listed: [Int] = []

    /// Every line of every view comes here: references are printed as the report prints them
    /// (never `[^5]`) and remembered, so the page can list their notes.
    mutating func line(_ s: String = "") {
        for n in Footnotes.references(in: s) where !cited.contains(n) { cited.append(n) }
        out.append(Sanitizer.clean(Footnotes.render(s, footnoteStyle)))
    }
    mutating func heading(_ s: String) {
        line(s)
        line(String(repeating: "=", count: min(80, max(4, s.cellWidth))))
    }
    /// The English label under a Chinese title, so a reader who does not read Chinese can follow
    /// `pir show` too; marked when it is pir's translation rather than the ILO's own wording.
    mutating func english(_ en: EnglishLabel?) {
        guard let en, !en.text.isEmpty else { return }
        line(en.text + (en.official ? "" : language.strings.common.translationMark))
    }
    /// A node's heading in the chosen language, the other language's title under it.
    mutating func titled(_ zhPrefix: String, _ enPrefix: String, title: String, label: EnglishLabel?) {
        let hasEnglish = label.map { !$0.text.isEmpty } ?? false
        switch language {
        case .zh:
            heading(zhPrefix + title)
            english(label)
        case .en:
            heading(enPrefix + language.label(title, label) + (hasEnglish && label?.official == false ? language.strings.common.translationMark : ""))
            if hasEnglish { line(zhPrefix + title) }
        }
    }
    mutating func subheading(_ s: String) {
        blank("")
        line(s)
        line(String(repeating: "-", count: min(80, max(4, s.cellWidth))))
    }
    mutating func table(_ header: [String], _ rows: [[String]], right: [Int] = []) {
        let widths = header.indices.map { c in ([header[c]] + rows.map { c < $0.count ? $0[c] : "" }).map(\.cellWidth).max() ?? 0 }
        func render(_ cells: [String]) -> String {
            var line = cells.indices.map { c in
                TextLayout.fit(cells[c], to: widths[c], alignment: right.contains(c) ? .right : .left)
            }.joined(separator: "  ")
            while line.last?.isWhitespace == true { line.removeLast() }
            return line
        }
        // a table of label and figure has no heading row
        if header.contains(where: { !$0.isEmpty }) {
            line(render(header))
            line(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        for row in rows { line(render(row)) }
    }

    /// The text with each range «marked», as `pir search` marks its hits.
    static func marked(_ text: String, _ ranges: [Range<String.Index>]) -> String {
        var out = "", at = text.startIndex
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= at {
            out += text[at..<range.lowerBound] + "«" + text[range] + "»"
            at = range.upperBound
        }
        return out + text[at...]
    }

    // MARK: Views

    /// The headline figures, the outcomes against target and the regions (`pir --plain`).
    public func overview() -> String {
        var v = self
        v.render(NodeDocuments(report: report, language: language).overview())
        v.line()
        v.line(language.strings.document.showHint)
        return v.out.joined(separator: "\n") + "\n"
    }

    /// Table 1 alone (`pir show trends`, `pir show 表 1`).
    public func trends() -> String {
        var v = self
        v.render(NodeDocument(blocks: NodeDocuments(report: report, language: language).trends()))
        return v.out.joined(separator: "\n") + "\n"
    }

    /// Part I's budget figures and the outcome tables summed by source (`pir show budget`).
    public func budgetTotals() -> String {
        var v = self
        v.render(NodeDocuments(report: report, language: language).budgetTotals())
        return v.out.joined(separator: "\n") + "\n"
    }

    /// A node of the report: its document as plain text (a country: its passages).
    public func show(_ node: NodeRef) -> String {
        var v = self
        if case .country(let id) = node {
            if let country = report.country(id) { v.country(country) }
            // notes of the sections the passages are quoted from
            let notes = report.footnotes(numbered: v.cited.filter { !v.listed.contains($0) })
            if !notes.isEmpty { v.render(NodeDocument(footnotes: notes)) }
        } else if let doc = NodeDocuments(report: report, language: language).document(node) {
            v.render(doc)
        }
        return v.out.joined(separator: "\n") + "\n"
    }

    /// A country's page: names, region, ratifications the report attributes, every passage.
    mutating func country(_ c: Country) {
        let L = language, words = language.strings.lists
        heading(L.strings.common.placeHeading(c.zh, c.en))
        let region = report.region(c.region)
        line("\(c.id) · \(region.map { L.strings.common.bothNames($0.name, $0.nameEn) } ?? c.region.rawValue) · \(c.memberState ? words.memberState : words.territory)")
        if !c.zhAliases.isEmpty { line(words.alsoWritten + L.strings.common.colon + L.narrativeMark + c.zhAliases.joined(separator: Strings.zh.common.enumeration)) }
        let ratifications = report.ratifications(of: c)
        if !ratifications.isEmpty {
            subheading(words.ratificationsAttributed)
            for r in ratifications {
                var what = r.instruments.map { i in (i.hasPrefix("P") ? "P." : "C.") + String(Int(i.dropFirst()) ?? 0) }
                if let n = r.conventions { what.append(words.conventionsCount(n)) }
                if let n = r.protocols { what.append(words.protocolsCount(n)) }
                line("  - " + what.joined(separator: L.strings.common.listSeparator))
                line("    " + L.narrativeMark + r.text)
            }
        }
        let mentions = CountryIndex(report: report).mentions(of: c.id)
        subheading(words.passagesNaming(L.name(c), mentions.count))
        if mentions.isEmpty { line(words.notNamed) }
        for (n, m) in mentions.enumerated() {
            let place = m.place(L)
            line("\(n + 1). \(L.section(m.sectionID, m.sectionTitle, in: report)) › \(place)")
            line("   " + L.narrativeMark + Self.marked(m.text, m.ranges))
            line()
        }
    }
}
