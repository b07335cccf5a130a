import Testing
@testable import PIRModel
import PIRText
@testable import PIRUI

/// A session whose first frame is drawn from the first stage of a staged load (`PendingReport`)
/// and whose first event waits for the whole report (`ExplorerLoop.run(whole:)`) must draw exactly
/// the frames of a session on the whole report from the start, at every size, in both languages
/// and with the ASCII glyphs, whatever the first event is.
@Suite struct StagedSessionTests {
    let fixture: Fixture
    let first: Report
    init() throws {
        fixture = try Fixture()
        first = try ReportLoader.bundledData().withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self))
            reader.trusted = true
            return try reader.reportFirstPart(facts: Set(OverviewFacts.headline + OverviewFacts.budget))
        }
    }

    /// The first state, reducer and view on `report`, as `ExplorerSession` makes them.
    func start(_ report: Report, _ width: Int, _ height: Int, _ language: Language, _ glyphs: Glyphs) -> (state: AppState, reducer: Reducer, view: ExplorerView) {
        let reducer = Reducer(report: report)
        var state = reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        state.language = language
        return (state, reducer, ExplorerView(report: report, glyphs: glyphs, reducer: reducer))
    }

    func frames(_ width: Int, _ height: Int, _ language: Language, ascii: Bool, staged: Bool, _ script: [[Event]]) -> ([Frame], AppState) {
        let backend = MemoryBackend(width: width, height: height, glyphs: ascii ? .ascii : .unicode, bursts: script)
        let world = ExplorerLoop.World(perform: { _, _ in "done" }, present: { _ in (true, .zh) })
        let whole = start(fixture.report, width, height, language, backend.glyphs)
        let opening = staged ? start(first, width, height, language, backend.glyphs) : whole
        let end = ExplorerLoop.run(opening.state, on: backend, reducer: opening.reducer, view: opening.view, world: world,
                                   whole: staged ? { whole } : nil)
        return (backend.frames, end)
    }

    static let scripts: [[[Event]]] = [
        [Event.keys("j"), Event.keys("jj"), [.key(.enter)], Event.keys("q")],
        [Event.keys("e8.2.1\ri"), Event.keys("/就业"), [.key(.enter)], Event.keys("Q")],
        [[.resize(width: 90, height: 30)], Event.keys("t"), Event.keys("jjj\r"), Event.keys("Q")],
        [Event.keys("wr"), Event.keys("C"), Event.keys("B"), Event.keys("L"), Event.keys("Q")],
        [[.mouse(Mouse(.press, x: 10, y: 8))], Event.keys("$"), Event.keys("Q")],
        [Event.keys("jjjjjjjjjjjjjjjjjjjj\r"), Event.keys("\t"), Event.keys("Q")],
    ]

    @Test(arguments: NavigationDefectTests.settings)
    func aSessionOnAReportStillDecodingDrawsTheSameFrames(width: Int, height: Int, language: Language, ascii: Bool) {
        for script in Self.scripts {
            let (whole, wholeEnd) = frames(width, height, language, ascii: ascii, staged: false, script)
            let (staged, stagedEnd) = frames(width, height, language, ascii: ascii, staged: true, script)
            // the staged session draws its first frame from the first stage, then the whole
            // report's first frame again before the first event: both as the whole session's first
            #expect(staged.count == whole.count + 1)
            #expect(staged.first == whole.first, "\(script.first ?? [])")
            #expect(Array(staged.dropFirst()) == whole, "\(script.first ?? [])")
            #expect(stagedEnd == wholeEnd)
        }
    }

    /// When the rest cannot be had, the session ends at the first event, with nothing reduced.
    @Test func aSessionWhoseRestFailsEndsAtTheFirstEvent() {
        let backend = MemoryBackend(width: 120, height: 40, script: Event.keys("jjj"))
        let opening = start(first, 120, 40, .zh, backend.glyphs)
        let end = ExplorerLoop.run(opening.state, on: backend, reducer: opening.reducer, view: opening.view,
                                   world: ExplorerLoop.World(perform: { _, _ in "" }), whole: { nil })
        #expect(backend.frames.count == 1)
        #expect(end == opening.state)
    }
}
