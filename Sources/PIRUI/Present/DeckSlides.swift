#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel

/// The deck's slides for outcomes, indicators, regions, boxes, the budget, Table 1 and the
/// lessons: the part of `DeckBuilder` that reads one report node per slide (split from
/// DeckBuilder.swift, which holds the builder, the shared wording and the cover and summary slides).
extension DeckBuilder {
    // MARK: Outcomes

    /// The third key figure, on outcome and indicator slides alike: the difference from target
    /// (`+2%`, `-33%`, as the report says 高出目标 2%), its label saying so and whether it was met.
    func targetDifference(_ value: Double, _ target: Double, met: Bool) -> Figure {
        Figure(value: Self.change(value, against: target),
               label: met ? L.strings.slides.vsTargetMet : L.strings.slides.vsTargetBelow,
               mark: met ? .met : .below)
    }

    func policyOutcome(_ o: Outcome) -> Slide {
        let (a, t) = Invariants.countedTotals(o)
        let met = a >= t
        var elements: [SlideElement] = [
            .figures([
                Figure(value: num(a), label: L.strings.slides.results),
                Figure(value: num(t), label: L.strings.slides.target),
                targetDifference(a, t, met: met),
            ]),
        ]
        if !o.highlights.isEmpty {
            elements.append(.bullets(BulletList(heading: L.strings.slides.highlights, items: NodeDocuments(report: report, language: L).highlights(o).map { ListItem(text: $0.words) })))
        }
        var flagged: [String] = []
        let indicators = o.indicatorEntries.map { (_, i) -> BarItem in
            let value = i.total ?? 0
            let target = i.target
            // Appendix II's * and ** beside a figure: the flag on the row, its note in the notes
            let flag = Self.flag(i)
            if !flag.isEmpty { flagged += i.notes ?? [] }
            return BarItem(label: "\(i.code) \(L.title(i))", short: "\(i.code) \(L.short(i))", value: value, target: target,
                           scale: max(value, target ?? 0, 1) * 1.1,
                           text: "\(figureText(i.total, i.unit)) / \(figureText(i.target, i.unit))" + flag, met: i.isMet,
                           node: .indicator(i.code))
        }
        let stepElement = elements.count
        elements.append(.bars(BarList(heading: L.strings.slides.indicatorsResultsTarget, items: indicators)))
        if let budget = o.budget { elements.append(.bars(budgetBars(budget))) }
        var notes = o.results?.statement
        if let statement = o.budget?.statement { notes = [notes, statement].compactMap { $0 }.joined(separator: "\n") }
        if let text = notes { notes = ([text] + flagged + sourceNotes(o.quirks, quoting: text)).joined(separator: "\n") }
        return Slide(entry: .outcome(o.id), title: heading(L.outcome(o.id), L.title(o)), subtitle: L.strings.slides.policyOutcome(o.id),
                     elements: elements, node: .outcome(o.id), notes: notes.map { L.narrative(Self.withoutFootnoteMarkers($0)) }, stepElement: stepElement)
    }

    func budgetBars(_ budget: BudgetTable) -> BarList {
        let s = budget.total.strategic, a = budget.total.actual
        let scale = max(s, a) * 1.05
        return BarList(heading: "\(L.table(budget.table)). \(L.label(budget.title, budget.en)) " + L.strings.slides.usdMillionsShort, items: [
            BarItem(label: L.strings.slides.strategicBudget, value: s, scale: scale, text: Figures.money(s)),
            BarItem(label: L.strings.slides.expenditure, value: a, scale: scale, text: "\(Figures.money(a)) (\(Self.change(a, against: s)))"),
        ])
    }

    func enablingOutcome(_ o: Outcome) -> Slide {
        let items = o.indicatorEntries.map { (_, i) in
            ListItem(text: "\(i.code) \(L.title(i))", short: "\(i.code) \(L.short(i))", detail: i.resultText.map { L.strings.slides.resultPrefix + L.narrative($0) }, node: .indicator(i.code))
        }
        return Slide(entry: .outcome(o.id), title: heading(L.outcome(o.id), L.title(o)),
                     subtitle: L.strings.slides.enablingOutcomeSubtitle,
                     elements: [.bullets(BulletList(heading: L.strings.slides.indicators, items: items))],
                     node: .outcome(o.id), stepElement: 0)
    }

    func enabling() -> Slide {
        let items = report.outcomes.filter { !$0.isPolicy }.map { o in
            ListItem(text: "\(o.id) \(L.title(o))",
                     detail: L.strings.slides.outputsIndicators(o.outputs.count, o.indicators.count),
                     node: .outcome(o.id))
        }
        return Slide(entry: .enabling, title: report.chapter("part2-enabling").map { L.title($0) } ?? L.strings.slides.enablingOutcomes,
                     subtitle: L.strings.slides.enablingSubtitle,
                     elements: [.bullets(BulletList(items: items))], node: .chapter("part2-enabling"), stepElement: 0)
    }

    func indicator(_ i: Indicator, output p: Output, outcome o: Outcome) -> Slide {
        let subtitle = "\(L.outcome(o.id)) · \(L.output(p.code))"
        let title = heading(L.indicator(i.code), L.title(i))
        let notes = i.notes.map { L.narrative($0.joined(separator: "\n")) }
        guard o.isPolicy else {
            var elements: [SlideElement] = []
            if let target = i.targetText { elements.append(.paragraph(L.strings.slides.targetPrefix + L.narrative(target))) }
            if let result = i.resultText { elements.append(.paragraph(L.strings.slides.resultPrefix + L.narrative(result))) }
            return Slide(entry: .indicator(i.code), title: title, subtitle: subtitle,
                         elements: elements, node: .indicator(i.code), notes: notes)
        }
        let flag = Self.flag(i)
        var figures = [Figure(value: figureText(i.total, i.unit), label: L.strings.slides.result),
                       Figure(value: figureText(i.target, i.unit), label: L.strings.slides.target + (flag.isEmpty ? "" : " " + flag))]
        if let total = i.total, let target = i.target, let met = i.isMet {
            // the difference from target, as on the outcome slides (it showed the ratio, 67% for 12 / 18)
            figures.append(targetDifference(total, target, met: met))
        }
        let values = report.regions.map { i.results?[$0.id] }
        let scale = max(1, values.compactMap { $0 }.max() ?? 1)
        let items = zip(report.regions, values).map { r, v in
            BarItem(label: L.strings.common.bothNames(r.name, r.nameEn), value: v ?? 0, scale: i.unit == .percent ? max(100, scale) : scale,
                    text: figureText(v, i.unit), node: .region(r.id, indicator: i.code))
        }
        return Slide(entry: .indicator(i.code), title: title, subtitle: subtitle,
                     elements: [.figures(figures), .bars(BarList(heading: L.strings.slides.byRegion, items: items))],
                     node: .indicator(i.code), notes: notes, stepElement: 1)
    }

    // MARK: Regions, boxes

    func region(_ r: Region) -> Slide {
        var figures = [Figure(value: String(r.results), label: L.strings.slides.regionResults),
                       Figure(value: num(r.sharePercent) + "%", label: L.strings.slides.shareOfAllResults)]
        figures.append(Figure(value: String(r.ratifications.instruments), label: L.strings.slides.ratifications,
                              detail: L.strings.slides.memberStates(r.ratifications.memberStates)))
        let policy = report.outcomes.filter(\.isPolicy)
        let values = policy.map { o in o.indicators.filter { $0.unit == .count }.compactMap { $0.results?[r.id] }.reduce(0, +) }
        let scale = max(1, values.max() ?? 1)
        let items = zip(policy, values).map { o, v in
            BarItem(label: "\(o.id) \(L.title(o))", value: v, scale: scale, text: num(v), node: .outcome(o.id))
        }
        var elements: [SlideElement] = [.figures(figures), .bars(BarList(heading: L.strings.slides.byPolicyOutcome, items: items)),
                                        .caption(L.strings.slides.totalPrefix + num(values.reduce(0, +)))]
        if let first = r.blocks.first(where: { $0.kind == .paragraph })?.text { elements.append(.paragraph(L.narrative(first))) }
        return Slide(entry: .region(r.id), title: L.name(r), subtitle: L.strings.slides.regionFigure15(r.nameEn),
                     elements: elements, node: .region(r.id, indicator: nil), stepElement: 1)
    }

    func box(_ box: LocatedBox) -> Slide {
        var elements: [SlideElement] = []
        var bullets: [ListItem] = []
        func flush() {
            if !bullets.isEmpty { elements.append(.bullets(BulletList(items: bullets))); bullets = [] }
        }
        for block in box.blocks {
            switch block.kind {
            case .bullet, .highlight:
                bullets.append(ListItem(text: L.narrative(block.text ?? "")))
            case .quote:
                flush(); elements.append(.quote(text: L.narrative(block.text ?? ""), source: block.source.map { L.attribution($0) }))
            case .heading:
                flush(); elements.append(.caption(L.narrative(block.text ?? "")))
            case .figure:
                flush()
                elements.append(.caption("[\(block.figure.map { L.figure($0) } ?? L.strings.slides.figureWord). \(L.narrative(block.title ?? ""))]"))
            case .paragraph, .box:
                flush()
                if let text = block.text { elements.append(.paragraph(L.narrative(text))) }
            case .photo:
                continue  // a caption without its photo says nothing on a slide
            }
        }
        flush()
        let section = L == .en ? L.section(box.sectionID, L.narrative(box.sectionTitle), in: report) : box.sectionTitle
        return Slide(entry: .box(box.number), title: "\(L.box(box.number)). \(L.title(box))", subtitle: section,
                     elements: elements, node: .box(box.number))
    }

    // MARK: Budget, trends, lessons

    func budget() -> Slide {
        let ids = ["regular_budget", "regular_budget_expenditure", "extrabudgetary_expenditure", "policy_outcomes_expenditure"]
        let items = report.outcomes.filter(\.isPolicy).compactMap { o -> BarItem? in
            guard let b = o.budget else { return nil }
            return BarItem(label: "\(o.id) \(L.title(o))", value: b.total.actual, target: b.total.strategic,
                           scale: max(b.total.actual, b.total.strategic) * 1.1,
                           text: "\(Figures.money(b.total.actual)) / \(Figures.money(b.total.strategic))", node: .outcome(o.id))
        }
        return Slide(entry: .budget, title: report.chapter("part1-budget").map { L.title($0) } ?? L.strings.slides.budgetAndExpenditure,
                     subtitle: L.strings.slides.budgetSubtitle,
                     elements: [.figures(ids.compactMap { figure(fact: $0) }),
                                .bars(BarList(heading: L.strings.slides.expenditureAgainstBudget, items: items))],
                     node: .chapter("part1-budget"), stepElement: 1)
    }

    func trends() -> Slide {
        let t = report.trends
        var rows: [TrendTable.Row] = []
        for r in t.rows {
            rows.append(.init(label: L.label(r), values: r.values, noData: Set(r.noData ?? []), isBreakdown: false))
            for b in r.breakdowns ?? [] {
                rows.append(.init(label: L.label(b), values: b.values, noData: Set(b.noData ?? []), isBreakdown: true))
            }
        }
        let title = "\(L.table(t.table)). \(L.label(t.title, t.en))"
        let table = TrendTable(title: title, years: t.years, rows: rows, source: L.narrative(t.source), noDataText: L.strings.slides.noData)
        return Slide(entry: .trends, title: title, subtitle: "Table 1 · \(t.unit)",
                     elements: [.table(table), .caption(L.strings.slides.sourcePrefix + L.narrative(t.source))], node: .chapter("part1-world-of-work"))
    }

    func lessons() -> Slide {
        let chapters = report.chapters.filter { $0.part == .III }
        let opening = chapters.first
        let items = chapters.dropFirst().map { ListItem(text: L.title($0), node: .chapter($0.id)) }
        var elements: [SlideElement] = [.bullets(BulletList(items: Array(items)))]
        let quote = chapters.lazy.flatMap(\.blocks).first { $0.kind == .quote }
        if let quote, let text = quote.text { elements.append(.quote(text: L.narrative(text), source: quote.source.map { L.attribution($0) })) }
        return Slide(entry: .lessons, title: opening.map { L.title($0) } ?? L.strings.slides.lessonsLearned,
                     subtitle: L.strings.slides.partIiiLessonsLearned,
                     elements: elements, node: opening.map { .chapter($0.id) },
                     notes: opening?.blocks.first { $0.kind == .paragraph }?.text.map { L.narrative($0) }, stepElement: 0)
    }
}
