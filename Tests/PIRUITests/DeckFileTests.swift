import Foundation
import Testing
import PIRModel
@testable import PIRUI

/// Decks as presenters write them, good and bad: every refusal names the file, the line or JSON
/// path, and the entry.
@Suite struct DeckFileTests {
    let report: Report
    init() throws { report = try ReportLoader.loadBundled() }

    func parse(_ text: String, file: String = "talk.deck") throws(DeckFileError) -> DeckSpec {
        try DeckFile.parse(Data(text.utf8), file: file, report: report)
    }

    func error(_ text: String, file: String = "talk.deck") -> String {
        do {
            _ = try parse(text, file: file)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func plainListWithCommentsAndNotes() throws {
        let spec = try parse("""
        # board briefing, 10 minutes
        title
        overview
        > 896 results in 151 member States
        >   and two territories

        outcome 3   # the employment one
        indicator 3.1.2
        region Africa
        region 非洲
        box 15
        budget
        trends
        regions
        outcomes
        enabling
        outcome a
        lessons
        end
        """)
        #expect(spec.items.map(\.entry) == [.title, .overview, .outcome("3"), .indicator("3.1.2"), .region(.africa), .region(.africa), .box(15),
                                             .budget, .trends, .regions, .outcomes, .enabling, .outcome("A"), .lessons, .end])
        #expect(spec.items[1].notes == "896 results in 151 member States\n  and two territories")
        #expect(spec.items[2].notes == nil)
        let deck = Deck(spec: spec, report: report)
        #expect(deck.slides.count == 15)
        #expect(deck.slides[1].notes == "896 results in 151 member States\n  and two territories")
        // a slide with no note of its own keeps the one built from the report
        #expect(deck.slides[2].notes?.contains("102") == true)
    }

    @Test func jsonListAndObjectWithNotes() throws {
        let list = try parse(#"["overview", "outcome 7", "box 3"]"#, file: "talk.json")
        #expect(list.items.map(\.entry) == [.overview, .outcome("7"), .box(3)])
        let object = try parse("""
        {"title": "理事会简报", "slides": [
          "title",
          {"show": "outcome 7", "notes": "241.7 budgeted, 280.6 spent"},
          {"show": "region arab_states", "notes": ["first", "second"]}
        ]}
        """, file: "talk.json")
        #expect(object.title == "理事会简报")
        #expect(object.items.map(\.entry) == [.title, .outcome("7"), .region(.arabStates)])
        #expect(object.items[1].notes == "241.7 budgeted, 280.6 spent")
        #expect(object.items[2].notes == "first\nsecond")
        #expect(Deck(spec: object, report: report).title == "理事会简报")
    }

    @Test func badEntriesInAPlainListNameTheLine() {
        #expect(error("overview\n\noutcom 3\n") == "talk.deck: line 3: unknown entry \"outcom 3\"; expected one of: \(DeckEntry.vocabulary)")
        #expect(error("outcome 9") == "talk.deck: line 1: no outcome \"9\" in the report (outcomes are 1, 2, 3, 4, 5, 6, 7, 8, A, B, C)")
        #expect(error("title\nregion atlantis") == "talk.deck: line 2: no region \"atlantis\" in the report (regions are africa, americas, arab_states, asia_pacific, europe_central_asia)")
        #expect(error("box 999").hasPrefix("talk.deck: line 1: no box \"999\" in the report (boxes are 1–"))
        #expect(error("indicator 9.9.9") == "talk.deck: line 1: no indicator \"9.9.9\" in the report (codes look like 3.1.2 or A.1.1)")
        #expect(error("indicator") == "talk.deck: line 1: \"indicator\" needs an indicator code, e.g. \"indicator 3.1.2\"")
        #expect(error("overview please") == "talk.deck: line 1: \"overview\" takes nothing after it, found \"please\"")
        #expect(error("> a note\noverview") == "talk.deck: line 1: a speaker note (\">\") before the first slide")
        #expect(error("# only a comment\n\n") == "talk.deck: no slides: list entries such as \"overview\" or \"outcome 3\", one per line")
        #expect(error("") == "talk.deck: no slides: list entries such as \"overview\" or \"outcome 3\", one per line")
    }

    @Test func badJSONNamesThePath() {
        #expect(error(#"["overview", "outcome x"]"#, file: "d.json") == "d.json: [1]: no outcome \"x\" in the report (outcomes are 1, 2, 3, 4, 5, 6, 7, 8, A, B, C)")
        #expect(error(#"{"slides": ["title", {"show": 3}]}"#, file: "d.json") == "d.json: slides[1].show: expected a string such as \"outcome 3\", found the number 3")
        #expect(error(#"{"slides": ["title", {"notes": "x"}]}"#, file: "d.json") == "d.json: slides[1]: no \"show\": expected {\"show\": \"outcome 3\", \"notes\": \"…\"}")
        #expect(error(#"{"slides": [true]}"#, file: "d.json") == "d.json: slides[0]: expected an entry such as \"outcome 3\", found true")
        #expect(error(#"{"slides": [{"show": "end", "note": "typo"}]}"#, file: "d.json") == "d.json: slides[0].note: unknown key; a slide has \"show\" and \"notes\"")
        #expect(error(#"{"slides": [{"show": "end", "notes": 5}]}"#, file: "d.json") == "d.json: slides[0].notes: expected a string or a list of strings, found the number 5")
        #expect(error(#"{"title": 1, "slides": []}"#, file: "d.json") == "d.json: title: expected a string, found the number 1")
        #expect(error(#"{"slide": []}"#, file: "d.json") == "d.json: slide: unknown key; a deck object has \"title\" and \"slides\"")
        #expect(error(#"{"slides": "overview"}"#, file: "d.json") == "d.json: slides: expected a list of entries, found \"overview\"")
        #expect(error(#"{"slides": []}"#, file: "d.json").hasPrefix("d.json: no slides"))
        #expect(error("[\"overview\",\n  \"outcome 3\" \"box 1\"]", file: "d.json") == "d.json: line 2, column 15: not valid JSON: expected \",\" or \"]\", found \"\"\"")
        #expect(error("{\"slides\": [", file: "d.json") == "d.json: line 1, column 13: not valid JSON: unexpected end of file, expected a value")
    }

    /// What JSONSerialization accepts without a word is refused by the dataset loader's own scan,
    /// with the line and column: a trailing comma, a key twice in one object.
    @Test func jsonTheParserWouldAcceptUnseen() {
        #expect(error(#"["overview", "outcome 3",]"#, file: "d.json") == "d.json: line 1, column 26: not valid JSON: a comma before \"]\"")
        #expect(error("{\"slides\": [\"title\"],\n \"slides\": [\"end\"]}", file: "d.json")
                == "d.json: line 2, column 2: duplicate key \"slides\" in one object (which value was meant?)")
        #expect(error(#"{"slides": [{"show": "title", "show": "end"}]}"#, file: "d.json")
                == "d.json: line 1, column 31: duplicate key \"show\" in one object (which value was meant?)")
        #expect(error(#"{"slides": ["title"], }"#, file: "d.json") == "d.json: line 1, column 23: not valid JSON: a comma before \"}\"")
        // well-formed JSON still reads, with a BOM and CRLF
        #expect(error("\u{FEFF}{\"slides\": [\"title\",\r\n\"end\"]}\r\n", file: "d.json") == "no error")
    }

    @Test func unreadableFiles() {
        #expect(throws: DeckFileError(file: "/nonexistent/deck", location: "", message: "no such file")) {
            try DeckFile.load(path: "/nonexistent/deck", report: report)
        }
        #expect(throws: DeckFileError(file: "/tmp", location: "", message: "is a directory, not a deck file")) {
            try DeckFile.load(path: "/tmp", report: report)
        }
        #expect(throws: DeckFileError(file: "x", location: "", message: "not UTF-8 text")) {
            try DeckFile.parse(Data([0x6F, 0x76, 0xFF, 0xFE]), file: "x", report: report)
        }
        let huge = Data(repeating: 0x61, count: DeckFile.maxBytes + 1)
        #expect(throws: DeckFileError.self) { try DeckFile.parse(huge, file: "x", report: report) }
    }

    @Test func everyEntryReadsBackFromItsText() throws {
        for entry in DeckEntry.defaultDeck(report) + [.budget, .indicator("A.1.1"), .region(.europeCentralAsia), .box(1), .outcome("B")] {
            #expect(try DeckEntry.parse(entry.text, report: report).get() == entry)
        }
    }
}

/// The deck written out for participants.
@Suite struct DeckExportTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }

    @Test func textAndMarkdownCarryTheFigures() {
        let text = DeckExport.export(fixture.deck, format: .txt)
        #expect(text.contains("896  八项政策成果目标下取得的成果"))
        #expect(text.contains("329 · 37%  非洲 Africa"))
        #expect(text.contains("280.6 (+16%)  实际支出 expenditure"))
        #expect(text.contains("1 / \(fixture.deck.slides.count)  国际劳工组织 2020–2021 两年期计划执行报告"))
        let md = DeckExport.export(fixture.deck, format: .md)
        #expect(md.contains("## 3. 按区域分列的成果"))
        #expect(md.contains("| 非洲 Africa | 329 · 37% |  |"))
        #expect(md.contains("| 7 为所有人提供充分和有效的劳动保护 | 167 / 164 | ✓ |"))
        #expect(md.contains("- **896** 八项政策成果目标下取得的成果"))
    }

    @Test func htmlIsOneSelfContainedFileWithEveryTextEscaped() {
        let html = DeckExport.export(fixture.deck, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<section ").count - 1 == fixture.deck.slides.count)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(html.contains("<span class=\"big\">896</span>"))
        #expect(html.contains("241.7"))
        // hostile text from a dataset stays text
        let slide = Slide(entry: .title, title: "<script>alert('x')</script> & \u{1B}[2J", subtitle: "\"q\"",
                          elements: [.paragraph("<img src=x onerror=alert(1)>"), .bullets(BulletList(items: [ListItem(text: "a<b")]))],
                          notes: "</aside><script>")
        let hostile = DeckExport.html([slide], title: "<t>")
        #expect(!hostile.contains("<script"))
        #expect(!hostile.contains("<img"))
        #expect(hostile.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; \u{FFFD}[2J"))
        #expect(hostile.contains("&quot;q&quot;"))
        #expect(!hostile.contains("\u{1B}"))
        let md = DeckExport.markdown([slide], title: "t")
        #expect(!md.contains("<script") && !md.contains("<img"))
    }
}

/// Decks written on Windows (CRLF) or an old Mac (CR) read as the same deck as with LF, and a
/// refusal is one line on stderr whatever line breaks or controls the file holds.
@Suite struct DeckFileLineEndingTests {
    let report: Report
    init() throws { report = try ReportLoader.loadBundled() }

    static let lf = "# board\ntitle\noverview\n> 896 results\n>   and two territories\n\noutcome 3   # employment\nindicator 3.1.2\nend\n"

    func parse(_ text: String) throws(DeckFileError) -> DeckSpec {
        try DeckFile.parse(Data(text.utf8), file: "talk.deck", report: report)
    }

    @Test(arguments: ["\r\n", "\r"])
    func crlfAndCRDecksParseToTheSameDeckAsLF(ending: String) throws {
        let expected = try parse(Self.lf)
        #expect(expected.items.count == 5)
        #expect(try parse(Self.lf.replacingOccurrences(of: "\n", with: ending)) == expected)
        // mixed in one file, too
        let mixed = Self.lf.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset % 2 == 0 ? $0.element + ending : $0.element + "\n" }.joined()
        #expect(try parse(mixed) == expected)
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func anErrorNamesTheRightLineOnOneLine(ending: String) {
        let text = ["title", "> a note", "outcome 3", "outcom 9", "end"].joined(separator: ending)
        do {
            _ = try parse(text)
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("talk.deck: line 4: unknown entry \"outcom 9\""), "\(error.description)")
            #expect(!error.description.contains { $0.isNewline })
        }
    }

    @Test func anErrorIsOneLineWhateverTheEntryHolds() {
        for bad in ["outcom\u{0B}3", "outcom\u{0C}3", "outcom\u{85}3", "outcom\u{2028}3", "outcom\u{1B}[2J3", "outcom\u{2029}3"] {
            do {
                _ = try parse("title\n\(bad)\n")
                Issue.record("no error for \(bad.debugDescription)")
            } catch {
                let line = error.description
                #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" },
                        "\(line.debugDescription)")
            }
        }
        // a file name with a line break in it is not written raw either
        let error = DeckFileError(file: "a\nb.deck", location: "line 1", message: "x\r\ny")
        #expect(!error.description.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func aCRLFJSONErrorNamesItsLine() {
        let text = "[\r\n  \"title\",\r\n  \"overview\"\r\n  \"end\"\r\n]"
        do {
            _ = try parse(text)
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("line 4") || error.description.contains("line 3"), "\(error.description)")
        }
    }
}
