/// The documents of the report's sections: a region, a box, a chapter (with the appendices'
/// indicator tables), the headline figures, and Part I's budget totals.
extension NodeDocuments {
    var countries: CountryIndex { countryIndex ?? CountryIndex(report: report) }

    /// Results per policy outcome in a region: the count indicators of Appendix II summed.
    func results(of o: Outcome, in region: RegionID) -> Double {
        o.indicators.filter { ($0.unit ?? .count) == .count }.compactMap { $0.results?[region] }.reduce(0, +)
    }

    public func region(_ r: Region) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(.title(L.strings.common.placeHeading(r.name, r.nameEn), subtitles: []))
        doc.add(.paragraph(Inline(L.strings.document.regionResults(r.results, Figures.percent(r.sharePercent))), tone: .quiet))
        let perOutcome = report.outcomes.filter(\.isPolicy).map { ($0, results(of: $0, in: r.id)) }
        let high = max(1, perOutcome.map(\.1).max() ?? 1)
        doc.add(.heading(L.strings.document.byOutcome, anchor: nil))
        doc.add(.table(DocumentTable(header: [L.strings.document.outcomeColumn, L.strings.document.results, L.strings.document.title],
                                     rows: perOutcome.map { [$0.0.id, Figures.number($0.1), L.label($0.0.title, $0.0.en)] },
                                     numeric: [1], flexible: 2, bars: perOutcome.map { .init(value: $0.1, target: nil, scale: high) })))
        doc.add(.heading(L.strings.document.byIndicator, anchor: nil))
        let indicators = report.policyIndicators.compactMap { _, _, i in i.results?[r.id].map { (i, $0) } }
        doc.add(.table(DocumentTable(header: [L.strings.document.indicatorColumn, L.strings.document.result, L.strings.document.share, L.strings.document.title],
                                     rows: indicators.map { i, value in
                                         let share = (i.total ?? 0) > 0 && i.unit != .percent ? Figures.ratio(value / i.total!) : ""
                                         return [i.code, Figures.value(value, unit: i.unit, L), share, L.label(i.title, i.en)]
                                     }, numeric: [1, 2], flexible: 3)))
        doc.add(.heading(L.strings.common.ratifications, anchor: nil))
        doc.add(.paragraph(narrative(r.ratifications.text), tone: .normal))
        // the index once: it is built from the whole report when the caller has none
        let countries = self.countries
        let named = countries.named.filter { $0.region == r.id }.map { ($0, countries.mentions(of: $0.id).count) }
            .sorted { $0.1 > $1.1 }
        if !named.isEmpty {
            doc.add(.heading(L.strings.document.countriesNamed + " · \(named.count)", anchor: nil))
            doc.add(.paragraph(Inline(named.map { "\(L.name($0.0)) \($0.1)" }.joined(separator: L.strings.common.enumeration)), tone: .normal))
        }
        if !r.blocks.isEmpty { doc.add(.heading(L.strings.document.progress, anchor: nil)) }
        doc.blocks += blocks(r.blocks)
        if !r.knowledgeProducts.isEmpty {
            doc.add(.heading(L.strings.document.knowledgeProducts, anchor: nil))
            doc.add(.list(r.knowledgeProducts.map(narrative), highlight: false))
        }
        finish(&doc, notes: [], links: r.links)
        return doc
    }

    public func box(_ b: LocatedBox) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(title(L.box(b.number) + ". ", b.title, b.en))
        doc.add(.paragraph(Inline(L.strings.document.inSection + L.section(b.sectionID, b.sectionTitle, in: report)), tone: .quiet))
        doc.blocks += blocks(b.blocks)
        finish(&doc, notes: [], links: [])
        return doc
    }

    public func chapter(_ c: Chapter) -> NodeDocument {
        var doc = NodeDocument()
        doc.add(title("", c.title, c.en))
        doc.blocks += blocks(c.blocks)
        // the world of work's chapter ends with Table 1, as the explorer has always shown it
        if c.id.hasPrefix("part1-world"), !report.trends.rows.isEmpty, !doc.blocks.contains(where: { if case .heading(_, "trends"?) = $0 { true } else { false } }) {
            doc.blocks += trends()
        }
        // Appendices II and III: the indicators of every outcome
        for o in report.outcomes where o.kind == c.indicatorTable {
            doc.add(.heading("\(L.outcome(o.id))\(L.colon)\(L.label(o.title, o.en))", anchor: nil))
            for p in o.outputs {
                doc.add(.paragraph(Inline("\(L.output(p.code)) \(L.label(p.title, p.en))"), tone: .emphasis))
                doc.blocks += o.isPolicy ? [appendixTable(p.indicators)] : indicators(p.indicators, policy: false)
            }
            for n in o.indicators.flatMap({ $0.notes ?? [] }) { doc.add(.paragraph(narrative(n), tone: .quiet)) }
            doc.blocks += sources(o)
        }
        finish(&doc, notes: c.footnotes, links: c.links, quirks: c.quirks)
        return doc
    }

    /// The headline figures, each outcome against its target, and the regions' shares.
    public func overview() -> NodeDocument {
        var doc = NodeDocument()
        doc.add(.title(L.pick(report.meta.title, report.meta.titleEn), subtitles: [L.pick(report.meta.titleEn, report.meta.title) + " · " + report.meta.biennium]))
        doc.add(.heading(L.strings.document.headline, anchor: nil))
        // the budget figures in the heading's unit (US$ millions), as the explorer's overview prints them
        func facts(_ ids: [String], millions: Bool = false) -> DocumentBlock {
            .table(DocumentTable(header: ["", ""], rows: ids.compactMap(report.fact).map { [L.label($0.label, $0.en), millions ? Figures.number($0.value) : L.figure($0)] },
                                 numeric: [1], flexible: 0))
        }
        doc.add(facts(OverviewFacts.headline))
        doc.add(.heading(L.strings.document.outcomesAgainstTarget, anchor: nil))
        let policy = report.outcomes.filter(\.isPolicy)
        doc.add(.table(DocumentTable(
            header: [L.strings.document.outcomeColumn, L.strings.document.results, L.strings.document.target, L.strings.document.ofTarget,
                     L.strings.document.actual + " " + L.strings.document.usMillions, L.strings.document.title],
            rows: policy.map { o in
                let (a, t) = Invariants.countedTotals(o)
                return [o.id, Figures.number(a), Figures.number(t), Figures.ratio(t > 0 ? a / t : nil),
                        o.budget.map { Figures.money($0.total.actual) } ?? Figures.missing, L.label(o.title, o.en)]
            }, numeric: [1, 2, 3, 4], flexible: 5)))
        doc.add(.heading(L.strings.document.regionsFigure, anchor: nil))
        doc.add(.table(DocumentTable(header: [L.strings.document.region, L.strings.document.results, L.strings.document.share],
                                     rows: report.regions.map { [L.name($0), Figures.number(Double($0.results)), Figures.percent($0.sharePercent)] },
                                     numeric: [1, 2], flexible: 0)))
        doc.add(.heading(L.strings.explorer.budgetAndExpenditure, anchor: nil))
        doc.add(facts(OverviewFacts.budget, millions: true))
        return doc
    }

    /// Part I's budget figures with their sentences, and the outcome tables summed by source: a
    /// source whose cells are all words (the RBSA row's strategic budget, 未设定) sums to that word.
    public func budgetTotals() -> NodeDocument {
        var doc = NodeDocument()
        doc.add(.title(L.strings.document.budgetTotals, subtitles: []))
        let facts = report.facts.filter { $0.section == "part1-budget" }
        if !facts.isEmpty {
            doc.add(.heading(L.strings.document.partOneBudget, anchor: nil))
            doc.add(.table(DocumentTable(header: ["", ""], rows: facts.map { [L.label($0.label, $0.en), L.figure($0)] }, numeric: [1], flexible: 0)))
        }
        let tables = report.outcomes.compactMap(\.budget)
        if !tables.isEmpty {
            doc.add(.heading(L.strings.document.tablesSummed(tables.count + 1), anchor: nil))
            var rows: [[String]] = []
            for source in FundingSource.allCases {
                let cells = tables.compactMap { $0.rows.first { $0.source == source } }
                guard let first = cells.first else { continue }
                rows.append([L.label(first.label, first.en), Figures.sum(cells.map { ($0.strategic, $0.strategicText) }, L),
                             Figures.sum(cells.map { ($0.actual, $0.actualText) }, L)])
            }
            rows.append([L.strings.document.total, Figures.money(tables.map(\.total.strategic).reduce(0, +)),
                         Figures.money(tables.map(\.total.actual).reduce(0, +))])
            doc.add(.table(DocumentTable(header: [L.strings.document.fundingSource, L.strings.document.strategic, L.strings.document.actual],
                                         rows: rows, numeric: [1, 2], flexible: 0)))
            doc.add(.paragraph(Inline(L.strings.document.notSummed), tone: .quiet))
        }
        // several figures come from one sentence: each sentence once
        var quoted = Set<String>()
        for f in facts where quoted.insert(f.text).inserted { doc.add(.paragraph(narrative(f.text), tone: .quiet)) }
        finish(&doc, notes: [], links: [])
        return doc
    }
}
