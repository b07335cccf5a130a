import PIRModel
import PIRText

/// Keeping selections on items that exist.
extension Reducer {
    // MARK: Keeping the selection valid

    /// Keeps every selection on an item that exists. Where the window starts is the view's to
    /// decide when it draws (`ExplorerView.windowed`); the reducer takes it back from the layout
    /// snapshot with the next event.
    func normalize(_ s: inout AppState) {
        s.outcome = clamp(s.outcome, report.outcomes.count)
        s.indicator = clamp(s.indicator, s.entryCount(of: currentOutcome(s)))
        s.region = clamp(s.region, report.regions.count)
        if Self.listScreens.contains(s.screen) {
            s.top.list.index = max(0, min(s.top.list.index, entries(s.screen, s).count - 1))
        }
    }
}
