import PIRModel
import Testing
@testable import PIRUI

/// The pane's rows worked out from the outputs' sizes agree with listing every row.
@Suite struct IndicatorRowsTests {
    @Test func rowsAgreeWithTheFullListing() throws {
        let report = try ReportLoader.loadBundled()
        for outcome in report.outcomes {
            let listed: [(code: String, indicator: String?)] = outcome.outputs.flatMap { output in
                [(output.code, nil)] + output.indicators.map { (output.code, $0.code) }
            }
            let indicators = outcome.outputs.flatMap(\.indicators)
            #expect(outcome.indicatorRowCount == listed.count)
            #expect(outcome.indicatorCount == indicators.count)
            #expect(outcome.indicatorRow(listed.count) == nil && outcome.indicatorRow(-1) == nil)
            for (row, entry) in listed.enumerated() {
                let got = try #require(outcome.indicatorRow(row))
                #expect(got.output.code == entry.code && got.indicator?.code == entry.indicator)
                let index = outcome.indicatorIndex(atRow: row)
                #expect(index == entry.indicator.flatMap { code in indicators.firstIndex { $0.code == code } })
                if let index { #expect(outcome.row(ofIndicator: index) == row) }
            }
            for (n, indicator) in indicators.enumerated() {
                #expect(outcome.indicatorEntry(n)?.indicator.code == indicator.code)
            }
            #expect(outcome.indicatorEntry(indicators.count) == nil)
        }
    }
}
