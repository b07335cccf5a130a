import Foundation
import PIRModel
@testable import PIRCommands
@testable import PIRUI

/// Everything pir draws or writes from a report, done in-process: every view of the explorer (each
/// outcome's and indicator's detail too), every slide of a deck that has each kind of entry (every
/// indicator and budget), the slides in both languages and every export, and the plain text of every
/// `pir show`. A number that could trap traps here, in the test, rather than in a reader's terminal.
enum RenderEverything {
    /// Returns how many frames and texts were made, so a caller can say that the work was done.
    @discardableResult
    static func run(_ report: Report, width: Int = 100, height: Int = 30) throws -> Int {
        var made = 0
        // the CLI's plain text
        let plain = PlainText(report: report)
        _ = plain.overview(); _ = plain.trends(); made += 2
        for o in report.outcomes {
            _ = plain.show(.outcome(o.id)); made += 1
            for p in o.outputs {
                _ = plain.show(.output(p.code))
                for i in p.indicators { _ = plain.show(.indicator(i.code)); made += 1 }
            }
        }
        for r in report.regions { _ = plain.show(.region(r.id)); made += 1 }
        // exports
        for what in ExportSubject.allCases {
            // the whole dataset is JSON only
            for format in ExportFormat.allCases where what != .all || format == .json {
                _ = try Exporter.export(report, what: what, format: format); made += 1
            }
        }
        // every view, and in the explorer every outcome and indicator with its detail
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        for language in [Language.zh, .en] {
            for screen in Screen.allCases {
                var s = reducer.reduce(AppState(width: width, height: height, screen: screen), .resize(width: width, height: height))
                s.language = language
                _ = view.render(s); made += 1
                for _ in 0..<3 { s = reducer.reduce(s, .key(.down)); _ = view.render(s); made += 1 }
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
                    _ = view.render(s); made += 1
                }
                _ = reducer.describe(indicator: indicator, s.language)
            }
        }
        // a deck with every kind of slide, and its exports
        var spec = DeckSpec.standard(report)
        spec.items += [DeckEntry.budget, .trends, .regions, .outcomes, .enabling].map { DeckSpec.Item($0) }
        spec.items += report.outcomes.flatMap(\.indicators).map { DeckSpec.Item(.indicator($0.code)) }
        spec.items += report.regions.map { DeckSpec.Item(.region($0.id)) }
        for language in [Language.zh, .en] {
            let deck = Deck(spec: spec, report: report, language: language)
            for format in DeckExport.Format.allCases { _ = DeckExport.export(deck, format: format); made += 1 }
            let present = PresentView(report: report, deck: deck, reducer: reducer)
            for (n, slide) in deck.slides.enumerated() {
                for step in Set([0, slide.steps]) {
                    _ = present.render(PresentState(width: width, height: height, slide: n, step: step)); made += 1
                }
            }
        }
        return made
    }
}
