import Testing
import PIRModel
import PIRText
@testable import PIRUI

@Suite struct SearchUITests {
    let fixture: Fixture
    var report: Report { fixture.report }
    var reducer: Reducer { fixture.reducer }
    var view: ExplorerView { fixture.view }

    init() throws { fixture = try Fixture() }

    func state(_ typed: [Event], _ width: Int = 120, _ height: Int = 40) -> AppState {
        fixture.state(width, height, typed)
    }

    @Test func slashOpensSearchAndResultsUpdateAsYouType() {
        var s = state(Event.keys("/改进保护移民"))
        #expect(s.search?.query == "改进保护移民")
        let frame = view.render(s)
        #expect(frame.text.contains("/ 改进保护移民"))
        #expect(frame.text.contains("指标 7.5.2"))
        // the match is drawn in the match role
        #expect(frame.cells.contains { $0.text == "移" && $0.style.role == .match })
        s = reducer.reduce(s, .key(.escape))
        #expect(s.search == nil)
    }

    @Test func enterJumpsToTheHitAndNGoesOn() {
        var s = state(Event.keys("/7.5.2\r"))
        #expect(s.search == nil)
        guard case .indicator(_, _, let i) = s.focused(in: report) else {
            Issue.record("not on an indicator")
            return
        }
        #expect(i.code == "7.5.2")
        s = reducer.reduce(s, .key(.char("n")))
        #expect(s.status.contains("/7.5.2"))
    }

    /// A row copied from a table opens the table: outcome 7's budget row, Table 1's row for women.
    @Test func enterOnATableRowOpensTheTable() {
        var s = state(Event.keys("/经常预算 94.7 84.8\r"))
        #expect(s.search == nil)
        guard case .outcome(let o) = s.focused(in: report) else {
            Issue.record("not on an outcome")
            return
        }
        #expect(o.id == "7")
        var frame = view.render(s)
        #expect(frame.text.contains("表 8. 对应于成果目标 7 的战略预算和支出"), "\(frame.text)")
        #expect(frame.text.contains("94.7") && frame.text.contains("280.6"))
        #expect(s.status == "表 8. 对应于成果目标 7 的战略预算和支出")
        s = state(Event.keys("/女性 5.5 5.5 6.4 6.3\r"))
        frame = view.render(s)
        #expect(frame.text.contains("表 1. 2018-2021 年体面劳动指标的主要趋势"), "\(frame.text)")
        #expect(frame.text.contains("15.2"))
    }

    @Test func regexMetacharactersAreLiteral() {
        let s = state(Event.keys("/.*+?[("))
        #expect(reducer.hits(s).isEmpty)
        #expect(view.render(s).text.contains("没有找到"))
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 10)])
    func searchOverlayFits(width: Int, height: Int) {
        let frame = view.render(state(Event.keys("/社会保护"), width, height))
        for line in frame.lines { #expect(line.cellWidth == width) }
    }

    @Test func veryLongQuery() {
        let long = String(repeating: "劳工组织", count: 200)
        let s = state(Event.keys("/" + long))
        #expect(reducer.hits(s).isEmpty)
        for line in view.render(s).lines { #expect(line.cellWidth == 120) }
    }

    /// The text drawn in the match role, row by row, without spaces.
    func markedText(_ frame: Frame) -> String {
        var out = ""
        for y in 0..<frame.height {
            for x in 0..<frame.width where frame[x, y].width > 0 && frame[x, y].style.role == .match { out += frame[x, y].text }
        }
        return out.filter { !$0.isWhitespace }
    }

    /// A fragment of the box's first paragraph whose first hit is in that box.
    func fragment(ofBox box: LocatedBox) throws -> String {
        // its first paragraph long enough to be a fragment of (box 1 starts with a heading-like line)
        let texts = box.blocks.compactMap(\.text).map { String($0.prefix { $0 != "[" }) }  // a footnote reference is not what a reader types
        let plain = try #require(texts.first { $0.count >= 14 }, "box \(box.number) has no paragraph")
        for length in [14, 24, 40] where length <= plain.count {
            let fragment = String(plain.prefix(length)).trimmingCharacters(in: .whitespaces)
            if reducer.index.search(fragment).first?.box == box.number { return fragment }
        }
        Issue.record("no fragment of box \(box.number) finds it first")
        return String(plain.prefix(14))
    }

    /// Every box — those of Part I and those inside an outcome's chapter (boxes 6–37) — opens at the
    /// hit: the fragment on screen and marked, the breadcrumb and status naming the box.
    @Test(arguments: [(120, 40), (80, 24)])
    func enterOnAHitInABoxOpensItThereMarked(width: Int, height: Int) throws {
        #expect(report.boxes.filter { $0.sectionID.hasPrefix("outcome-") }.count >= 30)
        for box in report.boxes {
            let fragment = try fragment(ofBox: box)
            let s = state(Event.keys("/" + fragment + "\r"), width, height)
            let frame = view.render(s)
            let wanted = fragment.filter { !$0.isWhitespace }
            #expect(markedText(frame).contains(wanted), "box \(box.number) «\(fragment)» \(width)x\(height):\n\(frame.text)")
            #expect(frame.lines[1].contains("专栏 \(box.number)."), "box \(box.number): \(frame.lines[1])")
            #expect(s.status.hasPrefix("专栏 \(box.number) box \(box.number) · "), "\(s.status)")
        }
    }

    /// The hit list says which box a hit is in, after its chapter.
    @Test func resultsNameTheBoxAHitIsIn() {
        let s = state(Event.keys("/andi"))
        #expect(reducer.hits(s).first?.box == 8)
        let text = view.render(s).text
        #expect(text.contains("强有力的三方成员与具有影响力和包容性的社会对话 › 专栏 8 box 8"))
        let en = state([.key(.char("w"))] + Event.keys("/andi"))
        let english = view.render(en).text
        #expect(english.contains(" › Box 8"))
    }

    /// A country's passage inside an outcome's box opens at the passage too (the same way): the
    /// page scrolled so that passage is at the top (at a height where the page scrolls that far,
    /// as the view clamps the scroll when it draws), Enter opens it.
    @Test func aCountryPassageInAnOutcomeBoxOpensAtIt() throws {
        let mention = try #require(reducer.countries.mentions(of: "COL").first { $0.box == 8 })
        let n = try #require(reducer.countries.mentions(of: "COL").firstIndex(of: mention))
        let height = try #require([40, 30, 24, 18, 14].first { height in
            let text = ContentsLayout(width: 120, height: height, screen: .countries).text.inset(1)
            let doc = DetailDocument(report: report, glyphs: .unicode, countries: reducer.countries).build(.country("COL"), width: text.width - 1)
            return (doc.anchors["passage:\(n)"] ?? .max) - 1 <= doc.lines.count - text.height
        })
        var s = state([], 120, height)
        reducer.openCountry(&s, "COL")
        let text = ContentsLayout(width: 120, height: height, screen: .countries).text.inset(1)
        let doc = DetailDocument(report: report, glyphs: .unicode, countries: reducer.countries).build(.country("COL"), width: text.width - 1)
        s.top.list.textScroll = try #require(doc.anchors["passage:\(n)"]) - 1
        // Enter opens the passage at the top of the text as the frame on screen drew it
        #expect(view.snapshot(s).drawn.listText == s.top.list.textScroll)
        s = reducer.reduce(s, .key(.enter), after: view.snapshot(s))
        #expect(s.screen == .contents && s.contentsIndex == reducer.contents.firstIndex(of: .box(8)))
        #expect(markedText(view.render(s)).contains("哥伦比亚"))
    }

    /// A country page names a box passage's place as "Box 12" in English, not a cut "12 box 12".
    @Test func aCountryPagesBoxPlaceInEnglish() {
        let text = { (language: Language) in
            DetailDocument(report: report, glyphs: .unicode, countries: reducer.countries, language: language)
                .build(.country("KOR"), width: 100).lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
        }
        #expect(text(.zh).contains("› 专栏 12 box 12"))
        #expect(text(.en).contains("› Box 12") && !text(.en).contains("› 12 box 12"))
    }

    /// A sentence with a footnote reference (stored `[^5]`, printed as a raised 5) is found as a
    /// reader types it, without the number or with it, and marked on screen as printed: ⁵.
    @Test(arguments: ["896 项成果，比为本两年期设定的目标高出 3%", "896 项成果5，比为", "896 项成果 5，比为"])
    func aSentenceAcrossAFootnoteReferenceIsFoundAndMarked(query: String) {
        let s = state(Event.keys("/" + query + "\r"))
        #expect(s.status != "没有找到 no match for \(query)")
        let frame = view.render(s)
        let marked = markedText(frame)
        #expect(marked.contains("896项成果⁵，比为"), "\(marked)\n\(frame.text)")
    }

    /// Table rows, laid out in columns, and a quotation's attribution, wrapped under its indent,
    /// are marked where the hit opens.
    @Test(arguments: [("女性 5.5 5.5 6.4 6.3", "女性5.55.56.46.3"), ("经常预算 94.7 84.8", "经常预算94.784.8"),
                      ("对劳工组织研究和知识管理战略和方法的独立高级别评估", "对劳工组织研究和知识管理战略和方法的独立高级别评估")])
    func tableRowsAndAttributionsAreMarked(query: String, marked: String) {
        for (width, height) in [(120, 40), (80, 24)] {
            let frame = view.render(state(Event.keys("/" + query + "\r"), width, height))
            #expect(markedText(frame).contains(marked), "\(width)x\(height): \(markedText(frame))\n\(frame.text)")
        }
    }

    /// Snippets are cut where no number or Latin word is split: 46.9% never shows as "6.9%", nor
    /// 900 万 as "0 万" — for every hit of a few queries, at a few widths, at both ends.
    @Test func snippetsDoNotCutANumberOrAWord() {
        let overlay = SearchOverlay(glyphs: .unicode)
        var checked = 0
        for query in ["社会保护", "劳工组织", "万", "ilo", "%"] {
            for hit in reducer.index.search(query) {
                // the text as drawn: footnote references raised (⁵), not `[^5]`
                let shown = hit.excerpt(.superscript)
                let text = Array(shown.before + shown.match + shown.after)
                let start = shown.before.count, end = start + shown.match.count
                for width in [40, 58, 77, 96] {
                    var frame = Frame(width: width, height: 1)
                    overlay.drawContext(&frame, hit, x: 0, y: 0, width: width)
                    // the text before and after the cells drawn as the match
                    var lead = "", tail = "", seen = false
                    for x in 0..<width where frame[x, 0].width > 0 {
                        if frame[x, 0].style.role == .match { seen = true } else if seen { tail += frame[x, 0].text } else { lead += frame[x, 0].text }
                    }
                    let line = frame.lines[0]
                    while tail.hasSuffix(" ") { tail.removeLast() }
                    if lead.hasPrefix("…") {
                        let cut = start - (lead.count - 1)
                        #expect(!TextLayout.splitsToken(text, at: cut), "«\(line)» in \(hit.text)")
                        #expect(!TextLayout.partsUnit(text, at: cut), "a unit without its number: «\(line)» in \(hit.text)")
                        checked += 1
                    }
                    if tail.hasSuffix("…"), !hit.text.hasSuffix("…") {
                        let cut = end + (tail.count - 1)
                        #expect(!TextLayout.splitsToken(text, at: cut), "«\(line)» in \(hit.text)")
                        #expect(!TextLayout.partsUnit(text, at: cut), "a number without its unit: «\(line)» in \(hit.text)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 500)
        let text = view.render(state(Event.keys("/社会保护"), 80, 24)).text
        #expect(!text.contains("…6.9%") && !text.contains("…0 万"), "\(text)")
        // nor does a snippet start with the unit of a number it dropped (…%的人口, …万儿童)
        #expect(!text.contains("…%") && !text.contains("…万"), "\(text)")
    }

    /// The messages of the code prompt and of search speak both languages in Chinese mode.
    @Test func promptAndSearchMessagesAreBilingual() {
        func hasChinese(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        for (keys, english) in [("/zzzq\r", "no match for zzzq"), ("n", "no search yet: / to search"),
                                ("9.9.9\r", "no outcome, output or indicator 9.9.9"), ("7.2", "go to 7.2")] {
            let zh = state(Event.keys("e" + keys))
            #expect(hasChinese(zh.status) && zh.status.contains(english.components(separatedBy: ":").first!), "\(zh.status)")
            let en = state([.key(.char("w"))] + Event.keys("e" + keys))
            #expect(en.status == english, "\(en.status)")
        }
        let small = fixture.state(60, 9)
        #expect(view.render(small).text.contains("终端太小 terminal too small (need 40×10)"))
        #expect(view.render(fixture.state(39, 10)).text.contains("太小 terminal too small (need 40×10)"))
        var smallEn = fixture.state(60, 20, [.key(.char("w"))])
        smallEn = reducer.reduce(smallEn, [.resize(width: 39, height: 9)])
        #expect(view.render(smallEn).text.contains("too small") && !hasChinese(view.render(smallEn).text))
    }
}
