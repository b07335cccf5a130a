import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// The explorer's run loop in-process: scripted input on the in-memory backend, a fake clock, and
/// the effects carried out by a world that records them. The scenarios of issue 14 at 80×24,
/// 120×40 and 200×60, in Chinese, English and with the ASCII glyphs.
@Suite struct SessionTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    static let settings: [(Int, Int, Language, Bool)] = NavigationDefectTests.settings

    /// What the world was asked to do.
    final class Log: @unchecked Sendable {
        var effects: [Effect] = []
        var presented: [AppState] = []
        var timings: [ExplorerLoop.FrameTiming] = []
        var clock: UInt64 = 0
    }

    /// Runs a session from the overview on `script`; the backend, the last state and the log.
    func session(_ width: Int, _ height: Int, _ language: Language, ascii: Bool, _ script: [Event],
                 present: @escaping (AppState) -> (stay: Bool, language: Language) = { _ in (true, .zh) }) -> (MemoryBackend, AppState, Log) {
        let backend = MemoryBackend(width: width, height: height, glyphs: ascii ? .ascii : .unicode, script: script)
        let view = ExplorerView(report: fixture.report, glyphs: backend.glyphs, reducer: fixture.reducer)
        let log = Log()
        let world = ExplorerLoop.World(
            perform: { effect, _ in log.effects.append(effect); return "done \(log.effects.count)" },
            present: { log.presented.append($0); return present($0) },
            drawn: { _, _, timing in log.timings.append(timing) },
            now: { log.clock += 1_000; return log.clock })
        var start = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        start.language = language
        let end = ExplorerLoop.run(start, on: backend, reducer: fixture.reducer, view: view, world: world)
        return (backend, end, log)
    }

    func wellFormed(_ backend: MemoryBackend, sourceLocation: SourceLocation = #_sourceLocation) {
        for frame in backend.frames { for line in frame.lines { #expect(line.cellWidth == frame.width, sourceLocation: sourceLocation) } }
    }

    @Test(arguments: settings)
    func theIssuesScenariosRunInOneSession(width: Int, height: Int, language: Language, ascii: Bool) {
        let L = language
        // a filter in the indicators table, then outcome 2 from the overview
        var overviewTo2 = Event.keys("i") + Event.keys("ffffff") + Event.keys("o")
        let rows = fixture.reducer.overview
        let outcome2 = rows.firstIndex(of: .outcome("2"))!
        overviewTo2 += Array(repeating: .key(.down), count: rows[1...outcome2].filter(\.isSelectable).count - 1) + [.key(.enter)]
        var (backend, s, _) = session(width, height, language, ascii: ascii, overviewTo2)
        #expect(s.screen == .explorer && s.query.isDefault && s.entries(of: fixture.report.outcome("2")!).count == 6)
        #expect(!(backend.screen?.lines[2].contains(L.pick("筛选", "filter")) ?? true))
        wellFormed(backend)
        // e 8.2.1⏎ i: the table at 8.2.1, the breadcrumb naming the three views
        (backend, s, _) = session(width, height, language, ascii: ascii, Event.keys("e8.2.1\ri"))
        #expect(fixture.reducer.entries(.indicators, s)[s.list(.indicators).index] == .indicator("8.2.1"))
        let crumb = backend.screen!.lines[1]
        #expect(crumb.contains(L.pick("概览", "Overview")) && crumb.contains(L.pick("浏览", "Explorer")) && crumb.contains(L.pick("指标", "Indicators")), "\(crumb)")
        // from depth, Esc again and again reaches the overview and stays
        (backend, s, _) = session(width, height, language, ascii: ascii, Event.keys("ei$TrB") + Array(repeating: .key(.escape), count: 12))
        #expect(s.path == [.overview] && !s.quit)
        #expect(backend.screen!.lines[0].contains(L.pick("概览", "Overview")))
        // o empties the stack
        (backend, s, _) = session(width, height, language, ascii: ascii, Event.keys("ei$o"))
        #expect(s.path == [.overview])
        // a search hit, then one Esc: the results
        (backend, s, _) = session(width, height, language, ascii: ascii, Event.keys("/非洲\r") + [.key(.escape)])
        #expect(s.search?.query == "非洲")
        #expect(backend.screen!.text.contains("/ 非洲"))
        wellFormed(backend)
    }

    /// Effects go out to the world and their result comes back as an event, into the status line.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func effectsComeBackAsEvents(width: Int, height: Int) {
        let (backend, s, log) = session(width, height, .en, ascii: false, Event.keys("e3\rxy"))
        #expect(log.effects.count == 2)
        if case .export(let stem, let ext, _, _)? = log.effects.first { #expect(stem == "pir-outcome-3-indicators" && ext == "csv") }
        else { Issue.record("no export: \(log.effects)") }
        if case .copy(let text)? = log.effects.last { #expect(text.hasPrefix("3.1.1")) } else { Issue.record("no copy") }
        // one burst of keys: both results in one event, in order
        #expect(s.status == "done 1 · done 2" && s.effects.isEmpty)
        #expect(backend.screen!.lines.last!.contains("done 2"))
    }

    /// `p` hands the state to the world's presenter; coming back sets its language, leaving quits.
    @Test func presentingComesBackOrQuits() {
        var (_, s, log) = session(120, 40, .zh, ascii: false, Event.keys("e3\rp"), present: { _ in (true, .en) })
        #expect(log.presented.count == 1 && log.presented[0].screen == .explorer)
        #expect(s.language == .en && !s.quit && !s.presentRequested)
        (_, s, log) = session(120, 40, .zh, ascii: false, Event.keys("e3\rpjjj"), present: { _ in (false, .zh) })
        #expect(s.quit && log.presented.count == 1)
    }

    /// The frames are timed by the world's clock (a fake one here): one frame per event burst.
    @Test func framesAreTimedByTheWorldsClock() {
        let (backend, _, log) = session(120, 40, .zh, ascii: false, Event.keys("ej"))
        #expect(log.timings.count == backend.frames.count)
        #expect(log.timings.allSatisfy { $0.render == 1_000 && $0.draw == 1_000 })
        #expect(log.timings.dropFirst().allSatisfy { $0.reduce >= 1_000 })
        // a key's frame is timed from its reading to its drawing, which holds the three parts
        #expect(log.timings.first?.read == 0)
        #expect(log.timings.dropFirst().allSatisfy { $0.read > 0 && $0.drawnAt - $0.read >= $0.reduce + $0.render + $0.draw })
        // `ej` arrives at once: one frame for the burst, after the first
        #expect(backend.frames.count == 2)
    }
}
