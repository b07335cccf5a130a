import Testing
import PIRModel
import PIRText
@testable import PIRUI

@Suite struct OverviewTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    @Test(arguments: [(120, 40), (80, 24), (200, 60), (40, 10)])
    func overviewRendersAtEverySize(width: Int, height: Int) {
        let s = fixture.state(width, height, Event.keys("o"))
        #expect(s.screen == .overview)
        let frame = fixture.view.render(s)
        for line in frame.lines { #expect(line.cellWidth == width) }
        if height >= 24 {
            #expect(frame.text.contains("896 项成果"))
            #expect(frame.text.contains("199/179"))
        }
    }

    @Test func everyRowIsAWayIn() {
        // region row → that region's page; outcome row → its results sentence in the outcome's
        // text, marked; a budget figure → its paragraph in Part I, scrolled to and marked
        var s = fixture.state(120, 40, Event.keys("o"))
        s.overviewIndex = fixture.reducer.overview.firstIndex(of: .region(.asiaPacific))!
        s = fixture.reducer.reduce(s, .key(.enter))
        #expect(s.screen == .regions && s.list(.regions).textFocused)
        #expect(fixture.reducer.entries(.regions, s)[s.list(.regions).index] == .region(.asiaPacific))
        #expect(fixture.view.render(s).text.contains("195"))
        s = fixture.reducer.reduce(s, Event.keys("o"))
        s.overviewIndex = fixture.reducer.overview.firstIndex(of: .outcome("6"))!
        s = fixture.reducer.reduce(s, .key(.enter))
        #expect(s.screen == .explorer && s.focus == .detail && s.detailSource == .outcomes && s.outcome == 5)
        #expect(s.mark == "\(fixture.report.outcome("6")!.results!.achieved)")
        s = fixture.reducer.reduce(s, Event.keys("o"))
        s.overviewIndex = fixture.reducer.overview.firstIndex(of: .budget("regular_budget"))!
        s = fixture.reducer.reduce(s, .key(.enter))
        #expect(s.screen == .contents)
        #expect(fixture.reducer.contents[s.contentsIndex] == .chapter("part1-budget"))
        #expect(s.mark == fixture.report.fact("regular_budget")?.printed)
        // the view found the figure's paragraph and scrolled there as it drew
        #expect(fixture.view.snapshot(s).drawn.listText > 0)
    }

    @Test func theOverviewIsTheStartScreenAndEscThereDoesNotQuit() {
        var s = fixture.reducer.reduce(AppState(width: 100, height: 30, screen: .overview), .resize(width: 100, height: 30))
        #expect(s.screen == .overview)
        s = fixture.reducer.reduce(s, .key(.escape))
        #expect(s.screen == .overview && !s.quit)
        s = fixture.reducer.reduce(s, Event.keys("q"))
        #expect(s.quit)
    }

    /// `o` goes home and empties the stack (issue 14): Esc then stays at the overview.
    @Test func oEmptiesTheStack() {
        let s = fixture.state(120, 40, Event.keys("o") + [.key(.escape)])
        #expect(s.screen == .overview && s.path == [.overview])
        #expect(!s.quit)
    }
}
