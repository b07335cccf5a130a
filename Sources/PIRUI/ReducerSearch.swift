import PIRModel
import PIRText

/// The `/` search: the prompt's keys, `n` / `N`, and opening a hit where its text is.
extension Reducer {
    // MARK: Search

    func searchKey(_ s: inout AppState, _ key: Key) {
        guard var search = s.search else { return }
        let count = hits(s).count
        if key == .ctrl("c") { s.quit = true; return }
        switch search.prompt.handle(key, choices: count) {
        case .cancelled: s.search = nil; return
        case .edited, .unhandled: break
        case .submitted:
            let all = hits(s)
            s.search = nil
            guard !all.isEmpty else { s.status = noMatch(s, search.query); return }
            s.lastQuery = search.query
            s.lastHit = min(search.selected, all.count - 1)
            // a view of its own, so Esc comes back to these results in one press
            let hit = all[s.lastHit]
            pushing(&s, origin: .search(search)) { open(&$0, hit, query: search.query) }
            return
        }
        s.search = search
    }

    func repeatSearch(_ s: inout AppState, by delta: Int) {
        guard !s.lastQuery.isEmpty else { s.status = s.language.strings.explorer.noSearchYet; return }
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
        // the term and its paragraph as the pages print them: footnote references raised (⁵)
        let shown = hit.excerpt(.superscript)
        let term = shown.match, paragraph = hit.text
        // text inside a box opens the box, wherever the box stands (Part I or an outcome's chapter),
        // scrolled to the paragraph; its page says where the box is and Enter goes there
        if let n = hit.box, contents.contains(.box(n)) {
            openContents(&s, .box(n), paragraph: paragraph)
            s.status = s.language.strings.explorer.boxHit(n) + " · " + s.language.section(hit.sectionID, hit.sectionTitle, in: report)
            s.mark = term.isEmpty ? query : term
            return
        }
        switch hit.node {
        case .outcome(let id)?:
            if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
            s.detailSource = .outcomes
            s.focus = .detail
            // a hit in a table row goes to its table; text to its paragraph (the view finds the line)
            let table = hit.path.contains(".budget.rows[") || hit.path.hasSuffix(".budget.total") || hit.path.hasSuffix(".budget.header") ? "budget"
                : hit.path.contains(".contributions.") ? "contributions" : nil
            s.detailScroll = 0
            s.top.anchor = TextAnchor(.outcome(id), name: table, paragraph: hit.text)
            if let table {
                let words = s.language.strings.explorer, name = hit.text.components(separatedBy: " · ").first ?? ""
                s.status = table == "budget" ? words.inOutcomeBudget(id, name) : words.inOutcomeContributions(id, name)
            } else {
                s.status = s.language.strings.explorer.inOutcomeText(id)
            }
        case .output(let code)?: goto(&s, code)
        case .indicator(let code)?: goto(&s, code)
        case .region(let id)?:
            openRegion(&s, id)
            anchorText(&s, paragraph: paragraph)
        case .box(let n)?:
            openContents(&s, .box(n))
            s.status = "\(s.language.box(n)) · \(report.box(n)?.sectionTitle ?? "")"
        case .country(let id)?:
            openCountry(&s, id)
            return
        default:
            if hit.sectionID.hasPrefix("region-"), let id = RegionID(rawValue: String(hit.sectionID.dropFirst(7))) {
                openRegion(&s, id)
                anchorText(&s, paragraph: paragraph)
            } else if report.chapter(hit.sectionID) != nil {
                openContents(&s, .chapter(hit.sectionID), anchor: hit.path.hasPrefix("trends.") ? "trends" : nil, paragraph: paragraph)
                s.status = hit.sectionTitle
            } else {
                s.status = "\(hit.sectionTitle): pir show \(hit.sectionID)"
            }
        }
        s.mark = term.isEmpty ? query : term
    }

    /// Scrolls a list view's text to the paragraph holding `text` (as stored), when it is drawn.
    func anchorText(_ s: inout AppState, paragraph text: String) {
        let entries = self.entries(s.screen, s)
        guard s.top.list.index >= 0, s.top.list.index < entries.count else { return }
        s.top.anchor = TextAnchor(.entry(entries[s.top.list.index]), paragraph: text)
    }
}
