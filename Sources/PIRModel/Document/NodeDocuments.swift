/// The one builder of node documents: what each kind of node says, in which order, with which
/// figures. Renderers (`PlainRenderer`, `MarkdownRenderer`, the explorer's `DetailDocument`) only
/// lay the blocks out. Labels are in `language`; the report's narrative stays Chinese and is
/// marked `[中文]` in English.
public struct NodeDocuments: Sendable {
    public let report: Report
    public let language: Language
    /// For a region's list of the countries the report names (built when asked and not given).
    let countryIndex: CountryIndex?

    public init(report: Report, language: Language = .zh, countries: CountryIndex? = nil) {
        self.report = report
        self.language = language
        self.countryIndex = countries
    }

    var L: Language { language }

    /// The document of a node; nil for a node the report does not have (or a country, whose page
    /// is a list of passages, not a section of the report).
    public func document(_ node: NodeRef) -> NodeDocument? {
        switch node {
        case .outcome(let id): return report.outcome(id).map(outcome)
        case .output(let code): return report.output(code).map { output($0.output, of: $0.outcome) }
        case .indicator(let code): return report.indicator(code).map { indicator($0.indicator, output: $0.output, outcome: $0.outcome) }
        case .region(let id): return report.region(id).map(region)
        case .box(let n): return report.box(n).map(box)
        case .chapter(let id): return report.chapter(id).map(chapter)
        case .country: return nil
        }
    }

    // MARK: Pieces every kind uses

    /// Report text: the Chinese as stored, marked `[中文]` in English.
    func narrative(_ text: String) -> Inline { Inline(L.narrativeMark + text) }

    /// A node's heading, and the other language's title under it: the English label under the
    /// Chinese (marked when it is pir's translation rather than the ILO's wording), the report's
    /// Chinese under an English heading.
    func title(_ prefix: String, _ zh: String, _ en: EnglishLabel?) -> DocumentBlock {
        guard let en, !en.text.isEmpty else { return .title(prefix + L.label(zh, en), subtitles: []) }
        let marked = en.text + (en.official ? "" : L.strings.common.translationMark)
        return L == .en ? .title(prefix + marked, subtitles: [L.narrativeMark + zh]) : .title(prefix + zh, subtitles: [marked])
    }

    /// The report's blocks (paragraphs, lists, quotations, figures, boxes) as the document's.
    func blocks(_ blocks: [Block]) -> [DocumentBlock] {
        var out: [DocumentBlock] = []
        var list: [Inline] = [], listIsHighlight = false
        func flush() {
            if !list.isEmpty { out.append(.list(list, highlight: listIsHighlight)) }
            list = []
        }
        for block in blocks {
            if block.kind == .bullet || block.kind == .highlight {
                let highlight = block.kind == .highlight
                if highlight != listIsHighlight { flush() }
                listIsHighlight = highlight
                list.append(narrative(block.text ?? ""))
                continue
            }
            flush()
            switch block.kind {
            case .paragraph: out.append(.paragraph(narrative(block.text ?? ""), tone: .normal))
            case .heading: out.append(.paragraph(narrative(block.text ?? ""), tone: .heading))
            case .quote: out.append(.quote(narrative(block.text ?? ""), attribution: block.source.map(L.attribution)))
            case .photo: out.append(.photo(narrative(block.text ?? "")))
            case .box:
                let n = block.box ?? 0
                out.append(.box(n, "\(L.box(n)). \(L.label(block.title ?? "", block.en))", self.blocks(block.blocks ?? [])))
            case .figure: out += figure(block)
            case .bullet, .highlight: break
            }
        }
        flush()
        return out
    }

    /// A figure or table the report prints: its caption, its text, and the figures pir holds for it
    /// (Table 1's rows, an Appendix I figure's shares) where the report prints them.
    func figure(_ block: Block) -> [DocumentBlock] {
        if let name = block.figure, name == report.trends.table, !report.trends.rows.isEmpty { return trends() }
        let label = block.figure.map { $0.hasPrefix("表") ? L.table($0) : "\(L.strings.document.figure) \($0)" } ?? L.strings.document.figure
        var inner: [DocumentBlock] = []
        if let text = block.text { inner.append(.paragraph(narrative(text), tone: .quiet)) }
        inner += blocks(block.blocks ?? [])
        if let name = block.figure, let c = report.outcomes.lazy.compactMap(\.contributions).first(where: { $0.figure == "图 " + name }) {
            inner.append(.table(shares(c, bars: false)))
        }
        return [.caption("\(label). \(L.label(block.title ?? "", block.en))", inner)]
    }

    /// An Appendix I figure's shares: unit and percent.
    /// `bars` on an outcome's pages; under Appendix I's caption the shares stand alone, as printed.
    func shares(_ c: Contributions, bars: Bool = true) -> DocumentTable {
        let high = c.shares.map(\.percent).max() ?? 1
        return DocumentTable(header: bars ? [L.strings.document.unitShare, L.strings.document.share] : ["", ""],
                             rows: c.shares.map { [L.label($0.unit, nil), Figures.percent($0.percent)] }, numeric: [1], flexible: 0,
                             bars: bars ? c.shares.map { .init(value: $0.percent, target: nil, scale: high) } : nil)
    }

    /// Table 1 as the report prints it: one decimal, 暂无数据 where it says so, `–` where it is blank.
    public func trends() -> [DocumentBlock] {
        let t = report.trends
        func cells(_ row: TrendRow) -> [String] {
            zip(t.years, row.values).map { year, value in
                value.map(Figures.money) ?? ((row.noData ?? []).contains(year) ? L.strings.common.noData : Figures.missing)
            }
        }
        var rows: [[String]] = []
        for row in t.rows {
            rows.append([L.label(row.label, row.en) + (row.sdg.map { " (\($0))" } ?? "")] + cells(row))
            for b in row.breakdowns ?? [] { rows.append(["  " + L.label(b.label, b.en)] + cells(b)) }
        }
        return [.heading("\(L.table(t.table)). \(L.label(t.title, t.en)) (%)", anchor: "trends"),
                .table(DocumentTable(header: [""] + t.years.map(Figures.year), rows: rows, numeric: Array(1...max(1, t.years.count)), flexible: 0)),
                .paragraph(Inline(L.strings.common.sourcePrefix + L.narrativeMark + t.source), tone: .quiet)]
    }

    /// The end of a section: the source's quirks, then the notes (the section's own, and any its
    /// text cites from elsewhere), then its links.
    func finish(_ doc: inout NodeDocument, notes own: [Footnote], links: [String], quirks: [String] = []) {
        if !quirks.isEmpty {
            doc.add(.heading(L.strings.document.aboutSource, anchor: nil))
            for q in quirks { doc.add(.paragraph(narrative(q), tone: .caution)) }
        }
        let cited = doc.blocks.flatMap(\.references)
        let ownNumbers = Set(own.map(\.number))
        var seen = Set<Int>()
        let others = report.footnotes(numbered: cited.filter { !ownNumbers.contains($0) && seen.insert($0).inserted })
        // report text, marked in English as every paragraph is
        doc.footnotes = (own + others).map { Footnote(number: $0.number, text: L.narrativeMark + $0.text) }
        doc.links = links
    }

    /// `资料来源：…` under an outcome's indicators, as the appendices print it.
    func sources(_ o: Outcome) -> [DocumentBlock] {
        guard let s = o.sources else { return [] }
        return [.paragraph(Inline(L.strings.common.sourcePrefix + L.narrativeMark + s), tone: .quiet)]
    }
}
