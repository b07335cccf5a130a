import PIRModel
import PIRText

/// Where each list's window starts and how far a text is scrolled, decided by the view as it
/// draws, as ratatui's `List` moves `ListState.offset`: the state says what is selected and where
/// the window was; the view moves the window just enough that the selection shows, and clamps a
/// text's scroll to its length. The offsets drawn go back to the reducer in the `LayoutSnapshot`,
/// so the next event starts from the window that was on screen.
enum ListWindow {
    /// The first row to draw: `previous`, moved so that `selected` is among `visible` rows with
    /// `above` rows before it where there are any, and (with a `count`) no blank rows past the end.
    static func offset(_ previous: Int, selected: Int, visible: Int, count: Int?, above: Int = 0) -> Int {
        var offset = previous
        if selected < offset + above { offset = max(0, selected - above) }
        if selected >= offset + visible { offset = selected - visible + 1 }
        if let count { offset = min(offset, max(0, count - visible)) }
        return max(0, offset)
    }
}

extension ExplorerView {
    /// The state as it is drawn: its windows moved to show their selections at this size, its
    /// texts' scrolls clamped to the text as laid out with this view's glyphs.
    func windowed(_ state: AppState) -> AppState {
        var s = state
        guard !s.isTooSmall else { return s }
        if s.showHelp {
            // in range, so Up after PgDn or End past the end moves at once
            s.helpScroll = min(s.helpScroll, HelpLayout.maxScroll(width: s.width, height: s.height, language: s.language, screen: s.screen,
                                                                  fromSlide: s.fromSlide != nil))
        }
        if s.screen == .overview {
            s.overviewScroll = ListWindow.offset(s.overviewScroll, selected: s.overviewIndex, visible: max(1, s.height - 6), count: nil, above: 1)
            return s
        }
        if s.screen != .explorer {
            let screen = s.screen
            let entries = context.entries(screen, s)
            let layout = ContentsLayout(width: s.width, height: s.height, screen: screen)
            var list = s.top.list
            list.scroll = ListWindow.offset(list.scroll, selected: list.index, visible: max(1, ContentsLayout.listRows(layout.list, screen)),
                                            count: entries.count, above: 1)
            if list.index >= 0, list.index < entries.count, list.textScroll > 0 || s.top.anchor != nil {
                let inner = layout.text.inset(1)
                let document = context.details.document(entries[list.index], width: inner.width - 1, report: report, glyphs: glyphs,
                                                        countries: context.countries, language: s.language)
                if let anchor = s.top.anchor, anchor.text == .entry(entries[list.index]) {
                    list.textScroll = list.textScroll.addingClamped(anchorScroll(anchor, document))
                }
                list.textScroll = min(list.textScroll, max(0, document.lines.count - inner.height))
            }
            s.top.list = list
            return s
        }
        let layout = ExplorerLayout(width: s.width, height: s.height, focus: s.focus, detailSource: s.detailSource)
        if let anchor = s.top.anchor, case .outcome(let id) = anchor.text, case .outcome(let outcome) = s.focused(in: report), outcome.id == id {
            // the whole text: the anchor may be anywhere in it
            let document = context.details.document(.outcome(outcome), width: layout.detail.inset(1).width - 1, report: report, glyphs: glyphs,
                                                    countries: context.countries, language: s.language)
            s.detailScroll = s.detailScroll.addingClamped(anchorScroll(anchor, document))
        }
        if s.detailScroll > 0 {
            // scrolling past the end would make the next Up keys seem to do nothing
            let inner = layout.detail.inset(1)
            // laid out only as far as the scroll needs: a longer document leaves the scroll as it is
            let document = context.details.document(s.focused(in: report), width: inner.width - 1, lines: s.detailScroll + inner.height + 1,
                                                    report: report, glyphs: glyphs, countries: context.countries, language: s.language)
            if document.isComplete { s.detailScroll = min(s.detailScroll, max(0, document.lines.count - inner.height)) }
        }
        let outcome = report.outcomes[max(0, min(s.outcome, report.outcomes.count - 1))]
        for (pane, rect) in layout.panes {
            let visible = max(1, ExplorerLayout.listArea(pane, rect).height)
            let (row, count): (Int, Int)
            switch pane {
            case .outcomes: (row, count) = (s.outcome, report.outcomes.count)
            case .indicators:
                (row, count) = (IndicatorPane.row(ofIndicator: s.indicator, in: outcome, s.query), IndicatorPane.rowCount(of: outcome, s.query))
            case .regions: (row, count) = (s.region, report.regions.count)
            case .detail: continue
            }
            // the output heading above the first indicator stays in view with it
            s.scroll[pane] = ListWindow.offset(s.scroll[pane, default: 0], selected: row, visible: visible, count: count,
                                               above: pane == .indicators && row == 1 ? 1 : 0)
        }
        return s
    }

    /// The scroll that puts an anchor's line at the top of the text: its named place, else the
    /// paragraph holding its text as this view prints it (footnote references raised, or bracketed
    /// with `--ascii`); the top of the text where the document has neither.
    func anchorScroll(_ anchor: TextAnchor, _ document: Document) -> Int {
        let style: FootnoteStyle = glyphs == .ascii ? .bracketed : .superscript
        let line = anchor.name.flatMap { document.anchors[$0] } ?? anchor.paragraph.flatMap { document.line(of: Footnotes.render($0, style)) }
        return max(0, (line ?? 1) - 1)
    }
}
