import PIRModel
import Testing
@testable import PIRUI

/// The frames drawn ahead of a key (`FramesAhead`) are the frames rendering the key's state makes,
/// and a session that draws them ahead shows what one that renders every frame shows.
@Suite struct FramesAheadTests {
    /// In the outcomes pane and the indicators pane, at three sizes and in both languages and glyph
    /// sets: the frames and layouts drawn ahead for `j` and `k` equal a fresh view's.
    @Test func theFramesDrawnAheadAreTheFramesRendered() throws {
        let fixture = try Fixture()
        for (width, height) in [(200, 60), (120, 40), (80, 24)] {
            for language in [Language.zh, .en] {
                for glyphs in [Glyphs.unicode, .ascii] {
                    // the indicators pane of outcome 3, then its outcomes pane
                    var indicators = fixture.state(width, height, Event.keys("3\rj"))
                    indicators.language = language
                    let outcomes = fixture.reducer.reduce(indicators, .key(.backTab))
                    #expect(indicators.focus == .indicators && outcomes.focus == .outcomes)
                    for state in [indicators, outcomes] {
                        let reducer = Reducer(report: fixture.report)
                        let view = ExplorerView(report: fixture.report, glyphs: glyphs, reducer: reducer)
                        let ahead = FramesAhead(reducer: reducer, view: view)
                        let layout = view.snapshot(state)
                        let work = ahead.work(after: state, layout: layout)
                        #expect(work.count == 2)
                        for piece in work { piece() }
                        for key in ["j", "k"] {
                            let next = fixture.reducer.reduce(state, .key(.char(Character(key))), after: layout)
                            #expect(next != state)
                            let drawn = try #require(ahead.frame(for: next), "\(key) at \(width)×\(height) \(language) \(state.focus)")
                            let fresh = ExplorerView(report: fixture.report, glyphs: glyphs).laidOut(next)
                            #expect(drawn.frame == fresh.frame && drawn.layout == fresh.layout, "\(key) at \(width)×\(height) \(language) \(state.focus)")
                        }
                        #expect(ahead.frame(for: state) == nil, "only the keys' states are drawn ahead")
                    }
                }
            }
        }
    }

    /// Only the lists of the explorer are drawn ahead: not the overview, the detail pane, an
    /// overlay; and a key that leaves the state as it was (`k` on the first outcome) draws nothing.
    @Test func nothingIsDrawnAheadElsewhere() throws {
        let fixture = try Fixture()
        let ahead = FramesAhead(reducer: fixture.reducer, view: fixture.view)
        let explorer = fixture.state(200, 60, Event.keys("3\r"))
        let overview = fixture.reducer.reduce(AppState(width: 200, height: 60, screen: .overview), .resize(width: 200, height: 60))
        #expect(overview.screen == .overview)
        #expect(ahead.work(after: overview, layout: nil).isEmpty, "the overview")
        #expect(ahead.work(after: fixture.reducer.reduce(explorer, .key(.char("?"))), layout: nil).isEmpty, "the help")
        let detail = fixture.reducer.reduce(explorer, [.key(.tab), .key(.tab)])
        #expect(detail.focus == .detail || detail.focus == .regions)
        #expect(ahead.work(after: detail, layout: nil).isEmpty, "\(detail.focus)")
        let first = fixture.reducer.reduce(explorer, [.key(.backTab), .key(.char("g"))])
        for piece in ahead.work(after: first, layout: nil) { piece() }
        #expect(ahead.frame(for: first) == nil)
        #expect(ahead.frame(for: fixture.reducer.reduce(first, .key(.char("j")))) != nil)
    }

    /// A session whose world draws the likely frames ahead (at once, as if the other thread were
    /// always first) draws every frame as one that renders each: switches, row moves, a burst, a
    /// resize, the help.
    @Test func aSessionDrawingAheadDrawsTheSameFrames() throws {
        let fixture = try Fixture()
        let script = Event.keys("3\r") + Event.keys("jjjk") + [.key(.backTab)] + Event.keys("jjjkkgj")
            + [.resize(width: 120, height: 40)] + Event.keys("jk?") + [.key(.escape)] + Event.keys("\tjk")
        final class Count: @unchecked Sendable { var used = 0 }
        let count = Count()
        func frames(ahead: Bool) -> [Frame] {
            let reducer = Reducer(report: fixture.report)
            let view = ExplorerView(report: fixture.report, reducer: reducer)
            let frames = FramesAhead(reducer: reducer, view: view)
            let backend = MemoryBackend(width: 200, height: 60, bursts: script.map { [$0] } + [Event.keys("jjj")])
            let world = ExplorerLoop.World(perform: { _, _ in "" },
                                           idle: { state, layout in if ahead { for piece in frames.work(after: state, layout: layout) { piece() } } },
                                           drawnAhead: { state in
                                               guard ahead, let drawn = frames.frame(for: state) else { return nil }
                                               count.used += 1
                                               return drawn
                                           })
            ExplorerLoop.run(reducer.reduce(AppState(width: 200, height: 60), .resize(width: 200, height: 60)),
                             on: backend, reducer: reducer, view: view, world: world)
            return backend.frames
        }
        let drawnAhead = frames(ahead: true), rendered = frames(ahead: false)
        #expect(drawnAhead.count == script.count + 2)
        #expect(drawnAhead == rendered)
        // every j and k in a list but those at the ends of one, and the burst's first
        #expect(count.used >= 10, "\(count.used) frames drawn ahead")
    }
}
