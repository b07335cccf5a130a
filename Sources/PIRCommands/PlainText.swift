import PIRModel
import PIRText

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
    var cited: [Int] = [], listed: Set<Int> = []

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
        line(en.text + (en.official ? "" : "  (translation)"))
    }
    /// A node's heading in the chosen language, the other language's title under it.
    mutating func titled(_ zhPrefix: String, _ enPrefix: String, title: String, label: EnglishLabel?) {
        let hasEnglish = label.map { !$0.text.isEmpty } ?? false
        switch language {
        case .zh:
            heading(zhPrefix + title)
            english(label)
        case .en:
            heading(enPrefix + language.label(title, label) + (hasEnglish && label?.official == false ? "  (translation)" : ""))
            if hasEnglish { line(zhPrefix + title) }
        }
    }
    mutating func subheading(_ s: String) {
        line()
        line(s)
        line(String(repeating: "-", count: min(80, max(4, s.cellWidth))))
    }
    mutating func table(_ header: [String], _ rows: [[String]], right: Set<Int> = []) {
        let widths = header.indices.map { c in ([header[c]] + rows.map { c < $0.count ? $0[c] : "" }).map(\.cellWidth).max() ?? 0 }
        func render(_ cells: [String]) -> String {
            var line = cells.indices.map { c in
                TextLayout.fit(cells[c], to: widths[c], alignment: right.contains(c) ? .right : .left)
            }.joined(separator: "  ")
            while line.last?.isWhitespace == true { line.removeLast() }
            return line
        }
        line(render(header))
        line(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows { line(render(row)) }
    }

    static func num(_ value: Double?) -> String { Exporter.number(value) ?? "–" }
    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value.wholePercent.map { "\($0)%" } ?? "–"
    }
    static func figure(_ value: Double?, unit: IndicatorUnit?) -> String {
        guard let value else { return "–" }
        return unit == .percent ? num(value) + "%" : num(value)
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

    public func overview() -> String {
        var v = self
        let r = report
        v.heading(r.meta.title)
        v.line("\(r.meta.titleEn) · \(r.meta.biennium)")
        v.subheading("要点 Headline figures")
        for id in ["results_total", "member_states", "territories", "over_target_percent", "covid_response_percent",
                   "gender_principal_percent", "gender_significant_percent", "sdg8_percent"] {
            if let fact = r.fact(id) { v.line("  \(fact.label): \(fact.printed)") }
        }
        v.subheading("成果目标 Outcomes: results against target")
        v.table(["", "成果目标", "成果", "目标", "完成率", "支出(百万美元)"], r.outcomes.filter(\.isPolicy).map { o in
            let (a, t) = Invariants.countedTotals(o)
            return [o.id, TextLayout.truncate(o.title, to: 40), Self.num(a), Self.num(t), Self.percent(t > 0 ? a / t : nil),
                    Exporter.money(o.budget?.total.actual) ?? "–"]
        }, right: [2, 3, 4, 5])
        v.subheading("区域 Regions (figure 15)")
        v.table(["区域", "Region", "成果", "占比"], r.regions.map {
            [$0.name, $0.nameEn, String($0.results), Self.num($0.sharePercent) + "%"]
        }, right: [2, 3])
        v.line()
        v.line("pir show CODE — an outcome (3, A), output (3.1), indicator (3.1.2), region (africa), box (box 15)")
        return v.out.joined(separator: "\n") + "\n"
    }

    /// Table 1 alone (`pir show trends`, `pir show 表 1`).
    public func trends() -> String {
        var v = self
        let t = report.trends
        v.titled("\(t.table). ", "", title: t.title, label: t.en)
        v.line()
        v.trendsTable(indent: "")
        return v.out.joined(separator: "\n") + "\n"
    }

    /// Table 1 as the report prints it: one decimal, 暂无数据 where it says so, blank where it is blank.
    mutating func trendsTable(indent: String) {
        let t = report.trends
        guard !t.rows.isEmpty else { return }
        func cells(_ row: TrendRow) -> [String] {
            zip(t.years, row.values).map { year, value in
                Exporter.oneDecimal(value) ?? ((row.noData ?? []).contains(year) ? "暂无数据" : "")
            }
        }
        var rows: [[String]] = []
        for row in t.rows {
            let sdg = row.sdg.map { " (可持续发展目标指标 \($0))" } ?? ""
            rows.append([row.label + (row.labelNote.map { " " + $0 } ?? "") + sdg] + cells(row))
            for b in row.breakdowns ?? [] { rows.append(["  " + b.label] + cells(b)) }
        }
        var table = PlainText(report: report)
        table.table(["(%)"] + t.years.map(String.init), rows, right: Set(1...t.years.count))
        for l in table.out { line(indent + l) }
        line(indent + "资料来源：" + t.source)
    }

    public func show(_ node: NodeRef) -> String {
        var v = self
        switch node {
        case .outcome(let id): if let o = report.outcome(id) { v.outcome(o) }
        case .output(let code): if let (o, p) = report.output(code) { v.output(p, of: o) }
        case .indicator(let code): if let (o, p, i) = report.indicator(code) { v.indicator(i, output: p, outcome: o) }
        case .region(let id): if let region = report.region(id) { v.region(region) }
        case .box(let n): if let box = report.box(n) { v.box(box) }
        case .chapter(let id): if let chapter = report.chapter(id) { v.chapter(chapter) }
        case .country(let id): if let country = report.country(id) { v.country(country) }
        }
        // notes of a section the page quotes only part of (a box, a country's passages)
        let notes = report.footnotes(numbered: v.cited.filter { !v.listed.contains($0) })
        if !notes.isEmpty { v.footnotesAndLinks(notes, []) }
        return v.out.joined(separator: "\n") + "\n"
    }

    /// A country's page: names, region, ratifications the report attributes, every passage.
    mutating func country(_ c: Country) {
        heading("\(c.zh)  \(c.en)")
        let region = report.region(c.region)
        line("\(c.id) · \(region.map { "\($0.name) \($0.nameEn)" } ?? c.region.rawValue) · \(c.memberState ? "成员国 member State" : "领地 territory")")
        if !c.zhAliases.isEmpty { line("又作 also written: " + c.zhAliases.joined(separator: "、")) }
        let ratifications = report.ratifications(of: c)
        if !ratifications.isEmpty {
            subheading("批准 Ratifications")
            for r in ratifications {
                var what = r.instruments.map { i in (i.hasPrefix("P") ? "P." : "C.") + String(Int(i.dropFirst()) ?? 0) }
                if let n = r.conventions { what.append("\(n) 项公约 conventions") }
                if let n = r.protocols { what.append("\(n) 项议定书 protocols") }
                line("  - " + what.joined(separator: ", "))
                line("    " + r.text)
            }
        }
        let mentions = CountryIndex(report: report).mentions(of: c.id)
        subheading("提及 Passages naming \(c.en): \(mentions.count)")
        if mentions.isEmpty { line("本报告没有提及 the report does not name this country") }
        for (n, m) in mentions.enumerated() {
            line("\(n + 1). \(m.sectionTitle) › \(m.place)")
            line("   " + Self.marked(m.text, m.ranges))
            line()
        }
    }

    mutating func blocks(_ blocks: [Block], indent: String = "") {
        for block in blocks {
            switch block.kind {
            case .paragraph: line(indent + (block.text ?? "")); line()
            case .bullet: line(indent + "  - " + (block.text ?? ""))
            case .highlight: line(indent + "  > " + (block.text ?? ""))
            case .heading: line(); line(indent + "## " + (block.text ?? "")); line()
            case .quote:
                line(indent + "  " + (block.text ?? ""))
                if let source = block.source { line(indent + "      — " + source) }
                line()
            case .figure:
                let label = block.figure.map { $0.hasPrefix("表") ? $0 : "图 \($0)" } ?? "图"
                line(indent + "[\(label). \(block.title ?? "")]")
                if let text = block.text { line(indent + "  " + text) }
                if let inner = block.blocks { self.blocks(inner, indent: indent + "  ") }
                // Table 1's caption stands where the report prints the table: print it there
                if block.figure == report.trends.table { trendsTable(indent: indent + "  ") }
                // Appendix I's figures are the outcomes' contribution shares
                if let figure = block.figure, let c = report.outcomes.lazy.compactMap(\.contributions).first(where: { $0.figure == "图 " + figure }) {
                    for share in c.shares { line(indent + "  " + TextLayout.fit(share.unit, to: 20) + " " + TextLayout.fit(Self.num(share.percent) + "%", to: 4, alignment: .right)) }
                }
                line()
            case .photo:
                line(indent + "[照片 Photo] " + (block.text ?? ""))
                line()
            case .box:
                line(indent + "┌ 专栏 \(block.box ?? 0). \(block.title ?? "")")
                self.blocks(block.blocks ?? [], indent: indent + "│ ")
                line(indent + "└")
                line()
            }
        }
    }

    mutating func footnotesAndLinks(_ footnotes: [Footnote], _ links: [String]) {
        if !footnotes.isEmpty {
            subheading("注释 Notes")
            for note in footnotes { line(Footnotes.note(note, footnoteStyle)); listed.insert(note.number) }
        }
        if !links.isEmpty {
            subheading("链接 Links")
            for link in links { line(link) }
        }
    }

    mutating func indicatorTable(_ indicators: [Indicator]) {
        table(["指标", "单位", "目标", "成果", "完成率"] + report.regions.map(\.name) + ["标题"], indicators.map { i in
            [i.code, i.unit?.rawValue ?? "", Self.figure(i.target, unit: i.unit), Self.figure(i.total, unit: i.unit),
             Self.percent(i.attainment) + ((i.isMet ?? true) ? " ✓" : " ✗")]
            + RegionID.allCases.map { Self.figure(i.results?[$0], unit: i.unit) }
            + [TextLayout.truncate(i.title, to: 36)]
        }, right: Set(2...9))
    }

    mutating func outcome(_ o: Outcome) {
        titled("成果目标 \(o.id)：", "Outcome \(o.id): ", title: o.title, label: o.en)
        if o.isPolicy {
            let (a, t) = Invariants.countedTotals(o)
            line("成果 \(Self.num(a)) / 目标 \(Self.num(t))（附录二）  完成率 \(Self.percent(a / max(1, t)))")
        }
        if let results = o.results { line(results.statement) }
        if !o.highlights.isEmpty {
            subheading("亮点 Highlights")
            for h in o.highlights { line("  > " + h) }
        }
        for output in o.outputs {
            subheading("产出 \(output.code) \(output.title)")
            english(output.en)
            if o.isPolicy { indicatorTable(output.indicators) }
            else { for i in output.indicators { enablingIndicator(i) } }
        }
        sources(o)
        if let budget = o.budget {
            subheading("\(budget.table). \(budget.title)")
            english(budget.en)
            budgetTable(budget)
            line()
            line(budget.statement)
            for p in budget.paragraphs ?? [] { line(); line(p) }
        }
        if let c = o.contributions {
            subheading("\(c.figure). \(c.title)")
            table(["司局/区域计划", "占比"], c.shares.map { [$0.unit, Self.num($0.percent) + "%"] }, right: [1])
        }
        subheading("叙述 Narrative")
        blocks(o.blocks)
        if !o.quirks.isEmpty {
            subheading("来源说明 Source quirks")
            for q in o.quirks { line("  ! " + q) }
        }
        footnotesAndLinks(o.footnotes, o.links)
    }

    mutating func budgetTable(_ budget: BudgetTable) {
        table(["资金来源", "战略预算(百万美元)", "实际支出(百万美元)", "差额"], budget.rows.map { row in
            let diff: String
            if let s = row.strategic, let a = row.actual, s > 0 { diff = String(format: "%+.0f%%", (a / s - 1) * 100) } else { diff = "" }
            return [row.label, Exporter.money(row.strategic) ?? row.strategicText ?? "", Exporter.money(row.actual) ?? row.actualText ?? "", diff]
        } + [["合计", Exporter.money(budget.total.strategic)!, Exporter.money(budget.total.actual)!,
              String(format: "%+.0f%%", (budget.total.actual / budget.total.strategic - 1) * 100)]], right: [1, 2, 3])
    }

    /// `titled: false` where the page's heading already names the indicator.
    mutating func enablingIndicator(_ i: Indicator, titled: Bool = true) {
        if titled {
            line()
            line("指标 \(i.code) \(i.title)")
            english(i.en)
        }
        line("  目标: " + (i.targetText ?? "").replacingOccurrences(of: "\n", with: "\n        "))
        line("  成果: " + (i.resultText ?? "").replacingOccurrences(of: "\n", with: "\n        "))
        for m in i.measures ?? [] {
            var parts: [String] = []
            if let b = m.baseline { parts.append("基线 \(Self.num(b))") }
            if let t = m.target { parts.append("目标 \(Self.num(t))") }
            if let r = m.result { parts.append("成果 \(Self.num(r))") }
            if let y = m.year { parts.append("(\(y))") }
            line("    · \(m.label) [\(m.unit.rawValue)]: " + parts.joined(separator: "  "))
        }
    }

    mutating func output(_ p: Output, of o: Outcome) {
        titled("产出 \(p.code)：", "Output \(p.code): ", title: p.title, label: p.en)
        line("成果目标 \(o.id)：\(o.title)")
        line()
        if o.isPolicy { indicatorTable(p.indicators) } else { for i in p.indicators { enablingIndicator(i) } }
        sources(o)
    }

    /// The appendices' 资料来源 line under the outcome's indicators, as the explorer shows it.
    mutating func sources(_ o: Outcome) {
        if let sources = o.sources { line(); line("资料来源：" + sources) }
    }

    mutating func indicator(_ i: Indicator, output p: Output, outcome o: Outcome) {
        heading(language("指标", "Indicator") + " \(i.code)")
        line(language == .en ? language.label(i.title, i.en) : i.title)
        if language == .en { if i.en != nil { line(i.title) } } else { english(i.en) }
        line("报告 › 成果目标 \(o.id) › 产出 \(p.code) › 指标 \(i.code)")
        line()
        if o.isPolicy {
            line("单位 unit: \(i.unit?.rawValue ?? "")")
            line("目标 target: \(Self.figure(i.target, unit: i.unit))")
            line("成果 result: \(Self.figure(i.total, unit: i.unit))   完成率 \(Self.percent(i.attainment))  \((i.isMet ?? false) ? "✓ 达到目标 met" : "✗ 低于目标 below target")")
            subheading("按区域 By region")
            table(["区域", "Region", "成果"], report.regions.map { r in
                [r.name, r.nameEn, Self.figure(i.results?[r.id], unit: i.unit)]
            }, right: [2])
            for split in i.split ?? [] {
                subheading("\(split.label) \(Self.num(split.total))")
                table(["区域", "成果"], report.regions.map { [$0.name, Self.num(split.results[$0.id])] }, right: [1])
            }
        } else {
            enablingIndicator(i, titled: false)
        }
        if let notes = i.notes, !notes.isEmpty {
            subheading("注 Notes")
            for n in notes { line(n) }
        }
        sources(o)
    }

    mutating func region(_ r: Region) {
        heading(language == .en ? "\(r.nameEn) \(r.name)" : "\(r.name) \(r.nameEn)")
        line("成果 \(r.results) 项，占 \(Self.num(r.sharePercent))%（图 15）")
        line("批准: \(r.ratifications.text)")
        subheading("按成果目标 Results by outcome")
        table(["成果目标", "成果", "标题"], report.outcomes.filter(\.isPolicy).map { o in
            let sum = o.indicators.filter { $0.unit == .count }.compactMap { $0.results?[r.id] }.reduce(0, +)
            return [o.id, Self.num(sum), TextLayout.truncate(o.title, to: 50)]
        }, right: [1])
        subheading("叙述 Narrative")
        blocks(r.blocks)
        if !r.knowledgeProducts.isEmpty {
            subheading("知识产品 Knowledge products (专栏 5)")
            for k in r.knowledgeProducts { line("  - " + k) }
        }
        footnotesAndLinks([], r.links)
    }

    mutating func box(_ b: LocatedBox) {
        titled("专栏 \(b.number). ", "Box \(b.number). ", title: b.title, label: b.en)
        line("见 \(b.sectionTitle)")
        line()
        blocks(b.blocks)
    }

    mutating func chapter(_ c: Chapter) {
        titled("", "", title: c.title, label: c.en)
        blocks(c.blocks)
        // Appendices II and III: the indicators of every outcome, as the explorer's appendix pages
        for o in report.outcomes where o.kind == c.indicatorTable {
            subheading("成果目标 \(o.id)：\(o.title)")
            for p in o.outputs {
                line("产出 \(p.code) \(p.title)")
                if o.isPolicy { indicatorTable(p.indicators) } else { for i in p.indicators { enablingIndicator(i) } }
                line()
            }
            for n in o.indicators.flatMap({ $0.notes ?? [] }) { line(n) }
            sources(o)
        }
        if !c.quirks.isEmpty {
            subheading("来源说明 Source quirks")
            for q in c.quirks { line("  ! " + q) }
        }
        footnotesAndLinks(c.footnotes, c.links)
    }
}
