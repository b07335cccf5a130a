import Testing
import PIRModel
import PIRUI

/// README.md shows the start screen as text, rendered by the real view code at 100×30, and the keys
/// people use most, taken from the help's table: these fail when the program and README's picture
/// of it differ (scripts/update-docs redraws them).
@Suite struct ReadmeTests {
    static let width = 100, height = 30

    /// The overview as `pir` first draws it in a 100×30 terminal, trailing spaces dropped.
    static func overview() throws -> String {
        let report = try ReportLoader.loadBundled()
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        let state = reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        let lines = view.render(state).lines.map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        return "```\n" + lines.joined(separator: "\n") + "\n```\n"
    }

    @Test func readmeShowsTheCurrentOverview() throws {
        let expected = try Self.overview()
        #expect(expected.contains("896"))
        try GeneratedDocs.expect("overview-100x30", in: "README.md", is: expected)
    }

    /// The keys README.md lists, in this order: the ones a first session needs.
    static let mostUsed = ["↑ ↓  j k", "Enter → l", "Esc ← h Backspace", "Tab Shift-Tab", "1–8  a b c", "3.1.2 Enter",
                           "/", ":", "s S", "f F", "x X", "w", "p", "? F1", "q"]

    @Test func readmeKeys() throws {
        let rows = try Self.mostUsed.map { key in
            try #require(HelpOverlay.keys.first { $0.0 == key }, "README's key \"\(key)\" is no longer in HelpOverlay.keys")
        }
        try GeneratedDocs.expect("readme-keys", in: "README.md", is: KeyTableDocTests.table(rows.map { ($0.0, $0.1) }))
    }
}
