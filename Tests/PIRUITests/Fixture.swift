import PIRModel
@testable import PIRUI

/// The bundled report with a reducer and a view, and a state after a resize and some events.
struct Fixture {
    let report: Report
    let reducer: Reducer
    let view: ExplorerView

    init() throws {
        report = try ReportLoader.loadBundled()
        reducer = Reducer(report: report)
        view = ExplorerView(report: report, reducer: reducer)
    }

    func state(_ width: Int, _ height: Int, _ events: [Event] = []) -> AppState {
        reducer.reduce(reducer.reduce(AppState(width: width, height: height), .resize(width: width, height: height)), events)
    }
}
