import Foundation
import PIRModel
import PropertyBased
import Testing

/// Datasets whose every number sits where validation allows it and no further — 0, the bound's
/// maximum, its finest fraction (0.01%, US$ 1,000), just under the maximum, missing where a number
/// may be missing — drawn in every view, slide, `pir show` and export: no trap. The numbers are
/// chosen by PropertyBased (x-sheep/swift-property-based), one pick per number of the report, so
/// each run mixes huge budgets with tiny targets, a 1000% indicator with a zero one, and so on.
@Suite(.serialized) struct ExtremeValuesPropertyTests {
    static let bundled = try! ReportLoader.loadBundled()

    /// The edges of a bound: what a hostile but valid dataset would use.
    static func edges(_ bound: NumberBound) -> [Double] {
        let step = [1.0, 0.1, 0.01, 0.001][min(bound.decimals, 3)]
        let low = bound.range.lowerBound, high = bound.range.upperBound
        return [low, high, max(low, step), high - step, low < 0 ? -step : (low + high) / 2 - ((low + high) / 2).truncatingRemainder(dividingBy: 1)]
    }

    /// Picks, used in turn for every number of the report.
    struct Picks {
        var values: [Int]
        var next = 0
        /// An edge of `bound`; with `optional`, sometimes missing.
        mutating func value(_ bound: NumberBound, optional: Bool = false) -> Double? {
            let edges = ExtremeValuesPropertyTests.edges(bound)
            let pick = values[next % values.count]
            next += 1
            if optional && pick % 7 == 6 { return nil }
            return edges[pick % edges.count]
        }
        mutating func int(_ bound: NumberBound) -> Int { Int(value(bound)!) }
    }

    /// The bundled report with every number replaced by an edge of its bound.
    static func extreme(_ values: [Int]) -> Report {
        var picks = Picks(values: values)
        var report = bundled
        for o in report.outcomes.indices {
            var outcome = report.outcomes[o]
            for p in outcome.outputs.indices {
                for n in outcome.outputs[p].indicators.indices {
                    var i = outcome.outputs[p].indicators[n]
                    if outcome.isPolicy {
                        let bound = NumberBound.of(i.unit)
                        i.target = picks.value(bound)
                        i.total = picks.value(bound)
                        var results: [RegionID: Double?] = [:]
                        for region in RegionID.allCases { results[region] = .some(picks.value(bound, optional: true)) }
                        i.results = RegionalResults(results)
                    }
                    for m in (i.measures ?? []).indices {
                        let bound = NumberBound.of(i.measures![m].unit)
                        i.measures![m].target = picks.value(bound, optional: true)
                        i.measures![m].result = picks.value(bound, optional: true)
                    }
                    outcome.outputs[p].indicators[n] = i
                }
            }
            if var budget = outcome.budget {
                for r in budget.rows.indices {
                    if budget.rows[r].strategic != nil { budget.rows[r].strategic = picks.value(.budgetMillion) }
                    if budget.rows[r].actual != nil { budget.rows[r].actual = picks.value(.budgetMillion) }
                }
                budget.total.strategic = picks.value(.budgetMillion)!
                budget.total.actual = picks.value(.budgetMillion)!
                outcome.budget = budget
            }
            if var results = outcome.results {
                results.achieved = picks.int(.count)
                if results.target != nil { results.target = picks.int(.count) }
                if results.targetPercent != nil { results.targetPercent = picks.value(.signedPercent) }
                outcome.results = results
            }
            report.outcomes[o] = outcome
        }
        for r in report.regions.indices {
            report.regions[r].results = picks.int(.count)
            report.regions[r].sharePercent = picks.value(.share)!
        }
        for f in report.facts.indices { report.facts[f].value = picks.value(.of(report.facts[f].unit))! }
        func extreme(_ row: TrendRow) -> TrendRow {
            var row = row
            row.values = row.values.map { _ in picks.value(.tablePercent, optional: true) }
            row.breakdowns = row.breakdowns?.map(extreme)
            return row
        }
        report.trends.rows = report.trends.rows.map(extreme)
        return report
    }

    @Test func theEdgesAreValid() throws {
        // every generated number is one validation accepts: the property is about valid datasets
        for seed in 0..<7 {
            let report = Self.extreme([seed, seed + 1, seed + 3])
            let data = try JSONEncoder().encode(report)
            _ = try ReportLoader.load(data, file: "extreme.json", checkInvariants: false)
        }
    }

    @Test func extremeButValidDatasetsDrawEverywhereWithoutATrap() async {
        await propertyCheck(count: 6, input: Gen.int(in: 0...34).array(of: 1...12)) { picks in
            let report = Self.extreme(picks)
            let made = try RenderEverything.run(report, width: 90, height: 28)
            #expect(made > 500)
        }
    }
}
