import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// The defects issue 14 lists, each replayed from the start screen at 80×24, 120×40 and 200×60, in
/// Chinese and English, with the Unicode and the ASCII glyphs. Written against the state's
/// shorthands (screen, query, list, search …) so that the same file ran against the flat state
/// before the navigation stack, and failed there.
@Suite struct NavigationDefectTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    static let sizes = [(80, 24), (120, 40), (200, 60)]
    static let languages: [Language] = [.zh, .en]
    static let settings: [(Int, Int, Language, Bool)] = sizes.flatMap { size in
        languages.flatMap { language in [false, true].map { (size.0, size.1, language, $0) } }
    }

    var reducer: Reducer { fixture.reducer }
    var report: Report { fixture.report }

    /// The start screen (the overview), in a language, after some events.
    func start(_ width: Int, _ height: Int, _ language: Language, _ events: [Event] = []) -> AppState {
        var s = reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        s.language = language
        return reducer.reduce(s, events)
    }

    func view(_ ascii: Bool) -> ExplorerView { ExplorerView(report: report, glyphs: ascii ? .ascii : .unicode, reducer: reducer) }

    func expectWellFormed(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        for (n, line) in frame.lines.enumerated() {
            #expect(line.cellWidth == frame.width, "line \(n) is \(line.cellWidth) cells: \(line)", sourceLocation: sourceLocation)
        }
    }

    /// Enter on an overview row.
    func enter(_ s: AppState, on row: OverviewRow) -> AppState {
        var s = s
        s.overviewIndex = reducer.overview.firstIndex(of: row)!
        return reducer.reduce(s, .key(.enter))
    }

    /// A filter and a sort set in the indicators table stay there: outcome 2 opened from the
    /// overview lists all six of its indicators, in report order, with no filter in its title.
    @Test(arguments: settings)
    func aFilterInTheIndicatorsViewStaysThere(width: Int, height: Int, language: Language, ascii: Bool) {
        var s = start(width, height, language, Event.keys("i") + Event.keys("ffffff") + Event.keys("s"))
        #expect(s.query.filter == .unit(.cases) && s.query.sort != .code)
        s = reducer.reduce(s, Event.keys("o"))
        s = enter(s, on: .outcome("2"))
        #expect(s.screen == .explorer)
        #expect(s.query.isDefault)
        let outcome = report.outcome("2")!
        #expect(s.entries(of: outcome).count == 6 && outcome.indicatorCount == 6)
        let frame = view(ascii).render(s)
        expectWellFormed(frame)
        // the panes' titles (the footer names `s f` as keys)
        for word in ["筛选", "filter", "1/6"] { #expect(!frame.lines[2].contains(word), "\(word) at \(width)×\(height): \(frame.lines[2])") }
        // where the three panes stand side by side, all six are listed
        if width >= ExplorerLayout.wideWidth {
            for indicator in outcome.indicators { #expect(frame.text.contains(indicator.code), "\(indicator.code) at \(width)×\(height)") }
        }
    }

    /// `e` `8.2.1⏎` `i`: the indicators table opens at 8.2.1.
    @Test(arguments: settings)
    func aViewKeyOpensTheViewOnTheItemOneWasOn(width: Int, height: Int, language: Language, ascii: Bool) {
        let s = start(width, height, language, Event.keys("e8.2.1\ri"))
        #expect(s.screen == .indicators)
        let entries = reducer.entries(.indicators, s)
        #expect(entries[s.list(.indicators).index] == .indicator("8.2.1"))
        let frame = view(ascii).render(s)
        expectWellFormed(frame)
        #expect(frame.text.contains("8.2.1"))
    }

    /// A code typed in the indicators table selects it there rather than leaving for the explorer.
    @Test(arguments: settings)
    func aCodeTypedInTheIndicatorsViewStaysThere(width: Int, height: Int, language: Language, ascii: Bool) {
        var s = start(width, height, language, Event.keys("i3.1.2\r"))
        #expect(s.screen == .indicators)
        #expect(reducer.entries(.indicators, s)[s.list(.indicators).index] == .indicator("3.1.2"))
        // a single outcome digit too: outcome 7's first indicator
        s = reducer.reduce(s, Event.keys("7"))
        #expect(s.screen == .indicators)
        if case .indicator(let code) = reducer.entries(.indicators, s)[s.list(.indicators).index] { #expect(code.hasPrefix("7.")) }
        else { Issue.record("not on an indicator") }
        expectWellFormed(view(ascii).render(s))
    }

    /// From any depth repeated Esc reaches the overview, stops there and never switches back and
    /// forth between two views.
    @Test(arguments: settings)
    func repeatedEscReachesTheOverviewAndStops(width: Int, height: Int, language: Language, ascii: Bool) {
        for keys in ["ei$Tr", "e3\r\tl", "tjj\r\t", "iffe", "rjj\re", "/非洲\r", "Cf\r", "B\r\r", "e8.2.1\ri\re"] {
            var s = start(width, height, language, Event.keys(keys))
            var screens: [Screen] = [s.screen]
            for _ in 0..<40 {
                s = reducer.reduce(s, .key(.escape))
                if screens.last != s.screen { screens.append(s.screen) }
            }
            #expect(s.screen == .overview && !s.quit, "\(keys): \(screens)")
            #expect(screens.last == .overview, "\(keys): \(screens)")
            // no A B A B
            for n in 3..<max(3, screens.count) {
                #expect(!(screens[n] == screens[n - 2] && screens[n - 1] == screens[n - 3]), "\(keys) ping-pongs: \(screens)")
            }
            expectWellFormed(view(ascii).render(s))
        }
    }

    /// `o` goes home and empties the stack: Esc there stays at the overview.
    @Test(arguments: settings)
    func oGoesHomeAndEmptiesTheStack(width: Int, height: Int, language: Language, ascii: Bool) {
        let s = start(width, height, language, Event.keys("ei$To") + [.key(.escape)])
        #expect(s.screen == .overview)
        expectWellFormed(view(ascii).render(s))
    }

    /// A search hit opened, then one Esc: the search results again, where they were.
    @Test(arguments: settings)
    func escAfterASearchHitReturnsToTheResultsInOnePress(width: Int, height: Int, language: Language, ascii: Bool) {
        var s = start(width, height, language, Event.keys("/非洲") + [.key(.down), .key(.enter)])
        #expect(s.search == nil && s.screen != .overview)
        s = reducer.reduce(s, .key(.escape))
        #expect(s.search?.query == "非洲" && s.search?.selected == 1)
        #expect(s.screen == .overview)
        expectWellFormed(view(ascii).render(s))
    }

    /// Enter on an outcome's row of the overview opens the source of its figure (the sentence with
    /// results against target in the outcome's text), the figure marked — as the headline rows do.
    @Test(arguments: settings)
    func enterOnAnOverviewOutcomeRowOpensTheFiguresSource(width: Int, height: Int, language: Language, ascii: Bool) {
        let s = enter(start(width, height, language), on: .outcome("3"))
        let outcome = report.outcome("3")!
        #expect(s.screen == .explorer && s.outcome == report.outcomes.firstIndex { $0.id == "3" })
        #expect(s.mark == "102")
        #expect(s.focused(in: report) == .outcome(outcome))
        let frame = view(ascii).render(s)
        expectWellFormed(frame)
        // the figure is on screen in the match role
        let marked = frame.lines.indices.map { y in (0..<frame.width).filter { frame[$0, y].style.role == .match }.map { frame[$0, y].text }.joined() }.joined()
        #expect(marked.contains("102"), "\(frame.text)")
    }

    /// `:box 36` in the boxes view selects box 36 there.
    @Test(arguments: settings)
    func aBoxNamedInTheSwitcherInTheBoxesViewStaysThere(width: Int, height: Int, language: Language, ascii: Bool) {
        let n = report.boxes.map(\.number).max()!
        let s = start(width, height, language, Event.keys("B:box \(n)\r"))
        #expect(s.screen == .boxes)
        #expect(reducer.entries(.boxes, s)[s.list(.boxes).index] == .box(n))
        expectWellFormed(view(ascii).render(s))
    }

    /// The help fits a 120×40 terminal without scrolling, in both languages.
    @Test(arguments: languages, [false, true])
    func theHelpFitsAt120x40(language: Language, ascii: Bool) {
        #expect(HelpOverlay.maxScroll(width: 120, height: 40, language: language) == 0)
        let frame = view(ascii).render(start(120, 40, language, Event.keys("?")))
        // no scroll hint in its title
        #expect(!frame.text.contains("PgDn 滚动") && !frame.text.contains("PgDn scroll"))
        #expect(frame.text.contains("Ctrl-C"))
    }

    /// The explorer opened from a slide says what `q` does there: back to the slide.
    @Test(arguments: sizes, languages)
    func theExplorerOpenedFromASlideSaysQReturnsToIt(size: (Int, Int), language: Language) throws {
        let fixture = try PresentFixture()
        let reducer = fixture.presentReducer()
        var s = PresentState(width: size.0, height: size.1, slide: fixture.index(.outcome("3")))
        s.language = language
        s = reducer.reduce(s, .key(.enter))
        let explorer = try #require(s.explorer)
        #expect(!explorer.quit)
        let frame = PresentView(report: fixture.report, deck: fixture.deck, reducer: fixture.reducer).render(s)
        let footer = frame.lines[size.1 - 2]
        #expect(!footer.contains("退出") && !footer.contains("quit"), "\(footer)")
        #expect(footer.contains("q"))
        #expect(footer.contains(language == .zh ? "幻灯片" : "slide"), "\(footer)")
        // and q does go back to the slide
        s = reducer.reduce(s, .key(.char("q")))
        #expect(s.explorer == nil && !s.quitAll)
    }
}
