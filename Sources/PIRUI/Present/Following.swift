import PIRModel

/// A follower's screen follows the presenter's slide and step; its own keys only change how it
/// looks (footer, timer) or end it — a follower cannot drive the deck.
public enum Following {
    public static func reduce(_ state: PresentState, _ event: Event) -> PresentState {
        var s = state
        switch event {
        case .resize(let width, let height):
            s.width = max(0, width)
            s.height = max(0, height)
        case .mouse: break
        case .key(let key):
            s.status = ""
            switch key {
            case .char("q"), .char("Q"), .ctrl("c"): s.quitAll = true
            case .char("f"): s.showFooter.toggle()
            case .char("t"): s.showTimer.toggle()
            default: s.status = "只有演示者可以翻页 only the presenter changes slides · q 退出 quit"
            }
        }
        return s
    }

    /// The deck a presenter announced, built from this side's report; the entries this report
    /// lacks become slides that say so, and a titles mismatch is reported.
    public static func deck(entries: [String], notes: [String?], title: String?, presenterTitles: [String], report: Report) -> (Deck, warning: String?) {
        var items: [DeckSpec.Item] = []
        var unknown: [String] = []
        for (n, text) in entries.enumerated() {
            switch DeckEntry.parse(text, report: report) {
            case .success(let entry): items.append(DeckSpec.Item(entry, notes: n < notes.count ? notes[n] : nil))
            case .failure:
                unknown.append(text)
                items.append(DeckSpec.Item(.title, notes: nil))
            }
        }
        let deck = Deck(spec: DeckSpec(title: title, items: items), report: report)
        if !unknown.isEmpty {
            return (deck, "此数据中没有 not in this dataset: \(unknown.joined(separator: ", ")) — use the presenter's --data")
        }
        if deck.slides.map(\.title) != presenterTitles {
            return (deck, "幻灯片与演示者的不同 slides differ from the presenter's — use the same --data")
        }
        return (deck, nil)
    }
}
