#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// The documents of the results framework: an outcome, an output, an indicator, and an outcome's
/// budget table.
extension NodeDocuments {
    public func outcome(_ o: Outcome) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(title(L.outcome(o.id) + L.colon, o.title, o.en))
        if o.isPolicy { doc.blocks += attainment(Invariants.countedTotals(o), unit: .count) }
        if let results = o.results { doc.add(.paragraph(narrative(results.statement), tone: .normal)) }
        if !o.highlights.isEmpty {
            doc.add(.heading(L.strings.common.highlights, anchor: nil))
            doc.add(.list(highlights(o), highlight: true))
        }
        if !o.outputs.isEmpty {
            doc.add(.heading(L.strings.document.outputsHeading, anchor: "outputs"))
            for p in o.outputs {
                doc.add(.paragraph(Inline("\(L.output(p.code)) \(L.label(p.title, p.en))"), tone: .emphasis))
                doc.blocks += indicators(p.indicators, policy: o.isPolicy)
            }
            doc.blocks += sources(o)
        }
        if let budget = o.budget { doc.blocks += self.budget(budget) }
        if let c = o.contributions {
            doc.add(.heading("\(L.caption(c.figure)). \(L.label(c.title, c.en))", anchor: "contributions"))
            doc.add(.table(shares(c)))
        }
        if !o.blocks.isEmpty { doc.add(.heading(L.strings.document.narrative, anchor: nil)) }
        doc.blocks += blocks(o.blocks)
        finish(&doc, notes: o.footnotes, links: o.links, quirks: o.quirks)
        return doc
    }

    /// The outcome's highlights as the report words them: its page lists them, its slide quotes them.
    public func highlights(_ o: Outcome) -> [Inline] { o.highlights.map(narrative) }

    public func output(_ p: Output, of o: Outcome) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(title(L.output(p.code) + L.colon, p.title, p.en))
        doc.add(.paragraph(Inline("\(L.outcome(o.id))\(L.colon)\(L.label(o.title, o.en))"), tone: .quiet))
        doc.blocks += indicators(p.indicators, policy: o.isPolicy)
        doc.blocks += sources(o)
        finish(&doc, notes: [], links: [])
        return doc
    }

    /// Results against target, and whether it was met.
    func attainment(_ totals: (achieved: Double, target: Double), unit: IndicatorUnit?) -> [DocumentBlock] {
        let (a, t) = totals
        let met = a >= t
        return [.figures([LabelledFigure(L.strings.document.results, Figures.value(a, unit: unit, L)),
                          LabelledFigure(L.strings.document.target, Figures.value(t, unit: unit, L)),
                          LabelledFigure(L.strings.document.ofTarget, Figures.ratio(t > 0 ? a / t : nil))]),
                .status(met: met, text: met ? L.strings.document.met : L.strings.document.below)]
    }

    /// An output's indicators: a table of the policy ones (code, target, result, attainment, title);
    /// the enabling ones with their target and result in words.
    func indicators(_ indicators: [Indicator], policy: Bool) -> [DocumentBlock] {
        guard policy else {
            return indicators.flatMap { i -> [DocumentBlock] in
                [.paragraph(Inline("\(i.code)  \(L.label(i.title, i.en))"), tone: .emphasis),
                 .indented([.paragraph(Inline(L.strings.document.targetHeading + L.colon) + narrative((i.targetText ?? Figures.missing).replacingOccurrences(of: "\n", with: " ")), tone: .normal),
                            .paragraph(Inline(L.strings.document.resultsHeading + L.colon) + narrative((i.resultText ?? Figures.missing).replacingOccurrences(of: "\n", with: " ")), tone: .normal)])]
            }
        }
        let rows = indicators.map { i in
            [i.code, Figures.value(i.target, unit: i.unit, L), Figures.value(i.total, unit: i.unit, L),
             Figures.ratio(i.attainment), L.label(i.title, i.en)]
        }
        return [.table(DocumentTable(header: [L.strings.document.indicatorColumn, L.strings.document.target, L.strings.document.result,
                                              L.strings.document.ofTarget, L.strings.document.title],
                                     rows: rows, numeric: [1, 2, 3], flexible: 4))]
    }

    /// Appendix II's table: each policy indicator's target, total and the five regions' results, as
    /// the report prints them, and its title.
    func appendixTable(_ indicators: [Indicator]) -> DocumentBlock {
        let regions = report.regions.map { L == .en ? $0.id.shortEnglish : $0.name }
        let rows = indicators.map { i in
            [i.code, Figures.value(i.target, unit: i.unit, L, width: 6), Figures.value(i.total, unit: i.unit, L, width: 6)]
            + report.regions.map { Figures.value(i.results?[$0.id], unit: i.unit, L, width: 6) } + [L.label(i.title, i.en)]
        }
        let columns = 3 + regions.count
        return .table(DocumentTable(header: [L.strings.document.indicatorColumn, L.strings.document.target, L.strings.document.total] + regions + [L.strings.document.title],
                                    rows: rows, numeric: Array(1..<columns), flexible: columns))
    }

    /// An enabling indicator's target and results as the report words them, and its measures.
    func enabling(_ i: Indicator) -> [DocumentBlock] {
        var out: [DocumentBlock] = [.heading(L.strings.document.targetHeading, anchor: nil)]
        for line in (i.targetText ?? "").split(separator: "\n") { out.append(.paragraph(narrative(String(line)), tone: .normal)) }
        out.append(.heading(L.strings.document.resultsHeading, anchor: nil))
        for line in (i.resultText ?? "").split(separator: "\n") { out.append(.paragraph(narrative(String(line)), tone: .normal)) }
        let measures = i.measures ?? []
        guard !measures.isEmpty else { return out }
        out.append(.heading(L.strings.document.figuresHeading, anchor: nil))
        let scale = measures.flatMap { [$0.target, $0.result, $0.baseline].compactMap { $0 } }.max() ?? 1
        for m in measures {
            var parts: [String] = []
            func value(_ v: Double) -> String { m.unit == .percent ? Figures.percent(v) : Figures.number(v) }
            if let b = m.baseline { parts.append(L.strings.document.baseline + " " + value(b)) }
            if let t = m.target { parts.append(L.strings.document.target + " " + value(t)) }
            if let r = m.result { parts.append(L.strings.document.result + " " + value(r)) }
            if let y = m.year { parts.append("(" + L.strings.document.year(y) + ")") }
            out.append(.list([Inline(L.label(m.label, m.en) + L.colon + parts.joined(separator: "  "))], highlight: false))
            if let r = m.result {
                out.append(.bar(.init(value: r, target: m.target, scale: m.unit == .percent ? 100 : max(scale, r, m.target ?? 0))))
            }
        }
        return out
    }

    public func indicator(_ i: Indicator, output p: Output, outcome o: Outcome) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(title(L.indicator(i.code) + "  ", i.title, i.en))
        doc.add(.paragraph(Inline("\(L.output(p.code)) \(L.label(p.title, p.en))"), tone: .quiet))
        if o.isPolicy {
            doc.add(.figures([LabelledFigure(L.strings.document.target, Figures.value(i.target, unit: i.unit, L)),
                              LabelledFigure(L.strings.document.result, Figures.value(i.total, unit: i.unit, L)),
                              LabelledFigure(L.strings.document.ofTarget, Figures.ratio(i.attainment))]))
            let met = i.isMet ?? false
            doc.add(.status(met: met, text: met ? L.strings.document.met : L.strings.document.below))
            doc.add(.paragraph(Inline(L.strings.document.unit + L.colon + L.strings.document.unitName(i.unit)), tone: .quiet))
            doc.add(.heading(L.strings.document.byRegion, anchor: nil))
            doc.add(.table(regionTable { Figures.value(i.results?[$0], unit: i.unit, L) }))
            for split in i.split ?? [] {
                doc.add(.heading("\(L.narrativeMark)\(split.label)\(L.colon)\(Figures.value(split.total, unit: i.unit, L))", anchor: nil))
                doc.add(.table(regionTable { Figures.value(split.results[$0], unit: i.unit, L) }))
            }
        } else {
            doc.blocks += enabling(i)
        }
        if let notes = i.notes, !notes.isEmpty {
            doc.add(.heading(L.strings.document.note, anchor: nil))
            for n in notes { doc.add(.paragraph(narrative(n), tone: .quiet)) }
        }
        doc.blocks += sources(o)
        finish(&doc, notes: [], links: [])
        return doc
    }

    /// One row per region: its name and a figure.
    func regionTable(_ value: (RegionID) -> String) -> DocumentTable {
        DocumentTable(header: [L.strings.document.region, L.strings.document.result],
                      rows: report.regions.map { [L.name($0), value($0.id)] }, numeric: [1], flexible: 0)
    }

    /// An outcome's budget table (strategic budget and expenditure by source, the difference, the
    /// total), its unit and the report's sentences about it. A cell the report prints as a word
    /// (未设定, 不适用) is that word, never a figure.
    func budget(_ budget: BudgetTable) -> [DocumentBlock] {
        let scale = max(budget.total.strategic, budget.total.actual, 1)
        var rows: [[String]] = [], bars: [DocumentTable.Bar] = []
        for r in budget.rows {
            rows.append([L.label(r.label, r.en), Figures.cell(r.strategic, text: r.strategicText, L),
                         Figures.cell(r.actual, text: r.actualText, L), r.actual.map { Figures.change($0, against: r.strategic) } ?? ""])
            bars.append(.init(value: r.actual ?? 0, target: r.strategic, scale: scale))
        }
        rows.append([L.strings.document.total, Figures.money(budget.total.strategic), Figures.money(budget.total.actual),
                     Figures.change(budget.total.actual, against: budget.total.strategic)])
        bars.append(.init(value: budget.total.actual, target: budget.total.strategic, scale: scale))
        var out: [DocumentBlock] = [
            .heading("\(L.table(budget.table)). \(L.label(budget.title, budget.en))", anchor: "budget"),
            .table(DocumentTable(header: [L.strings.document.fundingSource, L.strings.document.strategic, L.strings.document.actual, L.strings.document.difference],
                                 rows: rows, numeric: [1, 2, 3], flexible: 0, bars: bars)),
            .paragraph(Inline(L.strings.document.usMillions), tone: .quiet),
            .paragraph(narrative(budget.statement), tone: .normal),
        ]
        for p in budget.paragraphs ?? [] { out.append(.paragraph(narrative(p), tone: .normal)) }
        return out
    }

    /// An outcome's budget page: its table with bars, and its Appendix I shares.
    public func budgetPage(_ o: Outcome) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(title(L.outcome(o.id) + L.colon, o.title, o.en))
        if let budget = o.budget { doc.blocks += self.budget(budget) }
        if let c = o.contributions {
            doc.add(.heading("\(L.caption(c.figure)). \(L.label(c.title, c.en))", anchor: "contributions"))
            doc.add(.table(shares(c)))
        }
        finish(&doc, notes: [], links: [])
        return doc
    }
}
