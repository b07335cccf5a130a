import Foundation
import PIRModel
import Testing
@testable import PIRCommands
@testable import PIRUI

/// `pir --plain` is the overview for a pipe: it shows every figure the interactive overview shows
/// (it once left out the disability share and the budget figures).
@Suite struct PlainOverviewTests {
    let report = try! ReportLoader.loadBundled()

    /// The numbers in a text (`102`, `1104.6`, `45`), each once.
    static func numbers(_ text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: "[0-9]+(?:[.,][0-9]+)*")
        let ns = text as NSString
        return Set(regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) })
    }

    @Test func plainShowsEveryFigureOfTheInteractiveOverview() throws {
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        let rows = PIRUI.Overview.rows(report)
        // tall enough that every row of the overview is on screen at once
        let (width, height) = (160, rows.count + 8)
        let s = reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        let frame = view.render(s)
        // the panel's rows: not the title, breadcrumb, footer or status line
        let body = frame.lines[3..<(frame.height - 3)].joined(separator: "\n")
        let interactive = Self.numbers(body)
        let plain = PlainText(report: report).overview()
        #expect(interactive.count > 30, "the overview's figures were read")
        let missing = interactive.subtracting(Self.numbers(plain))
        #expect(missing.isEmpty, "figures the interactive overview shows and --plain leaves out: \(missing.sorted())")
        // the example of issue 15: the disability share
        let disability = try #require(report.fact("disability_percent"))
        #expect(body.contains(disability.printed))
        #expect(plain.contains(disability.printed))
    }
}
