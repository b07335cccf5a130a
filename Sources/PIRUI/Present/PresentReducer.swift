import PIRModel

/// The presentation's keys: an event in, a new state out, as in the explorer's `Reducer` — whose
/// reducer this one embeds for the drilled-in explorer, so every explorer key works there too.
public struct PresentReducer: Sendable {
    public let report: Report
    /// The deck as given: its slides, steps and nodes are those of either language.
    public let deck: Deck
    /// The deck in both languages, for what depends on words (finding a slide).
    public let decks: Decks
    public let explorer: Reducer
    /// The layout of the explorer's frame on screen, for the one event it is given with.
    var explorerLayout: LayoutSnapshot?

    public init(report: Report, deck: Deck, explorer: Reducer? = nil) {
        self.init(report: report, decks: Decks(deck, report: report), language: deck.language, explorer: explorer)
    }

    public init(report: Report, decks: Decks, language: Language = .zh, explorer: Reducer? = nil) {
        self.report = report
        self.deck = decks[language]
        self.decks = decks
        self.explorer = explorer ?? Reducer(report: report)
    }

    /// Reduces an event with the layout of the explorer's frame on screen while the presenter
    /// explores (`PresentView.explorerLayout`): its pages and clicks go by what was drawn.
    public func reduce(_ state: PresentState, _ event: Event, after layout: LayoutSnapshot?) -> PresentState {
        var reducer = self
        reducer.explorerLayout = layout
        return reducer.reduce(state, event)
    }

    public func reduce(_ state: PresentState, _ events: [Event]) -> PresentState {
        events.reduce(state, reduce)
    }

    public func reduce(_ state: PresentState, _ event: Event) -> PresentState {
        var s = state
        if case .resize(let width, let height) = event {
            s.width = max(0, width)
            s.height = max(0, height)
        }
        if let e = s.explorer {
            explore(&s, e, event)
            return s
        }
        if deck.slides.isEmpty {
            // nothing to show (a follower before the presenter's deck arrives): only leaving works
            if case .key(let key) = event, [.char("q"), .char("Q"), .ctrl("c")].contains(key) { s.quitAll = true }
            return s
        }
        clamp(&s)
        switch event {
        case .resize: break
        case .mouse(let mouse):
            switch mouse.kind {
            case .wheelDown: next(&s)
            case .wheelUp: previous(&s)
            case .press: break
            }
        case .key(let key): self.key(&s, key)
        case .done(let result): s.status = result
        case .presented: break
        // pasted text only ever goes into the find prompt: never read as keys that change slides
        case .paste(let text):
            if var find = s.find {
                find.prompt.paste(text)
                s.find = find
            }
        }
        clamp(&s)
        return s
    }

    func clamp(_ s: inout PresentState) {
        s.slide = max(0, min(deck.slides.count - 1, s.slide))
        let steps = deck.slides.isEmpty ? 0 : deck.slides[s.slide].steps
        s.step = max(0, min(steps, s.step))
    }

    // MARK: Slides

    func key(_ s: inout PresentState, _ key: Key) {
        if key == .ctrl("c") || key == .char("Q") { s.quitAll = true; return }
        if s.showHelp {
            switch key {
            case .escape, .char("?"), .char("q"), .enter, .function(1): s.showHelp = false
            default: break
            }
            return
        }
        if s.blank {
            // a stray key must not bring the slide back while the room looks at the speaker
            switch key {
            case .char("b"), .escape: s.blank = false
            case .char("q"): s.quit = true
            default: break
            }
            return
        }
        if s.index != nil { indexKey(&s, key); return }
        if s.find != nil { findKey(&s, key); return }
        if !s.pending.isEmpty, pendingKey(&s, key) { return }
        if s.pendingG {
            s.pendingG = false
            if key == .char("g") { go(&s, to: 0); return }
        }
        s.status = ""
        switch key {
        case .right, .char(" "), .pageDown, .char("l"), .down, .char("j"): next(&s)
        case .left, .pageUp, .backspace, .char("h"), .up, .char("k"): previous(&s)
        case .char("]"): go(&s, to: s.slide + 1)
        case .char("["): go(&s, to: s.slide - 1)
        case .home: go(&s, to: 0)
        case .end, .char("G"): go(&s, to: deck.slides.count - 1)
        case .char("g"): s.pendingG = true
        case .char(let c) where c.isASCII && c.isNumber:
            s.pending = String(c)
            s.status = "→ \(s.pending)"
        case .char("/"): s.find = FindState()
        case .char("o"): s.index = s.slide
        case .char("b"): s.blank = true
        case .char("t"): s.showTimer.toggle()
        case .char("f"): s.showFooter.toggle()
        case .char("w"): switchLanguage(&s)
        case .char("?"), .function(1): s.showHelp = true
        case .enter: drill(&s)
        case .char("q"): s.quit = true
        case .escape: break
        default: break
        }
    }

    /// `w`: the other language, on the same slide and step (the decks differ only in words).
    func switchLanguage(_ s: inout PresentState) {
        s.language = s.language == .zh ? .en : .zh
        s.status = Self.languageStatus(s.language)
    }

    /// What `w` says, in the presentation and for followers alike.
    public static func languageStatus(_ L: Language) -> String {
        L.strings.slides.languageSwitched
    }

    /// Right, Space, PgDn: the next highlighted item, then the next slide.
    func next(_ s: inout PresentState) {
        let steps = deck.slides[s.slide].steps
        if s.step < steps { s.step += 1 }
        else if s.slide + 1 < deck.slides.count { s.slide += 1; s.step = 0 }
    }

    func previous(_ s: inout PresentState) {
        if s.step > 0 { s.step -= 1 }
        else if s.slide > 0 { s.slide -= 1; s.step = 0 }
    }

    func go(_ s: inout PresentState, to slide: Int) {
        s.slide = max(0, min(deck.slides.count - 1, slide))
        s.step = 0
    }

    /// `12 Enter` or `12G`: slide 12, counting from 1 as the footer does.
    func pendingKey(_ s: inout PresentState, _ key: Key) -> Bool {
        switch key {
        case .char(let c) where c.isASCII && c.isNumber:
            if s.pending.count < 4 { s.pending.append(c) }
            s.status = "→ \(s.pending)"
        case .backspace:
            s.pending.removeLast()
            s.status = s.pending.isEmpty ? "" : "→ \(s.pending)"
        case .enter, .char("G"):
            let number = Int(s.pending) ?? 0
            s.pending = ""
            if number >= 1 && number <= deck.slides.count {
                go(&s, to: number - 1)
                s.status = ""
            } else {
                s.status = s.language.strings.slides.noSlide(number, deck.slides.count)
            }
        case .escape:
            s.pending = ""
            s.status = ""
        default:
            s.pending = ""
            s.status = ""
            return false
        }
        return true
    }

    func indexKey(_ s: inout PresentState, _ key: Key) {
        guard var selected = s.index else { return }
        let count = deck.slides.count
        switch key {
        case .down, .char("j"): selected += 1
        case .up, .char("k"): selected -= 1
        case .pageDown: selected += 10
        case .pageUp: selected -= 10
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = count - 1
        case .enter, .right, .char("l"):
            go(&s, to: selected)
            s.index = nil
            return
        case .escape, .char("o"), .char("q"), .left, .char("h"):
            s.index = nil
            return
        default: break
        }
        s.index = max(0, min(count - 1, selected))
    }

    /// Slides whose title or text contains the query, in deck order.
    public func matches(_ query: String, language: Language = .zh) -> [Int] { Self.matches(query, in: decks[language]) }

    func findKey(_ s: inout PresentState, _ key: Key) {
        guard var find = s.find else { return }
        let found = matches(find.query, language: s.language)
        switch find.prompt.handle(key, choices: found.count) {
        case .cancelled: s.find = nil; return
        case .submitted:
            s.find = nil
            if found.isEmpty { s.status = s.language.strings.slides.noSlideMatchesPrefix + find.query; return }
            go(&s, to: found[min(find.selected, found.count - 1)])
            return
        case .edited, .unhandled: break
        }
        s.find = find
    }

    // MARK: The explorer

    /// Enter: the explorer at the highlighted item's node, or the slide's.
    func drill(_ s: inout PresentState) {
        let slide = deck.slides[s.slide]
        var e = explorerState(at: slide.node(atStep: s.step), width: s.width, height: s.height)
        // the explorer speaks the presentation's language, and hands it back (Esc, q, p)
        e.language = s.language
        e.fromSlide = s.slide + 1
        e.status = s.language.strings.slides.escBackToSlide(s.slide + 1)
        s.explorer = e
    }

    /// The explorer opened on a node, as if the presenter had navigated there by hand: the view
    /// that shows the node best (the budget view for the budget, the boxes view for a box…).
    public func explorerState(at node: SlideNode?, width: Int, height: Int) -> AppState {
        var e = explorer.reduce(AppState(width: width, height: height), .resize(width: width, height: height))
        switch node {
        case nil, .overview?:
            explorer.show(&e, .overview)
        case .outcome(let id)?:
            explorer.goto(&e, id)
            if report.outcome(id)?.indicatorEntries.isEmpty == true { e.focus = .outcomes }
        case .indicator(let code)?:
            explorer.goto(&e, code)
        case .region(let id, let indicator?)?:
            explorer.goto(&e, indicator)
            e.region = report.regions.firstIndex { $0.id == id } ?? 0
            e.focus = .regions
        case .region(let id, nil)?:
            explorer.openRegion(&e, id)
        case .box(let n)?:
            open(&e, .boxes, at: .box(n))
        case .chapter(let id)?:
            switch id {
            case "part1-budget": open(&e, .budget, at: .budgetTotals)
            case "part2-regions": open(&e, .regions, at: .comparison)
            case "part2-enabling": explorer.show(&e, .enabling)
            case _ where id.hasPrefix("part1-world"): explorer.show(&e, .trends)
            case _ where report.chapter(id)?.part == .III && Catalog.entries(.lessons, report).contains(.chapter(id)):
                open(&e, .lessons, at: .chapter(id))
            default: explorer.openContents(&e, .chapter(id))
            }
        }
        e.status = ""
        return explorer.reduce(e, .resize(width: width, height: height))
    }

    /// A list-and-text view with `entry` selected and its text in focus.
    func open(_ e: inout AppState, _ screen: Screen, at entry: ContentsEntry) {
        explorer.show(&e, screen)
        guard let index = explorer.entries(screen, e).firstIndex(of: entry) else { return }
        e.top.list.index = index
        e.top.list.textFocused = true
        e.top.list.textScroll = 0
    }

    func explore(_ s: inout PresentState, _ e: AppState, _ event: Event) {
        let overlay = e.search != nil || e.showHelp || !e.pendingCode.isEmpty
        if case .key(let key) = event, !overlay, key == .escape || key == .char("q") {
            // back to the same slide and step, in the language the explorer was left in
            s.language = e.language
            s.explorer = nil
            return
        }
        var next = explorer.reduce(e, event, after: explorerLayout)
        if next.quit { s.quitAll = true; s.explorer = next; return }
        if next.presentRequested {
            next.presentRequested = false
            s.language = next.language
            if let node = next.slideNode(in: report, reducer: explorer), let position = deck.position(for: node, in: report) {
                s.slide = position.slide
                s.step = position.step
            }
            s.explorer = nil
            return
        }
        s.explorer = next
    }
}

extension AppState {
    /// The node the explorer is on, in slide terms: what `p` opens the presentation at.
    public func slideNode(in report: Report, reducer: Reducer) -> SlideNode? {
        // if/else rather than switches over `Screen` and `ContentsEntry`, so a view or an entry
        // added later still opens the deck (at its view's slide) instead of breaking the build
        if screen == .overview {
            guard overviewIndex < reducer.overview.count else { return .overview }
            switch reducer.overview[overviewIndex] {
            case .outcome(let id): return .outcome(id)
            case .region(let id): return .region(id, indicator: nil)
            case .budget: return .chapter("part1-budget")
            default: return .overview
            }
        }
        if screen != .explorer {
            let entries = reducer.entries(screen, self)
            let index = list(screen).index
            let entry = index < entries.count ? entries[index] : nil
            if case .chapter(let id)? = entry { return .chapter(id) }
            if case .outcome(let id)? = entry { return .outcome(id) }
            if case .budget(let id)? = entry { return .outcome(id) }
            if case .region(let id)? = entry { return .region(id, indicator: nil) }
            if case .box(let n)? = entry { return .box(n) }
            if case .indicator(let code)? = entry { return .indicator(code) }
            if screen == .budget { return .chapter("part1-budget") }
            if screen == .trends { return .chapter("part1-world-of-work") }
            if screen == .regions { return .chapter("part2-regions") }
            if screen == .enabling { return .chapter("part2-enabling") }
            if screen == .lessons { return .chapter("part3-opening") }
            return .overview
        }
        switch focused(in: report) {
        case .outcome(let o): return .outcome(o.id)
        case .indicator(_, _, let i): return .indicator(i.code)
        case .region(let r, let o, let i): return .region(r.id, indicator: o.isPolicy ? i?.code : nil)
        }
    }
}
