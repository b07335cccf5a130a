#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRShare


/// What a follower knows of the presentation it follows, changed only by the presenter's
/// messages: the deck, the slide and step, blank, the timer's start and what the presenter
/// explores. Kept apart from the terminal so a test can feed it any message a peer might send.
///
/// Messages arrive range-checked (`ShareLimits`, at decoding); here they are also fitted to the
/// deck this side built — a state is taken as a hint, not trusted: a slide or step the deck
/// lacks is the nearest one it has.
public struct FollowedPresentation {
    public private(set) var decks: Decks
    public private(set) var warning: Following.Warning?
    public private(set) var startedAt: Double?
    public private(set) var exploring: String?

    public init(report: Report) {
        decks = Decks(only: Deck(spec: DeckSpec(items: []), report: report))
    }

    /// Applies one message to `state`; true when the deck changed (views are to be rebuilt).
    @discardableResult
    public mutating func apply(_ message: ShareMessage, to state: inout PresentState, report: Report) -> Bool {
        switch message.type {
        case .hello:
            guard let hello = message.hello else { return false }
            let (deck, problem) = Following.deck(entries: hello.entries, notes: hello.notes, title: hello.title,
                                                 presenterTitles: hello.titles, report: report)
            // at most ShareLimits.maxEntries (= DeckLimits.maxSlides) entries, each one slide
            warning = problem
            decks = Decks(deck, report: report)
            state.slide = min(state.slide, max(0, decks.zh.slides.count - 1))
            state.step = 0
            state.status = ""
            return true
        case .state:
            guard let shared = message.state else { return false }
            let slides = decks.zh.slides
            state.slide = max(0, min(slides.count - 1, shared.slide))
            state.step = slides.isEmpty ? 0 : max(0, min(slides[state.slide].steps, shared.step))
            state.blank = shared.blank
            startedAt = shared.startedAt
            exploring = shared.exploring
        case .bye, .full:
            state.blank = false
            exploring = nil
        }
        return false
    }

    /// The presenter's connection ended: nothing is being explored, nothing blanked.
    public mutating func lost(_ state: inout PresentState) {
        state.blank = false
        exploring = nil
    }

    /// Seconds since the presenter started, for the timer: from 0 to 10⁹ (some 31 years),
    /// whatever the two clocks say.
    public func elapsed(now: Double) -> Int {
        guard let startedAt else { return 0 }
        let seconds = now - startedAt
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int(saturating: min(seconds, 1e9), rounding: .towardZero)
    }
}
