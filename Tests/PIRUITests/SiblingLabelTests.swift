import PIRModel
import PIRText
import Testing
@testable import PIRUI

/// Issue 15: at 80 columns a list cut long titles so that siblings read the same (`7.1.1 Number of
/// member Stat…`, `7.1.2 Number of member Stat…`). Every sibling list (the indicators of one output,
/// the outputs of one outcome) is rendered at 80×24 in both languages — the explorer's indicators
/// pane, the indicators and enabling views, the outcome slides — and no two siblings may show the
/// same text after their code.
///
/// The lists are drawn from the bundled report with every indicator's figures made the same (and
/// wider than any the report has), so that two rows differ only where their labels differ: what
/// follows the code on a row is then the label as shown, compared whole.
@Suite struct SiblingLabelTests {
    let report: Report
    let same: Report

    init() throws {
        report = try ReportLoader.loadBundled()
        same = Self.sameFigures(report)
    }

    static func sameFigures(_ report: Report) -> Report {
        var r = report
        let results = RegionalResults(Dictionary(uniqueKeysWithValues: RegionID.allCases.map { ($0, Double?.some(8888)) }))
        for o in r.outcomes.indices {
            for p in r.outcomes[o].outputs.indices {
                for n in r.outcomes[o].outputs[p].indicators.indices {
                    var i = r.outcomes[o].outputs[p].indicators[n]
                    if r.outcomes[o].isPolicy {
                        (i.unit, i.target, i.total, i.results) = (.count, 88888, 88888, results)
                    } else {
                        (i.targetText, i.resultText, i.measures) = ("目标 target", "成果 result", nil)
                    }
                    (i.split, i.notes) = (nil, nil)
                    r.outcomes[o].outputs[p].indicators[n] = i
                }
            }
        }
        return r
    }

    /// The sibling groups: each output's indicator codes, and each outcome's output codes.
    func groups(_ outcomes: [Outcome]) -> [[String]] {
        outcomes.flatMap { o in [o.outputs.map(\.code)] + o.outputs.map { $0.indicators.map(\.code) } }.filter { $0.count > 1 }
    }

    /// What a row shows after `code` where the code begins an entry (nothing but spaces and a
    /// selection mark between it and the pane's left border or the line's start), up to the pane's
    /// right border; nil where the line has no such entry (a breadcrumb, a pane's title, the text).
    static func shown(after code: String, in line: String) -> String? {
        var search = line[...]
        while let range = search.range(of: code + " ") {
            let left = line[..<range.lowerBound]
            let lead = left.lastIndex(of: "│").map { left[left.index(after: $0)...] } ?? left
            if lead.allSatisfy({ " ▌▸>".contains($0) }) {
                var rest = String(line[range.upperBound...])
                if let border = rest.firstIndex(of: "│") { rest = String(rest[..<border]) }
                return rest.trimmingCharacters(in: .whitespaces)
            }
            search = line[range.upperBound...]
        }
        return nil
    }

    /// Collects, over `frames`, what each code's row shows (the first frame that shows it).
    static func collect(_ codes: [String], _ frames: [Frame]) -> [String: String] {
        var seen: [String: String] = [:]
        for frame in frames {
            for line in frame.lines {
                for code in codes where seen[code] == nil {
                    if let text = shown(after: code, in: line) { seen[code] = text }
                }
            }
        }
        return seen
    }

    /// Every group's codes are all shown, and shown differently.
    func expectDistinct(_ seen: [String: String], _ groups: [[String]], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for group in groups {
            let texts = group.compactMap { seen[$0] }
            #expect(texts.count == group.count, "\(what): not all of \(group) shown: \(seen.filter { group.contains($0.key) })", sourceLocation: sourceLocation)
            #expect(Set(texts).count == texts.count, "\(what): \(group.map { "\($0) \(seen[$0] ?? "-")" })", sourceLocation: sourceLocation)
            for text in texts { #expect(!text.isEmpty, "\(what): \(group)", sourceLocation: sourceLocation) }
        }
    }

    func explorer(_ language: Language) -> (Reducer, ExplorerView, AppState) {
        let reducer = Reducer(report: same)
        var s = reducer.reduce(AppState(width: 80, height: 24), .resize(width: 80, height: 24))
        s.language = language
        return (reducer, ExplorerView(report: same, reducer: reducer), s)
    }

    @Test(arguments: Language.allCases)
    func theExplorersIndicatorPaneTellsSiblingsApart(_ language: Language) {
        let (reducer, view, start) = explorer(language)
        var seen: [String: String] = [:]
        for outcome in same.outcomes {
            // down the outcome's list one indicator at a time: every row passes through the window
            // by its first indicator's code (`B` alone is the boxes view's key)
            var s = reducer.reduce(start, Event.keys("\(outcome.indicators[0].code)\r"))
            var frames = [view.render(s)]
            for _ in 0..<outcome.indicatorCount {
                s = reducer.reduce(s, .key(.char("j")))
                frames.append(view.render(s))
            }
            let codes = outcome.outputs.map(\.code) + outcome.indicators.map(\.code)
            seen.merge(Self.collect(codes, frames)) { a, _ in a }
        }
        expectDistinct(seen, groups(same.outcomes), "explorer \(language)")
    }

    @Test(arguments: Language.allCases)
    func theIndicatorsAndEnablingViewsTellSiblingsApart(_ language: Language) {
        let (reducer, view, start) = explorer(language)
        for (key, outcomes) in [("i", same.outcomes.filter(\.isPolicy)), ("E", same.outcomes.filter { !$0.isPolicy })] {
            var s = reducer.reduce(start, .key(.char(Character(key))))
            var frames = [view.render(s)]
            for _ in 0..<(outcomes.map(\.indicatorCount).reduce(0, +) + outcomes.count) {
                s = reducer.reduce(s, .key(.char("j")))
                frames.append(view.render(s))
            }
            let indicatorGroups = outcomes.flatMap { $0.outputs.map { $0.indicators.map(\.code) } }.filter { $0.count > 1 }
            expectDistinct(Self.collect(indicatorGroups.flatMap { $0 }, frames), indicatorGroups, "view \(key) \(language)")
        }
    }

    @Test(arguments: Language.allCases)
    func theOutcomeSlidesTellSiblingsApart(_ language: Language) {
        let reducer = Reducer(report: same)
        // the standard deck, and a slide for each enabling outcome (it has one for them all)
        var spec = DeckSpec.standard(same)
        spec.items += same.outcomes.filter { !$0.isPolicy }.map { DeckSpec.Item(.outcome($0.id)) }
        let deck = Deck(spec: spec, report: same, language: language)
        let view = PresentView(report: same, deck: deck, glyphs: .unicode, reducer: reducer)
        for outcome in same.outcomes {
            guard let index = deck.slides.firstIndex(where: { $0.entry == .outcome(outcome.id) }) else {
                Issue.record("no slide for outcome \(outcome.id)")
                continue
            }
            // stepping through the indicators moves the list's window over all of them
            let frames = (0...deck.slides[index].steps).map { view.render(Self.at(index, step: $0, 80, 24, language)) }
            let indicatorGroups = outcome.outputs.map { $0.indicators.map(\.code) }.filter { $0.count > 1 }
            expectDistinct(Self.collect(indicatorGroups.flatMap { $0 }, frames), indicatorGroups, "slide \(outcome.id) \(language)")
        }
    }

    static func at(_ slide: Int, step: Int, _ width: Int, _ height: Int, _ language: Language) -> PresentState {
        var s = PresentState(width: width, height: height, slide: slide, step: step)
        s.language = language
        return s
    }

    /// The issue's own example, with the report's figures: 7.1.1 and 7.1.2 on outcome 7's slide.
    @Test(arguments: [(80, 24), (120, 40)])
    func outcome7sSlideNamesItsIndicatorsInEnglish(width: Int, height: Int) throws {
        let reducer = Reducer(report: report)
        let deck = Deck(spec: DeckSpec.standard(report), report: report, language: .en)
        let index = try #require(deck.slides.firstIndex { $0.entry == .outcome("7") })
        let frame = PresentView(report: report, deck: deck, glyphs: .unicode, reducer: reducer)
            .render(Self.at(index, step: 0, width, height, .en))
        let text = frame.lines.joined(separator: "\n")
        #expect(text.contains("7.1.1 FPRW integrated programmes"), "\(text)")
        #expect(text.contains("7.1.2 Alliance 8.7 pathfinders"), "\(text)")
        #expect(!text.contains("Number of member Stat"), "\(text)")
    }

    /// The switcher names a code's indicator by its short label, so 7.1.1 and 7.1.2 differ before Enter.
    @Test(arguments: [(Language.en, "FPRW integrated programmes"), (.zh, "基本原则和权利综合计划")])
    func theSwitcherNamesAnIndicatorByItsShortLabel(_ language: Language, _ label: String) {
        let (reducer, view, start) = explorer(language)
        let text = view.render(reducer.reduce(start, Event.keys(":7.1.1"))).lines.joined(separator: "\n")
        #expect(text.contains("7.1.1" + language.colon + label + ")"), "\(text)")
    }

    /// The text pane keeps the title whole, whatever the list beside it shows.
    @Test(arguments: Language.allCases)
    func theTextPaneKeepsTheFullTitle(_ language: Language) {
        let (reducer, view, start) = explorer(language)
        let frame = view.render(reducer.reduce(start, Event.keys("7.1.1\r")))
        let text = frame.lines.joined().replacingOccurrences(of: "│", with: "").replacingOccurrences(of: " ", with: "")
        let i = same.indicator("7.1.1")!.indicator
        let title = language == .en ? i.en!.text : i.title
        #expect(text.contains(title.replacingOccurrences(of: " ", with: "")), "\(frame.lines.joined(separator: "\n"))")
    }

    /// Where the pane has the room, the title is shown whole rather than the short label.
    @Test func aTitleThatFitsIsShownWhole() {
        let wide = 400
        let i = report.indicator("C.5.2")!.indicator
        #expect(Language.zh.title(i, width: wide) == i.title)
        #expect(Language.en.title(i, width: wide) == i.en?.text)
        #expect(Language.en.title(i, width: 20) == "Headquarters carbon footprint")
        #expect(Language.zh.title(i, width: i.title.cellWidth) == i.title)
        #expect(Language.zh.title(i, width: i.title.cellWidth - 1) == i.shortTitle)
    }
}
