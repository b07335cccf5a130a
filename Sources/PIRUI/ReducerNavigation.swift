import PIRModel

/// The navigation stack's moves: push a view, pop back, go home, and what Esc does in each view.
extension Reducer {
    /// Makes `screen` the view on screen. Already there: nothing changes (the caller moves within
    /// it). Otherwise a fresh view of it is pushed, so nothing of another view's selection, sort or
    /// filter comes with it.
    func show(_ s: inout AppState, _ screen: Screen, origin: ViewState.Origin = .source) {
        guard screen != s.screen else { return }
        if screen == .overview { s.home(); return }
        var view = ViewState(screen, origin: origin)
        if Self.listScreens.contains(screen) {
            // the first entry that is not a heading, in the new view's own (unsorted) list
            var probe = s
            probe.push(view)
            view.list.index = Catalog.firstSelectable(entries(screen, probe))
        }
        s.push(view)
    }

    /// A view's key or the switcher: the view, on the item one was on where it lists it (8.2.1 in
    /// the explorer, then `i`: the indicators table at 8.2.1).
    func openView(_ s: inout AppState, _ screen: Screen) {
        if screen == .overview { home(&s); return }
        let item = items(s)
        show(&s, screen, origin: .key)
        _ = focus(&s, on: item)
    }

    /// `o`: the overview, the stack emptied down to it.
    func home(_ s: inout AppState) {
        if s.stack.count == 1 { s.status = s.language.strings.explorer.quits; return }
        s.home()
    }

    /// Back to the view below; at the overview, a word on how to quit. A view opened on a search
    /// hit reopens the search where it was.
    func goBack(_ s: inout AppState) {
        guard s.stack.count > 1 else {
            s.mark = nil
            s.status = s.language.strings.explorer.quits
            return
        }
        let left = s.stack.removeLast()
        if case .search(let search) = left.origin { s.overlay = .search(search) }
    }

    /// Esc (and ← h Backspace) outside an overlay: a view opened on something leaves at once; one
    /// opened by its key steps back inside itself first. Either way a filter this view set, then
    /// marks, go before the view does.
    func back(_ s: inout AppState) {
        switch s.top.origin {
        case .search:
            goBack(&s)
            return
        case .source, .root, .key:
            break
        }
        if s.query.filter != nil { clearFilter(&s); return }
        if s.countryRegion != nil { s.countryRegion = nil; s.status = s.language.strings.explorer.filterCleared; return }
        if s.mark != nil, s.top.origin != .source { s.mark = nil; return }
        if s.top.origin == .key || s.top.origin == .root {
            if s.screen == .explorer, s.focus != .outcomes {
                switch s.focus {
                case .outcomes: break
                case .indicators: s.focus = .outcomes
                case .regions: s.focus = .indicators
                case .detail: s.focus = s.detailSource
                }
                s.detailScroll = 0
                return
            }
            if Self.listScreens.contains(s.screen), s.top.list.textFocused { s.top.list.textFocused = false; return }
        }
        goBack(&s)
    }

    /// What the view on screen is on, most particular first (a region of an indicator of an
    /// outcome): the view a key opens is put on the first of these it lists.
    func items(_ s: AppState) -> [NodeRef] {
        switch s.screen {
        case .explorer:
            switch s.focused(in: report) {
            case .outcome(let o): return [.outcome(o.id)]
            case .indicator(let o, _, let i): return [.indicator(i.code), .outcome(o.id)]
            case .region(let r, let o, let i): return [.region(r.id)] + (i.map { [.indicator($0.code)] } ?? []) + [.outcome(o.id)]
            }
        case .overview:
            guard s.overviewIndex < overview.count else { return [] }
            switch overview[s.overviewIndex] {
            case .outcome(let id): return [.outcome(id)]
            case .region(let id): return [.region(id)]
            case .fact(let id), .budget(let id):
                guard let section = report.fact(id)?.section else { return [] }
                return section.hasPrefix("outcome-") ? [.outcome(String(section.dropFirst(8)))] : [.chapter(section)]
            case .heading: return []
            }
        default:
            let list = entries(s.screen, s)
            guard s.top.list.index < list.count else { return [] }
            switch list[s.top.list.index] {
            case .indicator(let code):
                return [.indicator(code)] + (report.indicator(code).map { [.outcome($0.outcome.id)] } ?? [])
            case .outcome(let id), .budget(let id): return [.outcome(id)]
            case .region(let id): return [.region(id)]
            case .box(let n): return [.box(n)]
            case .chapter(let id): return [.chapter(id)]
            case .country(let id): return [.country(id)]
            default: return []
            }
        }
    }

    /// Selects the first of `items` that the view on screen lists; false when it lists none.
    @discardableResult
    func focus(_ s: inout AppState, on items: [NodeRef]) -> Bool {
        switch s.screen {
        case .explorer:
            var found = false
            for item in items.reversed() {
                switch item {
                case .outcome(let id):
                    guard let index = report.outcomes.firstIndex(where: { $0.id == id }) else { continue }
                    if s.outcome != index { s.outcome = index; s.indicator = 0; s.detailScroll = 0 }
                    s.focus = .outcomes
                    found = true
                case .output(let code), .indicator(let code):
                    guard let outcome = report.outcomes.firstIndex(where: { code.hasPrefix($0.id + ".") }) else { continue }
                    s.outcome = outcome
                    let entries = s.entries(of: report.outcomes[outcome])
                    guard let index = entries.firstIndex(where: { $0.1.code == code || $0.0.code == code }) else { continue }
                    s.indicator = index
                    s.focus = .indicators
                    found = true
                case .region(let id):
                    guard let index = report.regions.firstIndex(where: { $0.id == id }) else { continue }
                    selectRegion(&s, index)
                    if item == items.first { s.focus = .regions }
                    found = true
                default: continue
                }
            }
            return found
        case .overview:
            for item in items {
                let row: OverviewRow
                switch item {
                case .outcome(let id): row = .outcome(id)
                case .region(let id): row = .region(id)
                default: continue
                }
                if let index = overview.firstIndex(of: row) { s.overviewIndex = index; return true }
            }
            return false
        default:
            let list = entries(s.screen, s)
            for item in items {
                let index: Int?
                switch item {
                case .outcome(let id):
                    index = list.firstIndex(of: .outcome(id)) ?? list.firstIndex(of: .budget(id))
                        ?? list.firstIndex { if case .indicator(let code) = $0 { return code.hasPrefix(id + ".") }; return false }
                case .output(let code):
                    index = list.firstIndex { if case .indicator(let c) = $0 { return c.hasPrefix(code + ".") }; return false }
                case .indicator(let code): index = list.firstIndex(of: .indicator(code))
                case .region(let id): index = list.firstIndex(of: .region(id))
                case .box(let n): index = list.firstIndex(of: .box(n))
                case .chapter(let id): index = list.firstIndex(of: .chapter(id))
                case .country(let id): index = list.firstIndex(of: .country(id))
                }
                if let index, list[index].isSelectable {
                    if index != s.top.list.index { s.top.list.index = index; s.top.list.textScroll = 0 }
                    return true
                }
            }
            return false
        }
    }

    /// Runs an opener (a search hit, a source) so that it pushes: where it moved within the view on
    /// screen instead, the view as it was goes under the moved one, so Esc comes back to it.
    func pushing(_ s: inout AppState, origin: ViewState.Origin, _ open: (inout AppState) -> Void) {
        let before = s.stack
        open(&s)
        // the same view on top (a push gives a new id), changed: it moved within itself
        if s.top.id == before[before.count - 1].id, s.top != before[before.count - 1] {
            // the moved view is a new one on the stack, the one it was goes under it
            let moved = s.stack.removeLast()
            s.stack.append(before[before.count - 1])
            s.push(moved)
        }
        if s.stack != before, s.stack.count > 1 { s.top.origin = origin }
    }
}
