import PIRModel
import PIRText

/// Clicks and the wheel, hit-tested against the layout of the frame they were made on.
extension Reducer {
    // MARK: Mouse

    func mouse(_ s: inout AppState, _ mouse: Mouse) {
        // a click on a frame that is no longer on screen (or was never drawn) points at nothing
        guard let shown = shown(s) else { return }
        if Self.listScreens.contains(s.screen) {
            let inList = shown.list?.box.contains(mouse.x, mouse.y) ?? false
            var list = s.top.list
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                let delta = mouse.kind == .wheelUp ? -1 : 1
                if inList { list.textFocused = false; s.top.list = list; _ = listKey(&s, delta < 0 ? .up : .down); return }
                list.textScroll = max(0, list.textScroll + delta * 3)
            case .press:
                if inList {
                    if let row = shown.list?.item(atY: mouse.y) { list.index = row; list.textFocused = false; list.textScroll = 0 }
                } else { list.textFocused = true }
            }
            s.top.list = list
            return
        }
        guard s.screen == .explorer else { return }
        guard let pane = shown.pane(at: mouse.x, mouse.y) else { return }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelUp ? -3 : 3
            if pane == .detail { s.detailScroll = max(0, s.detailScroll + delta) }
            else { s.focus = pane; move(&s, by: delta / 3) }
        case .press:
            guard pane != .detail, let list = shown.panes[pane] else {
                if pane == .detail { s.detailSource = s.focus == .detail ? s.detailSource : s.focus; s.focus = .detail }
                return
            }
            s.focus = pane
            guard let item = list.item(atY: mouse.y) else { return }
            switch pane {
            case .outcomes:
                if item < report.outcomes.count, item != s.outcome { s.outcome = item; s.indicator = 0; s.detailScroll = 0 }
            case .indicators: s.indicator = item; s.detailScroll = 0
            case .regions:
                if item < report.regions.count { selectRegion(&s, item); s.detailScroll = 0 }
            case .detail: break
            }
        }
    }
}
