import PIRModel

/// A follower's screen follows the presenter's slide and step; its own keys only change how it
/// looks (footer, timer, language) or end it — a follower cannot drive the deck.
public enum Following {
    public static func reduce(_ state: PresentState, _ event: Event) -> PresentState {
        var s = state
        switch event {
        case .resize(let width, let height):
            s.width = max(0, width)
            s.height = max(0, height)
        case .mouse, .paste, .done, .presented: break
        case .key(let key):
            s.status = ""
            if s.showHelp {
                // any key closes the help; q, f, t and w only once it is closed
                s.showHelp = false
                return s
            }
            switch key {
            case .char("?"), .function(1): s.showHelp = true
            case .char("q"), .char("Q"), .ctrl("c"): s.quitAll = true
            case .char("f"): s.showFooter.toggle()
            case .char("t"): s.showTimer.toggle()
            // each follower reads in its own language; the presenter's is not its business
            case .char("w"):
                s.language = s.language == .zh ? .en : .zh
                s.status = PresentReducer.languageStatus(s.language)
            default: s.status = s.language.strings.slides.onlyThePresenterChangesSlides
            }
        }
        return s
    }

    /// Why a follower's slides may not be the presenter's: said in the follower's language.
    public enum Warning: Sendable, Equatable {
        /// Entries this side's report lacks.
        case missing([String])
        /// The slides built here are titled otherwise than the presenter's.
        case differs

        public func text(_ L: Language) -> String {
            switch self {
            case .missing(let entries):
                return L.strings.slides.notInThisDatasetPrefix + entries.joined(separator: ", ") + " — use the presenter's --data"
            case .differs:
                return L.strings.slides.slidesDifferFromThePresenter
            }
        }
    }

    /// The deck a presenter announced, built from this side's report in Chinese — the language
    /// `presenterTitles` are in, whatever the presenter shows — so the titles can be compared;
    /// `Decks` gives it in English too. The entries this report lacks become slides that say so.
    public static func deck(entries: [String], notes: [String?], title: String?, presenterTitles: [String], report: Report) -> (Deck, warning: Warning?) {
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
        if !unknown.isEmpty { return (deck, .missing(unknown)) }
        if deck.slides.map(\.title) != presenterTitles { return (deck, .differs) }
        return (deck, nil)
    }

    /// What the footer says the presenter is exploring: a node's words (`indicator 3.1.2`) in the
    /// follower's language; an older presenter's label as it came.
    public static func exploring(_ shared: String, _ L: Language) -> String {
        SlideNode(key: shared)?.label(L) ?? shared
    }
}
