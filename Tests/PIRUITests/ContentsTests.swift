import Testing
import PIRModel
import PIRText
@testable import PIRUI

@Suite struct ContentsTests {
    let fixture: Fixture
    var report: Report { fixture.report }
    var reducer: Reducer { fixture.reducer }
    var view: ExplorerView { fixture.view }

    init() throws { fixture = try Fixture() }

    func state(_ events: [Event], _ width: Int = 120, _ height: Int = 40) -> AppState {
        fixture.state(width, height, events)
    }

    @Test func everyChapterAndBoxIsListed() {
        let entries = reducer.contents
        for chapter in report.chapters { #expect(entries.contains(.chapter(chapter.id)), "\(chapter.id)") }
        for box in report.boxes { #expect(entries.contains(.box(box.number)), "box \(box.number)") }
        for outcome in report.outcomes { #expect(entries.contains(.outcome(outcome.id))) }
        for region in report.regions { #expect(entries.contains(.region(region.id))) }
    }

    @Test func everyEntryIsReachableByKeysAndRendersAtEverySize() {
        for (width, height) in [(120, 40), (80, 24), (200, 60), (40, 10)] {
            // t opens the contents on the outcome the explorer is on: g goes to the top
            var s = state(Event.keys("tg"), width, height)
            #expect(s.screen == .contents)
            var seen = Set<Int>()
            for _ in 0..<reducer.contents.count {
                seen.insert(s.contentsIndex)
                let frame = view.render(s)
                for line in frame.lines { #expect(line.cellWidth == width) }
                s = reducer.reduce(s, .key(.down))
            }
            let selectable = reducer.contents.indices.filter { reducer.contents[$0].isSelectable }
            #expect(Set(selectable) == seen)
        }
    }

    @Test func table1ShowsTheTrendsWithMissingYears() {
        let index = reducer.contents.firstIndex(of: .chapter("part1-world-of-work"))!
        var s = state(Event.keys("t"), 160, 60)
        s.contentsIndex = index
        let document = DetailDocument(report: report, glyphs: .unicode).build(reducer.contents[index], width: 120)
        let text = document.lines.map { $0.map(\.text).joined() }
        #expect(text.contains { $0.contains("失业率 (8.5.2)") && $0.contains("5.4") && $0.contains("6.6") && $0.contains("6.2") })
        #expect(text.contains { $0.contains("青年") && $0.contains("暂无数据") })
        _ = view.render(s)
    }

    /// Appendix I shows each figure's shares under its caption, read from the outcomes' data.
    @Test func appendixOneFiguresShowTheirShares() throws {
        let index = try #require(reducer.contents.firstIndex(of: .chapter("appendix1")))
        let text = DetailDocument(report: report, glyphs: .unicode).build(reducer.contents[index], width: 100).lines.map { $0.map(\.text).joined() }
        for outcome in report.outcomes {
            guard let c = outcome.contributions else { continue }
            let caption = try #require(text.firstIndex { $0.hasPrefix("[\(c.figure).") }, "\(c.figure)")
            for (n, share) in c.shares.enumerated() {
                let line = text[caption + 1 + n]
                #expect(line.contains(share.unit) && line.hasSuffix(Exporter.number(share.percent)! + "%"), "\(c.figure): \(line)")
            }
        }
    }

    /// Appendices II and III are in the contents under their captions, and their pages list every
    /// indicator of their outcomes with the figures, notes and 资料来源 lines.
    @Test(arguments: [("appendix2", Outcome.Kind.policy), ("appendix3", .enabling)])
    func appendixPagesListTheirIndicators(id: String, kind: Outcome.Kind) throws {
        #expect(reducer.contents.contains(.chapter(id)))
        // listed under the report's numbering, in both languages
        let number = id == "appendix2" ? ("附录二 ", "Appendix II ") : ("附录三 ", "Appendix III ")
        #expect(Contents.label(.chapter(id), report).hasPrefix(number.0 + "政策成果目标") || Contents.label(.chapter(id), report).hasPrefix(number.0 + "保障性成果目标"))
        #expect(Contents.label(.chapter(id), report, .en).hasPrefix(number.1))
        let text = DetailDocument(report: report, glyphs: .unicode).build(.chapter(id), width: 400).lines.map { $0.map(\.text).joined() }
        let outcomes = report.outcomes.filter { $0.kind == kind }
        for o in outcomes {
            for i in o.indicators { #expect(text.contains { $0.hasPrefix(i.code + " ") }, "\(id): \(i.code)") }
            #expect(text.contains("资料来源：" + (o.sources ?? "")), "\(id): outcome \(o.id)'s sources")
        }
        if kind == .policy {
            // Appendix II's row for 3.1.3 as the report prints it: target 12, total 2, Africa 2, the rest 0
            let row = try #require(text.first { $0.hasPrefix("3.1.3 ") })
            #expect(row.split(separator: " ").prefix(8) == ["3.1.3", "12", "2", "2", "0", "0", "0", "0"], "\(row)")
            #expect(text.contains { $0.contains("80 份批准书的目标") } || text.contains { $0.contains("**") })
        } else {
            #expect(text.contains { $0.hasPrefix("        目标：") })
        }
    }

    /// Table 1's labels are whole where the pane has room, and a breakdown is named with its row.
    @Test func trendLabelsUseTheWidthAndBreakdownsSayWhose() throws {
        func text(_ width: Int) -> [String] {
            DetailDocument(report: report, glyphs: .unicode, language: .en).build(.chapter("part1-world-of-work"), width: width).lines.map { $0.map(\.text).joined() }
        }
        let wide = text(200)
        for row in report.trends.rows {
            let name = (row.en?.text ?? row.label) + (row.sdg.map { " (\($0))" } ?? "")
            #expect(wide.contains { $0.hasPrefix(name + " ") }, "\(name)")
        }
        // at 110 the shorter ones whole too (26 cells cut them before)
        #expect(text(110).contains { $0.hasPrefix("Working poverty rate (1.1.1) ") })
        let men = try #require(report.trends.rows.first { $0.id == "employment_to_population" }?.breakdowns?.first { $0.id.hasSuffix("_men") })
        #expect(Contents.label(.trend(men.id), report) == "就业人口比率 · 男性")
    }

    /// The two photos' captions are drawn as captions, marked, in both languages.
    @Test func photoCaptionsAreShownMarked() {
        for (id, caption) in [("part3-opening", "黎巴嫩国民和叙利亚难民"), ("appendix1", "马里锡卡索的前童工正在上课")] {
            let index = reducer.contents.firstIndex(of: .chapter(id))!
            for (language, mark) in [(Language.zh, "[照片] "), (.en, "[Photo] [中文] ")] {
                let document = DetailDocument(report: report, glyphs: .unicode, language: language).build(reducer.contents[index], width: 120)
                let text = document.lines.map { $0.map(\.text).joined() }
                #expect(text.contains { $0.hasPrefix(mark) && $0.contains(caption) }, "\(id) \(language)")
            }
        }
    }

    @Test func boxOpensWithItsText() {
        var s = state(Event.keys("t"))
        s.contentsIndex = reducer.contents.firstIndex(of: .box(12))!
        s = reducer.reduce(s, .key(.enter))
        #expect(s.contentsText)
        #expect(view.render(s).text.contains("大韩民国批准了 3 项基本公约"))
    }

    @Test func enterOnAnOutcomeOpensTheExplorerAndQClosesContents() {
        var s = state(Event.keys("t"))
        s.contentsIndex = reducer.contents.firstIndex(of: .outcome("4"))!
        s = reducer.reduce(s, .key(.enter))
        #expect(s.screen == .explorer)
        #expect(s.focus == .indicators)
        #expect(view.render(s).text.contains("目录 › 浏览 › 成果目标 4 › 产出 4.1 › 指标 4.1.1"))
        s = reducer.reduce(s, Event.keys("tq"))
        #expect(s.screen == .explorer)
        #expect(!s.quit)
    }

    @Test func searchHitInAChapterOpensItInContents() {
        let s = state(Event.keys("/(第 182 号)成为劳工组织历史上首个被全体\r"))
        #expect(s.screen == .contents)
        #expect(reducer.contents[s.contentsIndex] == .chapter("part1-ratification"))
    }

    /// Enter on a box's text goes to the box in its chapter — also when that chapter is an
    /// outcome's, shown in this same view (it used to stay put: box 7 in outcome 1).
    @Test(arguments: [7, 14, 33, 3])
    func enterOnABoxGoesToItInItsChapter(number: Int) throws {
        let box = try #require(report.box(number))
        var s = state(Event.keys("t"))
        s.contentsIndex = try #require(reducer.contents.firstIndex(of: .box(number)))
        s = reducer.reduce(s, [.key(.enter)])
        #expect(s.contentsText)
        s = reducer.reduce(s, [.key(.enter)])
        let section: ContentsEntry = box.sectionID.hasPrefix("outcome-") ? .outcome(String(box.sectionID.dropFirst(8))) : .chapter(box.sectionID)
        #expect(s.screen == .contents && reducer.contents[s.contentsIndex] == section, "box \(number)")
        let frame = view.render(s)
        #expect(frame.text.contains("\(Language.zh.box(number)). \(box.title.prefix(8))"), "\(frame.text)")
        // the view found the box's line and scrolled there as it drew
        #expect(view.snapshot(s).drawn.listText > 0)
    }
}

