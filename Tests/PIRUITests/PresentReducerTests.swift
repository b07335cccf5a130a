import Testing
import PIRModel
@testable import PIRUI

/// The presentation's keys, replayed without a terminal.
@Suite struct PresentReducerTests {
    let fixture: PresentFixture
    let reducer: PresentReducer
    init() throws {
        fixture = try PresentFixture()
        reducer = fixture.presentReducer()
    }
    var deck: Deck { fixture.deck }

    func state(_ events: [Event], slide: Int = 0, step: Int = 0) -> PresentState {
        reducer.reduce(PresentState(width: 100, height: 30, slide: slide, step: step), events)
    }

    @Test func nextWalksTheHighlightsThenTheSlides() {
        let regions = fixture.index(.regions)
        var s = state([], slide: regions)
        for key in [Key.right, .char(" "), .pageDown, .char("l"), .down] {
            s = reducer.reduce(s, .key(key))
        }
        #expect(s.slide == regions && s.step == 5)
        s = reducer.reduce(s, .key(.right))
        #expect(s.slide == regions + 1 && s.step == 0)
        // back from a slide's start: the previous slide, at its start
        s = reducer.reduce(s, .key(.left))
        #expect(s.slide == regions && s.step == 0)
        s = reducer.reduce(s, [.key(.right), .key(.right), .key(.right)])
        for key in [Key.pageUp, .backspace, .char("h")] { s = reducer.reduce(s, .key(key)) }
        #expect(s.slide == regions && s.step == 0)
        // ] and [ skip the highlights
        s = reducer.reduce(s, [.key(.right)] + Event.keys("]]["))
        #expect(s.slide == regions + 1 && s.step == 0)
    }

    @Test func firstLastAndJumps() {
        let last = deck.slides.count - 1
        #expect(state(Event.keys("G")).slide == last)
        #expect(state([.key(.end)]).slide == last)
        #expect(state(Event.keys("gg"), slide: 9).slide == 0)
        #expect(state([.key(.home)], slide: 9).slide == 0)
        #expect(state(Event.keys("5\r")).slide == 4)
        #expect(state(Event.keys("12G")).slide == 11)
        // a wrong number says so and stays
        let s = state(Event.keys("99\r"), slide: 3)
        #expect(s.slide == 3)
        #expect(s.status.contains("no slide 99"))
        // Esc drops a half-typed number; Backspace edits it
        #expect(state(Event.keys("7") + [.key(.escape)] + Event.keys("\r"), slide: 2).slide == 2)
        #expect(state(Event.keys("17") + [.key(.backspace)] + Event.keys("\r")).slide == 0)
    }

    @Test func findASlideByItsText() {
        var s = state(Event.keys("/"))
        #expect(s.find != nil)
        s = reducer.reduce(s, Event.keys("劳动保护"))
        #expect(reducer.matches("劳动保护").contains(fixture.index(.outcome("7"))))
        s = reducer.reduce(s, .key(.enter))
        #expect(s.find == nil)
        #expect(s.slide == fixture.index(.outcome("7")))
        s = reducer.reduce(s, Event.keys("/zzzz\r"))
        #expect(s.slide == fixture.index(.outcome("7")))
        #expect(s.status.contains("no slide matches"))
        let frame = PresentView(report: fixture.report, deck: deck).render(state(Event.keys("/Africa")))
        #expect(frame.text.contains("/ Africa"))
        #expect(frame.text.contains("按区域分列的成果"))
    }

    @Test func slideIndex() {
        var s = state(Event.keys("o"), slide: 2)
        #expect(s.index == 2)
        s = reducer.reduce(s, [.key(.down), .key(.down), .key(.enter)])
        #expect(s.index == nil && s.slide == 4)
        s = reducer.reduce(s, Event.keys("o") + [.key(.escape)])
        #expect(s.index == nil && s.slide == 4)
        let frame = PresentView(report: fixture.report, deck: deck).render(state(Event.keys("o")))
        #expect(frame.text.contains("幻灯片 Slides"))
        #expect(frame.text.contains("成果目标 7：为所有人提供充分和有效的劳动保护"))
    }

    @Test func blankIgnoresStrayKeysUntilBAgain() {
        let view = PresentView(report: fixture.report, deck: deck)
        var s = state(Event.keys("b"), slide: 3)
        #expect(s.blank)
        #expect(view.render(s).text.allSatisfy { $0 == " " || $0 == "\n" })
        s = reducer.reduce(s, [.key(.right), .key(.enter), .key(.char("5"))])
        #expect(s.blank && s.slide == 3 && s.explorer == nil)
        s = reducer.reduce(s, Event.keys("b"))
        #expect(!s.blank && s.slide == 3)
    }

    @Test func timerFooterAndHelpToggle() {
        var s = state(Event.keys("t"))
        #expect(s.showTimer)
        s = reducer.reduce(s, Event.keys("f"))
        #expect(!s.showFooter)
        s = reducer.reduce(s, Event.keys("?"))
        #expect(s.showHelp)
        let frame = PresentView(report: fixture.report, deck: deck).render(s)
        #expect(frame.text.contains("查找幻灯片 find a slide"))
        s = reducer.reduce(s, [.key(.escape)])
        #expect(!s.showHelp && !s.quit)
        #expect(state(Event.keys("q")).quit)
        #expect(state(Event.keys("Q")).quitAll)
    }

    @Test func enterDrillsIntoTheHighlightedIndicatorAndEscReturnsToTheSameSlideAndStep() {
        let outcome3 = fixture.index(.outcome("3"))
        var s = state([.key(.right), .key(.right)], slide: outcome3)
        #expect(s.step == 2)
        s = reducer.reduce(s, .key(.enter))
        let e = try! #require(s.explorer)
        #expect(e.focused(in: fixture.report) == .indicator(fixture.report.outcome("3")!, fixture.report.output("3.1")!.output, fixture.report.indicator("3.1.2")!.indicator))
        let frame = PresentView(report: fixture.report, deck: deck, reducer: fixture.reducer).render(s)
        #expect(frame.text.contains("浏览 › 成果目标 3 › 产出 3.1 › 指标 3.1.2"))
        #expect(frame.text.contains("Esc ⇢ 幻灯片 \(outcome3 + 1) / \(deck.slides.count)"))
        // explorer keys work in there: down, into the regions
        s = reducer.reduce(s, [.key(.down), .key(.enter)])
        #expect(s.explorer?.focus == .regions)
        // Esc closes the explorer's own overlays first
        s = reducer.reduce(s, Event.keys("/非洲") + [.key(.escape)])
        #expect(s.explorer != nil && s.explorer?.search == nil)
        s = reducer.reduce(s, .key(.escape))
        #expect(s.explorer == nil)
        #expect(s.slide == outcome3 && s.step == 2)
    }

    @Test func enterOnEachKindOfSlideOpensItsNode() {
        let report = fixture.report
        func drilled(_ entry: DeckEntry, step: Int = 0) -> AppState {
            reducer.reduce(PresentState(width: 120, height: 40, slide: fixture.index(entry), step: step), .key(.enter)).explorer!
        }
        #expect(drilled(.overview).screen == .overview)
        // a region's row opens the regions view on that region's page
        let region = drilled(.regions, step: 3)
        #expect(region.screen == .regions)
        #expect(fixture.reducer.entries(.regions, region)[region.list(.regions).index] == .region(.arabStates))
        let outcome = drilled(.outcomes, step: 6)
        #expect(report.outcomes[outcome.outcome].id == "6" && outcome.focus == .indicators)
        let box = drilled(.box(15))
        #expect(box.screen == .boxes && fixture.reducer.entries(.boxes, box)[box.list(.boxes).index] == .box(15))
        #expect(box.list(.boxes).textFocused)
        let lessons = drilled(.lessons, step: 2)
        #expect(lessons.screen == .lessons)
        #expect(fixture.reducer.entries(.lessons, lessons)[lessons.list(.lessons).index] == .chapter("part3-knowledge-and-advocacy"))
        #expect(drilled(.budget).screen == .budget)
        #expect(drilled(.trends).screen == .trends)
        let indicatorRegion = drilled(.indicator("3.1.2"), step: 1)
        #expect(indicatorRegion.focus == .regions && indicatorRegion.region == 0)
        #expect(indicatorRegion.focused(in: report) == .region(report.regions[0], report.outcome("3")!, report.indicator("3.1.2")!.indicator))
        let enabling = drilled(.enabling, step: 3)
        #expect(report.outcomes[enabling.outcome].id == "C")
    }

    @Test func qInTheExplorerComesBackAndQuitsOnlyWithCapitalQ() {
        var s = state([.key(.enter)], slide: fixture.index(.outcome("1")))
        #expect(s.explorer != nil)
        s = reducer.reduce(s, Event.keys("q"))
        #expect(s.explorer == nil && !s.quit && !s.quitAll)
        s = reducer.reduce(s, [.key(.enter)] + Event.keys("Q"))
        #expect(s.quitAll)
    }

    @Test func pInTheExplorerGoesToTheSlideOfTheFocusedNode() {
        // drilled in from the title slide, the presenter navigates to 7.5.2 and presses p
        var s = state([.key(.enter)])
        s = reducer.reduce(s, Event.keys("tt7.5.2\rp"))
        #expect(s.explorer == nil)
        let slide = fixture.index(.outcome("7"))
        #expect(s.slide == slide)
        let items = deck.slides[slide].elements[deck.slides[slide].stepElement!].items
        #expect(items[s.step - 1].node == .indicator("7.5.2"))
    }

    @Test func theExplorersPKeyAsksForThePresentation() {
        let explorer = fixture.reducer
        var e = explorer.reduce(AppState(width: 120, height: 40), .resize(width: 120, height: 40))
        e = explorer.reduce(e, Event.keys("3.1.2\r"))
        #expect(!e.presentRequested)
        e = explorer.reduce(e, Event.keys("p"))
        #expect(e.presentRequested)
        let node = e.slideNode(in: fixture.report, reducer: explorer)
        #expect(node == .indicator("3.1.2"))
        let standard = Deck.standard(fixture.report)
        let position = standard.position(for: node!, in: fixture.report)
        #expect(position?.slide == standard.slides.firstIndex { $0.entry == .outcome("3") })
        #expect(position?.step == 2)
        // a region in the explorer: its row on the regions slide when no indicator is in view
        #expect(standard.position(for: .region(.americas, indicator: nil), in: fixture.report)?.step == 2)
        // a box the default deck has no slide for
        #expect(standard.position(for: .box(15), in: fixture.report) == nil)
        // the help and the footer say so
        #expect(HelpOverlay.keys.contains { $0.0 == "p" })
        let frame = ExplorerView(report: fixture.report, reducer: explorer).render(explorer.reduce(AppState(width: 200, height: 50), .resize(width: 200, height: 50)))
        #expect(frame.text.contains("p 放映"))
    }

    @Test func followersOnlyChangeHowTheyLook() {
        var s = PresentState(width: 100, height: 30, slide: 4, step: 1)
        for key in [Key.right, .left, .enter, .char("5"), .char("o"), .char("/"), .char("b")] {
            s = Following.reduce(s, .key(key))
            #expect(s.slide == 4 && s.step == 1 && !s.blank && s.index == nil && s.find == nil && s.explorer == nil)
        }
        #expect(s.status.contains("only the presenter"))
        s = Following.reduce(s, Event.keys("f")[0])
        #expect(!s.showFooter)
        #expect(Following.reduce(s, Event.keys("q")[0]).quitAll)
        let (deck, warning) = Following.deck(entries: ["title", "outcome 3", "box 999"], notes: [nil, "n", nil], title: nil,
                                            presenterTitles: [], report: fixture.report)
        #expect(deck.slides.count == 3)
        #expect(deck.slides[1].notes == "n")
        #expect(warning?.text(.zh).contains("box 999") == true)
    }

    @Test func resizeKeepsTheSlideAndStep() {
        var s = state([.key(.right)], slide: fixture.index(.regions))
        s = reducer.reduce(s, .resize(width: 80, height: 24))
        #expect(s.width == 80 && s.height == 24 && s.slide == fixture.index(.regions) && s.step == 1)
        s = reducer.reduce(s, .key(.enter))
        s = reducer.reduce(s, .resize(width: 200, height: 60))
        #expect(s.explorer?.width == 200)
        s = reducer.reduce(s, .key(.escape))
        #expect(s.width == 200 && s.step == 1)
    }
}

/// States from outside (a follower's socket, a caller) are clamped, never trusted to index.
@Suite struct PresentStateBoundsTests {
    @Test func outOfRangeSlidesAndStepsAndAnEmptyDeckDoNotTrap() throws {
        let fixture = try PresentFixture()
        let reducer = fixture.presentReducer()
        let view = PresentView(report: fixture.report, deck: fixture.deck, reducer: fixture.reducer)
        for (slide, step) in [(-5, -1), (999, 0), (3, 999), (Int.max / 2, Int.max / 2)] {
            let s = PresentState(width: 100, height: 30, slide: slide, step: step)
            #expect(view.render(s).lines.count == 30)
            let next = reducer.reduce(s, .key(.right))
            #expect(next.slide >= 0 && next.slide < fixture.deck.slides.count)
            #expect(NotesView(deck: fixture.deck).render(s, time: .zero).lines.count == 30)
        }
        let empty = Deck(spec: DeckSpec(items: []), report: fixture.report)
        let emptyReducer = PresentReducer(report: fixture.report, deck: empty, explorer: fixture.reducer)
        var s = PresentState(width: 100, height: 30, slide: 4)
        s = emptyReducer.reduce(s, [.key(.right), .key(.enter), .key(.end)] + Event.keys("5\r/x\ro"))
        #expect(!s.quitAll && s.explorer == nil)
        #expect(PresentView(report: fixture.report, deck: empty).render(s).lines.count == 30)
        #expect(emptyReducer.reduce(s, Event.keys("q")[0]).quitAll)
    }
}
