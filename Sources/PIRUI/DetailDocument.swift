import PIRModel
import PIRText

/// The text of the focused node — highlights, figures, narrative, boxes, budget table, notes —
/// wrapped by display width for the detail area.
public struct DetailDocument: Sendable {
    public let report: Report
    public let glyphs: Glyphs
    /// The country index for country pages and the region pages' lists (built if not given).
    let countryIndex: CountryIndex?
    /// Labels and headings in this language; narrative stays Chinese.
    let lang: Language

    public init(report: Report, glyphs: Glyphs, countries: CountryIndex? = nil, language: Language = .zh) {
        self.report = report
        self.glyphs = glyphs
        self.countryIndex = countries
        self.lang = language
    }

    var countries: CountryIndex { countryIndex ?? CountryIndex(report: report) }

    /// `limit`: lay out at most this many lines (see `Document.limit`).
    public func build(_ focused: Focused, width: Int, limit: Int = .max) -> Document {
        var doc = Document(width: width)
        doc.limit = limit
        switch focused {
        case .outcome(let o): outcome(o, &doc)
        case .indicator(let o, let p, let i): indicator(i, output: p, outcome: o, &doc)
        case .region(let r, let o, let i): region(r, outcome: o, indicator: i, &doc)
        }
        return doc
    }

    func num(_ v: Double?) -> String { Exporter.number(v) ?? "–" }

    func outcome(_ o: Outcome, _ doc: inout Document) {
        doc.paragraph("\(lang.outcome(o.id))\(lang.colon)\(lang.title(o))", style: Style(.title, [.bold]))
        if lang == .en, o.en != nil { doc.paragraph(o.title, style: Style(.dim)) }
        if o.isPolicy {
            let (a, t) = Invariants.countedTotals(o)
            let met = a >= t
            doc.line(Span(lang("成果 ", "results "), Style(.dim)), Span(num(a), Style(.normal, [.bold])), Span(lang(" / 目标 ", " / target "), Style(.dim)),
                     Span(num(t)), Span(lang(" · 完成率 ", " · ") + "\((a / max(1, t)).wholePercent.map(String.init) ?? "–")%" + lang(" ", " of target "), Style(.dim)),
                     Span(met ? glyphs.met + lang(" 达到目标", " target met") : glyphs.below + lang(" 低于目标", " below target"), Style(met ? .good : .bad, [.bold])))
        }
        if let results = o.results { doc.blank(); doc.paragraph(lang.narrativeMark + results.statement) }
        if !o.highlights.isEmpty {
            doc.heading(lang("亮点", "Highlights"))
            for h in o.highlights { doc.paragraph(lang.narrativeMark + h, lead: Span(glyphs.highlight + " ", Style(.accent))) }
        }
        if let budget = o.budget { budgetTable(budget, &doc) }
        if let c = o.contributions {
            doc.anchor("contributions")
            doc.heading("\(lang.caption(c.figure)). \(lang.label(c.title, c.en))")
            shares(c, &doc)
        }
        if !o.blocks.isEmpty { doc.heading(lang("正文", "Text (Chinese)")) }
        blocks(o.blocks, &doc)
        notes(o.footnotes, o.links, o.quirks, &doc)
    }

    /// An Appendix I figure's shares, one line each: on the outcome's page and under the figure's
    /// caption in Appendix I itself.
    func shares(_ c: Contributions, _ doc: inout Document, indent: Int = 0) {
        let nameWidth = min(20, c.shares.map(\.unit.cellWidth).max() ?? 10)
        for share in c.shares {
            doc.line(Span(String(repeating: " ", count: indent) + TextLayout.fit(share.unit, to: nameWidth)),
                     Span(" " + TextLayout.fit(num(share.percent) + "%", to: 4, alignment: .right), Style(.normal, [.bold])))
        }
    }

    func budgetTable(_ budget: BudgetTable, _ doc: inout Document) {
        doc.anchor("budget")
        doc.heading("\(lang.table(budget.table)). \(lang.label(budget.title, budget.en))")
        // every cell as it will show: text cells (不适用, 未设定) in the reader's language
        var cells: [(label: String, strategic: String, actual: String, diff: String, style: Style)] = []
        cells.append((lang("资金来源", "source"), lang("战略预算", "strategic"), lang("实际支出", "actual"), lang("差额", "diff."), Style(.dim)))
        for r in budget.rows {
            var diff = ""
            if let s = r.strategic, let a = r.actual, s > 0 { diff = String(format: "%+.0f%%", (a / s - 1) * 100) }
            cells.append((lang.label(r), Exporter.money(r.strategic) ?? r.strategicText.map(lang.cell) ?? "",
                          Exporter.money(r.actual) ?? r.actualText.map(lang.cell) ?? "", diff, .normal))
        }
        cells.append((lang("合计", "Total"), Exporter.money(budget.total.strategic)!, Exporter.money(budget.total.actual)!,
                      String(format: "%+.0f%%", (budget.total.actual / max(0.01, budget.total.strategic) - 1) * 100), .normal))
        // columns as wide as their widest cell, header included; the source column gives way first
        let strategicWidth = cells.map(\.strategic.cellWidth).max() ?? 8
        let actualWidth = cells.map(\.actual.cellWidth).max() ?? 8
        let diffWidth = cells.map(\.diff.cellWidth).max() ?? 6
        let figures = 3 + strategicWidth + actualWidth + diffWidth
        let labelWidth = max(8, min(cells.map(\.label.cellWidth).max() ?? 8, doc.width - figures))
        for c in cells {
            doc.line(Span(TextLayout.fit(c.label, to: labelWidth, ellipsis: glyphs.ellipsis), c.style),
                     Span(" " + TextLayout.fit(c.strategic, to: strategicWidth, alignment: .right), c.style),
                     Span(" " + TextLayout.fit(c.actual, to: actualWidth, alignment: .right), Style(c.style.role, c.style.emphasis.union(.bold))),
                     Span(" " + TextLayout.fit(c.diff, to: diffWidth, alignment: .right), Style(.dim)))
        }
        doc.paragraph(lang("(百万美元)", "(US$ millions)"), style: Style(.dim))
        doc.blank()
        doc.paragraph(lang.narrativeMark + budget.statement)
        for p in budget.paragraphs ?? [] { doc.blank(); doc.paragraph(lang.narrativeMark + p) }
    }

    func blocks(_ blocks: [Block], _ doc: inout Document, indent: Int = 0) {
        for block in blocks {
            switch block.kind {
            case .paragraph:
                doc.blank()
                doc.paragraph(lang.narrativeMark + (block.text ?? ""), indent: indent)
            case .bullet:
                doc.paragraph(lang.narrativeMark + (block.text ?? ""), lead: Span(glyphs.bullet + " ", Style(.accent)), indent: indent)
            case .highlight:
                doc.paragraph(lang.narrativeMark + (block.text ?? ""), lead: Span(glyphs.highlight + " ", Style(.accent)), indent: indent)
            case .heading:
                doc.blank()
                doc.paragraph(lang.narrativeMark + (block.text ?? ""), style: Style(.heading, [.bold]), indent: indent)
            case .quote:
                doc.blank()
                doc.paragraph(lang.narrativeMark + (block.text ?? ""), style: Style(.normal), indent: indent + 2)
                if let source = block.source { doc.paragraph("— " + lang.attribution(source), style: Style(.dim), indent: indent + 4) }
            case .figure:
                doc.blank()
                let label = block.figure.map { $0.hasPrefix("表") ? $0 : lang("图 ", "Figure ") + $0 } ?? lang("图", "Figure")
                doc.paragraph("[\(label). \(block.title ?? "")]", style: Style(.dim), indent: indent)
                if let text = block.text { doc.paragraph(text, style: Style(.dim), indent: indent + 2) }
                if let inner = block.blocks { self.blocks(inner, &doc, indent: indent + 2) }
                // Appendix I's figures are the outcomes' contribution shares: show them where the report does
                if let figure = block.figure, let c = report.outcomes.lazy.compactMap(\.contributions).first(where: { $0.figure == "图 " + figure }) {
                    shares(c, &doc, indent: indent + 2)
                }
            case .box:
                doc.blank()
                doc.anchor("box:\(block.box ?? 0)")
                doc.paragraph("\(lang.box(block.box ?? 0)). \(lang.label(block.title ?? "", block.en))", style: Style(.accent, [.bold]),
                              lead: Span(glyphs.vertical + " ", Style(.accent)), indent: indent)
                var inner = Document(width: max(4, doc.width - indent - 2))
                inner.limit = max(0, doc.limit - doc.lines.count)
                DetailDocument(report: report, glyphs: glyphs, countries: countryIndex, language: lang).blocks(block.blocks ?? [], &inner)
                doc.embed(inner, prefix: [Span(String(repeating: " ", count: indent)), Span(glyphs.vertical + " ", Style(.accent))])
            case .photo:
                doc.blank()
                doc.paragraph(lang.narrativeMark + (block.text ?? ""), style: Style(.dim), lead: Span(lang("[照片] ", "[Photo] "), Style(.dim)), indent: indent)
            }
        }
    }

    func notes(_ footnotes: [Footnote], _ links: [String], _ quirks: [String], _ doc: inout Document) {
        if !footnotes.isEmpty {
            doc.heading(lang("注释", "Notes"))
            for f in footnotes { doc.paragraph(f.text, style: Style(.dim), lead: Span("[^\(f.number)] ", Style(.dim))) }
        }
        if !quirks.isEmpty {
            doc.heading(lang("来源说明", "About the source"))
            for q in quirks { doc.paragraph(q, style: Style(.warn), lead: Span("! ", Style(.warn, [.bold]))) }
        }
        if !links.isEmpty {
            doc.heading(lang("链接", "Links"))
            for l in links { doc.paragraph(l, style: Style(.dim)) }
        }
    }

    func indicatorFigure(_ v: Double?, _ unit: IndicatorUnit?) -> String {
        guard let v else { return "–" }
        switch unit {
        case .percent?: return num(v) + "%"
        case .cases?: return num(v) + lang(" 例", " cases")
        default: return num(v)
        }
    }

    func indicator(_ i: Indicator, output p: Output, outcome o: Outcome, _ doc: inout Document) {
        doc.paragraph("\(lang.indicator(i.code))  \(lang.title(i))", style: Style(.title, [.bold]))
        if lang == .en, i.en != nil { doc.paragraph(i.title, style: Style(.dim)) }
        doc.paragraph("\(lang.output(p.code)) \(lang.title(p))", style: Style(.dim))
        doc.blank()
        if o.isPolicy {
            let unitLabel: String
            switch i.unit {
            case .percent?: unitLabel = lang("百分比 percent", "percent")
            case .cases?: unitLabel = lang("事例 cases", "cases")
            default: unitLabel = lang("数目 count", "count")
            }
            doc.line(Span(lang("目标 ", "target "), Style(.dim)), Span(indicatorFigure(i.target, i.unit), Style(.normal, [.bold])),
                     Span(lang("   成果 ", "   result "), Style(.dim)), Span(indicatorFigure(i.total, i.unit), Style(.normal, [.bold])),
                     Span(lang("   完成率 ", "   of target "), Style(.dim)), Span(i.attainment?.wholePercent.map { "\($0)%" } ?? "–"),
                     Span("   "), Span((i.isMet ?? false) ? glyphs.met + lang(" 达到目标", " met") : glyphs.below + lang(" 低于目标", " below target"),
                                       Style((i.isMet ?? false) ? .good : .bad, [.bold])))
            doc.paragraph(lang("单位: ", "unit: ") + unitLabel, style: Style(.dim))
            doc.heading(lang("按区域", "By region"))
            for r in report.regions {
                doc.line(Span(TextLayout.fit(lang.name(r), to: lang == .en ? 24 : 12)), Span(TextLayout.fit(indicatorFigure(i.results?[r.id], i.unit), to: 6, alignment: .right), Style(.normal, [.bold])),
                         Span(lang == .en ? "" : "  " + r.nameEn, Style(.dim)))
            }
            for split in i.split ?? [] {
                doc.blank()
                doc.paragraph("\(split.label)：\(num(split.total))", style: Style(.heading, [.bold]))
                for r in report.regions {
                    doc.line(Span(TextLayout.fit(lang.name(r), to: lang == .en ? 24 : 12)), Span(TextLayout.fit(num(split.results[r.id]), to: 6, alignment: .right)))
                }
            }
        } else {
            doc.heading(lang("目标", "Target"))
            for line in (i.targetText ?? "").split(separator: "\n") { doc.paragraph(lang.narrativeMark + String(line)) }
            doc.heading(lang("取得的成果", "Results"))
            for line in (i.resultText ?? "").split(separator: "\n") { doc.paragraph(lang.narrativeMark + String(line)) }
            if let measures = i.measures, !measures.isEmpty {
                doc.heading(lang("数字", "Figures"))
                let scale = measures.flatMap { [$0.target, $0.result, $0.baseline].compactMap { $0 } }.max() ?? 1
                for m in measures {
                    var parts: [String] = []
                    if let b = m.baseline { parts.append(lang("基线 ", "baseline ") + num(b)) }
                    if let t = m.target { parts.append(lang("目标 ", "target ") + num(t)) }
                    if let r = m.result { parts.append(lang("成果 ", "result ") + num(r)) }
                    if let y = m.year { parts.append(lang("(\(y) 年)", "(\(y))")) }
                    doc.paragraph("\(lang.label(m)): " + parts.joined(separator: "  ") + (m.unit == .percent ? "  (%)" : ""),
                                  lead: Span(glyphs.bullet + " ", Style(.accent)))
                    // a bar where the report gives a result: against the target when it gives one too
                    if let r = m.result, doc.width > 24 {
                        let barScale = m.unit == .percent ? 100 : max(scale, r, m.target ?? 0)
                        doc.line([Span("  ")] + BulletBar.spans(width: min(30, doc.width - 4), value: r, target: m.target,
                                                                 scale: barScale, glyphs: glyphs))
                    }
                }
            }
        }
        if let notes = i.notes, !notes.isEmpty {
            doc.heading(lang("注", "Note"))
            for n in notes { doc.paragraph(n, style: Style(.dim)) }
        }
        if let sources = o.sources { doc.blank(); doc.paragraph(lang("资料来源：", "Source: [中文] ") + sources, style: Style(.dim)) }
    }

    func region(_ r: Region, outcome o: Outcome, indicator i: Indicator?, _ doc: inout Document) {
        doc.paragraph("\(r.name)  \(r.nameEn)", style: Style(.title, [.bold]))
        doc.line(Span(lang("成果 ", "results "), Style(.dim)), Span("\(r.results)", Style(.normal, [.bold])),
                 Span(lang(" 项 · 占 \(num(r.sharePercent))% (图 15)", " · \(num(r.sharePercent))% of all (figure 15)"), Style(.dim)))
        if let i, o.isPolicy {
            doc.paragraph(lang("指标 \(i.code) 在\(r.name)：", "Indicator \(i.code) in \(r.nameEn): ") + indicatorFigure(i.results?[r.id], i.unit), style: Style(.accent, [.bold]))
        }
        doc.blank()
        doc.paragraph(lang.narrativeMark + r.ratifications.text)
        blocks(r.blocks, &doc)
        if !r.knowledgeProducts.isEmpty {
            doc.heading(lang("知识产品 (专栏 5)", "Knowledge products (box 5)"))
            for k in r.knowledgeProducts { doc.paragraph(lang.narrativeMark + k, lead: Span(glyphs.bullet + " ", Style(.accent))) }
        }
        notes([], r.links, [], &doc)
    }
}
