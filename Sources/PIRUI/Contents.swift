import PIRModel
import PIRText

/// The report's table of contents — front matter, Part I, Part II, the outcomes, the regions,
/// Part III, Appendix I and every box (专栏) — so every part of the report is a few keys away.
public enum ContentsEntry: Equatable, Sendable {
    case part(String)
    case chapter(String)
    case outcome(String)
    case region(RegionID)
    case box(Int)
    /// An indicator (enabling outcomes list; the indicators table).
    case indicator(String)
    /// An outcome's strategic budget and expenditure (budget view).
    case budget(String)
    /// Part I's budget figures and the sum of the outcome tables.
    case budgetTotals
    /// All five regions side by side.
    case comparison
    /// A row of Table 1, or one of its breakdowns.
    case trend(String)
    /// A country's page (countries view).
    case country(String)

    public var isSelectable: Bool {
        if case .part = self { return false }
        return true
    }
}

public enum Contents {
    public static func entries(_ report: Report) -> [ContentsEntry] {
        var out: [ContentsEntry] = []
        let boxes = report.boxes
        func withBoxes(_ entry: ContentsEntry, section: String) {
            out.append(entry)
            for box in boxes where box.sectionID == section { out.append(.box(box.number)) }
        }
        let parts: [(Chapter.Part, String)] = [(.front, "前言和导言"), (.I, "第一部分"), (.II, "第二部分")]
        for (part, label) in parts {
            out.append(.part(label))
            for chapter in report.chapters where chapter.part == part { withBoxes(.chapter(chapter.id), section: chapter.id) }
            if part == .II {
                for region in report.regions { out.append(.region(region.id)) }
                for outcome in report.outcomes { withBoxes(.outcome(outcome.id), section: "outcome-\(outcome.id)") }
            }
        }
        out.append(.part("第三部分"))
        for chapter in report.chapters where chapter.part == .III { withBoxes(.chapter(chapter.id), section: chapter.id) }
        out.append(.part("附录"))
        for chapter in report.chapters where chapter.part == .appendix { withBoxes(.chapter(chapter.id), section: chapter.id) }
        return out
    }

    public static func label(_ entry: ContentsEntry, _ report: Report) -> String {
        switch entry {
        case .part(let label): return label
        case .chapter(let id): return report.chapter(id)?.title ?? id
        case .outcome(let id): return "成果目标 \(id)：" + (report.outcome(id)?.title ?? "")
        case .region(let id): return "区域：" + (report.region(id)?.name ?? id.rawValue)
        case .box(let n): return "专栏 \(n). " + (report.box(n)?.title ?? "")
        case .indicator(let code): return "\(code) " + (report.indicator(code)?.indicator.title ?? "")
        case .budget(let id): return "成果目标 \(id) 预算 " + (report.outcome(id)?.budget?.table ?? "")
        case .budgetTotals: return "第一部分 预算总数 Part I totals"
        case .comparison: return "五个区域比较 Regions compared"
        case .trend(let id): return report.trends.row(id)?.label ?? id
        case .country(let id): return report.country(id).map { "\($0.zh) \($0.en)" } ?? id
        }
    }

    public static func index(of entry: ContentsEntry, in entries: [ContentsEntry]) -> Int? {
        entries.firstIndex(of: entry)
    }
}

extension DetailDocument {
    /// The text of a contents entry.
    public func build(_ entry: ContentsEntry, width: Int) -> Document {
        var doc = Document(width: width)
        switch entry {
        case .part(let label):
            doc.paragraph(label, style: Style(.title, [.bold]))
        case .chapter(let id):
            guard let chapter = report.chapter(id) else { break }
            doc.paragraph(chapter.title, style: Style(.title, [.bold]))
            blocks(chapter.blocks, &doc)
            if id.hasPrefix("part1-world"), !report.trends.rows.isEmpty { trends(&doc) }
            notes(chapter.footnotes, chapter.links, chapter.quirks, &doc)
        case .outcome(let id):
            if let outcome = report.outcome(id) { return build(.outcome(outcome), width: width) }
        case .region(let id):
            if let region = report.region(id) { regionPage(region, &doc) }
        case .box(let n):
            guard let box = report.box(n) else { break }
            doc.paragraph("专栏 \(n). \(box.title)", style: Style(.title, [.bold]))
            doc.paragraph("见 " + box.sectionTitle + " · Enter 转到该章节 go to its chapter", style: Style(.dim))
            blocks(box.blocks, &doc)
        case .indicator(let code):
            guard let (o, p, i) = report.indicator(code) else { break }
            indicator(i, output: p, outcome: o, &doc)
        case .budget(let id):
            guard let o = report.outcome(id) else { break }
            budgetPage(o, &doc)
        case .budgetTotals: budgetTotals(&doc)
        case .comparison: comparison(&doc)
        case .trend(let id): trend(id, &doc)
        case .country(let id): countryPage(id, &doc)
        }
        return doc
    }

    /// Table 1, with a sparkline per row and missing years shown as missing.
    func trends(_ doc: inout Document) {
        let t = report.trends
        doc.heading("\(t.table). \(t.title) (%)")
        let labelWidth = 26
        var header = [Span(TextLayout.fit("", to: labelWidth))]
        for year in t.years { header.append(Span(TextLayout.fit(String(year), to: 9, alignment: .right), Style(.dim))) }
        doc.line(header)
        func row(_ r: TrendRow, indent: String) {
            var spans = [Span(TextLayout.fit(indent + r.label + (r.sdg.map { " (\($0))" } ?? ""), to: labelWidth, ellipsis: glyphs.ellipsis))]
            for (n, value) in r.values.enumerated() {
                let text: String
                if let value { text = String(format: "%.1f", value) }
                else if r.noData?.contains(t.years[n]) == true { text = "暂无数据" }
                else { text = glyphs.missing }
                spans.append(Span(TextLayout.fit(text, to: 9, alignment: .right), value == nil ? Style(.dim) : Style(.normal, [.bold])))
            }
            let present = r.values.compactMap { $0 }
            if present.count > 1, let low = present.min(), let high = present.max() {
                let spark = r.values.map { v -> String in
                    guard let v else { return " " }
                    let level = high > low ? Int(((v - low) / (high - low) * 7).rounded()) : 3
                    return glyphs.sparks[max(0, min(7, level))]
                }.joined()
                spans.append(Span("  " + spark, Style(.bar)))
            }
            doc.line(spans)
            for b in r.breakdowns ?? [] { row(b, indent: indent + "  ") }
        }
        for r in t.rows { row(r, indent: "") }
        doc.paragraph("资料来源：" + t.source, style: Style(.dim))
    }
}
