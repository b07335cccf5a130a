import Foundation
import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Opening something at a place in a text — a search hit's paragraph, a box in its chapter, a
/// country's passage, the sentence a headline figure comes from — the reducer says where (a
/// `TextAnchor`) and the view finds the line as it draws, with its own width and glyphs. Run as
/// the session runs, in-process on the memory backend, a frame after each key: the place is on
/// screen and marked at 80×24, 120×40 and 200×60, in Chinese, English and with the ASCII glyphs,
/// and the reducer takes the scroll the view found with the next event.
@Suite struct AnchorTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    static let settings = NavigationDefectTests.settings

    /// A session from the overview, a frame drawn after each of `keys` (a burst each); the last
    /// state, after one more event (the same size again) that hands the reducer the last frame.
    func session(_ width: Int, _ height: Int, _ language: Language, ascii: Bool, _ keys: [Event],
                 bursts: [[Event]]? = nil) -> (MemoryBackend, AppState) {
        let settle = Event.resize(width: width, height: height)
        let backend = MemoryBackend(width: width, height: height, glyphs: ascii ? .ascii : .unicode,
                                    bursts: (bursts ?? keys.map { [$0] }) + [[settle]])
        let view = ExplorerView(report: fixture.report, glyphs: backend.glyphs, reducer: fixture.reducer)
        var start = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), settle)
        start.language = language
        let end = ExplorerLoop.run(start, on: backend, reducer: fixture.reducer, view: view, world: ExplorerLoop.World(perform: { _, _ in "" }))
        return (backend, end)
    }

    /// The text drawn in the match role, row by row.
    func marked(_ frame: Frame) -> String {
        frame.lines.indices.map { y in (0..<frame.width).filter { frame[$0, y].style.role == .match }.map { frame[$0, y].text }.joined() }
            .joined(separator: "\n")
    }

    func wellFormed(_ backend: MemoryBackend, sourceLocation: SourceLocation = #_sourceLocation) {
        for frame in backend.frames { for line in frame.lines { #expect(line.cellWidth == frame.width, sourceLocation: sourceLocation) } }
    }

    /// Keys that put the overview on a row.
    func overviewRow(_ row: OverviewRow) -> [Event] {
        let rows = fixture.reducer.overview
        let index = rows.firstIndex(of: row)!
        return Array(repeating: .key(.down), count: rows[1...index].filter(\.isSelectable).count - 1)
    }

    /// A search hit deep in Part III: the contents open at its paragraph, the term marked on screen.
    @Test(arguments: settings)
    func aSearchHitOpensAtItsParagraph(width: Int, height: Int, language: Language, ascii: Bool) throws {
        let chapter = try #require(fixture.report.chapters.last { $0.part == .III })
        let paragraph = try #require(chapter.blocks.last { $0.kind == .paragraph }?.text)
        let fragment = String(paragraph.prefix(12))
        var probe = fixture.state(width, height, Event.keys("/" + fragment))
        probe.language = language
        let index = try #require(fixture.reducer.hits(probe).firstIndex { $0.text == paragraph })
        let (backend, s) = session(width, height, language, ascii: ascii,
                                   Event.keys("/" + fragment) + Array(repeating: .key(.down), count: index) + [.key(.enter)])
        #expect(s.screen == .contents && s.top.anchor == nil)
        #expect(marked(try #require(backend.screen)).contains(fragment), "\(backend.screen!.text)")
        wellFormed(backend)
    }

    /// A paragraph with a footnote reference (stored `[^5]`) is found with the ASCII glyphs too,
    /// where the text prints it `[5]`: the view looks for the paragraph as it prints it. (Laid out
    /// by the reducer, the paragraph was looked for with the reference raised, `⁵`, and not found
    /// under `--ascii`: the text opened at its top.)
    @Test(arguments: [(80, 24), (120, 40)])
    func aFootnotedParagraphOpensAtItWithTheASCIIGlyphs(width: Int, height: Int) throws {
        let probe = fixture.state(width, height)
        // a paragraph of a chapter with a reference after its first words, well down its text
        let textWidth = ContentsLayout(width: width, height: height).text.inset(1).width - 1
        let found = fixture.report.chapters.lazy.compactMap { chapter -> (String, String)? in
            let document = DetailDocument(report: fixture.report, glyphs: .ascii).build(.chapter(chapter.id), width: textWidth)
            for block in chapter.blocks where block.kind == .paragraph {
                guard let text = block.text, let reference = text.range(of: "[^"), text.distance(from: text.startIndex, to: reference.lowerBound) > 14
                else { continue }
                let fragment = String(text.prefix(12))
                guard (document.line(of: Footnotes.render(text, .bracketed)) ?? 0) > height,
                      fixture.reducer.hits(self.searching(probe, fragment)).contains(where: { $0.text == text }) else { continue }
                return (fragment, text)
            }
            return nil
        }.first
        let (fragment, paragraph) = try #require(found)
        let index = try #require(fixture.reducer.hits(searching(probe, fragment)).firstIndex { $0.text == paragraph })
        let (backend, s) = session(width, height, .zh, ascii: true,
                                   Event.keys("/" + fragment) + Array(repeating: .key(.down), count: index) + [.key(.enter)])
        #expect(s.screen == .contents && s.top.list.textScroll > 0)
        #expect(marked(try #require(backend.screen)).contains(fragment), "\(fragment): \(backend.screen!.text)")
    }

    /// The state with `text` typed into the search.
    func searching(_ s: AppState, _ text: String) -> AppState { fixture.reducer.reduce(s, Event.keys("/" + text)) }

    /// A hit in an outcome's budget table opens the outcome's text in the explorer at the table.
    @Test(arguments: settings)
    func aSearchHitInABudgetTableOpensAtTheTable(width: Int, height: Int, language: Language, ascii: Bool) throws {
        var probe = fixture.state(width, height, Event.keys("/经常预算补充账户"))
        probe.language = language
        let hits = fixture.reducer.hits(probe)
        let index = try #require(hits.firstIndex { $0.path.contains(".budget.rows[") })
        let (backend, s) = session(width, height, language, ascii: ascii,
                                   Event.keys("/经常预算补充账户") + Array(repeating: .key(.down), count: index) + [.key(.enter)])
        #expect(s.screen == .explorer && s.focus == .detail && s.top.anchor == nil)
        #expect(s.detailScroll > 0)
        let frame = try #require(backend.screen)
        // the table's heading on screen; the term marked where the rows are in Chinese
        let budget = try #require(fixture.report.outcomes[s.outcome].budget)
        #expect(frame.text.contains("\(language.table(budget.table)). "), "\(frame.text)")
        if language == .zh { #expect(marked(frame).contains("经常预算补充账户"), "\(frame.text)") }
        wellFormed(backend)
    }

    /// A box from the boxes view: Enter on its text opens its chapter scrolled to the box.
    @Test(arguments: settings)
    func aBoxOpensItsChapterAtTheBox(width: Int, height: Int, language: Language, ascii: Bool) throws {
        // a box in a chapter of Part I or III, well down it
        let box = try #require(fixture.report.boxes.last { !$0.sectionID.hasPrefix("outcome-") && !$0.sectionID.hasPrefix("region-") })
        var probe = fixture.state(width, height, Event.keys("B"))
        let entries = fixture.reducer.entries(.boxes, probe)
        let row = try #require(entries.firstIndex(of: .box(box.number)))
        probe.top.list.index = Catalog.firstSelectable(entries)
        let downs = entries[probe.top.list.index..<row].filter(\.isSelectable).count
        let (backend, s) = session(width, height, language, ascii: ascii,
                                   Event.keys("B") + Array(repeating: .key(.down), count: downs) + [.key(.enter), .key(.enter)])
        #expect(s.screen == .contents && fixture.reducer.contents[s.contentsIndex] == .chapter(box.sectionID))
        #expect(s.top.anchor == nil)
        let title = "\(language.box(box.number)). "
        #expect(try #require(backend.screen).text.contains(title), "\(title) not on screen: \(backend.screen!.text)")
        wellFormed(backend)
    }

    /// A country's page, Enter on its text: the passage at the top opens where it is, the name marked.
    @Test(arguments: settings)
    func aCountrysPassageOpensAtIt(width: Int, height: Int, language: Language, ascii: Bool) throws {
        let probe = fixture.state(width, height, Event.keys("C"))
        let entries = fixture.reducer.entries(.countries, probe)
        guard case .country(let id) = entries[probe.top.list.index] else { Issue.record("no country selected"); return }
        let country = try #require(fixture.report.country(id))
        let (backend, s) = session(width, height, language, ascii: ascii, Event.keys("C") + [.key(.enter), .key(.enter)])
        #expect(s.screen != .countries && s.top.anchor == nil)
        #expect(marked(try #require(backend.screen)).contains(country.zh), "\(backend.screen!.text)")
        wellFormed(backend)
    }

    /// A headline row of the overview: the chapter at the paragraph the figure is printed in.
    @Test(arguments: settings)
    func aHeadlineRowOpensItsSourceAtTheFigure(width: Int, height: Int, language: Language, ascii: Bool) throws {
        let fact = try #require(fixture.report.fact("regular_budget"))
        let (backend, s) = session(width, height, language, ascii: ascii, overviewRow(.budget("regular_budget")) + [.key(.enter)])
        #expect(s.screen == .contents && s.top.anchor == nil && s.top.list.textScroll > 0)
        #expect(marked(try #require(backend.screen)).contains(fact.printed), "\(backend.screen!.text)")
        wellFormed(backend)
    }

    /// An outcome's row of the overview: its text at the sentence of results against target.
    @Test(arguments: settings)
    func anOutcomeRowOpensItsTextAtItsResults(width: Int, height: Int, language: Language, ascii: Bool) throws {
        let (backend, s) = session(width, height, language, ascii: ascii, overviewRow(.outcome("3")) + [.key(.enter)])
        #expect(s.screen == .explorer && s.focus == .detail && s.top.anchor == nil)
        #expect(marked(try #require(backend.screen)).contains("102"), "\(backend.screen!.text)")
        wellFormed(backend)
    }

    /// Keys that come before a frame has found the anchor's line (one burst) count from that
    /// line: a hit opened and Down pressed at once ends a line below the paragraph, as when a
    /// frame came between them.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func keysInTheSameBurstCountFromTheAnchor(width: Int, height: Int) throws {
        // the contents open with the text focused: Down scrolls it
        let keys = overviewRow(.budget("regular_budget")) + [.key(.enter)]
        let (_, apart) = session(width, height, .zh, ascii: false, keys + [.key(.down)])
        let (_, together) = session(width, height, .zh, ascii: false, [], bursts: keys.dropLast().map { [$0] } + [[.key(.enter), .key(.down)]])
        #expect(apart.top.list.textScroll > 1)
        #expect(together.top.list.textScroll == apart.top.list.textScroll)
        #expect(together.top.anchor == nil)
    }

    /// The reducers lay nothing out: no text documents, no layouts, no view code in their files.
    @Test func theReducerCallsNoLayoutOrViewCode() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PIRUI")
        // the explorer's reducer, and the presenter's and the follower's, which embed it
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasPrefix("Reducer") && $0.hasSuffix(".swift") }
            + ["Present/PresentReducer.swift", "Present/Following.swift"]
        #expect(files.count >= 10)
        let forbidden = ["details.", "DetailCache", "DetailDocument", "document(", "Layout(", "Layout.", "ExplorerView", "ContentsView",
                         "HelpOverlay", "IndicatorPane", "ListWindow", "Wrapper", "glyphs", ".anchors", "line(of:"]
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            // code only: doc comments may name the view the reducer reads the snapshot of
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            for word in forbidden { #expect(!code.contains(word), "\(file) uses \(word)") }
        }
    }
}
