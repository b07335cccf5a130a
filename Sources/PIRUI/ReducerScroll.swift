import PIRModel
import PIRText

/// Keeping the selection on screen after every event.
extension Reducer {
    /// A node's text as the view lays it out in this state (its glyphs and language), from the
    /// cache the view draws from: the line an anchor or a paragraph is on is the line drawn.
    func document(_ node: Focused, width: Int, _ s: AppState) -> Document {
        details.document(node, width: width, report: report, glyphs: s.glyphs, countries: countries, language: s.language)
    }

    func document(_ entry: ContentsEntry, width: Int, _ s: AppState) -> Document {
        details.document(entry, width: width, report: report, glyphs: s.glyphs, countries: countries, language: s.language)
    }

    // MARK: Keeping the selection on screen

    func normalize(_ s: inout AppState) {
        s.outcome = clamp(s.outcome, report.outcomes.count)
        s.indicator = clamp(s.indicator, s.entryCount(of: currentOutcome(s)))
        s.region = clamp(s.region, report.regions.count)
        guard !s.isTooSmall else { return }
        if s.screen == .overview {
            let visible = max(1, s.height - 6)
            if s.overviewIndex < s.overviewScroll + 1 { s.overviewScroll = max(0, s.overviewIndex - 1) }
            if s.overviewIndex >= s.overviewScroll + visible { s.overviewScroll = s.overviewIndex - visible + 1 }
            return
        }
        if Self.listScreens.contains(s.screen) {
            let screen = s.screen
            let entries = self.entries(screen, s)
            var list = s.top.list
            list.index = max(0, min(list.index, entries.count - 1))
            let layout = listLayout(s)
            let visible = max(1, ContentsLayout.listRows(layout.list, screen))
            if list.index < list.scroll + 1 { list.scroll = max(0, list.index - 1) }
            if list.index >= list.scroll + visible { list.scroll = list.index - visible + 1 }
            list.scroll = max(0, min(list.scroll, max(0, entries.count - visible)))
            if list.textScroll > 0, list.index < entries.count {
                let inner = layout.text.inset(1)
                let lines = details.document(entries[list.index], width: inner.width - 1, report: report, glyphs: s.glyphs,
                                             countries: countries, language: s.language).lines.count
                list.textScroll = min(list.textScroll, max(0, lines - inner.height))
            }
            s.top.list = list
            return
        }
        let layout = ExplorerLayout(width: s.width, height: s.height, focus: s.focus, detailSource: s.detailSource)
        if s.detailScroll > 0 {
            // scrolling past the end would make the next Up keys seem to do nothing
            let inner = layout.detail.inset(1)
            // laid out only as far as the scroll needs: a longer document leaves the scroll as it is
            let document = details.document(s.focused(in: report), width: inner.width - 1, lines: s.detailScroll + inner.height + 1,
                                            report: report, glyphs: s.glyphs, countries: countries, language: s.language)
            if document.isComplete { s.detailScroll = min(s.detailScroll, max(0, document.lines.count - inner.height)) }
        }
        for (pane, rect) in layout.panes {
            let visible = max(1, ExplorerLayout.listArea(pane, rect).height)
            let (row, count): (Int, Int)
            switch pane {
            case .outcomes: (row, count) = (s.outcome, report.outcomes.count)
            case .indicators:
                let outcome = currentOutcome(s)
                (row, count) = (IndicatorPane.row(ofIndicator: s.indicator, in: outcome, s.query), IndicatorPane.rowCount(of: outcome, s.query))
            case .regions: (row, count) = (s.region, report.regions.count)
            case .detail: continue
            }
            var offset = s.scroll[pane, default: 0]
            if row < offset { offset = row }
            if row >= offset + visible { offset = row - visible + 1 }
            // keep the output heading above the first indicator visible
            if pane == .indicators, row == 1 { offset = 0 }
            offset = max(0, min(offset, max(0, count - visible)))
            s.scroll[pane] = offset
        }
    }
}
