import PIRModel
import PIRText

/// The only place the state changes: an event in, a new state out. Pure, so every key sequence can
/// be replayed in a test without a terminal. What it reads besides the state is its `context`, the
/// same read-only context the views draw from.
public struct Reducer: Sendable {
    public let context: ViewContext
    public init(report: Report) { context = ViewContext(report: report) }
    /// What the view drew last (`ExplorerView.laidOut`), for paging and the mouse; set only for
    /// the one event it is given with (`reduce(_:_:after:)`).
    var layout: LayoutSnapshot?

    public var report: Report { context.report }
    public var index: SearchIndex { context.index }
    public var contents: [ContentsEntry] { context.contents }
    public var overview: [OverviewRow] { context.overview }
    public var countries: CountryIndex { context.countries }
    public func entries(_ screen: Screen, _ state: AppState) -> [ContentsEntry] { context.entries(screen, state) }
    public func hits(_ state: AppState) -> [SearchHit] { context.hits(state) }
    public func paletteChoices(_ text: String) -> [PaletteChoice] { context.paletteChoices(text) }

    static let listScreens: Set<Screen> = [.contents, .regions, .countries, .budget, .trends, .enabling, .boxes, .lessons, .indicators]

    /// Reduces an event with the layout of the frame on screen when it came: a page is the rows
    /// that frame showed, a click goes to the item drawn under it.
    public func reduce(_ state: AppState, _ event: Event, after layout: LayoutSnapshot?) -> AppState {
        var reducer = self
        reducer.layout = layout
        var s = state
        // the event starts from the windows that were on screen, as the view moved them
        if let layout, layout.matches(s) {
            // the frame found the anchor's line and scrolled there: its scroll is the text's now;
            // an anchor set after that frame (keys in a burst) waits for the next one
            let resolved = layout.drawn.anchor == s.top.anchor
            if resolved { s.top.anchor = nil }
            switch s.screen {
            case .overview: s.overviewScroll = layout.drawn.overview
            case .explorer:
                s.scroll = layout.drawn.panes
                if resolved { s.detailScroll = layout.drawn.detail }
            default:
                s.top.list.scroll = layout.drawn.list
                if resolved { s.top.list.textScroll = layout.drawn.listText }
            }
            if s.showHelp { s.helpScroll = layout.drawn.help }
        }
        return reducer.reduce(s, event)
    }

    /// The snapshot of the screen as it is in this state, if one was given and it still shows.
    func shown(_ s: AppState) -> LayoutSnapshot? {
        guard let layout, layout.matches(s) else { return nil }
        return layout
    }

    /// A page where no frame has been drawn for the state yet (a test reducing keys without
    /// rendering, several keys arriving before a frame): half the terminal's height.
    func unseenPage(_ s: AppState) -> Int { max(1, s.height / 2) }

    public func reduce(_ state: AppState, _ event: Event) -> AppState {
        var s = state
        switch event {
        case .resize(let width, let height):
            s.width = max(0, width)
            s.height = max(0, height)
        case .mouse(let mouse):
            guard s.mouseEnabled else { return s }
            self.mouse(&s, mouse)
        case .key(let key):
            self.key(&s, key)
        case .paste(let text):
            paste(&s, text)
        case .done(let result):
            s.status = result
        case .presented(let stay, let language):
            s.presentRequested = false
            s.language = language
            if !stay { s.quit = true }
        }
        normalize(&s)
        return s
    }

    /// A paste is text, never keys (pasting "xq" must not export and quit): it goes into the open
    /// prompt, or starts a search for it. Line breaks and tabs become spaces, runs of them one.
    func paste(_ s: inout AppState, _ text: String) {
        guard !s.showHelp else { return }
        if var palette = s.palette {
            palette.prompt.paste(text)
            s.palette = palette
            return
        }
        var search = s.search ?? SearchState()
        if search.prompt.paste(text) { s.search = search }
    }

    public func reduce(_ state: AppState, _ events: [Event]) -> AppState {
        events.reduce(state, reduce)
    }

    // MARK: Keys

    func key(_ s: inout AppState, _ key: Key) {
        if s.showHelp {
            // overlays take Esc (and everything else) first
            switch key {
            case .escape, .char("q"), .char("?"), .function(1), .enter: s.showHelp = false
            case .ctrl("c"), .char("Q"): s.quit = true
            case .down, .char("j"): s.helpScroll = s.helpScroll.addingClamped(1)
            case .up, .char("k"): s.helpScroll = max(0, s.helpScroll - 1)
            // a page of the help is the lines the last frame showed of it
            case .pageDown, .char(" "): s.helpScroll = s.helpScroll.addingClamped(shown(s)?.helpLines ?? unseenPage(s))
            case .pageUp: s.helpScroll = max(0, s.helpScroll - (shown(s)?.helpLines ?? unseenPage(s)))
            case .home, .char("g"): s.helpScroll = 0
            case .end, .char("G"): s.helpScroll = .max
            default: break
            }
            // the view clamps it to the help's length when it draws; the next event starts from there
            return
        }
        if s.palette != nil { paletteKey(&s, key); return }
        if s.search != nil { searchKey(&s, key); return }
        if !s.pendingCode.isEmpty, handlePending(&s, key) { return }
        s.status = ""
        if viewKey(&s, key) { return }
        if s.screen == .overview, overviewKey(&s, key) { return }
        if Self.listScreens.contains(s.screen), listKey(&s, key) { return }
        if s.screen == .explorer, explorerKey(&s, key) { return }
        switch key {
        case .ctrl("c"), .char("Q"): s.quit = true
        case .char("q"):
            s.quit = true
        case .char("?"), .function(1): s.showHelp = true; s.helpScroll = 0
        case .char("/"): s.search = SearchState()
        case .char(":"): s.palette = PaletteState()
        case .char("p"): s.presentRequested = true
        case .char("n"): repeatSearch(&s, by: 1)
        case .char("N"): repeatSearch(&s, by: -1)
        case .char("y"): copy(&s)
        case .char("w"):
            s.language = s.language == .zh ? .en : .zh
            s.status = s.language.strings.explorer.languageSwitched
        case .char("x"): export(&s, markdown: false)
        case .char("X"): export(&s, markdown: true)
        case .char("s"): cycleSort(&s)
        case .char("S"):
            if s.screen == .explorer || s.screen == .indicators { changeQuery(&s) { $0.descending.toggle() }; s.status = sortStatus(s) }
        case .char("R"): cycleSortRegion(&s)
        case .char("f"): cycleFilter(&s)
        case .char("F"): clearFilter(&s)
        case .char(let c) where c.isASCII && c.isNumber:
            if let index = report.outcomes.firstIndex(where: { $0.id == String(c) }) { selectHere(&s, outcome: index) }
            s.pendingCode = String(c)
            s.status = codePrompt(s)
        case .char(let c) where ["a", "b", "c", "A"].contains(c):
            if let index = report.outcomes.firstIndex(where: { $0.id == c.uppercased() }) { selectHere(&s, outcome: index) }
            s.pendingCode = c.uppercased()
            s.status = codePrompt(s)
        default:
            break
        }
    }

    /// The explorer's own keys: moving in the focused pane, drilling in and out, the next pane.
    func explorerKey(_ s: inout AppState, _ key: Key) -> Bool {
        switch key {
        case .up, .char("k"): move(&s, by: -1)
        case .down, .char("j"): move(&s, by: 1)
        case .pageUp, .ctrl("b"): move(&s, by: -page(s))
        case .pageDown, .ctrl("f"): move(&s, by: page(s))
        case .ctrl("u"): move(&s, by: -max(1, page(s) / 2))
        case .ctrl("d"): move(&s, by: max(1, page(s) / 2))
        case .home, .char("g"): move(&s, by: -1_000_000)
        case .end, .char("G"): move(&s, by: 1_000_000)
        case .enter, .right, .char("l"): drillIn(&s)
        case .escape, .left, .char("h"), .backspace: back(&s)
        case .tab: cycle(&s, by: 1)
        case .backTab: cycle(&s, by: -1)
        default: return false
        }
        return true
    }

    /// Keys that switch views, the same on every view: F2–F11 and the view letters. A view's key
    /// pushes that view, on the item one was on where it lists it; pressed in that view it goes
    /// back; `o` goes home to the overview and empties the stack.
    func viewKey(_ s: inout AppState, _ key: Key) -> Bool {
        var target: Screen?
        switch key {
        case .function(let n): target = Screen.forFunctionKey(n)
        case .char(let c): target = Screen.forLetter(c)
        default: break
        }
        guard let target else { return false }
        let pushes = target != s.screen && target != .overview
        if target == s.screen { goBack(&s) } else { openView(&s, target) }
        // `B` and `C` are also how enabling codes begin (`C.5.2`): remember, in case a `.` follows
        if pushes, case .char(let c) = key, c == "B" || c == "C", report.outcome(String(c)) != nil {
            s.pendingCode = String(c)
            s.pendingCodeSwitchedView = true
        }
        return true
    }

    /// While a code is being typed (`3.1.2`): digits and dots extend it, Enter goes there, Esc drops it.
    func handlePending(_ s: inout AppState, _ key: Key) -> Bool {
        let switchedView = s.pendingCodeSwitchedView
        s.pendingCodeSwitchedView = false
        if switchedView {
            // only a `.` turns the view letter into a code; anything else is a key of the new view
            guard key == .char(".") else { s.pendingCode = ""; return false }
            goBack(&s)
        }
        switch key {
        case .char(let c) where c == "." || (c.isASCII && c.isNumber && s.pendingCode.hasSuffix(".")):
            s.pendingCode.append(c)
            s.status = codePrompt(s)
            return true
        case .backspace:
            s.pendingCode.removeLast()
            s.status = s.pendingCode.isEmpty ? "" : codePrompt(s)
            return true
        case .enter:
            let code = s.pendingCode
            s.pendingCode = ""
            goto(&s, code)
            return true
        case .escape:
            s.pendingCode = ""
            s.status = ""
            return true
        default:
            s.pendingCode = ""
            return false
        }
    }

    /// The status line while a code is typed (`3.1.2` then Enter).
    func codePrompt(_ s: AppState) -> String { s.language.strings.explorer.goToCode(s.pendingCode) }

    func noMatch(_ s: AppState, _ query: String) -> String { s.language.strings.explorer.noMatchFor(query) }

    /// Goes to a code: in the view on screen where it lists it (a code typed in the indicators
    /// table stays there), else in the explorer.
    func goto(_ s: inout AppState, _ code: String) {
        if s.screen != .explorer, s.screen != .overview, let node = report.resolve(code), focus(&s, on: [node]) {
            s.status = ""
            return
        }
        switch report.resolve(code) {
        case .outcome(let id)?:
            if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
            s.focus = .indicators
            s.indicator = 0
            s.status = ""
        case .output(let code)?:
            guard let (outcome, output) = report.output(code),
                  let index = report.outcomes.firstIndex(where: { $0.id == outcome.id }) else { break }
            select(&s, outcome: index)
            if !s.entries(of: outcome).contains(where: { $0.0.code == output.code }) { s.query.filter = nil }
            s.indicator = s.entries(of: outcome).firstIndex { $0.0.code == output.code } ?? 0
            s.focus = .indicators
            s.status = ""
        case .indicator(let code)?:
            guard let (outcome, _, _) = report.indicator(code),
                  let index = report.outcomes.firstIndex(where: { $0.id == outcome.id }) else { break }
            select(&s, outcome: index)
            if !s.entries(of: outcome).contains(where: { $0.1.code == code }) { s.query.filter = nil }
            s.indicator = s.entries(of: outcome).firstIndex { $0.1.code == code } ?? 0
            s.focus = .indicators
            s.status = ""
        default:
            s.status = s.language.strings.explorer.noSuchCode(code)
        }
    }

    /// An outcome's code typed: its row in the view on screen where it has one (the budget row, the
    /// outcome's first indicator in the table), else the explorer on it.
    func selectHere(_ s: inout AppState, outcome index: Int) {
        if Self.listScreens.contains(s.screen), focus(&s, on: [.outcome(report.outcomes[index].id)]) { return }
        select(&s, outcome: index)
    }

    func select(_ s: inout AppState, outcome index: Int) {
        show(&s, .explorer)
        if s.outcome != index {
            s.outcome = index
            s.indicator = 0
            s.detailScroll = 0
        }
        s.focus = .outcomes
    }

}

extension Int {
    /// A scroll moved on from `.max` (End, before a frame clamped it) stays `.max` rather than trapping.
    func addingClamped(_ n: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(n)
        return overflow ? .max : sum
    }
}
