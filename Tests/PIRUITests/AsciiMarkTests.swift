import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// `--ascii`: met and below target are `ok` and `x` — a lone `-` after `3 / 8` read like a blank
/// or a minus, and `+` like a sign — the same on slides, in the text export and in the explorer,
/// each view leaving the two cells they take.
@Suite struct AsciiMarkTests {
    let fixture: Fixture
    let present: PresentFixture
    init() throws { fixture = try Fixture(); present = try PresentFixture() }

    /// The words one space after a bar (`####|...`) on a row — where the marks are — without the
    /// panel border that may follow.
    func marks(_ row: String) -> [String] {
        let pattern = /[#.|]{3,} ([^ |]+)/
        // the explorer's narrow outcomes pane (80 columns) has no bars: the mark follows the totals
        let narrow = /\d+\/\d+ (ok|x) *\|/
        return row.matches(of: pattern).map { String($0.output.1) } + row.matches(of: narrow).map { String($0.output.1) }
    }

    @Test func theGlyphsAreWordsOfEqualRoom() {
        #expect(Glyphs.ascii.met == "ok" && Glyphs.ascii.below == "x")
        #expect(Glyphs.ascii.markWidth == 2 && Glyphs.unicode.markWidth == 1)
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func slidesSayOkAndX(width: Int, height: Int) {
        let frame = present.render(.outcome("7"), width, height, glyphs: .ascii)
        let rows = frame.lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        let below = rows.first { $0.contains("7.1.1") }
        let met = rows.first { $0.contains("7.2.1") }
        #expect(below?.hasSuffix("3 / 8 x") == true, "\(below ?? "no 7.1.1 row")")
        #expect(met?.hasSuffix("32 / 26 ok") == true, "\(met ?? "no 7.2.1 row")")
        #expect(frame.text.contains("ok 较目标 · 达到 met"))
        let outcome6 = present.render(.outcome("6"), width, height, glyphs: .ascii)
        #expect(outcome6.text.contains("x 较目标 · 低于 below"))
        for line in frame.lines + outcome6.lines { #expect(line.cellWidth == width) }
    }

    @Test func theTextExportLinesUpAfterEitherMark() {
        let text = DeckExport.export(present.deck, format: .txt, glyphs: .ascii)
        let rows = text.split(separator: "\n").map(String.init)
        let below = rows.first { $0.contains("7.1.1 ") }!
        let met = rows.first { $0.contains("7.2.1 ") }!
        #expect(below.hasPrefix("    3 / 8 x   7.1.1"), "\(below)")
        #expect(met.hasPrefix("  32 / 26 ok  7.2.1"), "\(met)")
        #expect(!rows.contains { $0.contains(" / ") && ($0.contains(" - ") || $0.contains(" + ")) && $0.contains("7.") })
    }

    /// The explorer's outcomes and indicators panes, the indicators table and the overview:
    /// the marks are `ok` / `x`, whole, in one column, and the rows keep their width.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func theExplorerSaysTheSame(width: Int, height: Int) {
        let view = ExplorerView(report: fixture.report, glyphs: .ascii)
        var screens: [(String, Frame)] = []
        screens.append(("explorer", view.render(fixture.state(width, height, Event.keys("7\r")))))
        for screen in [Screen.indicators, .overview] {
            var state = fixture.state(width, height)
            state.screen = screen
            screens.append(("\(screen)", view.render(state)))
        }
        for (name, frame) in screens {
            for line in frame.lines { #expect(line.cellWidth == width, "\(name) \(width)x\(height)") }
            let marks = frame.lines.flatMap(marks)
            #expect(!marks.isEmpty, "\(name) \(width)x\(height): no marks\n\(frame.text)")
            #expect(Set(marks).isSubset(of: ["ok", "x"]), "\(name) \(width)x\(height): \(marks)\n\(frame.text)")
            #expect(marks.contains("ok") && marks.contains("x"), "\(name) \(width)x\(height): \(marks)\n\(frame.text)")
        }
    }

    /// The explorer's outcomes pane leaves the room its ✓ / ✗ needs (the mark fell one cell past
    /// the pane and was never drawn).
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func theOutcomesPaneShowsItsMark(width: Int, height: Int) {
        for glyphs in [Glyphs.unicode, .ascii] {
            let view = ExplorerView(report: fixture.report, glyphs: glyphs)
            let frame = view.render(fixture.state(width, height))
            // after the totals, the bar and then the mark, a cell from the pane's right border
            func rest(_ totals: String) -> String {
                guard let row = frame.lines.first(where: { $0.contains(totals) }), let at = row.range(of: totals) else { return "" }
                return String(row[at.upperBound...])
            }
            for (totals, mark) in [("199/179", glyphs.met), ("117/130", glyphs.below)] {
                let text = rest(totals)
                let ends = TextLayout.fit(mark, to: glyphs.markWidth) + " " + glyphs.vertical
                #expect(text.contains(" " + ends), "\(width)x\(height): \(totals)\(text)")
            }
        }
    }
}
