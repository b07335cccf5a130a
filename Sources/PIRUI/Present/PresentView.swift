import PIRModel
import PIRText

/// The presentation screen: the slide, the footer (`7 / 18`, a thin progress bar, the timer),
/// and the overlays — or the explorer while the presenter answers a question. Followers render
/// with this too, at their own size.
public struct PresentView: Sendable {
    /// The deck drawn: the one in the state's language while a frame is rendered.
    public private(set) var deck: Deck
    /// The deck in both languages; `PresentState.language` picks one per frame.
    public let decks: Decks
    public let glyphs: Glyphs
    public let slideView: SlideView
    let explorerView: ExplorerView
    /// The interface's language while a frame is rendered.
    var L: Language = .zh

    public init(report: Report, deck: Deck, glyphs: Glyphs = .unicode, maxWidth: Int = SlideView.defaultMaxWidth, reducer: Reducer? = nil) {
        self.init(report: report, decks: Decks(deck, report: report), glyphs: glyphs, maxWidth: maxWidth, reducer: reducer)
    }

    public init(report: Report, decks: Decks, glyphs: Glyphs = .unicode, maxWidth: Int = SlideView.defaultMaxWidth, reducer: Reducer? = nil) {
        self.deck = decks.zh
        self.decks = decks
        self.glyphs = glyphs
        slideView = SlideView(glyphs: glyphs, maxWidth: maxWidth)
        explorerView = ExplorerView(report: report, glyphs: glyphs, reducer: reducer)
    }

    public static let minimumWidth = 40
    public static let minimumHeight = 10

    /// While the presenter explores, the layout of the explorer's frame: the loop gives it back
    /// with the next event (`PresentReducer.reduce(_:_:after:)`) so paging and clicks there read
    /// what was drawn, as in the explorer's own loop.
    public func explorerLayout(_ s: PresentState) -> LayoutSnapshot? { s.explorer.map(explorerView.snapshot) }

    public func render(_ s: PresentState, time: PresentTime = .zero) -> Frame {
        var view = self
        view.deck = decks[s.language]
        view.L = s.language
        return view.draw(s, time: time)
    }

    func draw(_ s: PresentState, time: PresentTime) -> Frame {
        if let e = s.explorer {
            var frame = explorerView.render(e)
            if frame.width >= Self.minimumWidth && frame.height >= Self.minimumHeight {
                // the way back stays in sight while the presenter explores
                // on the breadcrumb row, whose right end is free
                let tag = " Esc \(glyphs == .ascii ? ">" : "⇢") \(L.strings.slides.slide) \(s.slide + 1) / \(deck.slides.count) "
                frame.put(tag, x: max(0, frame.width - tag.cellWidth), y: 1, style: Style(.accent, [.reverse, .bold]))
            }
            return frame
        }
        var frame = Frame(width: s.width, height: s.height)
        guard s.width >= Self.minimumWidth, s.height >= Self.minimumHeight else {
            if let message = L.tooSmall(need: "\(Self.minimumWidth)×\(Self.minimumHeight)").first(where: { $0.cellWidth <= s.width }), s.height > 0 {
                frame.put(message, x: (s.width - message.cellWidth) / 2, y: (s.height - 1) / 2, style: Style(.warn, [.bold]))
            }
            return frame
        }
        if s.blank { return frame }
        let footer = s.showFooter ? 1 : 0
        let area = Rect(x: 0, y: 0, width: s.width, height: s.height - footer)
        if let notice = s.notice {
            let lines = Wrapper.wrap(notice, width: s.width - 4)
            for (n, line) in lines.enumerated() {
                frame.put(line, x: (s.width - line.cellWidth) / 2, y: (area.height - lines.count) / 2 + n, style: Style(.warn, [.bold]))
            }
        } else if !deck.slides.isEmpty {
            slideView.draw(deck.slides[min(max(0, s.slide), deck.slides.count - 1)], step: s.step, in: area, into: &frame)
        }
        if s.showFooter {
            drawFooter(&frame, s, time: time, y: s.height - 1)
        } else if s.showTimer {
            let text = timerText(time)
            frame.put(text, x: s.width - text.cellWidth - 1, y: 0, style: Style(.dim, [.bold]))
        }
        if let selected = s.index { drawIndex(&frame, selected: selected) }
        if let find = s.find { drawFind(&frame, find) }
        if s.showHelp { drawHelp(&frame, follower: s.following != nil) }
        return frame
    }

    /// The widest the footer's position gets in this deck: the last slide's number and the
    /// longest list's step count.
    var positionWidth: Int {
        let count = max(1, deck.slides.count)
        let steps = deck.slides.map(\.steps).max() ?? 0
        return ("\(count) / \(count)" + (steps > 0 ? " · \(steps)/\(steps)" : "")).cellWidth
    }

    func timerText(_ time: PresentTime) -> String {
        (glyphs == .ascii ? "" : "⏱ ") + time.elapsedText + (time.clock.isEmpty ? "" : " · " + time.clock)
    }

    /// `⏱ 03:12 · 14:05   ━━━━━━━────────────   7 / 18`, with what is typed or said in between.
    func drawFooter(_ frame: inout Frame, _ s: PresentState, time: PresentTime, y: Int) {
        let count = max(1, deck.slides.count)
        let index = min(max(0, s.slide), count - 1)
        let steps = deck.slides.isEmpty ? 0 : deck.slides[index].steps
        var position = s.notice == nil ? "\(index + 1) / \(count)" : "– / –"
        if steps > 0 && s.step > 0 && s.notice == nil { position += " · \(min(s.step, steps))/\(steps)" }
        var left = s.showTimer ? timerText(time) : ""
        if let following = s.following { left = [left, following].filter { !$0.isEmpty }.joined(separator: " · ") }
        var middle = s.status
        if middle.isEmpty, !s.pending.isEmpty { middle = "→ \(s.pending)" }
        // the counter's room is the widest it gets in this deck (`21 / 21 · 11/11`), so the bar
        // keeps its length on every step of every slide
        let right = TextLayout.fit(position, to: max(position.cellWidth, positionWidth), alignment: .right) + " "
        var x = 1
        if !left.isEmpty {
            x += frame.put(TextLayout.truncate(left, to: max(0, frame.width / 2), ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.dim, [.bold]))
            x += 2
        }
        let end = frame.width - right.cellWidth - 1
        if !middle.isEmpty {
            frame.put(TextLayout.truncate(middle, to: max(0, end - x - 1), ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.warn, [.bold]), limit: end)
        } else if end - x >= 4 && s.notice == nil {
            // (no bar while waiting for a presenter: there is no position to show)
            // thin progress bar: done and to come in different glyphs, not only colours
            let width = end - x - 1
            let done = min(width, Int(saturating: Double(index + 1) / Double(count) * Double(width)))
            let (full, empty) = glyphs == .ascii ? ("=", "-") : ("━", "─")
            frame.put(String(repeating: full, count: done), x: x, y: y, style: Style(.accent, [.bold]))
            frame.put(String(repeating: empty, count: width - done), x: x + done, y: y, style: Style(.dim))
        }
        frame.put(right, x: frame.width - right.cellWidth, y: y, style: Style(.normal, [.bold]))
    }

    // MARK: Overlays

    func box(_ frame: inout Frame, width: Int, height: Int, title: String) -> Rect {
        let w = min(frame.width - 2, width), h = min(frame.height - 2, height)
        let rect = Rect(x: (frame.width - w) / 2, y: (frame.height - h) / 2, width: w, height: h)
        frame.cover(rect)
        return Panel.draw(&frame, rect, title: title, focused: true, glyphs: glyphs)
    }

    func slideLine(_ n: Int, width: Int) -> String {
        let number = TextLayout.fit("\(n + 1)", to: 3, alignment: .right)
        return number + "  " + TextLayout.truncate(Sanitizer.clean(deck.slides[n].title), to: max(0, width - 5), ellipsis: glyphs.ellipsis)
    }

    func drawList(_ frame: inout Frame, _ rows: [Int], selected: Int, in inner: Rect) {
        guard inner.height > 0 else { return }
        let start = max(0, min(rows.count - inner.height, selected - inner.height / 2))
        for (line, n) in rows.enumerated().dropFirst(start).prefix(inner.height) {
            let y = inner.y + line - start
            let isSelected = line == selected
            frame.put(TextLayout.fit(slideLine(n, width: inner.width - 2), to: inner.width - 2), x: inner.x + 1, y: y,
                      style: isSelected ? Style(.selection, [.reverse, .bold]) : Style(.normal))
            if isSelected { frame.put(glyphs.selected, x: inner.x, y: y, style: Style(.accent, [.bold])) }
        }
        // the box's bottom border is the row under the list
        PositionMark.draw(&frame, box: Rect(x: inner.x - 1, y: inner.y - 1, width: inner.width + 2, height: inner.height + 2),
                          first: start, shown: inner.height, total: rows.count, glyphs: glyphs)
    }

    func drawIndex(_ frame: inout Frame, selected: Int) {
        let inner = box(&frame, width: 72, height: deck.slides.count + 2, title: L.strings.slides.slidesEnterGoesEsc)
        drawList(&frame, Array(deck.slides.indices), selected: selected, in: inner)
    }

    func drawFind(_ frame: inout Frame, _ find: FindState) {
        let found = PresentReducer.matches(find.query, in: deck)
        let inner = box(&frame, width: 72, height: min(found.count, 12) + 4, title: L.strings.slides.findASlideEnterEsc)
        guard inner.height > 1 else { return }
        find.prompt.draw(&frame, sigil: "/", x: inner.x + 1, y: inner.y, width: inner.width - 2, glyphs: glyphs, style: Style(.key, [.bold]))
        if found.isEmpty {
            frame.put(L.strings.slides.noMatch, x: inner.x + 1, y: inner.y + 1, style: Style(.dim))
        } else {
            drawList(&frame, found, selected: min(find.selected, found.count - 1), in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1))
        }
    }

    /// The keys: what each does, in Chinese with English, and in English alone (the string
    /// table's `keys` area).
    public static let keyTable: [(key: String, zh: String, en: String)] = [
        ("→ Space PgDn l ↓ j", \Strings.Keys.slideNext), ("← PgUp Backspace h ↑ k", \.slidePrevious), ("] [", \.slideSkip),
        ("Home End  gg G", \.slideFirstLast), ("7 Enter  7G", \.slideGoTo), ("/", \.slideFind), ("o", \.slideIndex),
        ("Enter", \.slideOpen), ("b", \.slideBlank), ("t", \.slideTimer), ("f", \.slideFooter), ("w", \.slideLanguage),
        ("? F1", \.slideHelp), ("q", \.slideEnd), ("Q Ctrl-C", \.slideQuitAtOnce),
    ].map(words)

    static func words(_ row: (String, KeyPath<Strings.Keys, String>)) -> (key: String, zh: String, en: String) {
        (row.0, Strings.zh.keys[keyPath: row.1], Strings.en.keys[keyPath: row.1])
    }

    public static func keys(_ L: Language) -> [(String, String)] { keyTable.map { ($0.key, L == .en ? $0.en : $0.zh) } }

    /// A follower's own keys: it looks, it does not drive.
    public static let followerKeyTable: [(key: String, zh: String, en: String)] =
        [words(("q", \.followerQuit))] + ["f", "t", "w", "? F1"].compactMap { key in keyTable.first { $0.key == key } }

    func drawHelp(_ frame: inout Frame, follower: Bool) {
        let table = follower ? Self.followerKeyTable : Self.keyTable
        let arrows = [("→", "Right"), ("←", "Left"), ("↓", "Down"), ("↑", "Up")]
        let keys = table.map { entry -> (String, String) in
            let key = glyphs == .ascii ? arrows.reduce(entry.key) { $0.replacingOccurrences(of: $1.0, with: $1.1) } : entry.key
            return (key, L == .en ? entry.en : entry.zh)
        }
        let keyWidth = keys.map(\.0.cellWidth).max() ?? 10
        let textWidth = keys.map(\.1.cellWidth).max() ?? 20
        let title = follower ? L.strings.slides.followingHelpTitle
                             : L.strings.slides.presentingEscCloses
        // a column of padding each side of the text, inside the border
        let inner = box(&frame, width: max(keyWidth + textWidth + 7, title.cellWidth + 6), height: keys.count + 2, title: title)
        for (n, (key, text)) in keys.enumerated() where n < inner.height {
            frame.put(TextLayout.fit(key, to: keyWidth), x: inner.x + 1, y: inner.y + n, style: Style(.key, [.bold]), limit: inner.maxX - 1)
            frame.put(TextLayout.truncate(text, to: max(0, inner.width - keyWidth - 4), ellipsis: glyphs.ellipsis), x: inner.x + keyWidth + 3, y: inner.y + n, limit: inner.maxX - 1)
        }
    }
}

extension PresentReducer {
    static func matches(_ query: String, in deck: Deck) -> [Int] {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !q.isEmpty else { return Array(deck.slides.indices) }
        // slides whose title says it first, then those that only mention it
        let titled = deck.slides.indices.filter { deck.slides[$0].title.lowercased().contains(q) }
        let mentioned = deck.slides.indices.filter { !titled.contains($0) && deck.slides[$0].searchText.lowercased().contains(q) }
        return titled + mentioned
    }
}
