import PIRModel

/// The slides of a deck, built from the model. Every number on a slide is read from the report
/// here — none is typed in — so the deck and the report cannot disagree.
public struct Deck: Sendable, Equatable {
    public var spec: DeckSpec
    public var slides: [Slide]
    /// The footer's name for the deck.
    public var title: String

    public init(spec: DeckSpec, report: Report) {
        self.spec = spec
        let builder = DeckBuilder(report: report, deckTitle: spec.title)
        slides = spec.items.map { item in
            var slide = builder.slide(item.entry)
            if let notes = item.notes { slide.notes = notes }
            return slide
        }
        title = spec.title ?? report.meta.title
    }

    public static func standard(_ report: Report) -> Deck { Deck(spec: .standard(report), report: report) }

    /// Where the deck shows a node of the explorer: the slide that is about it (step 0), else the
    /// slide that lists it (at its step), else the slide of what contains it (an indicator's outcome).
    public func position(for node: SlideNode, in report: Report) -> (slide: Int, step: Int)? {
        if let i = slides.firstIndex(where: { $0.node == node }) { return (i, 0) }
        for (i, slide) in slides.enumerated() {
            if let index = slide.stepElement, let k = slide.elements[index].items.firstIndex(where: { $0.node == node }) {
                return (i, k + 1)
            }
        }
        switch node {
        case .region(let id, let indicator?):
            if let p = position(for: .indicator(indicator), in: report) { return p }
            return position(for: .region(id, indicator: nil), in: report)
        case .indicator(let code):
            if let (outcome, _, _) = report.indicator(code) { return position(for: .outcome(outcome.id), in: report) }
        case .chapter(let id) where id.hasPrefix("part3"):
            return slides.firstIndex { $0.entry == .lessons }.map { ($0, 0) }
        default:
            break
        }
        return nil
    }
}

/// Builds one slide per deck entry.
struct DeckBuilder {
    let report: Report
    let deckTitle: String?

    func num(_ value: Double?) -> String { Exporter.number(value) ?? "–" }

    func figureText(_ value: Double?, _ unit: IndicatorUnit?) -> String {
        guard let value else { return "–" }
        return unit == .percent ? num(value) + "%" : num(value)
    }

    /// `+16%`, `-30%`: how far a value is from its reference, as a whole percentage.
    static func change(_ value: Double, against reference: Double) -> String {
        guard reference > 0 else { return "–" }
        let percent = Int(((value / reference - 1) * 100).rounded())
        return percent > 0 ? "+\(percent)%" : "\(percent)%"
    }

    func slide(_ entry: DeckEntry) -> Slide {
        switch entry {
        case .title: return title()
        case .overview: return overview()
        case .regions: return regions()
        case .outcomes: return outcomes()
        case .outcome(let id):
            guard let outcome = report.outcome(id) else { return missing(entry) }
            return outcome.isPolicy ? policyOutcome(outcome) : enablingOutcome(outcome)
        case .enabling: return enabling()
        case .indicator(let code):
            guard let (outcome, output, indicator) = report.indicator(code) else { return missing(entry) }
            return self.indicator(indicator, output: output, outcome: outcome)
        case .region(let id):
            guard let region = report.region(id) else { return missing(entry) }
            return self.region(region)
        case .box(let n):
            guard let box = report.box(n) else { return missing(entry) }
            return self.box(box)
        case .budget: return budget()
        case .trends: return trends()
        case .lessons: return lessons()
        case .end: return end()
        }
    }

    /// A deck entry the report (a `--data` file) lacks: said on the slide rather than trapping.
    func missing(_ entry: DeckEntry) -> Slide {
        Slide(entry: entry, kind: .cover, title: entry.text, subtitle: "不在此数据中 not in this dataset", elements: [])
    }

    // MARK: Cover slides

    func title() -> Slide {
        var elements: [SlideElement] = [.figures([Figure(value: report.meta.biennium, label: "两年期 biennium")])]
        if let deckTitle { elements.append(.caption(deckTitle)) }
        return Slide(entry: .title, kind: .cover, title: report.meta.title, subtitle: report.meta.titleEn,
                     elements: elements, node: .overview)
    }

    func end() -> Slide {
        Slide(entry: .end, kind: .cover, title: "谢谢", subtitle: "Thank you · 提问 Questions",
              elements: [.caption(report.meta.title + " · " + report.meta.titleEn)], node: .overview)
    }

    // MARK: Figures

    func figure(fact id: String) -> Figure? {
        guard let fact = report.fact(id) else { return nil }
        let value: String
        switch fact.unit {
        case .percent, .hoursPercent: value = num(fact.value) + "%"
        default: value = num(fact.value)
        }
        return Figure(value: value, label: fact.label, detail: fact.printed == value ? nil : fact.printed)
    }

    func overview() -> Slide {
        let ids = ["results_total", "member_states", "over_target_percent", "covid_response_percent",
                   "gender_significant_percent", "sdg8_percent"]
        return Slide(entry: .overview, title: "要点", subtitle: "Headline figures · 各国成果概览",
                     elements: [.figures(ids.compactMap { figure(fact: $0) })], node: .overview,
                     notes: report.fact("results_total")?.text)
    }

    func regions() -> Slide {
        let scale = Double(report.regions.map(\.results).max() ?? 1)
        let items = report.regions.map { r in
            BarItem(label: "\(r.name) \(r.nameEn)", value: Double(r.results), scale: scale,
                    text: "\(r.results) · \(num(r.sharePercent))%", node: .region(r.id, indicator: nil))
        }
        let total = report.regions.map(\.results).reduce(0, +)
        return Slide(entry: .regions, title: "按区域分列的成果", subtitle: "Results by region · 图 15",
                     elements: [.bars(BarList(items: items)), .caption("合计 total: \(total) 项成果")],
                     node: .chapter("part2-regions"), notes: report.fact("region_africa_results")?.text, stepElement: 0)
    }

    func outcomes() -> Slide {
        let policy = report.outcomes.filter(\.isPolicy)
        let items = policy.map { o -> BarItem in
            let (a, t) = Invariants.countedTotals(o)
            return BarItem(label: "\(o.id) \(o.title)", value: a, target: t, scale: max(a, t) * 1.1,
                           text: "\(num(a)) / \(num(t))", met: a >= t, node: .outcome(o.id))
        }
        let achieved = policy.map { Invariants.countedTotals($0).achieved }.reduce(0, +)
        let target = policy.map { Invariants.countedTotals($0).target }.reduce(0, +)
        let caption = "合计 total: \(num(achieved)) / \(num(target)) (\(Self.change(achieved, against: target)))"
        return Slide(entry: .outcomes, title: "成果与目标", subtitle: "Results against target · 附录二 Appendix II",
                     elements: [.bars(BarList(items: items)), .caption(caption)],
                     node: .chapter("part2-by-outcome"), stepElement: 0)
    }

    // MARK: Outcomes

    func policyOutcome(_ o: Outcome) -> Slide {
        let (a, t) = Invariants.countedTotals(o)
        let met = a >= t
        var elements: [SlideElement] = [
            .figures([
                Figure(value: num(a), label: "成果 results"),
                Figure(value: num(t), label: "目标 target"),
                Figure(value: Self.change(a, against: t), label: met ? "达到目标 met" : "低于目标 below", mark: met ? .met : .below),
            ]),
        ]
        if !o.highlights.isEmpty {
            elements.append(.bullets(BulletList(heading: "亮点 Highlights", items: o.highlights.map { ListItem(text: $0) })))
        }
        let indicators = o.indicatorEntries.map { (_, i) -> BarItem in
            let value = i.total ?? 0
            let target = i.target
            return BarItem(label: "\(i.code) \(i.title)", value: value, target: target,
                           scale: max(value, target ?? 0, 1) * 1.1,
                           text: "\(figureText(i.total, i.unit)) / \(figureText(i.target, i.unit))", met: i.isMet,
                           node: .indicator(i.code))
        }
        let stepElement = elements.count
        elements.append(.bars(BarList(heading: "指标 Indicators · 成果 / 目标", items: indicators)))
        if let budget = o.budget { elements.append(.bars(budgetBars(budget))) }
        var notes = o.results?.statement
        if let statement = o.budget?.statement { notes = [notes, statement].compactMap { $0 }.joined(separator: "\n") }
        return Slide(entry: .outcome(o.id), title: "成果目标 \(o.id)：\(o.title)", subtitle: "政策成果目标 Policy outcome \(o.id)",
                     elements: elements, node: .outcome(o.id), notes: notes, stepElement: stepElement)
    }

    func budgetBars(_ budget: BudgetTable) -> BarList {
        let s = budget.total.strategic, a = budget.total.actual
        let scale = max(s, a) * 1.05
        return BarList(heading: "\(budget.table). \(budget.title) (百万美元 USD m)", items: [
            BarItem(label: "战略预算 strategic budget", value: s, scale: scale, text: num(s)),
            BarItem(label: "实际支出 expenditure", value: a, scale: scale, text: "\(num(a)) (\(Self.change(a, against: s)))"),
        ])
    }

    func enablingOutcome(_ o: Outcome) -> Slide {
        let items = o.indicatorEntries.map { (_, i) in
            ListItem(text: "\(i.code) \(i.title)", detail: i.resultText.map { "成果：" + $0 }, node: .indicator(i.code))
        }
        return Slide(entry: .outcome(o.id), title: "成果目标 \(o.id)：\(o.title)", subtitle: "保障性成果目标 Enabling outcome · 附录三",
                     elements: [.bullets(BulletList(heading: "指标 Indicators", items: items))],
                     node: .outcome(o.id), stepElement: 0)
    }

    func enabling() -> Slide {
        let items = report.outcomes.filter { !$0.isPolicy }.map { o in
            ListItem(text: "\(o.id) \(o.title)", detail: "\(o.outputs.count) 项产出 outputs · \(o.indicators.count) 项指标 indicators",
                     node: .outcome(o.id))
        }
        return Slide(entry: .enabling, title: report.chapter("part2-enabling")?.title ?? "保障性成果目标",
                     subtitle: "Enabling outcomes · 附录三 Appendix III",
                     elements: [.bullets(BulletList(items: items))], node: .chapter("part2-enabling"), stepElement: 0)
    }

    func indicator(_ i: Indicator, output p: Output, outcome o: Outcome) -> Slide {
        let subtitle = "成果目标 \(o.id) · 产出 \(p.code)"
        guard o.isPolicy else {
            var elements: [SlideElement] = []
            if let target = i.targetText { elements.append(.paragraph("目标：" + target)) }
            if let result = i.resultText { elements.append(.paragraph("成果：" + result)) }
            return Slide(entry: .indicator(i.code), title: "指标 \(i.code)：\(i.title)", subtitle: subtitle,
                         elements: elements, node: .indicator(i.code), notes: i.notes?.joined(separator: "\n"))
        }
        var figures = [Figure(value: figureText(i.total, i.unit), label: "成果 result"),
                       Figure(value: figureText(i.target, i.unit), label: "目标 target")]
        if let total = i.total, let target = i.target, let met = i.isMet {
            figures.append(Figure(value: "\(Int((total / target * 100).rounded()))%", label: met ? "达到目标 met" : "低于目标 below",
                                  mark: met ? .met : .below))
        }
        let values = report.regions.map { i.results?[$0.id] }
        let scale = max(1, values.compactMap { $0 }.max() ?? 1)
        let items = zip(report.regions, values).map { r, v in
            BarItem(label: "\(r.name) \(r.nameEn)", value: v ?? 0, scale: i.unit == .percent ? max(100, scale) : scale,
                    text: figureText(v, i.unit), node: .region(r.id, indicator: i.code))
        }
        return Slide(entry: .indicator(i.code), title: "指标 \(i.code)：\(i.title)", subtitle: subtitle,
                     elements: [.figures(figures), .bars(BarList(heading: "按区域 By region", items: items))],
                     node: .indicator(i.code), notes: i.notes?.joined(separator: "\n"), stepElement: 1)
    }

    // MARK: Regions, boxes

    func region(_ r: Region) -> Slide {
        var figures = [Figure(value: String(r.results), label: "项成果 results"),
                       Figure(value: num(r.sharePercent) + "%", label: "占成果总数 share")]
        figures.append(Figure(value: String(r.ratifications.instruments), label: "份批准书 ratifications",
                              detail: "\(r.ratifications.memberStates) 个成员国"))
        let policy = report.outcomes.filter(\.isPolicy)
        let values = policy.map { o in o.indicators.filter { $0.unit == .count }.compactMap { $0.results?[r.id] }.reduce(0, +) }
        let scale = max(1, values.max() ?? 1)
        let items = zip(policy, values).map { o, v in
            BarItem(label: "\(o.id) \(o.title)", value: v, scale: scale, text: num(v), node: .outcome(o.id))
        }
        var elements: [SlideElement] = [.figures(figures), .bars(BarList(heading: "按政策成果目标 By policy outcome", items: items)),
                                        .caption("合计 total: \(num(values.reduce(0, +)))")]
        if let first = r.blocks.first(where: { $0.kind == .paragraph })?.text { elements.append(.paragraph(first)) }
        return Slide(entry: .region(r.id), title: r.name, subtitle: "\(r.nameEn) · 图 15",
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
                bullets.append(ListItem(text: block.text ?? ""))
            case .quote:
                flush(); elements.append(.quote(text: block.text ?? "", source: block.source))
            case .heading:
                flush(); elements.append(.caption(block.text ?? ""))
            case .figure:
                flush()
                elements.append(.caption("[\(block.figure.map { $0.hasPrefix("表") ? $0 : "图 \($0)" } ?? "图"). \(block.title ?? "")]"))
            case .paragraph, .box:
                flush()
                if let text = block.text { elements.append(.paragraph(text)) }
            }
        }
        flush()
        return Slide(entry: .box(box.number), title: "专栏 \(box.number). \(box.title)", subtitle: box.sectionTitle,
                     elements: elements, node: .box(box.number))
    }

    // MARK: Budget, trends, lessons

    func budget() -> Slide {
        let ids = ["regular_budget", "regular_budget_expenditure", "extrabudgetary_expenditure", "policy_outcomes_expenditure"]
        let items = report.outcomes.filter(\.isPolicy).compactMap { o -> BarItem? in
            guard let b = o.budget else { return nil }
            return BarItem(label: "\(o.id) \(o.title)", value: b.total.actual, target: b.total.strategic,
                           scale: max(b.total.actual, b.total.strategic) * 1.1,
                           text: "\(num(b.total.actual)) / \(num(b.total.strategic))", node: .outcome(o.id))
        }
        return Slide(entry: .budget, title: report.chapter("part1-budget")?.title ?? "预算和支出",
                     subtitle: "Budget and expenditure · 百万美元 USD millions",
                     elements: [.figures(ids.compactMap { figure(fact: $0) }),
                                .bars(BarList(heading: "各政策成果目标：支出 / 战略预算 expenditure / strategic budget", items: items))],
                     node: .chapter("part1-budget"), stepElement: 1)
    }

    func trends() -> Slide {
        let t = report.trends
        var rows: [TrendTable.Row] = []
        for r in t.rows {
            rows.append(.init(label: r.label, values: r.values, noData: Set(r.noData ?? []), isBreakdown: false))
            for b in r.breakdowns ?? [] {
                rows.append(.init(label: b.label, values: b.values, noData: Set(b.noData ?? []), isBreakdown: true))
            }
        }
        let table = TrendTable(title: "\(t.table). \(t.title)", years: t.years, rows: rows, source: t.source)
        return Slide(entry: .trends, title: "\(t.table). \(t.title)", subtitle: "Table 1 · \(t.unit)",
                     elements: [.table(table), .caption("资料来源 Source：" + t.source)], node: .chapter("part1-world-of-work"))
    }

    func lessons() -> Slide {
        let chapters = report.chapters.filter { $0.part == .III }
        let opening = chapters.first
        let items = chapters.dropFirst().map { ListItem(text: $0.title, node: .chapter($0.id)) }
        var elements: [SlideElement] = [.bullets(BulletList(items: Array(items)))]
        let quote = chapters.lazy.flatMap(\.blocks).first { $0.kind == .quote }
        if let quote, let text = quote.text { elements.append(.quote(text: text, source: quote.source)) }
        return Slide(entry: .lessons, title: opening?.title ?? "经验教训", subtitle: "第三部分 Part III · Lessons learned",
                     elements: elements, node: opening.map { .chapter($0.id) },
                     notes: opening?.blocks.first?.text, stepElement: 0)
    }
}
