import Testing
import PIRModel
import PIRUI
@testable import PIRTerminal

/// Issue 19: stepping through a slide's items lost its highlight where faint (SGR 2) was all that
/// marked the others (urxvt ignores it; on a light xterm it is the same black). Seen through
/// xterm's palette on a black and on a white screen, at 256, 16 and 8 colours, with every theme
/// that can be chosen there: the stepped item stands on a band of another colour than the screen,
/// and its text is stronger (more contrast) than the dimmed items' text.
@Suite struct SteppingLookTests {
    static let report = try! ReportLoader.loadBundled()
    /// The slides at a step that highlights one item (the overlays' shots are not steps).
    static let stepped = (EveryScreen.slides(report, width: 100, height: 30) + EveryScreen.slides(report, width: 80, height: 24, language: .en))
        .filter { shot in !shot.name.hasPrefix("slides ") && shot.frame.cells.contains { $0.style.role == .selection } }

    @Test(arguments: [TerminalBackground.light, .dark], [256, 16, 8])
    func theSteppedItemStandsOutByColourAndIntensity(background: TerminalBackground, colors: Int) throws {
        let screen = background == .light ? XtermScreen.light(colors) : XtermScreen.dark(colors)
        #expect(Self.stepped.count >= 10, "\(Self.stepped.count) stepped slides")
        for name in ThemeName.readable(on: background) {
            let theme = try #require(Theme.named(name.rawValue, colors: colors))
            for shot in Self.stepped {
                let cells = shot.frame.cells.filter { !$0.text.allSatisfy(\.isWhitespace) && $0.width > 0 }
                guard let on = cells.first(where: { $0.style.role == .selection }).map({ screen.shown($0.style, theme) }),
                      let off = cells.first(where: { $0.style.role == .dim }).map({ screen.shown($0.style, theme) }) else {
                    Issue.record("\(shot.name): no stepped or no dimmed item")
                    continue
                }
                #expect(on.paper != screen.background, "\(name) \(screen) \(shot.name): the stepped item has no band (\(on.paper))")
                let strong = RGB.contrast(on.ink, on.paper), weak = RGB.contrast(off.ink, off.paper)
                #expect(strong > weak * 1.2, "\(name) \(screen) \(shot.name): stepped \(strong) against dimmed \(weak)")
            }
        }
    }
}
