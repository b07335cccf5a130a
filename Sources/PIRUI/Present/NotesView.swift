import PIRModel
import PIRText

/// `pir present --notes NAME`: the presenter's own screen beside the projector — the timer in
/// big digits, the clock, the current and next slide, and the speaker notes.
public struct NotesView: Sendable {
    /// The deck in both languages; `PresentState.language` picks one per frame.
    public let decks: Decks
    public let glyphs: Glyphs

    public init(deck: Deck, glyphs: Glyphs = .unicode) {
        self.init(decks: Decks(only: deck), glyphs: glyphs)
    }

    public init(decks: Decks, glyphs: Glyphs = .unicode) {
        self.decks = decks
        self.glyphs = glyphs
    }

    public func render(_ s: PresentState, time: PresentTime) -> Frame {
        let deck = decks[s.language]
        let L = s.language
        var frame = Frame(width: s.width, height: s.height)
        guard s.width >= PresentView.minimumWidth, s.height >= PresentView.minimumHeight else {
            let message = TextLayout.truncate("too small", to: s.width)
            if s.height > 0 { frame.put(message, x: 0, y: (s.height - 1) / 2, style: Style(.warn, [.bold])) }
            return frame
        }
        let width = min(s.width - 4, 120)
        let x = (s.width - width) / 2
        var y = 0
        // header: whose presentation, the clock
        let header = L.strings.slides.presenterView + (s.following.map { " · " + $0 } ?? "")
        frame.fill(Rect(x: 0, y: 0, width: s.width, height: 1), style: Style(.title, [.reverse]))
        frame.put(" " + TextLayout.truncate(header, to: s.width - 12, ellipsis: glyphs.ellipsis), x: 0, y: 0, style: Style(.title, [.reverse, .bold]))
        if !time.clock.isEmpty { frame.put(time.clock + " ", x: s.width - time.clock.cellWidth - 1, y: 0, style: Style(.title, [.reverse, .bold])) }
        y = 2
        // the timer, as large as the height allows
        let size: BigDigits.Size = s.height >= 30 ? .large : .compact
        if let big = BigDigits.render(time.elapsedText, size: size, ascii: glyphs == .ascii) {
            for line in big {
                frame.put(line, x: (s.width - line.cellWidth) / 2, y: y, style: Style(.accent, [.bold]))
                y += 1
            }
        }
        let label = L.strings.slides.elapsed
        frame.put(label, x: (s.width - label.cellWidth) / 2, y: y, style: Style(.dim))
        y += 2
        if let notice = s.notice {
            for line in Wrapper.wrap(notice, width: width) where y < s.height - 1 {
                frame.put(line, x: x, y: y, style: Style(.warn, [.bold]))
                y += 1
            }
            return frame
        }
        guard !deck.slides.isEmpty else { return frame }
        let count = deck.slides.count
        let index = min(max(0, s.slide), count - 1)
        let slide = deck.slides[index]
        var now = L.strings.slides.now + "  \(index + 1) / \(count)"
        if slide.steps > 0 && s.step > 0 { now += " · \(min(s.step, slide.steps))/\(slide.steps)" }
        if s.blank { now += L.strings.slides.blank }
        frame.put(now, x: x, y: y, style: Style(.heading, [.bold]))
        y += 1
        for line in Wrapper.wrap(Sanitizer.clean(slide.title), width: width).prefix(2) {
            frame.put(line, x: x, y: y, style: Style(.title, [.bold]))
            y += 1
        }
        if s.step > 0, let index = slide.stepElement, s.step <= slide.elements[index].items.count {
            let item = slide.elements[index].items[s.step - 1]
            let text = ListTitle.choose(Sanitizer.clean(item.text), short: item.short.map(Sanitizer.clean), width: width - glyphs.highlight.cellWidth - 1)
            frame.put(TextLayout.truncate(glyphs.highlight + " " + text, to: width, ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.accent, [.bold]))
            y += 1
        }
        y += 1
        let next = L.strings.slides.next + (index + 1 < count ? "  \(index + 2) / \(count)  " + Sanitizer.clean(deck.slides[index + 1].title)
                                                         : L.strings.slides.lastSlide)
        frame.put(TextLayout.truncate(next, to: width, ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.dim, [.bold]))
        y += 2
        frame.put(L.strings.slides.notes, x: x, y: y, style: Style(.heading, [.bold]))
        y += 1
        let notes = slide.notes.map { Sanitizer.clean($0) } ?? L.strings.slides.noNotes
        let lines = Wrapper.wrap(notes, width: width)
        let room = s.height - 1 - y
        for (n, line) in lines.prefix(max(0, room)).enumerated() {
            var text = line
            if n == room - 1 && lines.count > room { text = TextLayout.prefix(line, width: width - 1) + glyphs.ellipsis }
            frame.put(text, x: x, y: y, style: slide.notes == nil ? Style(.dim) : Style(.normal))
            y += 1
        }
        return frame
    }
}
