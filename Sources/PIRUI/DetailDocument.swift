import PIRModel
import PIRText

/// The text of the focused node — highlights, figures, narrative, boxes, budget table, notes —
/// wrapped by display width for the detail area.
public struct DetailDocument: Sendable {
    public let report: Report
    public let glyphs: Glyphs

    public init(report: Report, glyphs: Glyphs) {
        self.report = report
        self.glyphs = glyphs
    }

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
        doc.paragraph("成果目标 \(o.id)：\(o.title)", style: Style(.title, [.bold]))
        if o.isPolicy {
            let (a, t) = Invariants.countedTotals(o)
            let met = a >= t
            doc.line(Span("成果 ", Style(.dim)), Span(num(a), Style(.normal, [.bold])), Span(" / 目标 ", Style(.dim)),
                     Span(num(t)), Span(" · 完成率 \(Int((a / max(1, t) * 100).rounded()))% ", Style(.dim)),
                     Span(met ? glyphs.met + " 达到目标" : glyphs.below + " 低于目标", Style(met ? .good : .bad, [.bold])))
        }
        if let results = o.results { doc.blank(); doc.paragraph(results.statement) }
        if !o.highlights.isEmpty {
            doc.heading("亮点")
            for h in o.highlights { doc.paragraph(h, lead: Span(glyphs.highlight + " ", Style(.accent))) }
        }
        if let budget = o.budget { budgetTable(budget, &doc) }
        if let c = o.contributions {
            doc.heading("\(c.figure). \(c.title)")
            let nameWidth = min(20, c.shares.map(\.unit.cellWidth).max() ?? 10)
            for share in c.shares {
                doc.line(Span(TextLayout.fit(share.unit, to: nameWidth)), Span(" " + TextLayout.fit(num(share.percent) + "%", to: 4, alignment: .right), Style(.normal, [.bold])))
            }
        }
        if !o.blocks.isEmpty { doc.heading("正文") }
        blocks(o.blocks, &doc)
        notes(o.footnotes, o.links, o.quirks, &doc)
    }

    func budgetTable(_ budget: BudgetTable, _ doc: inout Document) {
        doc.heading("\(budget.table). \(budget.title)")
        let labelWidth = max(8, budget.rows.map(\.label.cellWidth).max() ?? 8)
        func row(_ label: String, _ s: String, _ a: String, _ d: String, _ style: Style = .normal) {
            doc.line(Span(TextLayout.fit(label, to: labelWidth), style),
                     Span(" " + TextLayout.fit(s, to: 8, alignment: .right), style),
                     Span(" " + TextLayout.fit(a, to: 8, alignment: .right), Style(style.role, style.emphasis.union(.bold))),
                     Span(" " + TextLayout.fit(d, to: 6, alignment: .right), Style(.dim)))
        }
        row("资金来源", "战略预算", "实际支出", "差额", Style(.dim))
        for r in budget.rows {
            var diff = ""
            if let s = r.strategic, let a = r.actual, s > 0 { diff = String(format: "%+.0f%%", (a / s - 1) * 100) }
            row(r.label, r.strategic.map(num) ?? r.strategicText ?? "", r.actual.map(num) ?? r.actualText ?? "", diff)
        }
        row("合计", num(budget.total.strategic), num(budget.total.actual),
            String(format: "%+.0f%%", (budget.total.actual / max(0.01, budget.total.strategic) - 1) * 100))
        doc.paragraph("(百万美元)", style: Style(.dim))
        doc.blank()
        doc.paragraph(budget.statement)
        for p in budget.paragraphs ?? [] { doc.blank(); doc.paragraph(p) }
    }

    func blocks(_ blocks: [Block], _ doc: inout Document, indent: Int = 0) {
        for block in blocks {
            switch block.kind {
            case .paragraph:
                doc.blank()
                doc.paragraph(block.text ?? "", indent: indent)
            case .bullet:
                doc.paragraph(block.text ?? "", lead: Span(glyphs.bullet + " ", Style(.accent)), indent: indent)
            case .highlight:
                doc.paragraph(block.text ?? "", lead: Span(glyphs.highlight + " ", Style(.accent)), indent: indent)
            case .heading:
                doc.blank()
                doc.paragraph(block.text ?? "", style: Style(.heading, [.bold]), indent: indent)
            case .quote:
                doc.blank()
                doc.paragraph("“" + (block.text ?? "") + "”", style: Style(.normal), indent: indent + 2)
                if let source = block.source { doc.paragraph("— " + source, style: Style(.dim), indent: indent + 4) }
            case .figure:
                doc.blank()
                let label = block.figure.map { $0.hasPrefix("表") ? $0 : "图 \($0)" } ?? "图"
                doc.paragraph("[\(label). \(block.title ?? "")]", style: Style(.dim), indent: indent)
                if let text = block.text { doc.paragraph(text, style: Style(.dim), indent: indent + 2) }
                if let inner = block.blocks { self.blocks(inner, &doc, indent: indent + 2) }
            case .box:
                doc.blank()
                doc.paragraph("专栏 \(block.box ?? 0). \(block.title ?? "")", style: Style(.accent, [.bold]),
                              lead: Span(glyphs.vertical + " ", Style(.accent)), indent: indent)
                var inner = Document(width: max(4, doc.width - indent - 2))
                DetailDocument(report: report, glyphs: glyphs).blocks(block.blocks ?? [], &inner)
                for line in inner.lines { doc.line([Span(String(repeating: " ", count: indent)), Span(glyphs.vertical + " ", Style(.accent))] + line) }
            }
        }
    }

    func notes(_ footnotes: [Footnote], _ links: [String], _ quirks: [String], _ doc: inout Document) {
        if !footnotes.isEmpty {
            doc.heading("注释")
            for f in footnotes { doc.paragraph(f.text, style: Style(.dim), lead: Span("[^\(f.number)] ", Style(.dim))) }
        }
        if !quirks.isEmpty {
            doc.heading("来源说明")
            for q in quirks { doc.paragraph(q, style: Style(.warn), lead: Span("! ", Style(.warn, [.bold]))) }
        }
        if !links.isEmpty {
            doc.heading("链接")
            for l in links { doc.paragraph(l, style: Style(.dim)) }
        }
    }

    func indicatorFigure(_ v: Double?, _ unit: IndicatorUnit?) -> String {
        guard let v else { return "–" }
        switch unit {
        case .percent?: return num(v) + "%"
        case .cases?: return num(v) + " 例"
        default: return num(v)
        }
    }

    func indicator(_ i: Indicator, output p: Output, outcome o: Outcome, _ doc: inout Document) {
        doc.paragraph("指标 \(i.code)  \(i.title)", style: Style(.title, [.bold]))
        doc.paragraph("产出 \(p.code) \(p.title)", style: Style(.dim))
        doc.blank()
        if o.isPolicy {
            let unitLabel: String
            switch i.unit {
            case .percent?: unitLabel = "百分比 percent"
            case .cases?: unitLabel = "事例 cases"
            default: unitLabel = "数目 count"
            }
            doc.line(Span("目标 ", Style(.dim)), Span(indicatorFigure(i.target, i.unit), Style(.normal, [.bold])),
                     Span("   成果 ", Style(.dim)), Span(indicatorFigure(i.total, i.unit), Style(.normal, [.bold])),
                     Span("   完成率 ", Style(.dim)), Span(i.attainment.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"),
                     Span("   "), Span((i.isMet ?? false) ? glyphs.met + " 达到目标" : glyphs.below + " 低于目标",
                                       Style((i.isMet ?? false) ? .good : .bad, [.bold])))
            doc.paragraph("单位: \(unitLabel)", style: Style(.dim))
            doc.heading("按区域")
            for r in report.regions {
                doc.line(Span(TextLayout.fit(r.name, to: 12)), Span(TextLayout.fit(indicatorFigure(i.results?[r.id], i.unit), to: 6, alignment: .right), Style(.normal, [.bold])),
                         Span("  " + r.nameEn, Style(.dim)))
            }
            for split in i.split ?? [] {
                doc.blank()
                doc.paragraph("\(split.label)：\(num(split.total))", style: Style(.heading, [.bold]))
                for r in report.regions {
                    doc.line(Span(TextLayout.fit(r.name, to: 12)), Span(TextLayout.fit(num(split.results[r.id]), to: 6, alignment: .right)))
                }
            }
        } else {
            doc.heading("目标")
            for line in (i.targetText ?? "").split(separator: "\n") { doc.paragraph(String(line)) }
            doc.heading("取得的成果")
            for line in (i.resultText ?? "").split(separator: "\n") { doc.paragraph(String(line)) }
            if let measures = i.measures, !measures.isEmpty {
                doc.heading("数字")
                for m in measures {
                    var parts: [String] = []
                    if let b = m.baseline { parts.append("基线 \(num(b))") }
                    if let t = m.target { parts.append("目标 \(num(t))") }
                    if let r = m.result { parts.append("成果 \(num(r))") }
                    if let y = m.year { parts.append("(\(y) 年)") }
                    doc.paragraph("\(m.label): " + parts.joined(separator: "  ") + (m.unit == .percent ? "  (%)" : ""),
                                  lead: Span(glyphs.bullet + " ", Style(.accent)))
                }
            }
        }
        if let notes = i.notes, !notes.isEmpty {
            doc.heading("注")
            for n in notes { doc.paragraph(n, style: Style(.dim)) }
        }
        if let sources = o.sources { doc.blank(); doc.paragraph("资料来源：" + sources, style: Style(.dim)) }
    }

    func region(_ r: Region, outcome o: Outcome, indicator i: Indicator?, _ doc: inout Document) {
        doc.paragraph("\(r.name)  \(r.nameEn)", style: Style(.title, [.bold]))
        doc.line(Span("成果 ", Style(.dim)), Span("\(r.results)", Style(.normal, [.bold])),
                 Span(" 项 · 占 \(num(r.sharePercent))% (图 15)", Style(.dim)))
        if let i, o.isPolicy {
            doc.paragraph("指标 \(i.code) 在\(r.name)：\(indicatorFigure(i.results?[r.id], i.unit))", style: Style(.accent, [.bold]))
        }
        doc.blank()
        doc.paragraph(r.ratifications.text)
        blocks(r.blocks, &doc)
        if !r.knowledgeProducts.isEmpty {
            doc.heading("知识产品 (专栏 5)")
            for k in r.knowledgeProducts { doc.paragraph(k, lead: Span(glyphs.bullet + " ", Style(.accent))) }
        }
        notes([], r.links, [], &doc)
    }
}
