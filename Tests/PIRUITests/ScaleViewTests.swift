import Testing
import PIRModel
@testable import PIRUI

/// What the explorer works out once instead of per frame, and what it does not build for a frame
/// that does not show it: the outcomes' sums equal the indicators' sums they replace, and the
/// country index (a pass over every text) is built for a region's document only.
@Suite struct ScaleViewTests {
    let fixture = try! Fixture()

    @Test func eachOutcomesSumsAreItsIndicatorsSums() {
        let report = fixture.report
        let sums = ViewContext(report: report).outcomeSums
        #expect(sums.count == report.outcomes.count)
        for (outcome, sum) in zip(report.outcomes, sums) {
            let counted = Invariants.countedTotals(outcome)
            #expect(sum.achieved == counted.achieved && sum.target == counted.target, "\(outcome.id)")
            for (r, region) in report.regions.enumerated() {
                let expected = outcome.indicators.filter { $0.unit == .count }.reduce(0.0) { $0 + ($1.results?[region.id] ?? 0) }
                #expect(sum.regional[r] == expected, "\(outcome.id) \(region.id)")
            }
        }
        #expect(sums.contains { $0.achieved > 0 && $0.regional.contains { $0 > 0 } })
    }

    @Test(arguments: [Pane.outcomes, .indicators])
    func theCountryIndexWaitsForARegionsDocument(pane: Pane) {
        let reducer = Reducer(report: fixture.report)
        let context = reducer.context
        let view = ExplorerView(context: context)
        var s = reducer.reduce(AppState(width: 200, height: 60), .resize(width: 200, height: 60))
        s.outcome = 2
        s.focus = pane
        s = reducer.reduce(s, .resize(width: 200, height: 60))
        #expect(s.screen == .explorer)
        _ = view.render(s)
        #expect(!context.countryIndexBox.isMade, "an outcome's or indicator's frame built the country index")
        s.focus = .regions
        let frame = view.render(s)
        #expect(context.countryIndexBox.isMade)
        #expect(frame.text.contains(fixture.report.regions[0].name))
    }
}
