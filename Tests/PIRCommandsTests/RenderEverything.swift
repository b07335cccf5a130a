import Foundation
import PIRModel
@testable import PIRCommands
@testable import PIRUI

/// Everything pir draws or writes from a report, done in-process: every view of the explorer (each
/// outcome's and indicator's detail too), every slide of a deck that has each kind of entry (every
/// indicator and budget), the slides in both languages and every export, and the plain text of every
/// `pir show`, and the Markdown of every node. A number that could trap traps here, in the test,
/// rather than in a reader's terminal. `seen` is given each text with what it is, for tests that read
/// what was drawn (the figures' format).
enum RenderEverything {
    /// Returns how many frames and texts were made, so a caller can say that the work was done.
    @discardableResult
    static func run(_ report: Report, width: Int = 100, height: Int = 30, seen: (String, String) -> Void = { _, _ in }) throws -> Int {
        var made = 0
        func frame(_ what: String, _ f: Frame) { seen(what, f.lines.joined(separator: "\n")) }
        // the CLI's plain text and the Markdown of each node, in both languages
        var nodes: [NodeRef] = report.regions.map { .region($0.id) } + report.boxes.map { .box($0.number) } + report.chapters.map { .chapter($0.id) }
        for o in report.outcomes {
            nodes.append(.outcome(o.id))
            for p in o.outputs { nodes.append(.output(p.code)); nodes += p.indicators.map { .indicator($0.code) } }
        }
        for language in [Language.zh, .en] {
            let plain = PlainText(report: report, language: language)
            seen("overview", plain.overview()); seen("trends", plain.trends()); made += 2
            for node in nodes {
                seen("pir show \(node)", plain.show(node)); made += 1
                seen("markdown \(node)", Exporter.markdown(report, node: node, language: language) ?? ""); made += 1
            }
        }
        // exports
        for what in ExportSubject.allCases {
            // the whole dataset is JSON only
            for format in ExportFormat.allCases where what != .all || format == .json {
                seen("export \(what) \(format)", try Exporter.export(report, what: what, format: format)); made += 1
            }
        }
        // every view, and in the explorer every outcome and indicator with its detail
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        let countries = CountryIndex(report: report)
        for language in [Language.zh, .en] {
            for screen in Screen.allCases {
                var s = reducer.reduce(AppState(width: width, height: height, screen: screen), .resize(width: width, height: height))
                s.language = language
                frame("\(screen) \(language)", view.render(s)); made += 1
                for n in 0..<3 { s = reducer.reduce(s, .key(.down)); frame("\(screen) \(language) row \(n + 1)", view.render(s)); made += 1 }
            }
            // the text of every list view's entry, each in full
            let detail = DetailDocument(report: report, glyphs: .unicode, countries: countries, language: language)
            for screen in Screen.allCases where Reducer.listScreens.contains(screen) {
                for entry in Catalog.entries(screen, report, countries: countries) {
                    seen("\(screen) \(entry) \(language)", detail.build(entry, width: width).lines.map { $0.map(\.text).joined() }.joined(separator: "\n")); made += 1
                }
            }
        }
        // every indicator's pane and detail, the language alternating by outcome (the numbers are the same in both)
        for (o, outcome) in report.outcomes.enumerated() {
            var s = reducer.reduce(AppState(width: width, height: height, screen: .explorer), .resize(width: width, height: height))
            s.language = o % 2 == 0 ? .zh : .en
            s.outcome = o
            for (n, indicator) in outcome.indicators.enumerated() {
                s.indicator = n
                for focus in [Pane.regions, .detail] {
                    s.focus = focus
                    frame("explorer \(indicator.code) \(focus)", view.render(s)); made += 1
                }
                seen("copy \(indicator.code)", reducer.describe(indicator: indicator, s.language))
            }
        }
        // a deck with every kind of slide, and its exports
        var spec = DeckSpec.standard(report)
        spec.items += [DeckEntry.budget, .trends, .regions, .outcomes, .enabling].map { DeckSpec.Item($0) }
        spec.items += report.outcomes.flatMap(\.indicators).map { DeckSpec.Item(.indicator($0.code)) }
        spec.items += report.regions.map { DeckSpec.Item(.region($0.id)) }
        for language in [Language.zh, .en] {
            let deck = Deck(spec: spec, report: report, language: language)
            for format in DeckExport.Format.allCases { seen("deck \(format) \(language)", DeckExport.export(deck, format: format)); made += 1 }
            let present = PresentView(report: report, deck: deck, reducer: reducer)
            for (n, slide) in deck.slides.enumerated() {
                for step in Set([0, slide.steps]) {
                    frame("slide \(n) step \(step) \(language)", present.render(PresentState(width: width, height: height, slide: n, step: step))); made += 1
                }
            }
        }
        return made
    }
}
