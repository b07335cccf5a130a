import Testing
import PIRModel
import PIRShare
import PIRText
@testable import PIRUI

/// The presenter's and the follower's run loops in-process: scripted input in bursts on the
/// in-memory backend, a fake clock that moves on each wait, and a world that records what the
/// loop asked of it (states published to followers, effects). A follower's presenter is a
/// scripted link that hands over one batch of messages per read.
@Suite struct PresentSessionTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }

    /// What the world was asked to do, and the fake clock.
    final class Log: @unchecked Sendable {
        var published: [ShareState] = []
        var effects: [Effect] = []
        var waits: [Int32] = []
        var clock: Double
        init(clock: Double) { self.clock = clock }
    }

    static let start = 1_800_000_000.0

    /// Runs the presenter from `slide` on `bursts`; each wait moves the clock on by `tick` seconds.
    func present(_ width: Int, _ height: Int, _ language: Language, slide: Int = 0, tick: Double = 0,
                 _ bursts: [[Event]]) -> (MemoryBackend, PresentState, Log) {
        let backend = MemoryBackend(width: width, height: height, bursts: bursts)
        let log = Log(clock: Self.start)
        let world = PresentLoop.World(
            now: { log.clock },
            clock: { "c\(Int($0 - Self.start))" },
            wait: { log.waits.append($0); log.clock += tick; return true },
            publish: { log.published.append($0) },
            perform: { effect, _ in log.effects.append(effect); return "done \(log.effects.count)" })
        let view = PresentView(report: fixture.report, deck: fixture.deck, glyphs: backend.glyphs, reducer: fixture.reducer)
        var state = PresentState(width: width, height: height, slide: slide)
        state.language = language
        let end = PresentLoop.run(state, on: backend, reducer: fixture.presentReducer(), view: view, world: world)
        return (backend, end, log)
    }

    func footer(_ frame: Frame, _ slide: Int, of count: Int) -> Bool {
        frame.lines[frame.height - 1].contains("\(slide) / \(count)")
    }

    func wellFormed(_ backend: MemoryBackend, sourceLocation: SourceLocation = #_sourceLocation) {
        for frame in backend.frames { for line in frame.lines { #expect(line.cellWidth == frame.width, sourceLocation: sourceLocation) } }
    }

    /// `]` `]` `[`: one frame per burst, each on the slide it should be, and each published.
    @Test(arguments: PresentFixture.sizes)
    func thePresenterStepsThroughTheSlides(width: Int, height: Int) {
        let count = fixture.deck.slides.count
        let (backend, s, log) = present(width, height, .en, slide: 2, [[.char("]")], [.char("]")], [.char("[")]].map { $0.map(Event.key) })
        #expect(backend.frames.count == 4)
        for (frame, slide) in zip(backend.frames, [3, 4, 5, 4]) {
            #expect(footer(frame, slide, of: count), "\(frame.lines[frame.height - 1])")
        }
        #expect(log.published.map(\.slide) == [2, 3, 4, 3])
        #expect(log.published.allSatisfy { $0.startedAt == Self.start && !$0.blank && $0.exploring == nil })
        // the input ended without a `q`: as a hang-up, pir quits
        #expect(s.slide == 3 && s.quitAll)
        wellFormed(backend)
    }

    /// Enter on a slide opens the explorer on its node, keys work there, and `q` comes back to the
    /// same slide; followers are told what the presenter explores, then that it stopped.
    @Test(arguments: PresentFixture.sizes, [Language.zh, .en])
    func enterDrillsIntoTheExplorerAndQComesBack(size: (Int, Int), language: Language) {
        let slide = fixture.index(.indicator("3.1.2"))
        let count = fixture.deck.slides.count
        let (backend, s, log) = present(size.0, size.1, language, slide: slide, [[.key(.enter)], [.key(.char("j"))], [.key(.char("q"))]])
        #expect(backend.frames.count == 4)
        #expect(footer(backend.frames[0], slide + 1, of: count))
        // the explorer, with the way back on its breadcrumb row
        for frame in backend.frames[1...2] {
            #expect(frame.lines[1].contains("\(slide + 1) / \(count)") && !footer(frame, slide + 1, of: count), "\(frame.lines[1])")
        }
        #expect(backend.frames[1].text.contains("3.1.2"))
        #expect(footer(backend.frames[3], slide + 1, of: count))
        #expect(s.slide == slide && s.explorer == nil && !s.quit)
        #expect(log.published.first?.exploring == nil && log.published.dropFirst().first?.exploring == "indicator 3.1.2")
        #expect(log.published.last?.exploring == nil && log.published.last?.slide == slide)
        wellFormed(backend)
    }

    /// A click in the explorer opened on a slide selects the outcome drawn under it: the loop hands
    /// the explorer's layout of the frame on screen back with the next event (before, it reduced
    /// without it, and the click selected nothing).
    @Test func aClickInTheDrilledExplorerSelectsWhatTheFrameShowed() throws {
        let slide = fixture.index(.indicator("3.1.2"))
        let reducer = fixture.presentReducer()
        let view = PresentView(report: fixture.report, deck: fixture.deck, reducer: fixture.reducer)
        let opened = reducer.reduce(reducer.reduce(PresentState(width: 120, height: 40, slide: slide), .resize(width: 120, height: 40)), .key(.enter))
        let shot = try #require(view.explorerLayout(opened))
        let list = try #require(shot.panes[.outcomes])
        let row = try #require(list.items.firstIndex { $0 != nil && $0 != opened.explorer?.outcome })
        let click = Event.mouse(Mouse(.press, x: list.rows.x + 2, y: list.rows.y + row))
        let (_, s, _) = present(120, 40, .en, slide: slide, [[.key(.enter)], [click]])
        #expect(s.explorer?.outcome == list.items[row]!, "the click selected \(String(describing: s.explorer?.outcome))")
    }

    /// An export in the explorer opened on a slide goes to the world, and its result comes back
    /// as an event into the explorer's status line.
    @Test func anExportFromTheDrilledExplorerComesBackAsAnEvent() {
        let slide = fixture.index(.indicator("3.1.2"))
        let (backend, s, log) = present(120, 40, .en, slide: slide, [[.key(.enter)], [.key(.char("x"))]])
        #expect(log.effects.count == 1)
        if case .export(_, let ext, _, _)? = log.effects.first { #expect(ext == "csv") } else { Issue.record("no export: \(log.effects)") }
        #expect(s.explorer?.status == "done 1" && s.explorer?.effects.isEmpty == true)
        #expect(backend.screen!.lines.last!.contains("done 1"))
    }

    /// The timer runs on the world's clock: 65 seconds a wait, shown once `t` is pressed; the
    /// loop asks to wake for the next second only while the timer shows.
    @Test(arguments: [Language.zh, .en])
    func theTimerRunsOnTheWorldsClock(language: Language) {
        let (backend, _, log) = present(120, 40, language, tick: 65, [[.key(.char("t"))], [.key(.char("]"))], [.key(.char("b"))]])
        #expect(!backend.frames[0].lines[39].contains("00:00"))
        #expect(backend.frames[1].lines[39].contains("01:05 · c65"), "\(backend.frames[1].lines[39])")
        #expect(backend.frames[2].lines[39].contains("02:10 · c130"))
        #expect(log.waits.first == -1 && log.waits.dropFirst().allSatisfy { $0 > 0 && $0 <= 1002 })
        // blank goes out to followers
        #expect(log.published.last?.blank == true)
    }

    /// The explorer's `p` as the ncurses session wires it: the presentation runs on the same
    /// backend, at the explorer's node; `]` moves on, `q` comes back to the explorer, whose keys
    /// then work again.
    @Test(arguments: [Language.zh, .en])
    func theExplorersPPresentsOnTheSameTerminalAndQComesBack(language: Language) {
        let backend = MemoryBackend(width: 120, height: 40, bursts: [Event.keys("e3\r"), Event.keys("p"), Event.keys("]"), Event.keys("q"), Event.keys("j")])
        let report = fixture.report, reducer = fixture.reducer
        let decks = Decks(Deck.standard(report), report: report)
        var presented: [(start: Int, end: PresentState)] = []
        let world = ExplorerLoop.World(perform: { _, _ in "" }, present: { state in
            let node = state.slideNode(in: report, reducer: reducer)
            var start = PresentState(width: backend.size.width, height: backend.size.height)
            start.language = state.language
            start.slide = node.flatMap { decks.zh.position(for: $0, in: report)?.slide } ?? 0
            let end = PresentLoop.run(start, on: backend, reducer: PresentReducer(report: report, decks: decks, explorer: reducer),
                                      view: PresentView(report: report, decks: decks, glyphs: backend.glyphs, reducer: reducer),
                                      world: PresentLoop.World(now: { Self.start }))
            presented.append((start.slide, end))
            return (!end.quitAll, end.language)
        })
        var state = reducer.reduce(AppState(width: 120, height: 40), .resize(width: 120, height: 40))
        state.language = language
        let end = ExplorerLoop.run(state, on: backend, reducer: reducer, view: ExplorerView(report: report, glyphs: backend.glyphs, reducer: reducer), world: world)
        #expect(presented.count == 1)
        if let (start, last) = presented.first {
            #expect(start > 0 && last.slide == start + 1 && last.quit && !last.quitAll)
            #expect(backend.frames.contains { $0.lines[39].contains("\(start + 2) / \(decks.zh.slides.count)") })
        }
        #expect(end.screen == .explorer && !end.quit && end.language == language)
        // `j` after coming back moved as it does in an explorer that never presented
        let before = reducer.reduce(state, Event.keys("e3\r")), after = reducer.reduce(before, .key(.char("j")))
        #expect(after.indicator != before.indicator && end.indicator == after.indicator && end.outcome == after.outcome)
    }
}
