import Testing
import PIRModel
import PIRShare
import PIRText
@testable import PIRUI

/// The follower's run loop in-process: a scripted presenter (one batch of messages per read, as
/// the socket would deliver them), no keys until the presenter is done, and a fake clock.
@Suite struct FollowSessionTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }

    /// A presenter that hands over one batch per read, then nothing; it is there from the start.
    final class ScriptedPresenter: PresenterLink {
        var batches: [[ShareMessage]]
        var isConnected = false
        var attempts = 0
        let problem: String? = nil
        let owner: String? = nil
        init(_ batches: [[ShareMessage]]) { self.batches = batches }
        func attemptNow() -> Bool { attempts += 1; isConnected = true; return true }
        func millisecondsToNextAttempt() -> Int32? { nil }
        func receive() -> [ShareMessage]? { batches.isEmpty ? [] : batches.removeFirst() }
        func disconnect() { isConnected = false }
        var done: Bool { batches.isEmpty }
    }

    static let now = 1_800_000_000.0

    /// Follows `batches`, then reads `keys`; the backend and the last state.
    func follow(_ width: Int, _ height: Int, _ language: Language, notes: Bool = false, _ batches: [[ShareMessage]],
                keys: [Event] = []) -> (MemoryBackend, PresentState) {
        let backend = MemoryBackend(width: width, height: height, script: keys)
        let presenter = ScriptedPresenter(batches)
        let world = FollowLoop.World(now: { Self.now }, clock: { _ in "14:05" }, wait: { _ in presenter.done })
        var state = PresentState(width: width, height: height)
        state.language = language
        let end = FollowLoop.run(state, on: backend, report: fixture.report, reducer: fixture.reducer,
                                 share: FollowLoop.Share(name: "talk", notes: notes), link: presenter, world: world)
        return (backend, end)
    }

    var hello: ShareMessage { .hello(PresentLoop.hello(Decks(fixture.deck, report: fixture.report))) }

    func state(_ slide: Int, blank: Bool = false, startedAt: Double = now - 75) -> ShareMessage {
        .state(ShareState(slide: slide, step: 0, blank: blank, startedAt: startedAt, exploring: nil))
    }

    /// Whether `frame` shows slide `index` of the deck in `language`: its title (the first
    /// characters, which fit at any size) and its number in the footer.
    func shows(_ frame: Frame, slide index: Int, _ language: Language) -> Bool {
        let decks = Decks(fixture.deck, report: fixture.report)
        let title = String(decks[language].slides[index].title.prefix(4))
        return frame.text.contains(title) && frame.lines[frame.height - 1].contains("\(index + 1) / \(decks.zh.slides.count)")
    }

    /// Slide changes, blank, an out-of-range slide and a hostile far-future start: each frame
    /// shows the slide the presenter is on, in the follower's own language, at its own size.
    @Test(arguments: [(80, 24), (120, 40)], [Language.zh, .en])
    func theFollowerShowsThePresentersSlide(size: (Int, Int), language: Language) {
        let (width, height) = size
        let count = fixture.deck.slides.count
        let script: [[ShareMessage]] = [[hello, state(3)], [state(5)], [state(5, blank: true)], [state(7)],
                                        [state(1_000_000)], [state(2, startedAt: 1e300)]]
        let (backend, s) = follow(width, height, language, script)
        let frames = backend.frames
        // the waiting screen first (connected, nothing yet), then one frame per batch
        #expect(frames.count == 7)
        #expect(shows(frames[1], slide: 3, language), "\(frames[1].text)")
        #expect(shows(frames[2], slide: 5, language))
        #expect(frames[3].lines.allSatisfy { $0.allSatisfy { $0 == " " } })
        #expect(shows(frames[4], slide: 7, language))
        #expect(shows(frames[5], slide: count - 1, language))
        #expect(shows(frames[6], slide: 2, language))
        #expect(s.slide == 2 && s.quitAll == false)
        for frame in frames {
            #expect(frame.lines[height - 1].contains(language.pick("跟随 talk", "following talk")) || frame.lines.allSatisfy { $0.allSatisfy { $0 == " " } })
            for line in frame.lines { #expect(line.cellWidth == width) }
        }
    }

    /// The presenter view's timer runs from the presenter's start on this side's clock; a start in
    /// the far future shows 00:00 rather than trapping or counting down.
    @Test(arguments: [Language.zh, .en])
    func theTimerFollowsThePresentersStart(language: Language) {
        // the presenter view draws the elapsed time large, on rows 2 to 6
        func elapsed(_ frame: Frame) -> String? { BigDigits.read(Array(frame.lines[2...6]), size: .large, ascii: false) }
        var (backend, _) = follow(120, 40, language, notes: true, [[hello, state(3)]])
        #expect(elapsed(backend.screen!) == "01:15", "\(backend.screen!.text)")
        (backend, _) = follow(120, 40, language, notes: true, [[hello, state(3, startedAt: 1e300)]])
        #expect(elapsed(backend.screen!) == "00:00")
        // `t` shows the timer on a follower's slides too
        (backend, _) = follow(120, 40, language, [[hello, state(3)]], keys: [.key(.char("t"))])
        #expect(backend.screen!.lines[39].contains("01:15 · 14:05"))
    }

    /// A follower's keys never drive the deck: `]` leaves it on the presenter's slide and says why.
    @Test func theFollowerCannotChangeSlides() {
        let (backend, s) = follow(120, 40, .en, [[hello, state(4)]], keys: [.key(.char("]")), .key(.right)])
        #expect(s.slide == 4 && shows(backend.screen!, slide: 4, .en))
        #expect(backend.screen!.lines[39].contains("only the presenter changes slides"))
    }
}
