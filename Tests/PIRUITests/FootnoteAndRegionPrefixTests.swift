import Testing
import PIRModel
@testable import PIRUI

/// The explorer shows footnote references as the report prints them, and its `:` palette goes to a
/// region from any unique start of its name.
@Suite struct FootnoteAndRegionPrefixTests {
    let fixture: Fixture
    var report: Report { fixture.report }
    init() throws { fixture = try Fixture() }

    func text(_ entry: ContentsEntry, _ glyphs: Glyphs) -> [String] {
        DetailDocument(report: report, glyphs: glyphs).build(entry, width: 100).lines.map { $0.map(\.text).joined() }
    }

    /// Every chapter and outcome page: no `[^`; raised numbers (`[5]` in ASCII) and the notes listed.
    @Test func detailPagesPrintReferencesAsTheReportDoes() {
        let entries = report.chapters.map { ContentsEntry.chapter($0.id) } + report.outcomes.map { .outcome($0.id) }
        for entry in entries {
            for glyphs in [Glyphs.unicode, .ascii] { #expect(!text(entry, glyphs).joined().contains("[^"), "\(entry)") }
        }
        let overview = text(.chapter("part2-overview"), .unicode).joined(separator: "\n")
        #expect(overview.contains("896 项成果⁵，") && overview.contains("⁵ 成果指成员国在劳工组织的支持下"))
        #expect(text(.chapter("part2-overview"), .ascii).joined().contains("896 项成果[5]，"))
    }

    /// Nowhere in the explorer: every page of Contents (chapters, outcomes, boxes, regions, tables,
    /// countries) in both languages, and every view's first screen.
    @Test func noExplorerPageShowsFootnoteMarkup() {
        for entry in fixture.reducer.contents {
            for language in Language.allCases {
                let page = DetailDocument(report: report, glyphs: .unicode, countries: fixture.reducer.countries, language: language)
                    .build(entry, width: 100).lines.map { $0.map(\.text).joined() }.joined()
                #expect(!page.contains("[^"), "\(entry) \(language)")
            }
        }
        for screen in Screen.switcherOrder {
            var s = fixture.state(160, 50)
            if screen != .overview { s = fixture.reducer.reduce(s, .key(.function(screen.functionKey))) }
            #expect(!fixture.view.render(s).text.contains("[^"), "\(screen)")
        }
    }

    /// The search list's excerpt of a passage with a reference.
    @Test func searchSnippetsPrintReferencesAsTheReportDoes() {
        let s = fixture.state(120, 40, Event.keys("/896 项成果"))
        let frame = ExplorerView(report: report, reducer: fixture.reducer).render(s).text
        #expect(frame.contains("896 项成果⁵，") && !frame.contains("[^"), "\(frame)")
        let ascii = ExplorerView(report: report, glyphs: .ascii, reducer: fixture.reducer).render(s).text
        #expect(ascii.contains("896 项成果[5]，") && !ascii.contains("[^"))
    }

    /// `:asia`, `:arab` and `:亚太` go to the region (they said "no such view"); Tab completes the name.
    @Test(arguments: [("asia", RegionID.asiaPacific), ("arab", .arabStates), ("亚太", .asiaPacific), ("amer", .americas),
                      ("europe", .europeCentralAsia), ("AFR", .africa)])
    func paletteGoesToARegionByAnyUniqueStartOfItsName(typed: String, region: RegionID) {
        #expect(fixture.reducer.paletteChoices(typed).first == .node(.region(region), typed))
        let s = fixture.state(100, 30, Event.keys(":" + typed + "\r"))
        #expect(s.screen == .regions && !s.status.contains("no such view"), "\(typed): \(s.status)")
        let tabbed = fixture.state(100, 30, Event.keys(":" + typed + "\t"))
        let name = report.region(region).map { typed.unicodeScalars.allSatisfy(\.isASCII) ? $0.nameEn : $0.name }
        #expect(tabbed.palette?.text == name)
    }

    /// A start that several regions share is none of them; a code or a view keeps its place.
    @Test func ambiguousStartsAreNoRegion() {
        #expect(report.region(prefix: "a") == nil && report.region(prefix: "") == nil)
        #expect(report.resolve("a") == .outcome("A"))
        #expect(report.resolve("asia") == .region(.asiaPacific))
        #expect(fixture.reducer.paletteChoices("bud").first == .view(.budget))
    }
}
