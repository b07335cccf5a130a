import Testing
import PIRModel
@testable import PIRUI

/// Paging and the mouse read the layout the view handed back for the frame on screen: a page is
/// the rows that frame showed, a click selects the item drawn under it, and after a resize the
/// next frame still shows the selection.
@Suite struct LayoutSnapshotTests {
    let fixture = try! Fixture()
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// The explorer on the outcome with the most indicators, its indicators pane focused.
    func explorer(_ width: Int, _ height: Int) -> AppState {
        var s = fixture.state(width, height)
        let outcomes = fixture.report.outcomes
        s.outcome = outcomes.indices.max { outcomes[$0].indicators.count < outcomes[$1].indicators.count }!
        s.focus = .indicators
        return fixture.reducer.reduce(s, .resize(width: width, height: height))
    }

    /// Whether the frame for the state draws the selection mark at the left of row y of a list.
    func marksSelection(_ s: AppState, _ list: LayoutSnapshot.List, y: Int) -> Bool {
        fixture.view.render(s)[list.rows.x, y].text == fixture.view.glyphs.selected
    }

    @Test(arguments: sizes)
    func aClickInTheExplorerSelectsTheItemDrawnUnderIt(width: Int, height: Int) throws {
        let s0 = explorer(width, height)
        let shot = fixture.view.snapshot(s0)
        #expect(!shot.panes.isEmpty)
        for (pane, list) in shot.panes {
            // the last row that shows an item, so the click is never on the row already selected
            let row = try #require(list.items.lastIndex { $0 != nil })
            let item = list.items[row]!
            let y = list.rows.y + row
            let s = fixture.reducer.reduce(s0, .mouse(Mouse(.press, x: list.rows.x + 2, y: y)), after: shot)
            #expect(s.focus == pane)
            switch pane {
            case .outcomes: #expect(s.outcome == item)
            case .indicators: #expect(s.indicator == item)
            case .regions: #expect(s.region == item)
            case .detail: break
            }
            #expect(marksSelection(s, list, y: y), "\(pane) at \(width)x\(height): row \(y) does not show the selection")
        }
    }

    @Test(arguments: sizes)
    func pageDownInTheExplorerMovesByTheRowsLastShown(width: Int, height: Int) throws {
        let s0 = explorer(width, height)
        let shot = fixture.view.snapshot(s0)
        let rows = try #require(shot.panes[.indicators]).rows.height
        let count = s0.entryCount(of: fixture.report.outcomes[s0.outcome])
        let s = fixture.reducer.reduce(s0, .key(.pageDown), after: shot)
        #expect(s.indicator == min(count - 1, s0.indicator + rows))
        // the next frame shows the indicator paged to
        #expect(fixture.view.snapshot(s).panes[.indicators]?.items.contains(s.indicator) == true)
    }

    @Test(arguments: sizes)
    func aClickAndAPageInAListViewGoToTheItemDrawn(width: Int, height: Int) throws {
        let s0 = fixture.state(width, height, Event.keys("t"))
        let shot = fixture.view.snapshot(s0)
        let list = try #require(shot.list)
        let row = try #require(list.items.lastIndex { $0 != nil })
        let y = list.rows.y + row
        let clicked = fixture.reducer.reduce(s0, .mouse(Mouse(.press, x: list.rows.x + 2, y: y)), after: shot)
        #expect(clicked.top.list.index == list.items[row]!)
        #expect(marksSelection(clicked, list, y: y))

        // PgDn steps over as many selectable entries as rows were shown
        let entries = fixture.reducer.entries(s0.screen, s0)
        let selectable = entries.indices.filter { entries[$0].isSelectable }
        let start = try #require(selectable.firstIndex(of: s0.top.list.index))
        let paged = fixture.reducer.reduce(s0, .key(.pageDown), after: shot)
        #expect(paged.top.list.index == selectable[min(selectable.count - 1, start + list.rows.height)])
        #expect(fixture.view.snapshot(paged).list?.items.contains(paged.top.list.index) == true)
    }

    @Test func aSnapshotOfAnotherFrameIsNotClickedOn() {
        let s0 = explorer(120, 40)
        let shot = fixture.view.snapshot(s0)
        let list = shot.panes[.outcomes]!
        let y = list.rows.y + 3
        // the terminal was resized after that frame: the rows it names are gone
        let resized = fixture.reducer.reduce(s0, .resize(width: 200, height: 60))
        #expect(fixture.reducer.reduce(resized, .mouse(Mouse(.press, x: list.rows.x + 2, y: y)), after: shot).outcome == resized.outcome)
        // and no frame at all: nothing to click on
        #expect(fixture.reducer.reduce(s0, .mouse(Mouse(.press, x: list.rows.x + 2, y: y))).outcome == s0.outcome)
        // the same click on the frame on screen selects
        #expect(fixture.reducer.reduce(s0, .mouse(Mouse(.press, x: list.rows.x + 2, y: y)), after: shot).outcome == list.items[3]!)
    }

    @Test(arguments: [((200, 60), (80, 24)), ((80, 24), (200, 60)), ((120, 40), (80, 24))])
    func aResizeBetweenEventsKeepsTheSelectionOnScreen(from: (Int, Int), to: (Int, Int)) {
        var s = fixture.drive(explorer(from.0, from.1), [.key(.end)])
        s = fixture.drive(s, [.resize(width: to.0, height: to.1)])
        #expect(fixture.view.snapshot(s).panes[.indicators]?.items.contains(s.indicator) == true, "\(from) → \(to)")

        var list = fixture.drive(fixture.state(from.0, from.1, Event.keys("t")), [.key(.end)])
        list = fixture.drive(list, [.resize(width: to.0, height: to.1)])
        #expect(fixture.view.snapshot(list).list?.items.contains(list.top.list.index) == true, "\(from) → \(to)")
    }

    @Test(arguments: sizes)
    func theViewClampsATextScrolledPastItsEndAndTheNextKeyStartsThere(width: Int, height: Int) {
        // the detail pane focused, paged far past the end of the outcome's text
        let s = fixture.drive(fixture.state(width, height), Event.keys("\t\t\t") + Array(repeating: .key(.pageDown), count: 100))
        let drawn = fixture.view.snapshot(s).drawn.detail
        #expect(drawn > 0 && drawn < s.detailScroll, "the text is longer than a page and shorter than 100 pages")
        // one Up from the end shows the line before the end, not a window that does not move
        #expect(fixture.drive(s, [.key(.up)]).detailScroll == drawn - 1)
    }
}

/// The explorer inside the presentation (Enter on a slide) pages and clicks by its own frame too.
@Suite struct PresentExplorerLayoutTests {
    @Test func aClickInThePresentersExplorerSelectsTheItemDrawnUnderIt() throws {
        let fixture = try PresentFixture()
        let reducer = fixture.presentReducer()
        let view = PresentView(report: fixture.report, deck: fixture.deck, reducer: fixture.reducer)
        // Enter on a slide opens the explorer on its node; a slide whose node is in the explorer
        var s = PresentState(width: 120, height: 40)
        for slide in fixture.deck.slides.indices where s.explorer?.screen != .explorer {
            s = reducer.reduce(reducer.reduce(PresentState(width: 120, height: 40, slide: slide), .key(.enter)), .resize(width: 120, height: 40))
        }
        let e = try #require(s.explorer)
        let shot = try #require(view.explorerLayout(s))
        let list = try #require(shot.panes[.outcomes])
        let row = try #require(list.items.firstIndex { $0 != nil && $0 != e.outcome })
        let clicked = reducer.reduce(s, .mouse(Mouse(.press, x: list.rows.x + 2, y: list.rows.y + row)), after: shot)
        #expect(clicked.explorer?.outcome == list.items[row]!)
    }
}
