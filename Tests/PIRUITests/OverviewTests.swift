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
        // region row → the explorer on that region; outcome row → its indicators
        var s = fixture.state(120, 40, Event.keys("o"))
        s.overviewIndex = fixture.reducer.overview.firstIndex(of: .region(.asiaPacific))!
        s = fixture.reducer.reduce(s, .key(.enter))
        #expect(s.screen == .explorer && s.focus == .regions && s.region == 3)
        s = fixture.reducer.reduce(s, Event.keys("o"))
        s.overviewIndex = fixture.reducer.overview.firstIndex(of: .outcome("6"))!
        s = fixture.reducer.reduce(s, .key(.enter))
        #expect(s.screen == .explorer && s.focus == .indicators && s.outcome == 5)
        s = fixture.reducer.reduce(s, Event.keys("o"))
        s.overviewIndex = fixture.reducer.overview.firstIndex(of: .budget("regular_budget"))!
        s = fixture.reducer.reduce(s, .key(.enter))
        #expect(s.screen == .contents)
        #expect(fixture.reducer.contents[s.contentsIndex] == .chapter("part1-budget"))
    }

    @Test func escReturnsToTheExplorer() {
        let s = fixture.state(120, 40, Event.keys("o") + [.key(.escape)])
        #expect(s.screen == .explorer)
        #expect(!s.quit)
    }
}
