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
               label: met ? L("较目标 · 达到 met", "vs target · met") : L("较目标 · 低于 below", "vs target · below"),
               mark: met ? .met : .below)
    }

    func policyOutcome(_ o: Outcome) -> Slide {
        let (a, t) = Invariants.countedTotals(o)
        let met = a >= t
        var elements: [SlideElement] = [
            .figures([
                Figure(value: num(a), label: L("成果 results", "results")),
                Figure(value: num(t), label: L("目标 target", "target")),
                targetDifference(a, t, met: met),
            ]),
        ]
        if !o.highlights.isEmpty {
            elements.append(.bullets(BulletList(heading: L("亮点 Highlights", "Highlights"), items: o.highlights.map { ListItem(text: L.narrative($0)) })))
        }
        var flagged: [String] = []
        let indicators = o.indicatorEntries.map { (_, i) -> BarItem in
            let value = i.total ?? 0
            let target = i.target
            // Appendix II's * and ** beside a figure: the flag on the row, its note in the notes
            let flag = Self.flag(i)
            if !flag.isEmpty { flagged += i.notes ?? [] }
            return BarItem(label: "\(i.code) \(L.title(i))", value: value, target: target,
                           scale: max(value, target ?? 0, 1) * 1.1,
                           text: "\(figureText(i.total, i.unit)) / \(figureText(i.target, i.unit))" + flag, met: i.isMet,
                           node: .indicator(i.code))
        }
        let stepElement = elements.count
        elements.append(.bars(BarList(heading: L("指标 Indicators · 成果 / 目标", "Indicators · results / target"), items: indicators)))
        if let budget = o.budget { elements.append(.bars(budgetBars(budget))) }
        var notes = o.results?.statement
        if let statement = o.budget?.statement { notes = [notes, statement].compactMap { $0 }.joined(separator: "\n") }
        if let text = notes { notes = ([text] + flagged + sourceNotes(o.quirks, quoting: text)).joined(separator: "\n") }
        return Slide(entry: .outcome(o.id), title: heading(L.outcome(o.id), L.title(o)), subtitle: L("政策成果目标 Policy outcome \(o.id)", "Policy outcome \(o.id)"),
                     elements: elements, node: .outcome(o.id), notes: notes.map(L.narrative), stepElement: stepElement)
    }

    func budgetBars(_ budget: BudgetTable) -> BarList {
        let s = budget.total.strategic, a = budget.total.actual
        let scale = max(s, a) * 1.05
        return BarList(heading: "\(L.table(budget.table)). \(L.label(budget.title, budget.en)) " + L("(百万美元 USD m)", "(US$ m)"), items: [
            BarItem(label: L("战略预算 strategic budget", "strategic budget"), value: s, scale: scale, text: Exporter.money(s)!),
            BarItem(label: L("实际支出 expenditure", "expenditure"), value: a, scale: scale, text: "\(Exporter.money(a)!) (\(Self.change(a, against: s)))"),
        ])
    }

    func enablingOutcome(_ o: Outcome) -> Slide {
        let items = o.indicatorEntries.map { (_, i) in
            ListItem(text: "\(i.code) \(L.title(i))", detail: i.resultText.map { L("成果：", "Result: ") + L.narrative($0) }, node: .indicator(i.code))
        }
        return Slide(entry: .outcome(o.id), title: heading(L.outcome(o.id), L.title(o)),
                     subtitle: L("保障性成果目标 Enabling outcome · 附录三", "Enabling outcome · Appendix III"),
                     elements: [.bullets(BulletList(heading: L("指标 Indicators", "Indicators"), items: items))],
                     node: .outcome(o.id), stepElement: 0)
    }

    func enabling() -> Slide {
        let items = report.outcomes.filter { !$0.isPolicy }.map { o in
            ListItem(text: "\(o.id) \(L.title(o))",
                     detail: L("\(o.outputs.count) 项产出 outputs · \(o.indicators.count) 项指标 indicators", "\(o.outputs.count) outputs · \(o.indicators.count) indicators"),
                     node: .outcome(o.id))
        }
        return Slide(entry: .enabling, title: report.chapter("part2-enabling").map { L.title($0) } ?? L("保障性成果目标", "Enabling outcomes"),
                     subtitle: L("Enabling outcomes · 附录三 Appendix III", "Appendix III"),
                     elements: [.bullets(BulletList(items: items))], node: .chapter("part2-enabling"), stepElement: 0)
    }

    func indicator(_ i: Indicator, output p: Output, outcome o: Outcome) -> Slide {
        let subtitle = "\(L.outcome(o.id)) · \(L.output(p.code))"
        let title = heading(L.indicator(i.code), L.title(i))
        let notes = i.notes.map { L.narrative($0.joined(separator: "\n")) }
        guard o.isPolicy else {
            var elements: [SlideElement] = []
            if let target = i.targetText { elements.append(.paragraph(L("目标：", "Target: ") + L.narrative(target))) }
            if let result = i.resultText { elements.append(.paragraph(L("成果：", "Result: ") + L.narrative(result))) }
            return Slide(entry: .indicator(i.code), title: title, subtitle: subtitle,
                         elements: elements, node: .indicator(i.code), notes: notes)
        }
        let flag = Self.flag(i)
        var figures = [Figure(value: figureText(i.total, i.unit), label: L("成果 result", "result")),
                       Figure(value: figureText(i.target, i.unit), label: L("目标 target", "target") + (flag.isEmpty ? "" : " " + flag))]
        if let total = i.total, let target = i.target, let met = i.isMet {
            // the difference from target, as on the outcome slides (it showed the ratio, 67% for 12 / 18)
            figures.append(targetDifference(total, target, met: met))
        }
        let values = report.regions.map { i.results?[$0.id] }
        let scale = max(1, values.compactMap { $0 }.max() ?? 1)
        let items = zip(report.regions, values).map { r, v in
            BarItem(label: L("\(r.name) \(r.nameEn)", r.nameEn), value: v ?? 0, scale: i.unit == .percent ? max(100, scale) : scale,
                    text: figureText(v, i.unit), node: .region(r.id, indicator: i.code))
        }
        return Slide(entry: .indicator(i.code), title: title, subtitle: subtitle,
                     elements: [.figures(figures), .bars(BarList(heading: L("按区域 By region", "By region"), items: items))],
                     node: .indicator(i.code), notes: notes, stepElement: 1)
    }

    // MARK: Regions, boxes

    func region(_ r: Region) -> Slide {
        var figures = [Figure(value: String(r.results), label: L("项成果 results", "results")),
                       Figure(value: num(r.sharePercent) + "%", label: L("占成果总数 share", "share of all results"))]
        figures.append(Figure(value: String(r.ratifications.instruments), label: L("份批准书 ratifications", "ratifications"),
                              detail: L("\(r.ratifications.memberStates) 个成员国", "\(r.ratifications.memberStates) member States")))
        let policy = report.outcomes.filter(\.isPolicy)
        let values = policy.map { o in o.indicators.filter { $0.unit == .count }.compactMap { $0.results?[r.id] }.reduce(0, +) }
        let scale = max(1, values.max() ?? 1)
        let items = zip(policy, values).map { o, v in
            BarItem(label: "\(o.id) \(L.title(o))", value: v, scale: scale, text: num(v), node: .outcome(o.id))
        }
        var elements: [SlideElement] = [.figures(figures), .bars(BarList(heading: L("按政策成果目标 By policy outcome", "By policy outcome"), items: items)),
                                        .caption(L("合计 total: ", "total: ") + num(values.reduce(0, +)))]
        if let first = r.blocks.first(where: { $0.kind == .paragraph })?.text { elements.append(.paragraph(L.narrative(first))) }
        return Slide(entry: .region(r.id), title: L.name(r), subtitle: L("\(r.nameEn) · 图 15", "Figure 15"),
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
                elements.append(.caption("[\(block.figure.map { L.figure($0) } ?? L("图", "Figure")). \(L.narrative(block.title ?? ""))]"))
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
                           text: "\(Exporter.money(b.total.actual)!) / \(Exporter.money(b.total.strategic)!)", node: .outcome(o.id))
        }
        return Slide(entry: .budget, title: report.chapter("part1-budget").map { L.title($0) } ?? L("预算和支出", "Budget and expenditure"),
                     subtitle: L("Budget and expenditure · 百万美元 USD millions", "US$ millions"),
                     elements: [.figures(ids.compactMap { figure(fact: $0) }),
                                .bars(BarList(heading: L("各政策成果目标：支出 / 战略预算 expenditure / strategic budget",
                                                         "Policy outcomes: expenditure / strategic budget"), items: items))],
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
        let table = TrendTable(title: title, years: t.years, rows: rows, source: L.narrative(t.source), noDataText: L("暂无数据", "no data"))
        return Slide(entry: .trends, title: title, subtitle: "Table 1 · \(t.unit)",
                     elements: [.table(table), .caption(L("资料来源 Source：", "Source: ") + L.narrative(t.source))], node: .chapter("part1-world-of-work"))
    }

    func lessons() -> Slide {
        let chapters = report.chapters.filter { $0.part == .III }
        let opening = chapters.first
        let items = chapters.dropFirst().map { ListItem(text: L.title($0), node: .chapter($0.id)) }
        var elements: [SlideElement] = [.bullets(BulletList(items: Array(items)))]
        let quote = chapters.lazy.flatMap(\.blocks).first { $0.kind == .quote }
        if let quote, let text = quote.text { elements.append(.quote(text: L.narrative(text), source: quote.source.map { L.attribution($0) })) }
        return Slide(entry: .lessons, title: opening.map { L.title($0) } ?? L("经验教训", "Lessons learned"),
                     subtitle: L("第三部分 Part III · Lessons learned", "Part III · Lessons learned"),
                     elements: elements, node: opening.map { .chapter($0.id) },
                     notes: opening?.blocks.first { $0.kind == .paragraph }?.text.map { L.narrative($0) }, stepElement: 0)
    }
}
