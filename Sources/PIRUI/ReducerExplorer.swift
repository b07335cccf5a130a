import PIRModel
import PIRText

/// The explorer's panes: moving in the focused one, drilling in, the next pane.
extension Reducer {
    /// A page of the focused pane: the rows (or lines of text) the last frame showed of it.
    func page(_ s: AppState) -> Int {
        guard let shown = shown(s) else { return unseenPage(s) }
        return s.focus == .detail ? shown.textPage : shown.page(of: shown.panes[s.focus])
    }

    func move(_ s: inout AppState, by delta: Int) {
        switch s.focus {
        case .outcomes:
            let new = clamp(s.outcome + delta, report.outcomes.count)
            if new != s.outcome { s.outcome = new; s.indicator = 0; s.detailScroll = 0 }
        case .indicators:
            let count = s.entryCount(of: currentOutcome(s))
            let new = clamp(s.indicator + delta, count)
            if new != s.indicator { s.indicator = new; s.detailScroll = 0 }
        case .regions:
            let new = clamp(s.region + delta, report.regions.count)
            if new != s.region { selectRegion(&s, new); s.detailScroll = 0 }
        case .detail:
            s.detailScroll = max(0, s.detailScroll + delta)
        }
    }

    func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value)) }

    func currentOutcome(_ s: AppState) -> Outcome { report.outcomes[clamp(s.outcome, report.outcomes.count)] }

    func drillIn(_ s: inout AppState) {
        switch s.focus {
        case .outcomes:
            if s.entryCount(of: currentOutcome(s)) == 0 { s.detailSource = .outcomes; s.focus = .detail }
            else { s.focus = .indicators }
        case .indicators: s.focus = .regions
        case .regions: s.detailSource = .regions; s.focus = .detail
        case .detail: break
        }
        s.detailScroll = 0
    }

    func cycle(_ s: inout AppState, by delta: Int) {
        let order: [Pane] = [.outcomes, .indicators, .regions, .detail]
        let index = order.firstIndex(of: s.focus) ?? 0
        let next = order[(index + delta + order.count) % order.count]
        if next == .detail { s.detailSource = s.focus }
        s.focus = next
        s.detailScroll = 0
    }
}
