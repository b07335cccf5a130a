import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Under `--ascii` (or a non-UTF-8 locale) the interface's own wording draws no ambiguous-width
/// character: the title line, pane titles, hint and status lines use ASCII for the ` · `
/// separator, sort arrows, `…`, `›` and dashes — each would take two cells in the terminals
/// `--ascii` exists for, pushing the pane's top edge past the right border.
@Suite struct AsciiInterfaceTests {
    let fixture = try! Fixture()
    static let ambiguous: Set<Character> = ["·", "↑", "↓", "…", "›", "–", "—", "⏎", "×", "►", "▌", "─", "┌", "┐", "│"]

    @Test(arguments: [(80, 24), (120, 40)])
    func everyViewsChromeIsASCII(width: Int, height: Int) {
        let view = ExplorerView(report: fixture.report, glyphs: .ascii, reducer: fixture.reducer)
        for language in Language.allCases {
            for screen in Screen.allCases {
                for more in [[], Event.keys("s"), Event.keys("sS"), Event.keys("jjjjjj"), Event.keys("f"), Event.keys(":"), Event.keys("/社会保护"), Event.keys("?")] {
                    var s = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
                    s.language = language
                    if screen != .overview { s = fixture.reducer.reduce(s, .key(.function(screen.functionKey))) }
                    s = fixture.reducer.reduce(s, more)
                    let frame = view.render(s)
                    let lines = frame.lines
                    // the title line, the hint and status lines, and every row with a pane's top edge in it
                    let rows = [0, height - 2, height - 1] + lines.indices.filter { lines[$0].contains("+-") || lines[$0].contains("+ ") }
                    // with an overlay open, what it drew: the text beside its box is the view's, checked without it
                    var plain = s
                    plain.overlay = nil
                    let beneath = s.overlay == nil ? nil : view.render(plain)
                    for y in Set(rows) {
                        let line = beneath.map { b in (0..<width).filter { frame[$0, y] != b[$0, y] }.map { frame[$0, y].text }.joined() } ?? lines[y]
                        let bad = line.filter { Self.ambiguous.contains($0) }
                        #expect(bad.isEmpty, "\(screen) \(language) \(more) row \(y): \(lines[y])")
                    }
                }
            }
        }
    }
}
