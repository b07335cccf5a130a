import Testing
import PIRModel
import PIRUI
@testable import PIRTerminal

/// Every drawn cell is readable in xterm: text, figures, marks and bars at least 3:1 (WCAG)
/// against the background they are drawn on, borders at least 1.5:1; on a light and on a dark
/// default background, at 256, 16 and 8 colours, for every theme that can be chosen there
/// (`ThemeName.readable(on:)`: the one `auto` picks and those that do not depend on the
/// background), over every view of the explorer and every slide of the standard deck.
@Suite struct ContrastTests {
    static let report = try! ReportLoader.loadBundled()
    static let explorer = EveryScreen.explorer(report, width: 120, height: 40)
        + EveryScreen.explorer(report, width: 80, height: 24)
        + EveryScreen.explorer(report, width: 100, height: 30, language: .en)
    static let slides = EveryScreen.slides(report, width: 100, height: 30)
        + EveryScreen.slides(report, width: 80, height: 24, language: .en)

    struct Failure: CustomStringConvertible {
        var shot: String, x: Int, y: Int, text: String, role: Role, ratio: Double, ink: RGB, paper: RGB
        var description: String {
            "\(shot) (\(x),\(y)) \"\(text)\" \(role): \(ink) on \(paper) = \((ratio * 100).rounded() / 100)"
        }
    }

    /// The cells of `shots` that `screen` shows below their minimum with `theme`, and how many
    /// cells were checked.
    static func failures(_ shots: [EveryScreen.Shot], _ theme: Theme, _ screen: XtermScreen) -> (failures: [Failure], checked: Int) {
        var failures: [Failure] = []
        var checked = 0
        for shot in shots {
            let frame = shot.frame
            for y in 0..<frame.height {
                for x in 0..<frame.width {
                    let cell = frame[x, y]
                    guard cell.width > 0, !cell.text.allSatisfy(\.isWhitespace) else { continue }
                    checked += 1
                    let (ink, paper) = screen.shown(cell.style, theme)
                    let ratio = RGB.contrast(ink, paper)
                    let minimum = cell.style.role == .border ? 1.5 : 3
                    if ratio < minimum {
                        failures.append(Failure(shot: shot.name, x: x, y: y, text: cell.text, role: cell.style.role, ratio: ratio, ink: ink, paper: paper))
                    }
                }
            }
        }
        return (failures, checked)
    }

    static func check(_ shots: [EveryScreen.Shot], _ background: TerminalBackground, _ colors: Int) {
        let screen = background == .light ? XtermScreen.light(colors) : XtermScreen.dark(colors)
        for name in ThemeName.readable(on: background) {
            guard let theme = Theme.named(name.rawValue, colors: colors) else {
                Issue.record("\(name) has no theme")
                continue
            }
            let (failures, checked) = Self.failures(shots, theme, screen)
            #expect(checked > 1000, "\(name) on \(screen): only \(checked) cells drawn")
            let byRole = Dictionary(grouping: failures, by: \.role).mapValues(\.count)
            #expect(failures.isEmpty, """
                \(name) on \(screen): \(failures.count) of \(checked) cells below their contrast, by role \(byRole)
                \(failures.prefix(12).map(\.description).joined(separator: "\n"))
                """)
        }
    }

    @Test(arguments: [TerminalBackground.light, .dark], [256, 16, 8])
    func everyExplorerCellIsReadable(background: TerminalBackground, colors: Int) {
        Self.check(Self.explorer, background, colors)
    }

    @Test(arguments: [TerminalBackground.light, .dark], [256, 16, 8])
    func everySlideCellIsReadable(background: TerminalBackground, colors: Int) {
        Self.check(Self.slides, background, colors)
    }

    /// The frames hold what the test means to look at: bars, target marks, borders, the selection.
    @Test func theScreensHoldWhatIsChecked() {
        let roles = Set((Self.explorer + Self.slides).flatMap { $0.frame.cells.map(\.style.role) })
        for role in [Role.bar, .barTarget, .barOver, .border, .selection, .match, .good, .bad, .key, .status, .title, .heading, .dim] {
            #expect(roles.contains(role), "no cell drawn as \(role)")
        }
        #expect(Self.explorer.count > 60 && Self.slides.count > 30, "\(Self.explorer.count) explorer shots, \(Self.slides.count) slides")
    }
}
