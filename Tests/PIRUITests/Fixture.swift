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

extension Fixture {
    /// Reduces events as the run loop does: each with the layout of the frame drawn before it.
    func drive(_ state: AppState, _ events: [Event]) -> AppState {
        var s = state
        for event in events { s = reducer.reduce(s, event, after: view.snapshot(s)) }
        return s
    }
}
