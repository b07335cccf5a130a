import Testing
import PIRModel
@testable import PIRUI
@testable import PIRTerminal

/// Issue 19's selected row, seen through xterm's palette with the theme pir picks by default on
/// each background: a bar keeps its length, colour and target mark when its row is selected (it
/// was inverted: 3.1.3 at 17% read like 80%, 1.1.1 at 160% became a solid slab, on white the bar
/// vanished, the selected sparkline turned black); the target mark can be seen on white and on
/// black; with 8 colours the selected row is one tone, not two.
@Suite struct SelectedRowTests {
    static let report = try! ReportLoader.loadBundled()
    static let reducer = Reducer(report: report)
    static let view = ExplorerView(report: report, reducer: reducer)
    static let barGlyphs: Set<String> = ["▖", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█", "┃", "▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    static func state(_ screen: Screen, _ keys: [Key]) -> AppState {
        var s = reducer.reduce(AppState(width: 120, height: 40, screen: screen), .resize(width: 120, height: 40))
        for key in keys { s = reducer.reduce(s, .key(key), after: view.snapshot(s)) }
        return s
    }

    static func theme(_ background: TerminalBackground, _ colors: Int) -> (Theme, XtermScreen) {
        let name = ThemeName.auto.resolved(background: background, slides: false)
        let screen = background == .light ? XtermScreen.light(colors) : XtermScreen.dark(colors)
        return (Theme.named(name.rawValue, colors: colors)!, screen)
    }

    static func isSelected(_ cell: Cell) -> Bool { cell.style.role == .selection || cell.style.selected }

    /// Pairs of frames where one row is selected in the first and not in the second: the explorer
    /// at 3.1.3 (17%) and at 1.1.1 (160%) then one row down, the overview's rows against target,
    /// and the trends' sparklines.
    static let pairs: [(String, Frame, Frame)] = [
        ("explorer 3.1.3", Screen.explorer, [Key.char("3"), .char("."), .char("1"), .char("."), .char("3"), .enter], [Key.down]),
        ("explorer 1.1.1", .explorer, [.char("1"), .char("."), .char("1"), .char("."), .char("1"), .enter], [.down]),
        ("overview", .overview, [.down, .down], [.down]),
        ("trends", .trends, [], [.down]),
    ].map { name, screen, keys, then in
        let selected = state(screen, keys)
        return (name, view.render(selected), view.render(reducer.reduce(selected, .key(then[0]), after: view.snapshot(selected))))
    }

    @Test(arguments: [TerminalBackground.light, .dark], [256, 8])
    func barsKeepTheirLengthAndColourOnTheSelectedRow(background: TerminalBackground, colors: Int) {
        let (theme, screen) = Self.theme(background, colors)
        var compared = 0
        for (name, selected, other) in Self.pairs {
            for y in 0..<selected.height {
                let row = (0..<selected.width).map { selected[$0, y] }
                guard row.contains(where: Self.isSelected), !(0..<other.width).contains(where: { Self.isSelected(other[$0, y]) }) else { continue }
                for x in 0..<selected.width where Self.barGlyphs.contains(selected[x, y].text) && selected[x, y].text == other[x, y].text {
                    let on = screen.shown(selected[x, y].style, theme), off = screen.shown(other[x, y].style, theme)
                    compared += 1
                    // the glyph's ink is the bar's, as off the selection, and stands out from the row
                    #expect(on.ink == off.ink, "\(name) \(screen) (\(x),\(y)) \(selected[x, y].text): ink \(on.ink) selected, \(off.ink) not")
                    #expect(RGB.contrast(on.ink, on.paper) >= 3, "\(name) \(screen) (\(x),\(y)) \(selected[x, y].text): \(on.ink) on \(on.paper)")
                }
            }
        }
        #expect(compared >= 20, "only \(compared) bar cells on selected rows")
    }

    @Test(arguments: [TerminalBackground.light, .dark], [256, 8])
    func theTargetMarkCanBeSeen(background: TerminalBackground, colors: Int) {
        let (theme, screen) = Self.theme(background, colors)
        var marks = 0
        for (name, selected, other) in Self.pairs {
            for frame in [selected, other] {
                for y in 0..<frame.height {
                    for x in 0..<frame.width where frame[x, y].text == "┃" {
                        marks += 1
                        let (ink, paper) = screen.shown(frame[x, y].style, theme)
                        #expect(RGB.contrast(ink, paper) >= 3, "\(name) \(screen) (\(x),\(y)): the target mark \(ink) on \(paper)")
                    }
                }
            }
        }
        #expect(marks >= 10)
    }

    @Test(arguments: [TerminalBackground.light, .dark])
    func withEightColoursTheSelectedRowIsOneTone(background: TerminalBackground) {
        let (theme, screen) = Self.theme(background, 8)
        for (name, selected, _) in Self.pairs {
            for y in 0..<selected.height {
                let cells = (0..<selected.width).map { selected[$0, y] }.filter(Self.isSelected)
                guard !cells.isEmpty else { continue }
                let papers = Set(cells.map { screen.shown($0.style, theme).paper })
                #expect(papers.count == 1, "\(name) \(screen) row \(y): \(papers.count) tones \(papers)")
            }
        }
    }
}
