import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Widths said once as constraints, and the layout defects of issue 14: labels cut while there is
/// room, the explorer one pane at a time at 80×24, a bar at 100% past its target mark, a missing
/// year's dot out of its column.
@Suite struct LayoutTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    /// Part I's budget figures: every label whole wherever the text pane has room for it and its
    /// figure (they read `Share of RBSA expenditure on …` five times at 120 and 200 columns).
    @Test(arguments: [(120, 40), (200, 60)], [Language.zh, .en])
    func partIsBudgetLabelsAreWholeWhereThereIsRoom(size: (Int, Int), language: Language) throws {
        var s = fixture.state(size.0, size.1, [.key(.function(7))])
        s.language = language
        let entries = fixture.reducer.entries(.budget, s)
        s.contentsIndex = try #require(entries.firstIndex(of: .budgetTotals))
        s = fixture.reducer.reduce(s, [.key(.tab)])
        let text = fixture.view.render(s).text
        let width = ContentsLayout(width: size.0, height: size.1, screen: .budget).text.inset(1).width - 1
        let facts = fixture.report.facts.filter { $0.section == "part1-budget" }
        #expect(!facts.isEmpty)
        // the text as the pane lays it out (the lines below its window included)
        let document = DetailDocument(report: fixture.report, glyphs: .unicode, language: language).build(.budgetTotals, width: width)
        let lines = document.lines.map { $0.map(\.text).joined() }
        for fact in facts where language.label(fact).cellWidth + 1 + language.figure(fact).cellWidth <= width {
            #expect(lines.contains { $0.hasPrefix(language.label(fact)) && $0.contains(language.figure(fact)) }, "\(language.label(fact)) cut at \(size.0) columns")
        }
        // and on screen: the first of them as the pane shows it
        #expect(text.contains(language.label(facts[0])))
        #expect(facts.contains { language.label($0).cellWidth > 30 }, "no label longer than the old 30-cell cut: the test would prove nothing")
    }

    /// At 80×24 the explorer shows outcomes, indicators and regions together.
    @Test(arguments: [Language.zh, .en], [false, true])
    func theExplorerShowsTheThreePanesAt80x24(language: Language, ascii: Bool) {
        var s = fixture.state(80, 24, Event.keys("3\r"))
        s.language = language
        let frame = ExplorerView(report: fixture.report, glyphs: ascii ? .ascii : .unicode, reducer: fixture.reducer).render(s)
        let titles = frame.lines[2]
        for title in language == .zh ? ["成果目标", "指标", "区域"] : ["Outcomes", "Indicators", "Regions"] {
            #expect(titles.contains(title), "\(title) not on \(titles)")
        }
        // the outcomes' totals, the indicators' codes and the regions on screen at once
        #expect(frame.text.contains("102/114") && frame.text.contains("3.1.1") && frame.text.contains(language == .zh ? "非洲" : "Africa"))
        for line in frame.lines { #expect(line.cellWidth == 80) }
    }

    /// A result exactly at its target fills the bar to the target mark and no further, at every width.
    @Test func aBarAtItsTargetEndsAtTheMark() {
        for width in 1...40 {
            for scale in [1.0, 1.05, 1.2, 2.0] {
                var frame = Frame(width: width, height: 1)
                BulletBar.draw(&frame, x: 0, y: 0, width: width, value: 10, target: 10, scale: 10 * scale, glyphs: .unicode)
                let mark = (0..<width).first { frame[$0, 0].text == Glyphs.unicode.targetMarker }
                let filled = (0..<width).filter { frame[$0, 0].style.role == .bar || frame[$0, 0].style.role == .barOver }
                #expect(!(0..<width).contains { frame[$0, 0].style.role == .barOver }, "width \(width) scale \(scale)")
                if let mark, let last = filled.last { #expect(last <= mark, "width \(width) scale \(scale): bar to \(last), mark at \(mark)") }
            }
        }
    }

    /// In the indicators table at 80 columns, 8.1.1 (25 of 25) is not drawn past its target mark.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func anIndicatorAtExactly100PercentStaysAtItsMark(size: (Int, Int)) throws {
        var s = fixture.state(size.0, size.1, [.key(.function(5))])
        s.contentsIndex = try #require(fixture.reducer.entries(.indicators, s).firstIndex(of: .indicator("8.1.1")))
        s = fixture.reducer.reduce(s, [.key(.down), .key(.up)])
        let indicator = try #require(fixture.report.indicator("8.1.1")?.indicator)
        #expect(indicator.total == indicator.target)
        let frame = fixture.view.render(s)
        let y = try #require(frame.lines.firstIndex { $0.contains("8.1.1") })
        #expect(!(0..<frame.width).contains { frame[$0, y].style.role == .barOver }, "\(frame.lines[y])")
    }

    /// The trends detail: a missing year's dot stands in the figures' column, under their last digit.
    @Test(arguments: [Glyphs.unicode, .ascii])
    func aMissingYearsDotIsInTheFiguresColumn(glyphs: Glyphs) throws {
        let doc = DetailDocument(report: fixture.report, glyphs: glyphs).build(.trend("neet"), width: 80)
        let lines = doc.lines.map { $0.map(\.text).joined() }
        let trends = fixture.report.trends
        let row = try #require(trends.row("neet"))
        let gap = try #require(row.values.firstIndex { $0 == nil })
        let full = try #require(row.values.firstIndex { $0 != nil })
        let present = try #require(lines.first { $0.hasPrefix(String(trends.years[full])) })
        let missing = try #require(lines.first { $0.hasPrefix(String(trends.years[gap])) })
        #expect(missing.trimmingCharacters(in: .whitespaces).hasSuffix(glyphs.missing))
        // the figure's last digit and the dot end in the same cell
        let figureEnd = present.prefix(12).trimmingCharacters(in: .whitespaces).cellWidth
        let dotEnd = missing.trimmingCharacters(in: .whitespaces).cellWidth
        #expect(present.prefix(12).cellWidth == 12 && figureEnd == dotEnd, "\(present) / \(missing)")
    }
}
