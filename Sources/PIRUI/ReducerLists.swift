import PIRModel
import PIRText

/// The list-and-text views (contents, regions, budget, indicators table …): keys, and opening an entry's source.
extension Reducer {
    // MARK: Contents

    /// Keys of the list-and-text views; false for the keys they leave to the common handling.
    func listKey(_ s: inout AppState, _ key: Key) -> Bool {
        let screen = s.screen
        let entries = self.entries(screen, s)
        var list = s.top.list
        // a page is what the last frame showed of the list or of the text
        let page = shown(s).map { list.textFocused ? $0.textPage : $0.page(of: $0.list) } ?? unseenPage(s)
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
        guard !mentions.isEmpty, let country = report.country(id) else { s.status = s.language.strings.explorer.noPassage; return }
        // the passage at the top of the text as the last frame drew it (the first before a frame)
        let anchors = shown(s)?.textAnchors ?? [:]
        let top = s.top.list.textScroll + 1
        var chosen = 0
        for n in mentions.indices { if let line = anchors["passage:\(n)"], line <= top { chosen = n } }
        let mention = mentions[chosen]
        let node: NodeRef? = mention.node.flatMap { if case .chapter = $0 { return nil }; return $0 }
        let hit = SearchHit(sectionID: mention.sectionID, sectionTitle: mention.sectionTitle, path: mention.path, text: mention.text,
                            range: mention.ranges[0], node: node, box: mention.box)
        open(&s, hit, query: country.zh)
        s.status = "\(s.language.name(country)) · \(s.language.strings.explorer.passage) \(chosen + 1)/\(mentions.count) · " + (s.status.isEmpty ? mention.sectionTitle : s.status)
    }

    /// Opens the contents screen at an entry, at a named place in its text or at a paragraph (as stored).
    func openContents(_ s: inout AppState, _ entry: ContentsEntry, anchor: String? = nil, paragraph: String? = nil) {
        guard let index = contents.firstIndex(of: entry) else { return }
        show(&s, .contents)
        s.contentsIndex = index
        s.contentsText = true
        s.contentsTextScroll = 0
        // the view finds the line when it draws
        s.top.anchor = anchor == nil && paragraph == nil ? nil : TextAnchor(.entry(entry), name: anchor, paragraph: paragraph)
    }
}
