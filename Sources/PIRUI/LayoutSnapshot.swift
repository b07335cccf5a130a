/// What the view drew, handed back after each render for the reducer to read on the next event:
/// where each list's rows are and which item each row shows, and how many lines of text showed.
/// The reducer pages by it (PgDn moves by the rows last shown) and hit-tests the mouse against it,
/// so it never lays anything out itself — ratatui's `StatefulWidget`/`ListState` is the model.
/// A snapshot belongs to one frame: the reducer ignores it once the size or the view on screen
/// has changed (`matches`), since the rows it names are then no longer on the screen.
public struct LayoutSnapshot: Equatable, Sendable {
    /// One list as drawn: its box, the rows that hold entries, and the item on each of those rows.
    public struct List: Equatable, Sendable {
        /// The pane's box, border included: a click or the wheel anywhere in it goes to this list.
        public var box: Rect
        /// The rows that hold entries (inside the border, below a column header).
        public var rows: Rect
        /// For each row of `rows` from its top, the index of the item drawn there (nil: a heading,
        /// a blank, a row that cannot be selected).
        public var items: [Int?]

        public init(box: Rect, rows: Rect, items: [Int?]) {
            self.box = box
            self.rows = rows
            self.items = items
        }

        /// The item at a screen row, if a selectable one is drawn there.
        public func item(atY y: Int) -> Int? {
            let row = y - rows.y
            return row >= 0 && row < items.count ? items[row] : nil
        }
    }

    public var width: Int
    public var height: Int
    public var screen: Screen
    /// The id of the view on the stack that was drawn.
    public var view: Int
    /// The explorer's list panes as drawn (all three, or the one shown at the narrowest widths).
    public var panes: [Pane: List] = [:]
    /// A list view's list.
    public var list: List?
    /// The text box (the explorer's detail pane, a list view's text) and its lines of text shown.
    public var text: Rect?
    public var textLines = 0
    /// The state's windows and text scrolls as drawn (`ExplorerView.windowed`): the reducer
    /// starts the next event from them.
    public var drawn: Window = Window()

    /// Where the windows were drawn from.
    public struct Window: Equatable, Sendable {
        public var panes: [Pane: Int] = [:]
        public var detail = 0
        public var list = 0
        public var listText = 0
        public var overview = 0
        public var help = 0
        /// The anchor the frame was drawn with, its line found and scrolled to (`detail` or
        /// `listText`): the reducer drops it from the state when it is still the same one.
        public var anchor: TextAnchor?
    }
    /// The named places of a list view's text as drawn, by line (the countries view's passages:
    /// Enter opens the one at the top).
    public var textAnchors: [String: Int] = [:]
    /// The lines of the help shown at once, while it is open.
    public var helpLines: Int?

    public init(width: Int, height: Int, screen: Screen, view: Int) {
        self.width = width
        self.height = height
        self.screen = screen
        self.view = view
    }

    /// Whether this snapshot is of the state's screen as it is now.
    public func matches(_ s: AppState) -> Bool {
        width == s.width && height == s.height && screen == s.screen && view == s.top.id
    }

    /// A page of a list or a text: the rows or lines it last showed (at least one).
    public func page(of list: List?) -> Int { max(1, list?.rows.height ?? 1) }
    public var textPage: Int { max(1, textLines) }

    /// The explorer pane whose box contains the point.
    public func pane(at x: Int, _ y: Int) -> Pane? {
        for (pane, list) in panes where list.box.contains(x, y) { return pane }
        if let text, text.contains(x, y) { return .detail }
        return nil
    }
}

extension Rect {
    func contains(_ px: Int, _ py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}

extension ExplorerView {
    /// Renders a state and hands back what was drawn where, for the loop to give the reducer with
    /// the next event.
    public func laidOut(_ state: AppState) -> (frame: Frame, layout: LayoutSnapshot) {
        (render(state), snapshot(state))
    }

    /// What a state's frame was drawn from: its windows, as the reducer takes them back.
    func window(_ s: AppState) -> LayoutSnapshot.Window {
        LayoutSnapshot.Window(panes: s.scroll, detail: s.detailScroll, list: s.top.list.scroll, listText: s.top.list.textScroll,
                              overview: s.overviewScroll, help: s.helpScroll, anchor: s.top.anchor)
    }

    /// The layout of the frame `render` draws for this state: the same rectangles, at the same
    /// scroll offsets, each row mapped to the item drawn on it.
    public func snapshot(_ state: AppState) -> LayoutSnapshot {
        let state = windowed(state)
        var shot = LayoutSnapshot(width: state.width, height: state.height, screen: state.screen, view: state.top.id)
        shot.drawn = window(state)
        // too small to draw a text: the anchor waits for a size that shows it
        if state.isTooSmall { shot.drawn.anchor = nil }
        if state.showHelp {
            shot.helpLines = HelpLayout.pageSize(width: state.width, height: state.height, language: state.language, screen: state.screen,
                                                 fromSlide: state.fromSlide != nil)
        }
        let layout = ExplorerLayout(width: state.width, height: state.height, focus: state.focus, detailSource: state.detailSource)
        guard layout.mode != .tooSmall else { return shot }
        if state.screen == .explorer {
            let outcome = report.outcomes[max(0, min(state.outcome, report.outcomes.count - 1))]
            for (pane, box) in layout.panes {
                let rows = ExplorerLayout.listArea(pane, box)
                let offset = state.scroll[pane, default: 0]
                let items: [Int?] = (0..<max(0, rows.height)).map { row in
                    let index = offset + row
                    switch pane {
                    case .outcomes: return index < report.outcomes.count ? index : nil
                    case .indicators: return IndicatorPane.indicatorIndex(atRow: index, of: outcome, state.query)
                    case .regions: return index < report.regions.count ? index : nil
                    case .detail: return nil
                    }
                }
                shot.panes[pane] = LayoutSnapshot.List(box: box, rows: rows, items: items)
            }
            shot.text = layout.detail
            shot.textLines = layout.detail.inset(1).height
        } else if state.screen != .overview {
            let screen = state.screen
            let entries = context.entries(screen, state)
            let list = state.list(screen)
            let contents = ContentsLayout(width: state.width, height: state.height, screen: screen)
            let rows = Rect(x: contents.list.x + 1, y: ContentsLayout.listTop(contents.list, screen), width: max(0, contents.list.width - 2),
                            height: ContentsLayout.listRows(contents.list, screen))
            let items: [Int?] = (0..<rows.height).map { row in
                let index = list.scroll + row
                return index < entries.count && entries[index].isSelectable ? index : nil
            }
            shot.list = LayoutSnapshot.List(box: contents.list, rows: rows, items: items)
            if list.index >= 0, list.index < entries.count {
                shot.textAnchors = context.details.document(entries[list.index], width: contents.text.inset(1).width - 1, report: report,
                                                            glyphs: glyphs, countries: context.countries, language: state.language).anchors
            }
            shot.text = contents.text
            shot.textLines = contents.text.inset(1).height
        }
        return shot
    }
}
