#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
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
        title = spec.title ?? language.pick(report.meta.title, report.meta.titleEn)
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

    func num(_ value: Double?) -> String { Figures.number(value) }

    /// An indicator's figure with its unit (`45 例` / `45 cases`, `57%`), through the one formatter.
    func figureText(_ value: Double?, _ unit: IndicatorUnit?) -> String { Figures.value(value, unit: unit, L) }

    /// `+16%`, `-30%`: how far a value is from its reference, as a whole percentage.
    static func change(_ value: Double, against reference: Double) -> String {
        let change = Figures.change(value, against: reference)
        return change.isEmpty ? Figures.missing : change
    }

    /// `成果目标 3：标题` / `Outcome 3: Title`.
    func heading(_ code: String, _ title: String) -> String { code + L.strings.slides.headingColon + title }

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
        Slide(entry: entry, kind: .cover, title: entry.text, subtitle: L.strings.slides.notInThisDataset, elements: [])
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
        }.map { L.strings.slides.asPrinted + $0 }
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
        Footnotes.withoutReferences(text)
    }

    // MARK: Cover slides

    func title() -> Slide {
        var elements: [SlideElement] = [.figures([Figure(value: report.meta.biennium, label: L.strings.slides.biennium)])]
        if let deckTitle { elements.append(.caption(deckTitle)) }
        return Slide(entry: .title, kind: .cover, title: L.pick(report.meta.title, report.meta.titleEn),
                     subtitle: L.strings.slides.coverSubtitle(report.meta.titleEn), elements: elements, node: .overview)
    }

    func end() -> Slide {
        Slide(entry: .end, kind: .cover, title: L.strings.slides.thankYou, subtitle: L.strings.slides.endSubtitle,
              elements: [.caption(L.strings.slides.titleCaption(report.meta.title, report.meta.titleEn))], node: .overview)
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
        return Slide(entry: .overview, title: L.strings.slides.keyFigures, subtitle: L.strings.slides.overviewSubtitle,
                     elements: [.figures(ids.compactMap { figure(fact: $0) })], node: .overview,
                     notes: report.fact("results_total").map { L.narrative(completeSentence($0)) })
    }

    func regions() -> Slide {
        let scale = Double(report.regions.map(\.results).max() ?? 1)
        let items = report.regions.map { r in
            BarItem(label: L.strings.common.bothNames(r.name, r.nameEn), value: Double(r.results), scale: scale,
                    text: "\(r.results) · \(num(r.sharePercent))%", node: .region(r.id, indicator: nil))
        }
        let total = report.regions.map(\.results).reduce(0, +)
        return Slide(entry: .regions, title: L.strings.slides.resultsByRegion, subtitle: L.strings.slides.regionsSubtitle,
                     elements: [.bars(BarList(items: items)), .caption(L.strings.slides.totalResults(total))],
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
        let caption = L.strings.slides.totalPrefix + "\(num(achieved)) / \(num(target)) (\(Self.change(achieved, against: target)))"
        return Slide(entry: .outcomes, title: L.strings.slides.resultsAgainstTarget, subtitle: L.strings.slides.outcomesSubtitle,
                     elements: [.bars(BarList(items: items)), .caption(caption)],
                     node: .chapter("part2-by-outcome"), stepElement: 0)
    }
}
