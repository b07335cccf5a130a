import PIRModel

/// The only place the state changes: an event in, a new state out. Pure, so every key sequence can
/// be replayed in a test without a terminal.
public struct Reducer: Sendable {
    public let report: Report
    public let index: SearchIndex
    public let contents: [ContentsEntry]
    public let overview: [OverviewRow]
    public init(report: Report) {
        self.report = report
        self.index = SearchIndex(report: report)
        self.contents = Contents.entries(report)
        self.overview = Overview.rows(report)
    }

    /// Hits for the open prompt (computed per keystroke; the index makes it cheap).
    public func hits(_ state: AppState) -> [SearchHit] {
        guard let search = state.search else { return [] }
        return index.search(search.query, limit: 500)
    }

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
        }
        normalize(&s)
        return s
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
            case .down, .char("j"): s.helpScroll += 1
            case .up, .char("k"): s.helpScroll = max(0, s.helpScroll - 1)
            case .pageDown, .char(" "): s.helpScroll += 10
            case .pageUp: s.helpScroll = max(0, s.helpScroll - 10)
            default: break
            }
            return
        }
        if s.search != nil { searchKey(&s, key); return }
        if !s.pendingCode.isEmpty, handlePending(&s, key) { return }
        s.status = ""
        if s.screen == .contents, contentsKey(&s, key) { return }
        if s.screen == .overview, overviewKey(&s, key) { return }
        switch key {
        case .ctrl("c"), .char("Q"): s.quit = true
        case .char("q"):
            s.quit = true
        case .char("?"), .function(1): s.showHelp = true; s.helpScroll = 0
        case .char("/"): s.search = SearchState()
        case .char("t"), .function(2): s.screen = .contents
        case .char("o"), .function(3): s.screen = .overview
        case .char("n"): repeatSearch(&s, by: 1)
        case .char("N"): repeatSearch(&s, by: -1)
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
        case .char(let c) where c.isASCII && c.isNumber:
            if let index = report.outcomes.firstIndex(where: { $0.id == String(c) }) { select(&s, outcome: index) }
            s.pendingCode = String(c)
            s.status = "goto \(s.pendingCode)"
        case .char(let c) where ["a", "b", "c"].contains(c.lowercased()):
            if let index = report.outcomes.firstIndex(where: { $0.id == c.uppercased() }) { select(&s, outcome: index) }
            s.pendingCode = c.uppercased()
            s.status = "goto \(s.pendingCode)"
        default:
            break
        }
    }

    /// While a code is being typed (`3.1.2`): digits and dots extend it, Enter goes there, Esc drops it.
    func handlePending(_ s: inout AppState, _ key: Key) -> Bool {
        switch key {
        case .char(let c) where c == "." || (c.isASCII && c.isNumber && s.pendingCode.hasSuffix(".")):
            s.pendingCode.append(c)
            s.status = "goto \(s.pendingCode)"
            return true
        case .backspace:
            s.pendingCode.removeLast()
            s.status = s.pendingCode.isEmpty ? "" : "goto \(s.pendingCode)"
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

    func goto(_ s: inout AppState, _ code: String) {
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
            s.indicator = outcome.indicatorEntries.firstIndex { $0.0.code == output.code } ?? 0
            s.focus = .indicators
            s.status = ""
        case .indicator(let code)?:
            guard let (outcome, _, _) = report.indicator(code),
                  let index = report.outcomes.firstIndex(where: { $0.id == outcome.id }) else { break }
            select(&s, outcome: index)
            s.indicator = outcome.indicatorEntries.firstIndex { $0.1.code == code } ?? 0
            s.focus = .indicators
            s.status = ""
        default:
            s.status = "no outcome, output or indicator \(code)"
        }
    }

    func select(_ s: inout AppState, outcome index: Int) {
        s.screen = .explorer
        if s.outcome != index {
            s.outcome = index
            s.indicator = 0
            s.detailScroll = 0
        }
        s.focus = .outcomes
    }

    func page(_ s: AppState) -> Int {
        let layout = ExplorerLayout(width: s.width, height: s.height, focus: s.focus, detailSource: s.detailSource)
        let rect = s.focus == .detail ? layout.detail : (layout.panes[s.focus] ?? layout.detail)
        return max(1, rect.height - 3)
    }

    func move(_ s: inout AppState, by delta: Int) {
        switch s.focus {
        case .outcomes:
            let new = clamp(s.outcome + delta, report.outcomes.count)
            if new != s.outcome { s.outcome = new; s.indicator = 0; s.detailScroll = 0 }
        case .indicators:
            let count = currentOutcome(s).indicatorEntries.count
            let new = clamp(s.indicator + delta, count)
            if new != s.indicator { s.indicator = new; s.detailScroll = 0 }
        case .regions:
            let new = clamp(s.region + delta, report.regions.count)
            if new != s.region { s.region = new; s.detailScroll = 0 }
        case .detail:
            s.detailScroll = max(0, s.detailScroll + delta)
        }
    }

    func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value)) }

    func currentOutcome(_ s: AppState) -> Outcome { report.outcomes[clamp(s.outcome, report.outcomes.count)] }

    func drillIn(_ s: inout AppState) {
        switch s.focus {
        case .outcomes:
            if currentOutcome(s).indicatorEntries.isEmpty { s.detailSource = .outcomes; s.focus = .detail }
            else { s.focus = .indicators }
        case .indicators: s.focus = .regions
        case .regions: s.detailSource = .regions; s.focus = .detail
        case .detail: break
        }
        s.detailScroll = 0
    }

    func back(_ s: inout AppState) {
        switch s.focus {
        case .outcomes: s.status = "q quits"
        case .indicators: s.focus = .outcomes
        case .regions: s.focus = .indicators
        case .detail: s.focus = s.detailSource
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

    // MARK: Overview

    func overviewKey(_ s: inout AppState, _ key: Key) -> Bool {
        func move(_ delta: Int) {
            var index = s.overviewIndex
            let step = delta > 0 ? 1 : -1
            for _ in 0..<abs(delta) {
                var next = index + step
                while next >= 0 && next < overview.count && !overview[next].isSelectable { next += step }
                guard next >= 0 && next < overview.count else { break }
                index = next
            }
            s.overviewIndex = index
        }
        switch key {
        case .up, .char("k"): move(-1)
        case .down, .char("j"): move(1)
        case .pageUp, .ctrl("b"), .ctrl("u"): move(-10)
        case .pageDown, .ctrl("f"), .ctrl("d"): move(10)
        case .home, .char("g"): move(-1_000)
        case .end, .char("G"): move(1_000)
        case .enter, .right, .char("l"):
            switch overview[s.overviewIndex] {
            case .outcome(let id):
                if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
                s.focus = .indicators
            case .region(let id):
                s.screen = .explorer
                s.region = report.regions.firstIndex { $0.id == id } ?? 0
                s.focus = .regions
            case .fact(let id), .budget(let id):
                guard let fact = report.fact(id) else { break }
                if fact.section.hasPrefix("outcome-"), let index = report.outcomes.firstIndex(where: { "outcome-\($0.id)" == fact.section }) {
                    select(&s, outcome: index)
                } else if report.chapter(fact.section) != nil {
                    openContents(&s, .chapter(fact.section))
                }
                s.status = fact.text
            case .heading: break
            }
        case .escape, .left, .char("h"), .backspace, .char("o"), .function(3), .char("q"): s.screen = .explorer
        default: return false
        }
        return true
    }

    // MARK: Contents

    /// Keys of the contents screen; false for the keys it leaves to the explorer's handling.
    func contentsKey(_ s: inout AppState, _ key: Key) -> Bool {
        let layout = ContentsLayout(width: s.width, height: s.height)
        let page = max(1, (s.contentsText ? layout.text.height : layout.list.height) - 3)
        func move(_ delta: Int) {
            if s.contentsText { s.contentsTextScroll = max(0, s.contentsTextScroll + delta); return }
            var index = s.contentsIndex
            let step = delta > 0 ? 1 : -1
            var remaining = abs(delta)
            while remaining > 0 {
                var next = index + step
                while next >= 0 && next < contents.count && !contents[next].isSelectable { next += step }
                guard next >= 0 && next < contents.count else { break }
                index = next
                remaining -= 1
            }
            if index != s.contentsIndex { s.contentsIndex = index; s.contentsTextScroll = 0 }
        }
        switch key {
        case .up, .char("k"): move(-1)
        case .down, .char("j"): move(1)
        case .pageUp, .ctrl("b"): move(-page)
        case .pageDown, .ctrl("f"): move(page)
        case .ctrl("u"): move(-max(1, page / 2))
        case .ctrl("d"): move(max(1, page / 2))
        case .home, .char("g"): move(-100_000)
        case .end, .char("G"): move(100_000)
        case .enter, .right, .char("l"):
            switch contents[s.contentsIndex] {
            case .outcome(let id):
                if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
                s.screen = .explorer
                s.focus = report.outcomes[s.outcome].indicatorEntries.isEmpty ? .outcomes : .indicators
            case .region(let id):
                s.region = report.regions.firstIndex { $0.id == id } ?? 0
                s.screen = .explorer
                s.focus = .regions
            default:
                s.contentsText = true
            }
        case .escape, .left, .char("h"), .backspace:
            if s.contentsText { s.contentsText = false } else { s.screen = .explorer }
        case .tab, .backTab: s.contentsText.toggle()
        case .char("t"), .function(2), .char("q"): s.screen = .explorer  // q closes the view, as in k9s
        default: return false
        }
        return true
    }

    /// Opens the contents screen at an entry.
    func openContents(_ s: inout AppState, _ entry: ContentsEntry) {
        guard let index = contents.firstIndex(of: entry) else { return }
        s.screen = .contents
        s.contentsIndex = index
        s.contentsText = true
        s.contentsTextScroll = 0
    }

    // MARK: Search

    func searchKey(_ s: inout AppState, _ key: Key) {
        guard var search = s.search else { return }
        // searched only for the keys that need the number of hits, not for every typed character
        var count: Int { hits(s).count }
        switch key {
        case .escape: s.search = nil; return
        case .ctrl("c"): s.quit = true; return
        case .enter:
            let all = hits(s)
            s.search = nil
            guard !all.isEmpty else { s.status = "no match for \(search.query)"; return }
            s.lastQuery = search.query
            s.lastHit = min(search.selected, all.count - 1)
            open(&s, all[s.lastHit])
            return
        case .up, .ctrl("p"): search.selected = max(0, search.selected - 1)
        case .down, .ctrl("n"): search.selected = min(max(0, count - 1), search.selected + 1)
        case .pageUp: search.selected = max(0, search.selected - 10)
        case .pageDown: search.selected = min(max(0, count - 1), search.selected + 10)
        case .backspace:
            if !search.query.isEmpty { search.query.removeLast() }
            search.selected = 0
        case .ctrl("u"): search.query = ""; search.selected = 0
        case .char(let c):
            search.query.append(c)
            search.selected = 0
        default: break
        }
        s.search = search
    }

    func repeatSearch(_ s: inout AppState, by delta: Int) {
        guard !s.lastQuery.isEmpty else { s.status = "no search yet: / to search"; return }
        let all = index.search(s.lastQuery, limit: 500)
        guard !all.isEmpty else { s.status = "no match for \(s.lastQuery)"; return }
        s.lastHit = ((s.lastHit + delta) % all.count + all.count) % all.count
        open(&s, all[s.lastHit])
        s.status = "/\(s.lastQuery) · \(s.lastHit + 1)/\(all.count)" + (s.status.isEmpty ? "" : " · " + s.status)
    }

    /// Puts the explorer on a hit's node; text outside the panes opens in the detail area.
    func open(_ s: inout AppState, _ hit: SearchHit) {
        s.status = ""
        switch hit.node {
        case .outcome(let id)?:
            s.screen = .explorer
            if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
            s.detailSource = .outcomes
            s.focus = .detail
            s.detailScroll = 0
            s.status = "在成果目标 \(id) 的正文中"
        case .output(let code)?: s.screen = .explorer; goto(&s, code)
        case .indicator(let code)?: s.screen = .explorer; goto(&s, code)
        case .region(let id)?:
            s.screen = .explorer
            s.region = report.regions.firstIndex { $0.id == id } ?? 0
            s.focus = .regions
        case .box(let n)?:
            openContents(&s, .box(n))
            s.status = "专栏 \(n) · \(report.box(n)?.sectionTitle ?? "")"
        default:
            if report.chapter(hit.sectionID) != nil {
                // a box's text opens the box; other text its chapter
                if let box = report.boxes.first(where: { hit.path.hasPrefix($0.path + ".") }) { openContents(&s, .box(box.number)) }
                else { openContents(&s, .chapter(hit.sectionID)) }
                s.status = hit.sectionTitle
            } else {
                s.status = "\(hit.sectionTitle): pir show \(hit.sectionID)"
            }
        }
    }

    // MARK: Mouse

    func mouse(_ s: inout AppState, _ mouse: Mouse) {
        if s.screen == .contents {
            let layout = ContentsLayout(width: s.width, height: s.height)
            let inList = mouse.x >= layout.list.x && mouse.x < layout.list.maxX && mouse.y >= layout.list.y && mouse.y < layout.list.maxY
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                let delta = mouse.kind == .wheelUp ? -1 : 1
                if inList { s.contentsText = false; _ = contentsKey(&s, delta < 0 ? .up : .down) }
                else { s.contentsTextScroll = max(0, s.contentsTextScroll + delta * 3) }
            case .press:
                if inList {
                    let row = mouse.y - layout.list.y - 1 + s.contentsScroll
                    if row >= 0 && row < contents.count && contents[row].isSelectable { s.contentsIndex = row; s.contentsText = false; s.contentsTextScroll = 0 }
                } else { s.contentsText = true }
            }
            return
        }
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
            let row = mouse.y - ExplorerView.listArea(pane, rect).y + s.scroll[pane, default: 0]
            s.focus = pane
            switch pane {
            case .outcomes:
                if row >= 0 && row < report.outcomes.count, row != s.outcome { s.outcome = row; s.indicator = 0; s.detailScroll = 0 }
            case .indicators:
                if let index = ExplorerView.indicatorIndex(atRow: row, of: currentOutcome(s)) { s.indicator = index; s.detailScroll = 0 }
            case .regions:
                if row >= 0 && row < report.regions.count { s.region = row; s.detailScroll = 0 }
            case .detail: break
            }
        }
    }

    // MARK: Keeping the selection on screen

    func normalize(_ s: inout AppState) {
        s.outcome = clamp(s.outcome, report.outcomes.count)
        s.indicator = clamp(s.indicator, currentOutcome(s).indicatorEntries.count)
        s.region = clamp(s.region, report.regions.count)
        guard !s.isTooSmall else { return }
        if s.screen == .overview {
            let visible = max(1, s.height - 6)
            if s.overviewIndex < s.overviewScroll + 1 { s.overviewScroll = max(0, s.overviewIndex - 1) }
            if s.overviewIndex >= s.overviewScroll + visible { s.overviewScroll = s.overviewIndex - visible + 1 }
            return
        }
        if s.screen == .contents {
            let layout = ContentsLayout(width: s.width, height: s.height)
            let visible = max(1, layout.list.height - 2)
            if s.contentsIndex < s.contentsScroll + 1 { s.contentsScroll = max(0, s.contentsIndex - 1) }
            if s.contentsIndex >= s.contentsScroll + visible { s.contentsScroll = s.contentsIndex - visible + 1 }
            if s.contentsTextScroll > 0 {
                // building the text costs milliseconds for a long chapter: only when it is scrolled
                let inner = layout.text.inset(1)
                let lines = DetailDocument(report: report, glyphs: .unicode).build(contents[s.contentsIndex], width: inner.width - 1).lines.count
                s.contentsTextScroll = min(s.contentsTextScroll, max(0, lines - inner.height))
            }
            return
        }
        let layout = ExplorerLayout(width: s.width, height: s.height, focus: s.focus, detailSource: s.detailSource)
        if s.detailScroll > 0 {
            // scrolling past the end would make the next Up keys seem to do nothing
            let inner = layout.detail.inset(1)
            let lines = DetailDocument(report: report, glyphs: .unicode).build(s.focused(in: report), width: inner.width - 1).lines.count
            s.detailScroll = min(s.detailScroll, max(0, lines - inner.height))
        }
        for (pane, rect) in layout.panes {
            let visible = max(1, ExplorerView.listArea(pane, rect).height)
            let (row, count): (Int, Int)
            switch pane {
            case .outcomes: (row, count) = (s.outcome, report.outcomes.count)
            case .indicators:
                let outcome = currentOutcome(s)
                (row, count) = (ExplorerView.row(ofIndicator: s.indicator, in: outcome), ExplorerView.rowCount(of: outcome))
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
