import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Every list that can overflow says where its window is, the way the text panes do: `first-last/total`
/// in the bottom border of its box (issue 19: the overview at 80×24 stopped at outcome 7 with nothing
/// saying outcome 8, the regions and the budget were below; the budget list showed 2 of 8 outcomes).
@Suite struct ListPositionTests {
    let fixture = try! Fixture()

    /// The `first-last/total` in the bottom border of `box`, if there is one.
    static func position(_ frame: Frame, _ box: Rect) -> (first: Int, last: Int, total: Int)? {
        let row = frame.cells(box.maxY - 1, from: box.x, count: box.width)
        guard let m = row.firstMatch(of: /(\d+)-(\d+)\/(\d+)/), let a = Int(m.1), let b = Int(m.2), let t = Int(m.3) else { return nil }
        return (a, b, t)
    }

    @Test(arguments: [(80, 24), (100, 30)])
    func theOverviewSaysWhatIsBelow(width: Int, height: Int) throws {
        let rows = Overview.rows(fixture.report).count
        var s = fixture.state(width, height, Event.keys("o"))
        let box = Rect(x: 0, y: 2, width: width, height: height - 4)
        let shown = box.height - 2
        try #require(rows > shown)
        let top = try #require(Self.position(fixture.view.render(s), box), "\(fixture.view.render(s).text)")
        #expect(top.first == 1 && top.last == shown && top.total == rows)
        s = fixture.drive(s, [.key(.end)])
        let end = try #require(Self.position(fixture.view.render(s), box))
        #expect(end.last == rows && end.total == rows && end.first == rows - shown + 1)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theBudgetListCountsItsOutcomes(width: Int, height: Int) throws {
        let s = fixture.state(width, height, Event.keys("$"))
        let snapshot = fixture.view.snapshot(s)
        let list = try #require(snapshot.list)
        let entries = fixture.view.context.entries(.budget, s).count
        let frame = fixture.view.render(s)
        if entries > list.rows.height {
            let p = try #require(Self.position(frame, list.box), "\(frame.text)")
            #expect(p.first == 1 && p.last == list.rows.height && p.total == entries)
        } else {
            #expect(Self.position(frame, list.box) == nil)
        }
    }

    /// The explorer's panes at 80×24: the outcomes (11 in 9 rows) and outcome 1's indicators overflow;
    /// the regions (5) do not and say nothing.
    @Test func theExplorerPanesSayWhereTheyAre() throws {
        let s = fixture.state(80, 24)
        let frame = fixture.view.render(s)
        let snapshot = fixture.view.snapshot(s)
        let outcomes = try #require(snapshot.panes[.outcomes])
        let p = try #require(Self.position(frame, outcomes.box), "\(frame.text)")
        #expect(p.first == 1 && p.last == outcomes.rows.height && p.total == fixture.report.outcomes.count)
        let indicators = try #require(snapshot.panes[.indicators])
        let rows = fixture.report.outcomes[0].outputs.map { 1 + $0.indicators.count }.reduce(0, +)
        let q = try #require(Self.position(frame, indicators.box), "\(frame.text)")
        #expect(q.first == 1 && q.total == rows)
        let regions = try #require(snapshot.panes[.regions])
        #expect(Self.position(frame, regions.box) == nil)
    }

    /// Every list view at 80×24 whose entries overflow its rows says so.
    @Test func everyListViewSaysWhereItIs() throws {
        for key in ["i", "r", "C", "$", "T", "E", "B", "L", "t"] {
            let s = fixture.state(80, 24, Event.keys(key))
            let snapshot = fixture.view.snapshot(s)
            let list = try #require(snapshot.list, "\(key)")
            let entries = fixture.view.context.entries(s.screen, s).count
            let frame = fixture.view.render(s)
            guard entries > list.rows.height else { continue }
            let p = try #require(Self.position(frame, list.box), "\(key)\n\(frame.text)")
            #expect(p.total == entries, "\(key)")
        }
    }

    /// The search's hits: more than the box shows, and the box says which.
    @Test func theSearchSaysWhichHitsShow() throws {
        let s = fixture.state(80, 24, Event.keys("o/就业"))
        let frame = fixture.view.render(s)
        let hits = fixture.view.context.hits(s).count
        let box = try #require(ExplorerOverlayCoverTests.box(frame, title: "搜索 Search"))
        let p = try #require(Self.position(frame, box), "\(frame.text)")
        #expect(p.first == 1 && p.total == hits)
    }
}
