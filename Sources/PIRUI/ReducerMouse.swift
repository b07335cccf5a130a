import PIRModel
import PIRText

/// Clicks and the wheel, hit-tested against the layouts.
extension Reducer {
    // MARK: Mouse

    func mouse(_ s: inout AppState, _ mouse: Mouse) {
        if Self.listScreens.contains(s.screen) {
            let screen = s.screen
            let layout = listLayout(s)
            let entries = self.entries(screen, s)
            let inList = mouse.x >= layout.list.x && mouse.x < layout.list.maxX && mouse.y >= layout.list.y && mouse.y < layout.list.maxY
            var list = s.top.list
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                let delta = mouse.kind == .wheelUp ? -1 : 1
                if inList { list.textFocused = false; s.top.list = list; _ = listKey(&s, delta < 0 ? .up : .down); return }
                list.textScroll = max(0, list.textScroll + delta * 3)
            case .press:
                if inList {
                    let row = mouse.y - ContentsLayout.listTop(layout.list, screen) + list.scroll
                    if row >= 0 && row < entries.count && entries[row].isSelectable { list.index = row; list.textFocused = false; list.textScroll = 0 }
                } else { list.textFocused = true }
            }
            s.top.list = list
            return
        }
        guard s.screen == .explorer else { return }
        let layout = ExplorerLayout(width: s.width, height: s.height, focus: s.focus, detailSource: s.detailSource)
        guard let pane = layout.pane(at: mouse.x, mouse.y) else { return }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelUp ? -3 : 3
            if pane == .detail { s.detailScroll = max(0, s.detailScroll + delta) }
            else { s.focus = pane; move(&s, by: delta / 3) }
        case .press:
            guard pane != .detail, let rect = layout.panes[pane] else {
                if pane == .detail { s.detailSource = s.focus == .detail ? s.detailSource : s.focus; s.focus = .detail }
                return
            }
            let row = mouse.y - ExplorerLayout.listArea(pane, rect).y + s.scroll[pane, default: 0]
            s.focus = pane
            switch pane {
            case .outcomes:
                if row >= 0 && row < report.outcomes.count, row != s.outcome { s.outcome = row; s.indicator = 0; s.detailScroll = 0 }
            case .indicators:
                if let index = IndicatorPane.indicatorIndex(atRow: row, of: currentOutcome(s), s.query) { s.indicator = index; s.detailScroll = 0 }
            case .regions:
                if row >= 0 && row < report.regions.count { selectRegion(&s, row); s.detailScroll = 0 }
            case .detail: break
            }
        }
    }
}
