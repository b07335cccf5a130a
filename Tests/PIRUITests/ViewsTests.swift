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
        s.top.list.index = fifteen
        s = fixture.reducer.reduce(s, [.key(.enter)])
        #expect(fixture.view.render(s).text.contains("专栏 15."))
        s = fixture.reducer.reduce(s, [.key(.enter)])
        #expect(s.screen == .contents)
        let box = try #require(fixture.report.box(15))
        // the chapter's text is scrolled so the box's title is on screen
        let text = fixture.view.render(s).text
        #expect(text.contains("专栏 15."))
        #expect(fixture.view.snapshot(s).drawn.listText > 0 || box.sectionID.hasPrefix("outcome"))
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

    // MARK: Lines fitted with an ellipsis (findings 10, 14)

    @Test func helpWrapsRatherThanCutsAndShowsWhereOneIsWhenItNeedsPages() {
        var s = fixture.state(80, 24, Event.keys("?"))
        var text = fixture.view.render(s).text
        // more than a page at 24 rows: the position shows in the bottom edge, as in the text panes
        #expect(text.range(of: #"1-\d+/\d+"#, options: .regularExpression) != nil, "no position: \(text)")
        #expect(HelpOverlay.maxScroll(width: 80, height: 24, language: .zh) > 0)
        s = fixture.drive(s, [.key(.end)])
        text = fixture.view.render(s).text
        // the last page: p's description whole (it was cut as `(q retu`), and q says what it does in a view
        #expect(text.contains("present from here (q") && text.contains("returns)"))
        #expect(!text.contains("(q retu│"))
        // the help over the explorer is the explorer's table, where q quits (a list view's says "close")
        #expect(text.contains("退出 quit"))
        // Up moves at once after End (the scroll stays in range)
        let end = fixture.view.snapshot(s).drawn.help
        #expect(end == HelpOverlay.maxScroll(width: 80, height: 24, language: .zh))
        s = fixture.drive(s, [.key(.up)])
        #expect(s.helpScroll == end - 1)
        // a help that fits needs no position
        let tall = fixture.view.render(fixture.state(120, 60, Event.keys("?"))).text
        #expect(tall.range(of: #" 1-\d+/\d+ "#, options: .regularExpression) == nil)
        // every description is on screen whole somewhere while paging, in both languages
        for language in Language.allCases {
            var t = fixture.state(80, 24, Event.keys("?"))
            t.language = language
            var seen = ""
            for _ in 0...HelpOverlay.maxScroll(width: 80, height: 24, language: language) {
                seen += fixture.view.render(t).lines.map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                t = fixture.drive(t, [.key(.down)])
            }
            let flat = seen.replacingOccurrences(of: " ", with: "")
            for description in Keymap.bindings(for: .explorer).map({ $0.help(language) }) { #expect(flat.contains(description.replacingOccurrences(of: " ", with: "")), "\(language): \(description)") }
        }
    }

    @Test func statusLinesGiveWayWithAnEllipsisRatherThanACutWord() {
        // finding 10: at 80×24 the countries view's status ended in a bare `E`
        let (_, text) = open(.countries, 80, 24, [.key(.tab)])
        let status = text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(!status.trimmingCharacters(in: .whitespaces).hasSuffix(" E"), "status: \(status)")
        #expect(status.contains("Esc"))
        // a status message too long for the line ends in an ellipsis, in every kind of view
        for screen in [Screen.overview, .explorer, .budget] {
            var s = fixture.state(80, 24, screen == .explorer ? [] : [.key(.function(screen.functionKey))])
            s.status = String(repeating: "很长的状态 long status ", count: 10)
            let line = fixture.view.render(s).lines.last ?? ""
            #expect(line.hasSuffix("…") || line.hasSuffix("… "), "\(screen): \(line)")
            #expect(line.cellWidth == 80)
        }
        // a breadcrumb too long for the line too
        let narrow = fixture.view.render(fixture.state(40, 12, Event.keys("3.1.2\r"))).lines[1]
        #expect(narrow.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "breadcrumb: \(narrow)")
    }

    @Test func footerSaysQClosesAListViewAndQuitsAtTheOverview() {
        let (_, budget) = open(.budget, 120, 40)
        #expect(budget.contains("q 关闭"))
        #expect(!budget.contains("q 退出"))
        let (_, overview) = open(.overview, 120, 40)
        #expect(overview.contains("q 退出"))
    }

    /// The budget view on outcome `id`'s table, its text focused.
    func budgetPage(_ id: String, _ language: Language, width: Int = 120, height: Int = 40) -> String {
        var s = fixture.state(width, height, [.key(.function(7))])
        s.language = language
        let entries = fixture.reducer.entries(.budget, s)
        var list = s.list(.budget)
        list.index = entries.firstIndex(of: .budget(id))!
        s.top.list = list
        s = fixture.reducer.reduce(s, [.key(.tab)])
        return fixture.view.render(s).text
    }

    @Test func budgetTablesInEnglishHaveNoChineseCellsAndUncutHeaders() {
        // finding 16: `表 9`, `不适用` and a full-width colon in English; `strateg…` cut while the
        // source column had room
        let en = budgetPage("8", .en)
        #expect(en.contains("Table 9. "))
        #expect(!en.contains("表 9.") && !en.contains("budget, 表"), "the report's own sentence may say (表 9); the labels may not")
        #expect(!en.contains("不适用") && en.contains("not applicable"))
        #expect(en.contains("Outcome 8: ") && !en.contains("Outcome 8："))
        #expect(en.contains("strategic") && !en.contains("strateg…"))
        // 未设定 (tables 2–7) is "not set"
        let two = budgetPage("2", .en)
        #expect(!two.contains("未设定") && two.contains("not set"), "\(two)")
        // Chinese keeps the report's words
        let zh = budgetPage("8", .zh)
        #expect(zh.contains("表 9") && zh.contains("不适用") && zh.contains("成果目标 8："))
        #expect(budgetPage("2", .zh).contains("未设定"))
        // the columns are as wide as their cells: the header's words whole at 80 columns too
        let narrow = budgetPage("8", .en, width: 80, height: 24)
        #expect(narrow.contains("strategic") && narrow.contains("actual") && narrow.contains("diff."))
    }

    // MARK: Labels get the free width (finding 17)

    @Test func labelsAreNotCutWhileThePaneHasRoom() {
        // the overview's headline labels at 200 columns, whole
        let (_, overview) = open(.overview, 200, 60)
        for id in ["gender_principal_percent", "gender_significant_percent"] {
            let label = fixture.report.fact(id)!.label
            #expect(overview.contains(label), "\(label)")
        }
        // the indicators table's region headers at 200: whole, with a gap between them
        let (_, table) = open(.indicators, 200, 60)
        let header = table.split(separator: "\n")[3]
        #expect(header.contains(" 非洲 ") && header.contains(" 阿拉伯国家 ") && header.contains(" 欧洲和中亚 "), "\(header)")
        // the five regions compared at 200: the names whole
        let (_, regions) = open(.regions, 200, 60, [.key(.tab)])
        #expect(regions.contains(" 阿拉伯国家 ") && regions.contains(" 亚太地区 ") && regions.contains(" 欧洲和中亚 "))
        // the regions list at 120 names the Americas and the Arab States whole
        let (_, list) = open(.regions, 120, 40)
        #expect(list.contains("美洲 Americas ") && list.contains("阿拉伯国家 Arab States "))
        // the budget list at 120 gives an outcome more than five characters (and its bar 10 cells)
        let (_, budget) = open(.budget, 120, 40)
        #expect(budget.contains("1 强有力的三方成"))
    }
}

/// The title line always names the view, at 80 columns too: the report's title gives way first.
@Suite struct TitleLineTests {
    let fixture = try! Fixture()

    @Test(arguments: Screen.allCases)
    func theViewIsNamedAt80Columns(screen: Screen) {
        for language in [Language.zh, .en] {
            var s = fixture.state(80, 24)
            s.language = language
            s = fixture.reducer.reduce(s, [.key(.function(screen.functionKey))])
            let title = fixture.view.render(s).lines[0]
            // in Chinese both names (the way back from either language), in English its own
            #expect(title.contains(language.strings.explorer.viewTag(s.screen.chineseName, s.screen.englishName)), "\(screen) \(language): \(title)")
            #expect(title.cellWidth <= 80)
        }
    }
}
