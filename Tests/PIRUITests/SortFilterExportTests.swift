import Foundation
import PIRModel
import PIRText
import Testing
@testable import PIRUI

/// Sort, filter, export and copy: what the reader sees is what is written out.
@Suite struct SortFilterExportTests {
    let fixture = try! Fixture()

    func tableCodes(_ s: AppState) -> [String] {
        fixture.reducer.entries(.indicators, s).compactMap { if case .indicator(let c) = $0 { return c }; return nil }
    }

    @Test func sortCyclesThroughResultTargetAttainmentAndRegionWithTheSortInTheTitle() throws {
        var s = fixture.state(120, 40, [.key(.function(5))])
        let all = fixture.report.policyIndicators.map(\.indicator)
        #expect(tableCodes(s) == all.map(\.code))
        s = fixture.reducer.reduce(s, Event.keys("s"))
        #expect(s.query.sort == .result && s.query.descending)
        // results are compared within a unit: counts, then cases, then percentages, each biggest first
        expectGroupedByUnit(tableCodes(s), descending: true) { $0.total }
        #expect(fixture.view.render(s).text.contains("排序 成果 result↓"))
        s = fixture.reducer.reduce(s, Event.keys("S"))
        expectGroupedByUnit(tableCodes(s), descending: false) { $0.total }
        s = fixture.reducer.reduce(s, Event.keys("ss"))  // target, then % of target
        #expect(s.query.sort == .attainment)
        let shares = tableCodes(s).compactMap { fixture.report.indicator($0)?.indicator.attainment }
        #expect(shares == shares.sorted(by: >))
        // the best attainment on top is the indicator with the largest result/target in Appendix II
        let best = try #require(all.max { ($0.attainment ?? 0) < ($1.attainment ?? 0) })
        #expect(tableCodes(s).first == best.code)
        s = fixture.reducer.reduce(s, Event.keys("s"))
        #expect(s.query.sort == .region(fixture.report.regions[s.region].id))
    }

    /// The codes' indicators come as counts, then cases, then percentages, each group ordered by
    /// `value` (blanks last), and every indicator is there once.
    func expectGroupedByUnit(_ codes: [String], descending: Bool, sourceLocation: SourceLocation = #_sourceLocation, _ value: (Indicator) -> Double?) {
        let indicators = codes.compactMap { fixture.report.indicator($0)?.indicator }
        #expect(indicators.count == codes.count, sourceLocation: sourceLocation)
        let ranks = indicators.map { IndicatorQuery.unitOrder.firstIndex(of: $0.unit ?? .count)! }
        #expect(ranks == ranks.sorted(), "units not grouped: \(codes)", sourceLocation: sourceLocation)
        for rank in Set(ranks) {
            let values = zip(indicators, ranks).filter { $0.1 == rank }.compactMap { value($0.0) }
            #expect(values == values.sorted(by: descending ? (>) : (<)), "unit \(IndicatorQuery.unitOrder[rank]) out of order", sourceLocation: sourceLocation)
        }
    }

    @Test func sortsByTargetResultAndRegionKeepCountsCasesAndPercentagesApart() throws {
        // Appendix II mixes units: 2.2.1 is in cases (45例), 2.3.1 a percentage (40%); a sort by
        // target used to put 80, 45例, 40%, 36 … in one run
        let units = Set(fixture.report.policyIndicators.map { $0.indicator.unit ?? .count })
        #expect(units.count == 3)
        var s = fixture.state(200, 50, [.key(.function(5))] + Event.keys("ss"))
        #expect(s.query.sort == .target)
        expectGroupedByUnit(tableCodes(s), descending: true) { $0.target }
        let codes = tableCodes(s)
        let firstCases = try #require(codes.firstIndex { fixture.report.indicator($0)?.indicator.unit == .cases })
        #expect(codes[..<firstCases].allSatisfy { (fixture.report.indicator($0)?.indicator.unit ?? .count) == .count })
        #expect(fixture.view.render(s).text.contains("按单位 数目›例›% by unit"))
        // by a region: Africa's 40% reporting rate no longer ranks above its 28 ratifying States
        s = fixture.reducer.reduce(s, Event.keys("ss"))
        #expect(s.query.sort == .region(.africa))
        expectGroupedByUnit(tableCodes(s), descending: true) { $0.results?[.africa] }
        let order = tableCodes(s)
        #expect(try #require(order.firstIndex(of: "2.1.2")) < (try #require(order.firstIndex(of: "2.3.1"))))
        // % of target is a share in every unit: no grouping, and the title says none
        s = fixture.reducer.reduce(s, Event.keys("s"))
        #expect(s.query.sort == .code)
        s = fixture.reducer.reduce(s, Event.keys("sss"))
        #expect(s.query.sort == .attainment)
        #expect(!fixture.view.render(s).text.contains("按单位"))
        // a list of one unit needs no word about units (outcome 1's pane: all counts)
        s = fixture.reducer.reduce(s, Event.keys("e1\t"))
        // the explorer opened from the table starts in report order: the table's sort stays there
        #expect(s.query.sort == .code)
        s = fixture.reducer.reduce(s, Event.keys("ssss"))
        #expect(s.query.sort == .region(.africa))
        #expect(!fixture.view.render(s).text.contains("按单位"))
    }

    @Test func filterAndSortStayInThePaneTitleAtEveryWidth() {
        // finding 5: at 120 columns the explorer's title was cut before the filter, so a filtered
        // list looked complete
        for width in [80, 120, 200] {
            var s = fixture.state(width, 40, [.key(.function(5))] + Event.keys("ssssf"))
            #expect(s.query.filter == .belowTarget && s.query.sort == .region(.africa))
            let table = fixture.view.render(s).lines[2]
            #expect(table.contains("筛选 低于目标"), "indicators table at \(width): \(table)")
            #expect(table.contains("排序 非洲"), "indicators table at \(width): \(table)")
            // the explorer does not take the table's sort and filter (issue 14): set them there
            s = fixture.state(width, 40, Event.keys("2\tssssf"))
            #expect(s.focus == .indicators)
            let pane = fixture.view.render(s).lines[2]
            #expect(pane.contains("筛选 低于目标"), "explorer at \(width): \(pane)")
            let two = fixture.report.outcome("2")!.indicators
            let below = two.filter { ($0.total ?? 0) < ($0.target ?? 0) }.count
            #expect(pane.contains("\(below)/\(two.count)"), "explorer at \(width): \(pane)")
            // at 80 columns the pane is a third of the row (the three panes stand together since
            // issue 14): the filter and its count stay, the sort gives way to them first
            let wide = width >= ExplorerLayout.wideWidth
            #expect(!wide || pane.contains("排序 非洲"), "explorer at \(width): \(pane)")
            // English too
            s = fixture.reducer.reduce(s, Event.keys("w"))
            let english = fixture.view.render(s).lines[2]
            #expect(english.contains("filter below target"), "explorer in English at \(width): \(english)")
            #expect(!wide || english.contains("sort Africa"), "explorer in English at \(width): \(english)")
        }
    }

    @Test func titlePartsShortenThenDropTheLeastImportantFirst() {
        let parts = [TitlePart("指标 Indicators", short: "指标", priority: 3), TitlePart("成果目标 1", short: "1", priority: 6),
                     TitlePart("排序 美洲 americas↓", short: "排序 美洲↓", priority: 8), TitlePart("筛选 低于目标 below target 3/8", short: "筛选 低于目标 3/8", priority: 10)]
        #expect(TitlePart.fit(parts, to: 200) == "指标 Indicators · 成果目标 1 · 排序 美洲 americas↓ · 筛选 低于目标 below target 3/8")
        #expect(TitlePart.fit(parts, to: 41) == "指标 · 1 · 排序 美洲↓ · 筛选 低于目标 3/8")
        #expect(TitlePart.fit(parts, to: 40) == "… · 1 · 排序 美洲↓ · 筛选 低于目标 3/8")
        #expect(TitlePart.fit(parts, to: 34) == "… · 排序 美洲↓ · 筛选 低于目标 3/8")
        #expect(TitlePart.fit(parts, to: 33) == "… · 筛选 低于目标 3/8")
        #expect(TitlePart.fit(parts, to: 20) == "… · 筛选 低于目标 3…")
        for width in 0...90 { #expect(TitlePart.fit(parts, to: width).cellWidth <= width) }
    }

    @Test func theSortRegionIsChosenInTheIndicatorsViewAndFollowsTheRegionsView() {
        var s = fixture.state(120, 40, [.key(.function(5))] + Event.keys("ssss"))
        #expect(s.query.sort == .region(.africa))
        // R: the next region, named in the title although the table shows no region columns at 120
        s = fixture.reducer.reduce(s, Event.keys("R"))
        #expect(s.query.sort == .region(.americas))
        #expect(fixture.view.render(s).lines[2].contains("排序 美洲 Americas↓"))
        let americas = tableCodes(s).compactMap { fixture.report.indicator($0)?.indicator }
        #expect(americas.filter { ($0.unit ?? .count) == .count }.compactMap { $0.results?[.americas] } == americas.filter { ($0.unit ?? .count) == .count }.compactMap { $0.results?[.americas] }.sorted(by: >))
        // R on another sort starts a sort by the selected region
        s = fixture.reducer.reduce(s, Event.keys("s"))
        #expect(s.query.sort == .code)
        s = fixture.reducer.reduce(s, Event.keys("R"))
        #expect(s.query.sort == .region(.americas) && s.query.descending)
        // picking a region in the regions view leaves the table's sort alone: each view on the
        // navigation stack has its own (issue 14: a sort set in one view showed up in another)
        s = fixture.reducer.reduce(s, [.key(.function(6))])
        let regionsList = fixture.reducer.entries(.regions, s)
        let arab = regionsList.firstIndex(of: .region(.arabStates))!
        while s.list(.regions).index < arab { s = fixture.reducer.reduce(s, Event.keys("j")) }
        #expect(s.query.sort == .code && s.status.isEmpty)
        s = fixture.reducer.reduce(s, [.key(.escape)])
        #expect(s.screen == .indicators && s.query.sort == .region(.americas))
        #expect(fixture.view.render(s).lines[2].contains("排序 美洲"))
    }

    @Test func belowTargetFilterListsExactlyTheIndicatorsUnderTarget() {
        var s = fixture.state(120, 40, [.key(.function(5)), .key(.char("f"))])
        #expect(s.query.filter == .belowTarget)
        let expected = fixture.report.policyIndicators.map(\.indicator).filter { ($0.total ?? 0) < ($0.target ?? 0) }.map(\.code)
        #expect(tableCodes(s) == expected)
        #expect(!expected.isEmpty)
        #expect(fixture.view.render(s).text.contains("筛选 低于目标"))
        s = fixture.reducer.reduce(s, Event.keys("f"))
        #expect(tableCodes(s).allSatisfy { fixture.report.indicator($0)?.indicator.isMet == true })
        #expect(tableCodes(s).count + expected.count == fixture.report.policyIndicators.count)
        // Esc clears the filter first, then leaves the view (k9s)
        s = fixture.reducer.reduce(s, [.key(.escape)])
        #expect(s.query.filter == nil && s.screen == .indicators)
        s = fixture.reducer.reduce(s, [.key(.escape)])
        #expect(s.screen != .indicators)
    }

    @Test func filterInTheExplorerPaneKeepsTheSelectedIndicator() throws {
        // outcome 3's 3.1.2 (12 of 18) is below target: filtering below target keeps it selected
        var s = fixture.state(120, 40, Event.keys("3.1.2\r"))
        guard case .indicator(_, _, let i) = s.focused(in: fixture.report) else { Issue.record("not on an indicator"); return }
        #expect(i.code == "3.1.2")
        s = fixture.reducer.reduce(s, Event.keys("f"))
        guard case .indicator(_, _, let j) = s.focused(in: fixture.report) else { Issue.record("lost the indicator"); return }
        #expect(j.code == "3.1.2")
        let pane = fixture.view.render(s).text
        #expect(pane.contains("筛选 低于目标"))
        // the met indicators of outcome 3 are gone from the pane
        for met in fixture.report.outcome("3")!.indicators where met.isMet == true { #expect(!pane.contains(met.code + " ")) }
        // a code typed while filtered out clears the filter rather than failing
        let metCode = try #require(fixture.report.outcome("3")!.indicators.first { $0.isMet == true }?.code)
        s = fixture.reducer.reduce(s, Event.keys(metCode + "\r"))
        #expect(s.query.filter == nil)
    }

    @Test func exportWritesWhatTheViewShowsAfterSortAndFilter() throws {
        var s = fixture.state(120, 40, [.key(.function(5)), .key(.char("f")), .key(.char("s"))])
        s = fixture.reducer.reduce(s, Event.keys("x"))
        guard case .export(let stem, let ext, let csv, let rows)? = s.effects.last else { Issue.record("no export effect"); return }
        #expect(stem == "pir-indicators" && ext == "csv")
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "outcome,output,indicator,unit,target,total,africa,americas,arab_states,asia_pacific,europe_central_asia,title")
        #expect(rows == tableCodes(s).count)
        #expect(lines.dropFirst().map { String($0.split(separator: ",")[2]) } == tableCodes(s))
        s.effects = []
        s = fixture.reducer.reduce(s, Event.keys("X"))
        guard case .export(_, "md", let md, _)? = s.effects.last else { Issue.record("no markdown export"); return }
        #expect(md.hasPrefix("| outcome | output | indicator |"))
        // the budget view exports the budget tables: outcome 7's 241.7 and 280.6 in its total row
        let budget = fixture.reducer.exportTable(fixture.state(120, 40, [.key(.function(7))]))
        #expect(budget.table.rows.contains { $0[0] == "7" && $0[2] == "total" && $0[4] == "241.7" && $0[5] == "280.6" })
    }

    @Test func overviewExportHasEverySectionTheOverviewShows() throws {
        // finding 20: `x` on the overview wrote the outcomes table only
        var s = fixture.state(120, 40)
        #expect(s.screen == .overview || s.screen == .explorer)
        s = fixture.reducer.reduce(s, [.key(.function(3))])
        #expect(s.screen == .overview)
        s = fixture.reducer.reduce(s, Event.keys("x"))
        guard case .export(let stem, "csv", let csv, let rows)? = s.effects.last else { Issue.record("no export"); return }
        #expect(stem == "pir-overview")
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "section,id,label,value,target,percent_of_target,share_percent,unit,printed,strategic_budget_usd_m,expenditure_usd_m")
        let sections = lines.dropFirst().map { String($0.prefix { $0 != "," }) }
        let selectable = fixture.reducer.overview.filter(\.isSelectable).count
        #expect(rows == selectable && sections.count == selectable, "one row per overview row")
        #expect(Set(sections) == ["headline", "outcomes", "regions", "budget"])
        #expect(sections.filter { $0 == "outcomes" }.count == 8 && sections.filter { $0 == "regions" }.count == 5)
        #expect(lines.contains { $0.hasPrefix("headline,results_total,") && $0.contains(",896,") })
        #expect(lines.contains { $0.hasPrefix("outcomes,1,") && $0.contains(",199,179,111,,results,,") })
        #expect(lines.contains { $0.hasPrefix("regions,africa,非洲,329,,,37,results") })
        #expect(lines.contains { $0.hasPrefix("budget,regular_budget,") && $0.contains(",790.6,") })
        // Markdown: one table per section under the overview's headings
        s.effects = []
        s = fixture.reducer.reduce(s, Event.keys("X"))
        guard case .export(_, "md", let md, _)? = s.effects.last else { Issue.record("no markdown"); return }
        #expect(md.components(separatedBy: "\n## ").count == 4 && md.hasPrefix("## 要点 Headline figures"))
        #expect(md.contains("## 按区域分列的成果 Results by region (图 15)\n\n| id | label | value | share_percent | unit |"))
        #expect(!md.contains("| section |"))
    }

    @Test func budgetAndTrendsExportsKeepNumbersNumericAndNoDataApart() throws {
        // the explorer's x writes the same tables as pir export --what budget|trends
        let budget = fixture.reducer.exportTable(fixture.state(120, 40, [.key(.function(7))]))
        #expect(budget.stem == "pir-budget" && budget.table.csv == Exporter.table(fixture.report, .budget).csv)
        let note = try #require(budget.table.header.firstIndex(of: "note"))
        let strategic = try #require(budget.table.header.firstIndex(of: "strategic_budget_usd_m"))
        for row in budget.table.rows {
            for i in [strategic, strategic + 1] { #expect(row[i] == nil || Double(row[i]!) != nil, "\(row)") }
        }
        #expect(budget.table.rows.contains { $0[0] == "3" && $0[2] == "rbsa" && $0[strategic] == nil && $0[note] == "strategic_budget_usd_m: 未设定" })
        let trends = fixture.reducer.exportTable(fixture.state(120, 40, [.key(.function(8))]))
        #expect(trends.stem == "pir-trends" && trends.table.csv == Exporter.table(fixture.report, .trends).csv)
        let noData = try #require(trends.table.header.firstIndex(of: "no_data_years"))
        let youth = try #require(trends.table.rows.first { $0[0] == "unemployment_youth" })
        #expect(youth[noData] == "2021" && youth[noData - 1] == nil)
        let poverty = try #require(trends.table.rows.first { $0[0] == "working_poverty_women" })
        #expect(poverty[noData] == nil && poverty[noData - 1] == nil, "a blank is not 暂无数据")
        #expect(trends.table.markdown.contains("| no_data_years |"))
    }

    @Test func copyDescribesTheFocusedIndicatorWithItsFigures() {
        let s = fixture.state(120, 40, Event.keys("3.1.2\ry"))
        guard case .copy(let text)? = s.effects.last else { Issue.record("no copy effect"); return }
        #expect(text.hasPrefix("3.1.2 "))
        #expect(text.contains("目标 18 · 成果 12 (67%)"))
        #expect(text.contains("非洲"))
    }

    @Test func osc52IsWrappedForTmuxAndScreen() {
        let plain = Clipboard.osc52("指标 3.1.2", multiplexer: .none)
        let payload = Data("指标 3.1.2".utf8).base64EncodedString()
        #expect(Array(plain.utf8) == Array("\u{1B}]52;c;\(payload)\u{07}".utf8))
        // tmux: the plain sequence (handled by tmux itself with set-clipboard on, the default
        // setup) and then the pass-through form (for allow-passthrough on, off by default since 3.3)
        let tmux = Clipboard.osc52("x", multiplexer: .tmux)
        #expect(Array(tmux.utf8) == Array("\u{1B}]52;c;eA==\u{07}\u{1B}Ptmux;\u{1B}\u{1B}]52;c;eA==\u{07}\u{1B}\\".utf8))
        // screen: only its own DCS, in chunks
        #expect(Array(Clipboard.osc52("x", multiplexer: .screen).utf8) == Array("\u{1B}P\u{1B}]52;c;eA==\u{07}\u{1B}\\".utf8))
        let screen = Clipboard.osc52(String(repeating: "长", count: 100), multiplexer: .screen)
        // screen's chunks each start ESC P and end ESC \, and put back together give the sequence
        let chunks = screen.components(separatedBy: "\u{1B}\\").filter { !$0.isEmpty }
        #expect(chunks.allSatisfy { $0.hasPrefix("\u{1B}P") && $0.utf8.count <= 78 })
        #expect(chunks.map { String($0.dropFirst(2)) }.joined() == Clipboard.osc52(String(repeating: "长", count: 100), multiplexer: .none))
        // TERM=screen over SSH, with neither TMUX nor STY: tmux or screen, so the plain form and screen's
        #expect(Array(Clipboard.osc52("x", multiplexer: .tmuxOrScreen).utf8) == Array("\u{1B}]52;c;eA==\u{07}\u{1B}P\u{1B}]52;c;eA==\u{07}\u{1B}\\".utf8))
        #expect(Clipboard.multiplexer(environment: ["TMUX": "/tmp/tmux-1/default,1,0", "TERM": "screen"]) == .tmux)
        #expect(Clipboard.multiplexer(environment: ["TERM": "screen-256color", "STY": "1.pts"]) == .screen)
        #expect(Clipboard.multiplexer(environment: ["TERM": "tmux-256color"]) == .tmux)
        #expect(Clipboard.multiplexer(environment: ["TERM": "screen-256color"]) == .tmuxOrScreen)
        #expect(Clipboard.multiplexer(environment: ["TERM": "xterm-256color"]) == .none)
        #expect(Clipboard.multiplexer(environment: [:]) == .none)
    }

    @Test func copyStatusSaysTheSequenceWasSentNotThatItArrived() {
        let zh = Clipboard.status("3.1.2 …", multiplexer: .none)
        #expect(zh.contains("sent to the clipboard (OSC 52)"))
        #expect(!zh.contains("copied") && !zh.contains("已复制"))
        #expect(Clipboard.status("x", multiplexer: .tmux, language: .en) == "sent to the clipboard (OSC 52) (tmux needs set-clipboard on): x")
        #expect(Clipboard.status("x", multiplexer: .screen, language: .en) == "sent to the clipboard (OSC 52): x")
    }

    @Test func searchHitOpensScrolledToTheParagraphWithTheMatchMarked() throws {
        // a phrase deep in Part III: the contents text opens scrolled to it and the term is marked
        let chapter = try #require(fixture.report.chapters.last { $0.part == .III })
        let paragraph = try #require(chapter.blocks.last { $0.kind == .paragraph }?.text)
        let fragment = String(paragraph.prefix(12))
        var s = fixture.state(120, 40, Event.keys("/" + fragment))
        let hits = fixture.reducer.hits(s)
        let index = try #require(hits.firstIndex { $0.text == paragraph })
        s = fixture.reducer.reduce(s, Array(repeating: Event.key(.down), count: index) + [.key(.enter)])
        #expect(s.screen == .contents)
        #expect(s.mark == fragment)
        // the view found the paragraph and scrolled there as it drew
        #expect(fixture.view.snapshot(s).drawn.listText > 0)
        let frame = fixture.view.render(s)
        #expect(frame.text.contains(String(fragment.prefix(6))))
        // the marked cells are in the match role
        #expect(frame.lines.indices.contains { y in (0..<frame.width).contains { frame[$0, y].style.role == .match } })
        // Esc goes back to the search results in one press (issue 14: it took three)
        s = fixture.reducer.reduce(s, [.key(.escape)])
        #expect(s.search?.query == fragment && s.search?.selected == index && s.screen == .explorer)
    }
}
