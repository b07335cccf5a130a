import Foundation
import PIRModel
import Testing
@testable import PIRUI

/// What a deck may expand to, said with the limit's value (`DeckLimits`).
@Suite struct DeckLimitsTests {
    let report = try! ReportLoader.loadBundled()

    @Test func theStandardDeckAndADeckOfEverySlideAreFarInside() {
        let standard = Deck.standard(report)
        #expect(DeckLimits.problem(standard) == nil)
        var spec = DeckSpec.standard(report)
        spec.items += report.outcomes.flatMap(\.indicators).map { DeckSpec.Item(.indicator($0.code)) }
        spec.items += report.regions.map { DeckSpec.Item(.region($0.id)) }
        spec.items += report.boxes.map { DeckSpec.Item(.box($0.number)) }
        let everything = Deck(spec: spec, report: report)
        #expect(everything.slides.count < DeckLimits.maxSlides)
        #expect(DeckLimits.textBytes(everything) < DeckLimits.maxTextBytes / 8, "\(DeckLimits.textBytes(everything)) bytes")
    }

    @Test func tooManySlides() {
        let spec = DeckSpec(items: Array(repeating: DeckSpec.Item(.overview), count: DeckLimits.maxSlides + 1))
        #expect(DeckLimits.problem(Deck(spec: spec, report: report)) == "the deck has 501 slides, over the limit of 500")
    }

    @Test func tooMuchText() {
        // 400 slides with 26 KB of notes each: about 10 MB of text
        let notes = String(repeating: "备注 notes ", count: 2_000)
        let spec = DeckSpec(items: Array(repeating: DeckSpec.Item(.title, notes: notes), count: 400))
        let problem = DeckLimits.problem(Deck(spec: spec, report: report))
        #expect(problem?.hasPrefix("the deck's slides hold ") == true, "\(problem ?? "nil")")
        #expect(problem?.hasSuffix(" of text, over the limit of 8 MiB") == true, "\(problem ?? "nil")")
    }
}
