import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// The key tables are the keys: every key that changes the state on a screen is in that screen's
/// table, and the help and the footer are drawn from it.
@Suite struct KeymapTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    /// Every key a terminal can send the UI core: printable ASCII, Ctrl with a letter, F1–F12 and
    /// the named keys.
    static let universe: [Key] = (0x20...0x7E).map { Key.char(Character(UnicodeScalar(UInt8($0)))) }
        + "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) } + (1...12).map { Key.function($0) }
        + [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab]

    /// The state with what a key may change without doing anything the table should list: the
    /// status line's words.
    func essence(_ s: AppState) -> AppState {
        var s = s
        s.status = ""
        return s
    }

    @Test(arguments: [Screen.overview] + Screen.switcherOrder.filter { $0 != .overview })
    func everyKeyThatWorksIsInTheScreensTable(screen: Screen) {
        let reducer = fixture.reducer
        let listed = Set(Keymap.bindings(for: screen).flatMap(\.keys))
        // the view as it opens, and after a move and a look at the text
        let starts = [[Event](), Event.keys("j"), Event.keys("jj\t")].map { events -> AppState in
            var s = reducer.reduce(AppState(width: 120, height: 40, screen: screen), .resize(width: 120, height: 40))
            s = reducer.reduce(s, events)
            s.lastQuery = "非洲"  // so n and N have a search to repeat
            return s
        }
        var unlisted: Set<String> = []
        for start in starts where start.screen == screen {
            for key in Self.universe where !listed.contains(key) {
                let after = reducer.reduce(start, .key(key))
                if essence(after) != essence(start) { unlisted.insert("\(key)") }
            }
        }
        #expect(unlisted.isEmpty, "keys that work on \(screen) but are not in its table: \(unlisted.sorted())")
    }

    /// The help over a screen lists exactly that screen's table, and every row fits a 120×40 terminal.
    @Test(arguments: [Screen.overview, .explorer, .indicators, .boxes, .countries], [Language.zh, .en])
    func theHelpIsTheScreensTable(screen: Screen, language: Language) {
        var s = fixture.reducer.reduce(AppState(width: 120, height: 40, screen: screen), .resize(width: 120, height: 40))
        s.language = language
        s = fixture.reducer.reduce(s, Event.keys("?"))
        let text = fixture.view.render(s).text
        for binding in Keymap.bindings(for: screen) { #expect(text.contains(binding.label), "\(binding.label) not in the help over \(screen)") }
        #expect(HelpOverlay.maxScroll(width: 120, height: 40, language: language, screen: screen) == 0)
    }

    /// The footer's hints are the table's: the sort key only where sorting works, q's word per screen.
    @Test func theFooterIsDrawnFromTheTable() {
        func footer(_ screen: Screen) -> String {
            let s = fixture.reducer.reduce(AppState(width: 200, height: 60, screen: screen), .resize(width: 200, height: 60))
            return fixture.view.render(s).lines[58]
        }
        #expect(footer(.explorer).contains("s f 排序筛选") && footer(.explorer).contains("q 退出"))
        #expect(!footer(.boxes).contains("排序") && footer(.boxes).contains("q 关闭"))
        #expect(footer(.indicators).contains("s f 排序筛选"))
        // the docs' table prints the same rows
        #expect(Keymap.markdown(for: .explorer).contains("| `s S` |"))
        #expect(HelpOverlay.keys.contains { $0.0 == "Q Ctrl-C" })
    }
}
