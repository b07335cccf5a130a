import PIRModel
import PIRText

/// The only place the state changes: an event in, a new state out. Pure, so every key sequence can
/// be replayed in a test without a terminal.
public struct Reducer: Sendable {
    public let report: Report
    public let index: SearchIndex
    public let contents: [ContentsEntry]
    public let overview: [OverviewRow]
    /// The fixed lists of the list-and-text views.
    let catalogs: [Screen: [ContentsEntry]]
    /// Built on first use: a reader who never opens a country page does not pay for the scan.
    let countryIndexBox: Lazy<CountryIndex>
    public var countries: CountryIndex { countryIndexBox.value }
    /// Wrapped texts, shared with the view so a key wraps its node's text once.
    public let details = DetailCache()
    public init(report: Report) {
        self.report = report
        self.index = SearchIndex(report: report)
        self.contents = Contents.entries(report)
        self.overview = Overview.rows(report)
        var catalogs: [Screen: [ContentsEntry]] = [:]
        for screen in Screen.allCases where screen != .indicators && screen != .countries { catalogs[screen] = Catalog.entries(screen, report) }
        self.catalogs = catalogs
        self.countryIndexBox = Lazy { CountryIndex(report: report) }
    }

    /// What a list-and-text view lists in this state (the indicators table follows the sort and filter).
    public func entries(_ screen: Screen, _ state: AppState) -> [ContentsEntry] {
        if screen == .indicators { return Catalog.entries(.indicators, report, query: state.query) }
        if screen == .countries {
            return Catalog.entries(.countries, report, countries: countries, countryOrder: state.countryOrder, countryRegion: state.countryRegion)
        }
        return catalogs[screen] ?? []
    }

    static let listScreens: Set<Screen> = [.contents, .regions, .countries, .budget, .trends, .enabling, .boxes, .lessons, .indicators]

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
        case .paste(let text):
            paste(&s, text)
        }
        normalize(&s)
        return s
    }

    /// A paste is text, never keys (pasting "xq" must not export and quit): it goes into the open
    /// prompt, or starts a search for it. Line breaks and tabs become spaces, runs of them one.
    func paste(_ s: inout AppState, _ text: String) {
        let line = Sanitizer.clean(Event.line(ofPaste: text))
            .trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, !s.showHelp else { return }
        if var palette = s.palette {
            palette.text += line
            palette.selected = 0
            s.palette = palette
            return
        }
        var search = s.search ?? SearchState()
        search.query += line
        search.selected = 0
        s.search = search
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
            case .pageDown, .char(" "): s.helpScroll += HelpOverlay.pageSize(width: s.width, height: s.height, language: s.language, screen: s.screen, fromSlide: s.fromSlide != nil)
            case .pageUp: s.helpScroll = max(0, s.helpScroll - HelpOverlay.pageSize(width: s.width, height: s.height, language: s.language, screen: s.screen, fromSlide: s.fromSlide != nil))
            case .home, .char("g"): s.helpScroll = 0
            case .end, .char("G"): s.helpScroll = .max
            default: break
            }
            // in range, so Up after PgDn past the end moves at once
            s.helpScroll = min(s.helpScroll, HelpOverlay.maxScroll(width: s.width, height: s.height, language: s.language, screen: s.screen, fromSlide: s.fromSlide != nil))
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
            s.status = s.language == .en ? "English labels; narrative stays Chinese, marked [中文] · w 中文" : "中文界面 · w English"
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
    func codePrompt(_ s: AppState) -> String { s.language("转到 go to \(s.pendingCode)", "go to \(s.pendingCode)") }

    func noMatch(_ s: AppState, _ query: String) -> String { s.language("没有找到 no match for \(query)", "no match for \(query)") }

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
            s.status = s.language("没有这个成果目标、产出或指标 no outcome, output or indicator \(code)", "no outcome, output or indicator \(code)")
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
                openResults(&s, outcome: id)
            case .region(let id):
                openRegion(&s, id)
            case .budget(let id) where id == "policy_outcomes_expenditure":
                show(&s, .budget)
            case .fact(let id), .budget(let id):
                guard let fact = report.fact(id) else { break }
                if fact.section.hasPrefix("outcome-"), let index = report.outcomes.firstIndex(where: { "outcome-\($0.id)" == fact.section }) {
                    select(&s, outcome: index)
                } else if report.chapter(fact.section) != nil {
                    openContents(&s, .chapter(fact.section), paragraph: fact.text)
                }
                s.mark = fact.printed
                s.status = fact.text
            case .heading: break
            }
        case .escape, .left, .char("h"), .backspace: goBack(&s)
        default: return false
        }
        return true
    }

    /// Enter on an outcome's row of the overview: the figure's source, as a headline row opens its
    /// own — the outcome's text at the sentence giving its results against target, the figure marked.
    func openResults(_ s: inout AppState, outcome id: String) {
        guard let index = report.outcomes.firstIndex(where: { $0.id == id }) else { return }
        let outcome = report.outcomes[index]
        select(&s, outcome: index)
        s.detailSource = .outcomes
        s.focus = .detail
        guard let results = outcome.results else { return }
        s.mark = Exporter.number(Invariants.countedTotals(outcome).achieved) ?? "\(results.achieved)"
        let layout = ExplorerLayout(width: s.width, height: s.height, focus: .detail, detailSource: .outcomes)
        let doc = DetailDocument(report: report, glyphs: .unicode, countries: countries, language: s.language)
            .build(.outcome(outcome), width: layout.detail.inset(1).width - 1)
        s.detailScroll = max(0, (doc.line(of: results.statement) ?? 1) - 1)
        s.status = results.statement
    }

    /// The regions view on a region's page.
    func openRegion(_ s: inout AppState, _ id: RegionID) {
        show(&s, .regions)
        if let index = entries(.regions, s).firstIndex(of: .region(id)) {
            s.top.list.index = index
            s.top.list.textFocused = true
            s.top.list.textScroll = 0
        }
    }

    // MARK: Contents

    func listLayout(_ s: AppState) -> ContentsLayout { ContentsLayout(width: s.width, height: s.height, screen: s.screen) }

    /// Keys of the list-and-text views; false for the keys they leave to the common handling.
    func listKey(_ s: inout AppState, _ key: Key) -> Bool {
        let screen = s.screen
        let entries = self.entries(screen, s)
        var list = s.top.list
        let layout = listLayout(s)
        let page = max(1, (list.textFocused ? layout.text.height : layout.list.height) - 3)
        func move(_ delta: Int) {
            if list.textFocused { list.textScroll = max(0, list.textScroll + delta); return }
            var index = list.index
            let step = delta > 0 ? 1 : -1
            var remaining = abs(delta)
            while remaining > 0 {
                var next = index + step
                while next >= 0 && next < entries.count && !entries[next].isSelectable { next += step }
                guard next >= 0 && next < entries.count else { break }
                index = next
                remaining -= 1
            }
            if index != list.index { list.index = index; list.textScroll = 0 }
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
            guard list.index < entries.count else { return true }
            let entry = entries[list.index]
            var opens = list.textFocused || screen == .indicators
            if screen == .contents, case .outcome = entry { opens = true }
            if screen == .contents, case .region = entry { opens = true }
            if opens {
                s.top.list = list
                pushing(&s, origin: .source) { openSource(&$0, entry) }
                return true
            }
            list.textFocused = true
        case .escape, .left, .char("h"), .backspace:
            s.top.list = list
            back(&s)
            return true
        case .tab, .backTab: list.textFocused.toggle()
        case .char("q"): goBack(&s); return true  // q closes a view, as in k9s
        default: return false
        }
        s.top.list = list
        return true
    }

    /// Where an entry's figures come from: the explorer node, or the chapter text.
    func openSource(_ s: inout AppState, _ entry: ContentsEntry) {
        switch entry {
        case .outcome(let id), .budget(let id):
            guard let index = report.outcomes.firstIndex(where: { $0.id == id }) else { return }
            select(&s, outcome: index)
            if case .budget = entry { s.detailSource = .outcomes; s.focus = .detail; s.detailScroll = 0; return }
            s.focus = s.entries(of: report.outcomes[index]).isEmpty ? .outcomes : .indicators
        case .region(let id):
            if s.screen == .regions {
                show(&s, .explorer)
                selectRegion(&s, report.regions.firstIndex { $0.id == id } ?? 0)
                s.focus = .regions
            } else {
                openRegion(&s, id)
            }
        case .comparison:
            show(&s, .explorer)
            s.focus = .regions
        case .indicator(let code):
            goto(&s, code)
        case .box(let n):
            guard let box = report.box(n) else { return }
            let section: ContentsEntry = box.sectionID.hasPrefix("outcome-") ? .outcome(String(box.sectionID.dropFirst(8)))
                : box.sectionID.hasPrefix("region-") ? .region(RegionID(rawValue: String(box.sectionID.dropFirst(7))) ?? .africa)
                : .chapter(box.sectionID)
            openContents(&s, section, anchor: "box:\(n)")
            s.status = s.language.box(n) + " · " + box.sectionTitle
        case .budgetTotals: openContents(&s, .chapter("part1-budget"))
        case .trend: openContents(&s, .chapter(report.chapters.first { $0.id.hasPrefix("part1-world") }?.id ?? "part1-world-of-work"))
        case .chapter(let id): openContents(&s, .chapter(id))
        case .country(let id): openPassage(&s, id)
        case .part: break
        }
    }

    /// From a country page, the passage at the top of the text: opened where it is, the name marked.
    func openPassage(_ s: inout AppState, _ id: String) {
        let mentions = countries.mentions(of: id)
        guard !mentions.isEmpty, let country = report.country(id) else { s.status = s.language("没有段落 no passage", "no passage"); return }
        let inner = listLayout(s).text.inset(1)
        let doc = DetailDocument(report: report, glyphs: .unicode, countries: countries, language: s.language).build(.country(id), width: inner.width - 1)
        let top = s.top.list.textScroll + 1
        var chosen = 0
        for n in mentions.indices { if let line = doc.anchors["passage:\(n)"], line <= top { chosen = n } }
        let mention = mentions[chosen]
        let node: NodeRef? = mention.node.flatMap { if case .chapter = $0 { return nil }; return $0 }
        let hit = SearchHit(sectionID: mention.sectionID, sectionTitle: mention.sectionTitle, path: mention.path, text: mention.text,
                            range: mention.ranges[0], node: node, box: mention.box)
        open(&s, hit, query: country.zh)
        s.status = "\(s.language.name(country)) · \(s.language("段落", "passage")) \(chosen + 1)/\(mentions.count) · " + (s.status.isEmpty ? mention.sectionTitle : s.status)
    }

    /// Opens the contents screen at an entry, at a named place in its text or at a paragraph.
    func openContents(_ s: inout AppState, _ entry: ContentsEntry, anchor: String? = nil, paragraph: String? = nil) {
        guard let index = contents.firstIndex(of: entry) else { return }
        show(&s, .contents)
        s.contentsIndex = index
        s.contentsText = true
        s.contentsTextScroll = 0
        if anchor != nil || paragraph != nil {
            let inner = listLayout(s).text.inset(1)
            let doc = DetailDocument(report: report, glyphs: .unicode, countries: countries, language: s.language).build(entry, width: inner.width - 1)
            let line = anchor.flatMap { doc.anchors[$0] } ?? paragraph.flatMap { doc.line(of: $0) }
            if let line { s.contentsTextScroll = max(0, line - 1) }
        }
    }

    // MARK: Search

    func searchKey(_ s: inout AppState, _ key: Key) {
        guard var search = s.search else { return }
        let count = hits(s).count
        switch key {
        case .escape: s.search = nil; return
        case .ctrl("c"): s.quit = true; return
        case .enter:
            let all = hits(s)
            s.search = nil
            guard !all.isEmpty else { s.status = noMatch(s, search.query); return }
            s.lastQuery = search.query
            s.lastHit = min(search.selected, all.count - 1)
            // a view of its own, so Esc comes back to these results in one press
            let hit = all[s.lastHit]
            pushing(&s, origin: .search(search)) { open(&$0, hit, query: search.query) }
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
        guard !s.lastQuery.isEmpty else { s.status = s.language("还没有搜索 no search yet · / 搜索 to search", "no search yet: / to search"); return }
        let all = index.search(s.lastQuery, limit: 500)
        guard !all.isEmpty else { s.status = noMatch(s, s.lastQuery); return }
        s.lastHit = ((s.lastHit + delta) % all.count + all.count) % all.count
        // the next hit takes the place of the one before: Esc still returns to the results
        if case .search = s.top.origin, s.stack.count > 1 { s.stack.removeLast() }
        var results = SearchState()
        results.query = s.lastQuery
        results.selected = s.lastHit
        let hit = all[s.lastHit], query = s.lastQuery
        pushing(&s, origin: .search(results)) { open(&$0, hit, query: query) }
        s.status = "/\(s.lastQuery) · \(s.lastHit + 1)/\(all.count)" + (s.status.isEmpty ? "" : " · " + s.status)
    }

    /// Opens a hit where its text is, scrolled to the paragraph, with the query marked.
    func open(_ s: inout AppState, _ hit: SearchHit, query: String) {
        s.status = ""
        let term = String(hit.text[hit.range])
        // text inside a box opens the box, wherever the box stands (Part I or an outcome's chapter),
        // scrolled to the paragraph; its page says where the box is and Enter goes there
        if let n = hit.box, contents.contains(.box(n)) {
            openContents(&s, .box(n), paragraph: hit.text)
            s.status = s.language("专栏 \(n) box \(n)", "Box \(n)") + " · " + s.language.section(hit.sectionID, hit.sectionTitle, in: report)
            s.mark = term.isEmpty ? query : term
            return
        }
        switch hit.node {
        case .outcome(let id)?:
            if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
            s.detailSource = .outcomes
            s.focus = .detail
            let layout = ExplorerLayout(width: s.width, height: s.height, focus: .detail, detailSource: .outcomes)
            let doc = DetailDocument(report: report, glyphs: .unicode, countries: countries, language: s.language).build(s.focused(in: report), width: layout.detail.inset(1).width - 1)
            // a hit in a table row goes to its table; text to its paragraph
            let table = hit.path.contains(".budget.rows[") || hit.path.hasSuffix(".budget.total") || hit.path.hasSuffix(".budget.header") ? "budget"
                : hit.path.contains(".contributions.") ? "contributions" : nil
            s.detailScroll = max(0, (table.flatMap { doc.anchors[$0] } ?? doc.line(of: hit.text) ?? 1) - 1)
            if let table {
                s.status = s.language(hit.text.components(separatedBy: " · ").first ?? "",
                                      "outcome \(id): " + (table == "budget" ? "budget and expenditure" : "contributions (Appendix I)"))
            } else {
                s.status = s.language("在成果目标 \(id) 的正文中", "in the text of outcome \(id)")
            }
        case .output(let code)?: goto(&s, code)
        case .indicator(let code)?: goto(&s, code)
        case .region(let id)?:
            openRegion(&s, id)
            scrollList(&s, .regions, to: hit.text)
        case .box(let n)?:
            openContents(&s, .box(n))
            s.status = "\(s.language.box(n)) · \(report.box(n)?.sectionTitle ?? "")"
        case .country(let id)?:
            openCountry(&s, id)
            return
        default:
            if hit.sectionID.hasPrefix("region-"), let id = RegionID(rawValue: String(hit.sectionID.dropFirst(7))) {
                openRegion(&s, id)
                scrollList(&s, .regions, to: hit.text)
            } else if report.chapter(hit.sectionID) != nil {
                openContents(&s, .chapter(hit.sectionID), anchor: hit.path.hasPrefix("trends.") ? "trends" : nil, paragraph: hit.text)
                s.status = hit.sectionTitle
            } else {
                s.status = "\(hit.sectionTitle): pir show \(hit.sectionID)"
            }
        }
        s.mark = term.isEmpty ? query : term
    }

    /// Scrolls a list view's text to the paragraph holding `text`.
    func scrollList(_ s: inout AppState, _ screen: Screen, to text: String) {
        let list = s.list(screen)
        let entries = self.entries(screen, s)
        guard list.index < entries.count else { return }
        let inner = ContentsLayout(width: s.width, height: s.height, screen: screen).text.inset(1)
        let doc = DetailDocument(report: report, glyphs: .unicode, countries: countries, language: s.language).build(entries[list.index], width: inner.width - 1)
        if let line = doc.line(of: text) { s.top.list.textScroll = max(0, line - 1) }
    }

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
                    let row = mouse.y - ContentsView.listTop(layout.list, screen) + list.scroll
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
            let row = mouse.y - ExplorerView.listArea(pane, rect).y + s.scroll[pane, default: 0]
            s.focus = pane
            switch pane {
            case .outcomes:
                if row >= 0 && row < report.outcomes.count, row != s.outcome { s.outcome = row; s.indicator = 0; s.detailScroll = 0 }
            case .indicators:
                if let index = ExplorerView.indicatorIndex(atRow: row, of: currentOutcome(s), s.query) { s.indicator = index; s.detailScroll = 0 }
            case .regions:
                if row >= 0 && row < report.regions.count { selectRegion(&s, row); s.detailScroll = 0 }
            case .detail: break
            }
        }
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
            let visible = max(1, ContentsView.listRows(layout.list, screen))
            if list.index < list.scroll + 1 { list.scroll = max(0, list.index - 1) }
            if list.index >= list.scroll + visible { list.scroll = list.index - visible + 1 }
            list.scroll = max(0, min(list.scroll, max(0, entries.count - visible)))
            if list.textScroll > 0, list.index < entries.count {
                let inner = layout.text.inset(1)
                let lines = details.document(entries[list.index], width: inner.width - 1, report: report, glyphs: .unicode,
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
                                            report: report, glyphs: .unicode, countries: countries, language: s.language)
            if document.isComplete { s.detailScroll = min(s.detailScroll, max(0, document.lines.count - inner.height)) }
        }
        for (pane, rect) in layout.panes {
            let visible = max(1, ExplorerView.listArea(pane, rect).height)
            let (row, count): (Int, Int)
            switch pane {
            case .outcomes: (row, count) = (s.outcome, report.outcomes.count)
            case .indicators:
                let outcome = currentOutcome(s)
                (row, count) = (ExplorerView.row(ofIndicator: s.indicator, in: outcome, s.query), ExplorerView.rowCount(of: outcome, s.query))
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
