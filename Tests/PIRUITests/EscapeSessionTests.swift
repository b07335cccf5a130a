import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Esc never switches back and forth between two views (issue 14): pressed again and again, it
/// passes each view once on its way back to the overview, and stops there. Run as the session
/// runs, in-process on the memory backend with a frame after each key, from views opened by their
/// keys, by Enter on rows, by search hits and by the `:` switcher. Before, `e i e i e i` then Esc
/// showed the indicators, the explorer, the indicators, the explorer … and `e 8.2.1⏎ i 3.1.2⏎`
/// went explorer, indicators, explorer before the overview.
@Suite struct EscapeSessionTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    static let settings = NavigationDefectTests.settings

    /// Ways into deep stacks, each a script of keys.
    static let scripts: [String] = [
        "eieiei",
        "e8.2.1\ri3.1.2\r",
        "e8.2.1\rie",
        ":indicators\r:explorer\r:indicators\r:explorer\r",
        "B\r\rB\r\rB\r\r",
        "i\ri\ri\r",
        "t\r\rt\r\r",
        "/非洲\r/就业\r/非洲\r/就业\r",
        "rjj\r\re$Trie",
    ]

    /// The screens of the frames drawn while Esc is pressed `count` times after `keys`, a frame
    /// after each key; and the last state.
    func screensOnTheWayBack(_ width: Int, _ height: Int, _ language: Language, ascii: Bool, _ keys: [Event],
                             count: Int = 30) -> ([Screen], AppState) {
        final class Log: @unchecked Sendable { var screens: [Screen] = [] }
        let log = Log()
        let backend = MemoryBackend(width: width, height: height, glyphs: ascii ? .ascii : .unicode,
                                    bursts: (keys + Array(repeating: .key(.escape), count: count)).map { [$0] })
        let view = ExplorerView(report: fixture.report, glyphs: backend.glyphs, reducer: fixture.reducer)
        let world = ExplorerLoop.World(perform: { _, _ in "" }, drawn: { state, _, _ in log.screens.append(state.screen) })
        var start = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        start.language = language
        let end = ExplorerLoop.run(start, on: backend, reducer: fixture.reducer, view: view, world: world)
        // the first frame is the start; one frame follows each key
        return (Array(log.screens.suffix(count + 1)), end)
    }

    @Test(arguments: settings)
    func escPassesEachViewOnceOnTheWayBack(width: Int, height: Int, language: Language, ascii: Bool) {
        for script in Self.scripts {
            let (drawn, end) = screensOnTheWayBack(width, height, language, ascii: ascii, Event.keys(script))
            // the views in the order they showed, a view drawn for several presses once
            var visited: [Screen] = []
            for screen in drawn where visited.last != screen { visited.append(screen) }
            #expect(Set(visited).count == visited.count, "\(script): Esc showed \(visited)")
            #expect(visited.last == .overview && end.path == [.overview] && !end.quit, "\(script): \(visited), stack \(end.path)")
        }
    }

    /// The same in the state alone: after any of the scripts, the stack holds a view of each
    /// screen at most once, but for a view pushed over its own screen (a move within it).
    @Test func theStackNeverHoldsAScreenTwiceApart() {
        for script in Self.scripts {
            let s = fixture.drive(fixture.state(120, 40), Event.keys(script))
            var runs: [Screen] = []
            for screen in s.path where runs.last != screen { runs.append(screen) }
            #expect(Set(runs).count == runs.count, "\(script): \(s.path)")
        }
    }
}
