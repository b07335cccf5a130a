import PIRModel
import PIRText
import Testing
@testable import PIRUI

/// The views of issue 4, rendered at the sizes a reader uses, with the report's figures on screen.
@Suite struct ViewsTests {
    let fixture = try! Fixture()

    func open(_ screen: Screen, _ width: Int, _ height: Int, _ more: [Event] = []) -> (AppState, String) {
        var s = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        if screen != .overview { s = fixture.reducer.reduce(s, .key(.function(screen.functionKey))) }
        s = fixture.reducer.reduce(s, more)
        let frame = fixture.view.render(s)
        for line in frame.lines { #expect(line.cellWidth == width, "a line of \(screen) at \(width)×\(height) is not \(width) cells") }
        return (s, frame.text)
    }

    static let sizes = [(120, 40), (80, 24)]

    @Test(arguments: sizes) func everyViewOpensFromItsKeyAndFillsTheScreen(width: Int, height: Int) {
        for screen in Screen.allCases {
            let (s, text) = open(screen, width, height)
            #expect(s.screen == screen)
            #expect(text.contains(screen.chineseName), "\(screen) shows its name")
        }
    }

    @Test(arguments: sizes) func budgetViewShowsOutcome7StrategicBudgetAgainstExpenditure(width: Int, height: Int) throws {
        let entries = fixture.reducer.entries(.budget, fixture.state(width, height))
        let seven = try #require(entries.firstIndex(of: .budget("7")))
        let first = Catalog.firstSelectable(entries)
        let downs = entries[(first + 1)...seven].filter(\.isSelectable).count
        let (_, text) = open(.budget, width, height, Array(repeating: Event.key(.down), count: downs))
        #expect(text.contains("241.7"))
        #expect(text.contains("280.6"))
        #expect(text.contains("表 8"))
    }

    @Test(arguments: sizes) func africaPageShowsItsResults(width: Int, height: Int) {
        var s = fixture.state(width, height)
        s = fixture.reducer.reduce(s, Event.keys(":africa\r"))
        #expect(s.screen == .regions)
        let text = fixture.view.render(s).text
        #expect(text.contains("329"))
        #expect(text.contains("37%"))
        #expect(text.contains("非洲"))
    }

    @Test func regionsComparisonHasEveryRegionAndOutcomeTotal() {
        let (_, text) = open(.regions, 200, 60)
        for r in fixture.report.regions { #expect(text.contains(r.name)) }
        // figure 15 and Appendix II sums: Africa 329, outcome 1 in Africa 60 of 199
        #expect(text.contains("329"))
        #expect(text.contains("896"))
        #expect(text.contains("199"))
    }

    @Test(arguments: sizes) func table1Shows2020Unemployment(width: Int, height: Int) {
        let (_, text) = open(.trends, width, height)
        #expect(text.contains("6.6"))
        #expect(text.contains("失业率"))
        #expect(text.contains("2020"))
    }

    @Test func trendsShowMissingYearsAsMissing() {
        let (_, text) = open(.trends, 120, 40)
        #expect(text.contains("暂无数据"))
        let youth = text.split(separator: "\n").filter { $0.contains("青年(15-24 岁)") }
        #expect(!youth.isEmpty && youth.allSatisfy { $0.contains("15.2") && $0.contains("暂无数据") }, "\(youth)")
    }

    @Test(arguments: sizes) func enablingIndicatorsShowTextualTargetsAndResults(width: Int, height: Int) {
        // A.1.1: target 15, result 28 member States
        let (_, text) = open(.enabling, width, height, [.key(.down), .key(.enter)])
        #expect(text.contains("A.1.1"))
        #expect(text.contains("15"))
        #expect(text.contains("28"))
    }

    @Test func boxesListEveryBoxAndABoxOpensItsChapterAtTheBox() throws {
        let entries = fixture.reducer.entries(.boxes, fixture.state(120, 40))
        let numbers = entries.compactMap { entry -> Int? in if case .box(let n) = entry { return n }; return nil }
        #expect(numbers == Array(1...fixture.report.boxes.count))
        let fifteen = try #require(entries.firstIndex(of: .box(15)))
        var s = fixture.state(120, 40, [.key(.function(10))])
        s.lists[.boxes]?.index = fifteen
        s = fixture.reducer.reduce(s, [.key(.enter)])
        #expect(fixture.view.render(s).text.contains("专栏 15."))
        s = fixture.reducer.reduce(s, [.key(.enter)])
        #expect(s.screen == .contents)
        let box = try #require(fixture.report.box(15))
        // the chapter's text is scrolled so the box's title is on screen
        let text = fixture.view.render(s).text
        #expect(text.contains("专栏 15."))
        #expect(s.contentsTextScroll > 0 || box.sectionID.hasPrefix("outcome"))
        // Esc goes back to the boxes
        s = fixture.reducer.reduce(s, [.key(.escape), .key(.escape)])
        #expect(s.screen == .boxes)
    }

    @Test func lessonsListPartIIIWithAttributedQuotations() throws {
        let entries = fixture.reducer.entries(.lessons, fixture.state(120, 40))
        let chapters = fixture.report.chapters.filter { $0.part == .III }
        #expect(entries.filter(\.isSelectable).count == chapters.count)
        // a chapter with a quotation shows its attribution
        let quoted = try #require(chapters.firstIndex { $0.blocks.contains { $0.kind == .quote } })
        let doc = DetailDocument(report: fixture.report, glyphs: .unicode).build(.chapter(chapters[quoted].id), width: 80)
        let quote = try #require(chapters[quoted].blocks.first { $0.kind == .quote })
        let text = doc.lines.map { $0.map(\.text).joined() }.joined()
        // as printed under it (资料来源：…), compared without the spaces wrapping puts in
        let unwrapped = text.filter { !$0.isWhitespace }
        #expect(quote.source?.hasPrefix("资料来源：") == true)
        #expect(unwrapped.contains(("—" + (quote.source ?? "")).filter { !$0.isWhitespace }))
    }

    @Test func paletteCompletesViewNamesInBothLanguages() {
        #expect(fixture.reducer.paletteChoices("bud").first == .view(.budget))
        #expect(fixture.reducer.paletteChoices("预算").first == .view(.budget))
        #expect(fixture.reducer.paletteChoices("3.1.2").first == .node(.indicator("3.1.2"), "3.1.2"))
        var s = fixture.state(100, 30, Event.keys(":tre\t"))
        #expect(s.palette?.text == "trends")
        s = fixture.reducer.reduce(s, [.key(.enter)])
        #expect(s.screen == .trends && s.palette == nil)
        s = fixture.reducer.reduce(s, Event.keys(":nonsense\r"))
        #expect(s.screen == .trends)
        #expect(s.status.contains("nonsense"))
    }

    /// A unique prefix of a view's name comes before a country code (`ind`: Indicators, not India),
    /// and Tab completes it; a code of the report (`b`, outcome B) still comes first.
    @Test func aViewNamePrefixWinsOverACountryCode() {
        #expect(fixture.reducer.paletteChoices("ind").first == .view(.indicators))
        #expect(fixture.reducer.paletteChoices("ind").contains(.node(.country("IND"), "ind")))
        #expect(fixture.reducer.paletteChoices("india").first == .node(.country("IND"), "india"))
        #expect(fixture.reducer.paletteChoices("b").first == .node(.outcome("B"), "b"))
        var s = fixture.state(100, 30, Event.keys(":ind\t"))
        #expect(s.palette?.text == "indicators")
        s = fixture.reducer.reduce(s, [.key(.enter)])
        #expect(s.screen == .indicators)
        s = fixture.state(100, 30, Event.keys(":ind\r"))
        #expect(s.screen == .indicators)
    }

    @Test func escGoesBackThroughTheViewsVisited() {
        var s = fixture.state(100, 30, [.key(.function(7)), .key(.function(8)), .key(.function(6))])
        #expect(s.screen == .regions)
        s = fixture.reducer.reduce(s, [.key(.escape)])
        #expect(s.screen == .trends)
        s = fixture.reducer.reduce(s, [.key(.escape)])
        #expect(s.screen == .budget)
    }
}
