import Foundation
import PIRModel

/// The slides of a deck, built from the model. Every number on a slide is read from the report
/// here — none is typed in — so the deck and the report cannot disagree.
public struct Deck: Sendable, Equatable {
    public var spec: DeckSpec
    public var slides: [Slide]
    /// The footer's name for the deck.
    public var title: String
    /// The language of the slides' labels and words; what is quoted from the report stays Chinese.
    public var language: Language

    public init(spec: DeckSpec, report: Report, language: Language = .zh) {
        self.spec = spec
        self.language = language
        let builder = DeckBuilder(report: report, deckTitle: spec.title, L: language)
        slides = spec.items.map { item in
            var slide = builder.slide(item.entry)
            // the presenter's own notes, in whatever language they were written: never marked
            if let notes = item.notes { slide.notes = notes }
            return slide
        }
        title = spec.title ?? language(report.meta.title, report.meta.titleEn)
    }

    public static func standard(_ report: Report, language: Language = .zh) -> Deck {
        Deck(spec: .standard(report), report: report, language: language)
    }

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

/// A deck in both languages, built from one spec: the same slides, steps and nodes, only the
/// words differ — so `w` changes the language without moving the slide or the step.
public struct Decks: Sendable, Equatable {
    public let zh: Deck
    public let en: Deck

    /// `deck`, and the same deck built in the other language.
    public init(_ deck: Deck, report: Report) {
        let other = Deck(spec: deck.spec, report: report, language: deck.language == .zh ? .en : .zh)
        (zh, en) = deck.language == .zh ? (deck, other) : (other, deck)
    }

    /// One deck for both languages, for a view given no report to build the other from: its
    /// interface words still follow the language, its slides stay as built.
    public init(only deck: Deck) {
        zh = deck
        en = deck
    }

    public subscript(_ language: Language) -> Deck { language == .en ? en : zh }

    /// What a presenter tells followers, whatever language the presenter shows: positions and
    /// words to build from, never rendered text — the entries (`outcome 3`), the deck file's own
    /// title and notes (a follower takes the report's notes from its own report, in its own
    /// language), and the Chinese titles, only so a follower can tell whether its report is the same.
    public var announcement: (title: String?, entries: [String], notes: [String?], titles: [String]) {
        (zh.spec.title, zh.spec.items.map(\.entry.text), zh.spec.items.map(\.notes), zh.slides.map(\.title))
    }
}

/// Builds one slide per deck entry, in a language: interface words and structural labels (titles
/// of outcomes, indicators, chapters, region names) in it; narrative quoted from the report stays
/// Chinese and, in English, is marked `[中文]`.
struct DeckBuilder {
    let report: Report
    let deckTitle: String?
    var L: Language = .zh

    func num(_ value: Double?) -> String { Exporter.number(value) ?? "–" }

    func figureText(_ value: Double?, _ unit: IndicatorUnit?) -> String {
        guard let value else { return "–" }
        return unit == .percent ? num(value) + "%" : num(value)
    }

    /// `+16%`, `-30%`: how far a value is from its reference, as a whole percentage.
    static func change(_ value: Double, against reference: Double) -> String {
        guard reference > 0 else { return "–" }
        guard let percent = (value / reference - 1).wholePercent else { return "–" }
        return percent > 0 ? "+\(percent)%" : "\(percent)%"
    }

    /// `成果目标 3：标题` / `Outcome 3: Title`.
    func heading(_ code: String, _ title: String) -> String { code + L("：", ": ") + title }

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
        Slide(entry: entry, kind: .cover, title: entry.text, subtitle: L("不在此数据中 not in this dataset", "not in this dataset"), elements: [])
    }

    // MARK: Flags on what the report prints oddly

    /// The mark Appendix II prints beside an indicator's figures (`*`, `**`), which its note
    /// explains; empty when the indicator has none.
    static func flag(_ i: Indicator) -> String {
        guard let note = i.notes?.first else { return "" }
        return String(note.prefix { $0 == "*" })
    }

    /// The dataset's notes on the source (quirks) that quote a passage of `text`: a presenter
    /// reading the notes aloud learns that `成果目标 8` on outcome 7's slide is the report's own.
    func sourceNotes(_ quirks: [String], quoting text: String) -> [String] {
        quirks.filter { quirk in
            Self.quoted(quirk).contains { $0.count >= 6 && text.contains($0) }
        }.map { L("※ 原文如此 as printed：", "※ As printed: ") + $0 }
    }

    /// The passages a text quotes in “…”.
    static func quoted(_ text: String) -> [String] {
        var out: [String] = [], current: String?
        for c in text {
            if c == "“" { current = "" } else if c == "”" { if let q = current { out.append(q) }; current = nil } else { current?.append(c) }
        }
        return out
    }

    // MARK: The report's sentences, for speaker notes

    /// The paragraph of a chapter that cites a figure (`图 15 列出了…`): what the report says
    /// about it, where a figure's own text is only its labels.
    func paragraph(citing figure: String, in chapterID: String) -> String? {
        guard let chapter = report.chapter(chapterID) else { return nil }
        let citation = "图 \(figure)"
        return chapter.blocks.first { block in
            guard block.kind == .paragraph, let text = block.text, let range = text.range(of: citation) else { return false }
            // 图 15, not 图 150
            return range.upperBound == text.endIndex || !text[range.upperBound].isNumber
        }?.text.map(Self.withoutFootnoteMarkers)
    }

    /// A fact's sentence, whole: one that introduces a list (`…，其中：`) carries the list's
    /// items from its section; one whose list is not found ends at its last full stop instead.
    func completeSentence(_ fact: Fact) -> String {
        let text = fact.text
        guard let last = text.last, "：:".contains(last) else { return text }
        if let chapter = report.chapter(fact.section),
           let at = chapter.blocks.firstIndex(where: { $0.kind == .paragraph && $0.text.map(Self.withoutFootnoteMarkers) == text }) {
            let items = chapter.blocks[(at + 1)...].prefix { $0.kind == .bullet }.compactMap(\.text).map(Self.withoutFootnoteMarkers)
            if !items.isEmpty { return ([text] + items).joined(separator: "\n") }
        }
        if let stop = text.lastIndex(of: "。") { return String(text[...stop]) }
        return String(text.dropLast())
    }

    /// `896 项成果[^5]` as `896 项成果`: a note is read aloud, its footnotes are not.
    static func withoutFootnoteMarkers(_ text: String) -> String {
        text.replacingOccurrences(of: #"\[\^[0-9]+\]"#, with: "", options: .regularExpression)
    }

    // MARK: Cover slides

    func title() -> Slide {
        var elements: [SlideElement] = [.figures([Figure(value: report.meta.biennium, label: L("两年期 biennium", "biennium"))])]
        if let deckTitle { elements.append(.caption(deckTitle)) }
        return Slide(entry: .title, kind: .cover, title: L(report.meta.title, report.meta.titleEn),
                     subtitle: L(report.meta.titleEn, "Chinese edition"), elements: elements, node: .overview)
    }

    func end() -> Slide {
        Slide(entry: .end, kind: .cover, title: L("谢谢", "Thank you"), subtitle: L("Thank you · 提问 Questions", "Questions"),
              elements: [.caption(L(report.meta.title + " · " + report.meta.titleEn, report.meta.titleEn))], node: .overview)
    }

    // MARK: Figures

    func figure(fact id: String) -> Figure? {
        guard let fact = report.fact(id) else { return nil }
        let value: String
        switch fact.unit {
        case .percent, .hoursPercent: value = num(fact.value) + "%"
        default: value = num(fact.value)
        }
        // the figure as the report states it (约有 45%), or said in English (about 45%), when it says more than the number
        let stated = L.figure(fact)
        return Figure(value: value, label: L.label(fact), detail: stated == value ? nil : stated)
    }

    func overview() -> Slide {
        let ids = ["results_total", "member_states", "over_target_percent", "covid_response_percent",
                   "gender_significant_percent", "sdg8_percent"]
        return Slide(entry: .overview, title: L("要点", "Key figures"), subtitle: L("Headline figures · 各国成果概览", "Headline figures"),
                     elements: [.figures(ids.compactMap { figure(fact: $0) })], node: .overview,
                     notes: report.fact("results_total").map { L.narrative(completeSentence($0)) })
    }

    func regions() -> Slide {
        let scale = Double(report.regions.map(\.results).max() ?? 1)
        let items = report.regions.map { r in
            BarItem(label: L("\(r.name) \(r.nameEn)", r.nameEn), value: Double(r.results), scale: scale,
                    text: "\(r.results) · \(num(r.sharePercent))%", node: .region(r.id, indicator: nil))
        }
        let total = report.regions.map(\.results).reduce(0, +)
        return Slide(entry: .regions, title: L("按区域分列的成果", "Results by region"), subtitle: L("Results by region · 图 15", "Figure 15"),
                     elements: [.bars(BarList(items: items)), .caption(L("合计 total: \(total) 项成果", "total: \(total) results"))],
                     node: .chapter("part2-regions"), notes: paragraph(citing: "15", in: "part2-regions").map(L.narrative), stepElement: 0)
    }

    func outcomes() -> Slide {
        let policy = report.outcomes.filter(\.isPolicy)
        let items = policy.map { o -> BarItem in
            let (a, t) = Invariants.countedTotals(o)
            return BarItem(label: "\(o.id) \(L.title(o))", value: a, target: t, scale: max(a, t) * 1.1,
                           text: "\(num(a)) / \(num(t))", met: a >= t, node: .outcome(o.id))
        }
        let achieved = policy.map { Invariants.countedTotals($0).achieved }.reduce(0, +)
        let target = policy.map { Invariants.countedTotals($0).target }.reduce(0, +)
        let caption = L("合计 total: ", "total: ") + "\(num(achieved)) / \(num(target)) (\(Self.change(achieved, against: target)))"
        return Slide(entry: .outcomes, title: L("成果与目标", "Results against target"), subtitle: L("Results against target · 附录二 Appendix II", "Appendix II"),
                     elements: [.bars(BarList(items: items)), .caption(caption)],
                     node: .chapter("part2-by-outcome"), stepElement: 0)
    }

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
