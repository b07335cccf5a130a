import Testing
import PIRUI

/// The key tables of docs/explorer.md and docs/presenting.md (README.md's: ReadmeTests) are made
/// from the tables the program's own help shows (`HelpOverlay.keys`, `PresentView.keyTable`), so
/// they cannot drift from it.
@Suite struct KeyTableDocTests {
    /// "PgUp PgDn  Ctrl-B Ctrl-F" → "`PgUp` `PgDn`, `Ctrl-B` `Ctrl-F`": a double space separates
    /// alternatives in the help, a single space keys of one alternative.
    static func keys(_ key: String) -> String {
        key.components(separatedBy: "  ").map { group in
            group.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
        }.joined(separator: ", ")
    }

    static func table(_ rows: [(key: String, does: String)]) -> String {
        (["| key | does |", "| --- | --- |"]
            + rows.map { "| \(keys($0.key)) | \($0.does.replacingOccurrences(of: "|", with: "\\|")) |" })
            .joined(separator: "\n") + "\n"
    }

    @Test func explorerKeys() throws {
        try GeneratedDocs.expect("explorer-keys", in: "docs/explorer.md", is: Self.table(HelpOverlay.keys.map { ($0.0, $0.1) }))
    }

    @Test func presenterKeys() throws {
        try GeneratedDocs.expect("presenter-keys", in: "docs/presenting.md", is: Self.table(PresentView.keyTable.map { ($0.key, $0.en) }))
    }

    @Test func followerKeys() throws {
        try GeneratedDocs.expect("follower-keys", in: "docs/presenting.md", is: Self.table(PresentView.followerKeyTable.map { ($0.key, $0.en) }))
    }

    @Test func theKeysColumnSplitsAlternatives() {
        #expect(Self.keys("PgUp PgDn  Ctrl-B Ctrl-F") == "`PgUp` `PgDn`, `Ctrl-B` `Ctrl-F`")
        #expect(Self.keys("/") == "`/`")
    }
}
