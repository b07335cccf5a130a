import PIRModel
import PIRText

/// The text a node lays out to, and keeping selections on items that exist.
extension Reducer {
    /// A node's text as the view lays it out in this state (its glyphs and language), from the
    /// cache the view draws from: the line an anchor or a paragraph is on is the line drawn.
    func document(_ node: Focused, width: Int, _ s: AppState) -> Document {
        details.document(node, width: width, report: report, glyphs: s.glyphs, countries: countries, language: s.language)
    }

    func document(_ entry: ContentsEntry, width: Int, _ s: AppState) -> Document {
        details.document(entry, width: width, report: report, glyphs: s.glyphs, countries: countries, language: s.language)
    }

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
