import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Every kind of slide rendered at 80×24, 120×40 and 200×60: titles centred, bold and whole; key
/// figures drawn big; everything inside the text column; the report's own figures on screen.
@Suite struct PresentSlideTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }
    var report: Report { fixture.report }

    static let entries: [DeckEntry] = [.title, .overview, .regions, .outcomes, .outcome("1"), .outcome("7"), .enabling,
                                       .trends, .lessons, .end] + PresentFixture.extra

    @Test(arguments: PresentFixture.sizes)
    func everySlideFitsItsColumnWithItsTitleWholeCentredAndBold(width: Int, height: Int) {
        for entry in Self.entries {
            let slide = fixture.deck.slides[fixture.index(entry)]
            let frame = fixture.render(entry, width, height)
            for line in frame.lines { #expect(line.cellWidth == width) }
            let layout = SlideLayout(slide: slide, in: Rect(x: 0, y: 0, width: width, height: height - 1),
                                     maxWidth: SlideView.defaultMaxWidth, metrics: SlideMetrics(glyphs: .unicode))
            // nothing outside the text column: no text was left for the frame's edge to cut
            for y in 0..<(height - 1) {
                for x in 0..<width where x < layout.content.x || x >= layout.content.maxX {
                    #expect(frame[x, y].text == " ", "\(entry.text) \(width)x\(height): drawn at \(x),\(y) outside \(layout.content)")
                }
            }
            // the title: whole (short titles), centred on the screen, bold
            let titleRows = (0..<height).filter { y in
                frame[(0..<width).first { frame[$0, y].text != " " } ?? 0, y].style.role == .title
            }
            #expect(!titleRows.isEmpty, "\(entry.text) \(width)x\(height)")
            let shown = titleRows.map { frame.row($0).trimmingCharacters(in: .whitespaces) }.joined()
            if layout.titleLines.count < 3 || height >= 30 {
                #expect(shown.filter { $0 != " " } == slide.title.filter { $0 != " " }, "\(entry.text) \(width)x\(height): \(shown)")
            }
            for y in titleRows {
                let used = (0..<width).filter { frame[$0, y].text != " " }
                let left = used.first!, right = width - 1 - used.last!
                #expect(abs(left - right) <= 2, "\(entry.text) row \(y) not centred: \(left) vs \(right)")
                for x in used where frame[x, y].width > 0 { #expect(frame[x, y].style.emphasis.contains(.bold)) }
            }
        }
    }

    @Test(arguments: PresentFixture.sizes)
    func headlineFiguresAreDrawnBig(width: Int, height: Int) {
        let frame = fixture.render(.overview, width, height)
        for id in ["results_total", "member_states"] {
            let value = Exporter.number(report.fact(id)!.value)!
            #expect(frame.bigNumber(value) != nil, "\(value) at \(width)x\(height)\n\(frame.text)")
        }
        #expect(frame.bigNumber("896") != nil)
        #expect(frame.bigNumber("151") != nil)
        if height >= 40 { #expect(frame.bigNumber("896") == .large) }
        #expect(frame.text.contains("八项政策成果目标下取得"))
    }

    @Test(arguments: PresentFixture.sizes)
    func regionsShowFigure15(width: Int, height: Int) {
        let frame = fixture.render(.regions, width, height)
        let text = frame.text
        for (region, results) in zip(report.regions, [329, 186, 82, 195, 104]) {
            #expect(region.results == results)
            #expect(text.contains("\(results) · \(Exporter.number(region.sharePercent)!)%"), "\(region.name)")
            #expect(text.contains(region.name))
        }
        #expect(text.contains("合计 total: 896"))
    }

    @Test(arguments: PresentFixture.sizes)
    func outcomeSevenShowsResultsTargetAndBudget(width: Int, height: Int) {
        let frame = fixture.render(.outcome("7"), width, height)
        #expect(frame.bigNumber("167") != nil)
        #expect(frame.bigNumber("164") != nil)
        let text = frame.text
        #expect(text.contains("241.7"))
        #expect(text.contains("280.6 (+16%)"))
        #expect(text.contains("7.1.1"))
        #expect(text.contains("✓ 较目标 · 达到 met"))
        let budget = report.outcome("7")!.budget!.total
        #expect(budget.strategic == 241.7 && budget.actual == 280.6)
        if height >= 40 { #expect(text.contains("亮点 Highlights")) }
    }

    @Test func resultsAgainstTargetForTheEightOutcomes() {
        let text = fixture.render(.outcomes, 120, 40).text
        for (id, figures) in [("1", "199 / 179"), ("2", "117 / 130"), ("3", "102 / 114"), ("6", "59 / 84"), ("7", "167 / 164")] {
            #expect(text.contains(figures), "outcome \(id)")
        }
        #expect(text.contains("合计 total: 896 / 874 (+3%)"))
        // met and below are marks, not only colours
        #expect(text.filter { $0 == "✓" }.count == 5)
        #expect(text.filter { $0 == "✗" }.count == 3)
    }

    @Test func indicatorRegionAndBudgetSlides() {
        let indicator = fixture.render(.indicator("3.1.2"), 120, 40)
        #expect(indicator.bigNumber("12") != nil && indicator.bigNumber("18") != nil)
        #expect(indicator.text.contains("非洲 Africa"))
        let region = fixture.render(.region(.africa), 120, 40)
        #expect(region.bigNumber("329") != nil)
        #expect(region.bigNumber("37%") != nil)
        // its bars per outcome add up to figure 15's 329
        #expect(region.text.contains("合计 total: 329"))
        let budget = fixture.render(.budget, 120, 40)
        #expect(budget.bigNumber("790.6") != nil)
        #expect(budget.text.contains("280.6 / 241.7"))
        let box = fixture.render(.box(15), 120, 40)
        #expect(box.text.contains("专栏 15."))
    }

    /// The lessons slide's speaker notes are Part III's opening paragraph, not the caption of the
    /// photo printed before it.
    @Test func lessonsNotesAreTheOpeningParagraph() throws {
        let slide = try #require(fixture.deck.slides.first { $0.entry == .lessons })
        let notes = try #require(slide.notes)
        #expect(notes.hasPrefix("在整个2020-2021两年期，新冠疫情给劳工组织及其三方成员带来了前所未有的挑战"))
        #expect(!notes.contains("© ILO"))
    }

    @Test func trendsShowTableOneWithMissingYearsAsMissing() {
        let text = fixture.render(.trends, 120, 40).text
        #expect(text.contains("失业率"))
        #expect(text.contains("6.6"))
        #expect(text.contains("暂无数据"))
        #expect(text.contains("2021"))
    }

    @Test func chineseTitlesWrapIntoBalancedCentredLines() {
        // outcome 3's title is wider than 76 columns: two lines of similar length, not a stub
        let frame = fixture.render(.outcome("3"), 80, 24)
        let rows = (0..<24).filter { y in
            (frame.row(y).contains("成果目标 3") || frame.row(y).contains("社会和环境转型"))
                && (0..<80).contains { frame[$0, y].text != " " && frame[$0, y].style.role == .title }
        }
        #expect(rows.count == 2)
        let widths = rows.map { frame.row($0).trimmingCharacters(in: .whitespaces).cellWidth }
        #expect(abs(widths[0] - widths[1]) <= 6, "\(widths)")
    }

    @Test func stepThroughHighlightsInPlaceAndNothingMoves() {
        let regions = fixture.index(.regions)
        let view = PresentView(report: report, deck: fixture.deck, reducer: fixture.reducer)
        let plain = view.render(PresentState(width: 100, height: 30, slide: regions, step: 0))
        for step in 1...5 {
            let frame = view.render(PresentState(width: 100, height: 30, slide: regions, step: step))
            // the same text in the same cells, but for the marker and the footer's step count
            for y in 0..<29 {
                #expect(frame.row(y).replacingOccurrences(of: "►", with: " ") == plain.row(y).replacingOccurrences(of: "►", with: " "),
                        "row \(y) moved at step \(step)")
            }
            let name = report.regions[step - 1].name
            let marked = (0..<29).filter { frame.row($0).contains("►") }
            #expect(marked.count == 1)
            #expect(frame.row(marked[0]).contains(name))
            // the others are dimmed: a style, with the marker saying which is current
            let other = report.regions[step % 5].name
            let y = (0..<29).first { frame.row($0).contains(other) }!
            let x = (0..<100).first { frame[$0, y].text == String(other.first!) }!
            #expect(frame[x, y].style.role == .dim)
            #expect(frame.row(29).hasSuffix("· \(step)/5"))
        }
    }

    @Test func asciiDrawsBigDigitsWithoutBlockGlyphs() {
        let frame = fixture.render(.overview, 120, 40, glyphs: .ascii)
        #expect(frame.bigNumber("896", ascii: true) != nil)
        #expect(!frame.text.contains("█"))
        #expect(!frame.text.contains("━"))
        let small = fixture.render(.outcome("1"), 80, 24, glyphs: .ascii)
        #expect(small.bigNumber("199", ascii: true) != nil)
    }

    @Test func footerShowsPositionWithAThinProgressBarAndHides() {
        let view = PresentView(report: report, deck: fixture.deck, reducer: fixture.reducer)
        var s = PresentState(width: 80, height: 24, slide: 6)
        var frame = view.render(s)
        #expect(frame.row(23).hasSuffix("7 / \(fixture.deck.slides.count)"))
        #expect(frame.row(23).contains("━") && frame.row(23).contains("─"))
        s.showFooter = false
        frame = view.render(s)
        #expect(!frame.text.contains("7 / \(fixture.deck.slides.count)"))
        s.showTimer = true
        frame = view.render(s, time: PresentTime(elapsed: 754, clock: "14:05"))
        #expect(frame.row(0).hasSuffix("12:34 · 14:05"))
    }

    @Test func everySizeFromTinyToHugeRendersEverySlide() {
        let view = PresentView(report: report, deck: fixture.deck, reducer: fixture.reducer)
        for (width, height) in [(1, 1), (30, 8), (40, 10), (60, 18), (80, 24), (81, 25), (100, 30), (160, 48), (300, 100)] {
            for slide in fixture.deck.slides.indices {
                for step in [0, 1, 99] {
                    let frame = view.render(PresentState(width: width, height: height, slide: slide, step: step))
                    for line in frame.lines { #expect(line.cellWidth == width) }
                }
            }
        }
        #expect(view.render(PresentState(width: 30, height: 8)).text.contains("too small"))
    }

    @Test func maxWidthKeepsTheColumnNarrowOnAWideTerminal() {
        let narrow = PresentView(report: report, deck: fixture.deck, maxWidth: 60, reducer: fixture.reducer)
        let frame = narrow.render(PresentState(width: 200, height: 60, slide: fixture.index(.outcomes)))
        for y in 0..<59 {
            let used = (0..<200).filter { frame[$0, y].text != " " }
            if let first = used.first, let last = used.last { #expect(last - first < 60, "row \(y)") }
        }
    }

    @Test func bigDigitsReadBack() {
        for text in ["0123456789", "1104.6", "+3%", "-24%", "12:34", "896 / 874", "2020–2021"] {
            for size in BigDigits.Size.allCases {
                for ascii in [false, true] {
                    let rows = BigDigits.render(text, size: size, ascii: ascii)!
                    #expect(rows.count == BigDigits.height(size))
                    #expect(Set(rows.map(\.cellWidth)).count == 1)
                    let expected = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "–", with: "-")
                    #expect(BigDigits.read(rows, size: size, ascii: ascii) == expected, "\(text) \(size) ascii \(ascii)")
                }
            }
        }
        #expect(BigDigits.render("12a", size: .large, ascii: false) == nil)
    }
}

/// The default deck's speaker notes are the report's own sentences about each slide's figures,
/// read from the dataset — whole sentences, not a figure's labels.
@Suite struct PresentNotesTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }

    func notes(_ entry: DeckEntry, _ language: Language = .zh) throws -> String {
        let deck = Deck(spec: fixture.deck.spec, report: fixture.report, language: language)
        return try #require(deck.slides[fixture.index(entry)].notes)
    }

    @Test func theRegionsNoteIsTheReportsSentenceAboutFigure15() throws {
        let notes = try notes(.regions)
        #expect(notes.hasPrefix("图 15 列出了成果的区域分布情况。非洲取得的成果最多，其次是亚太地区以及美洲。"), "\(notes)")
        #expect(!notes.contains("329 个成果"))
        // read from the dataset: the region chapter's paragraph, as the data has it
        let chapter = try #require(fixture.report.chapter("part2-regions"))
        #expect(chapter.blocks.contains { $0.text == notes })
        #expect(try self.notes(.regions, .en).hasPrefix("[中文] 图 15 列出了"))
    }

    @Test func theHeadlineNoteEndsWithAWholeSentence() throws {
        let notes = try notes(.overview)
        #expect(notes.hasPrefix("劳工组织帮助 151 个成员国和两个领地"))
        #expect(!notes.hasSuffix("：") && !notes.hasSuffix("其中："), "\(notes)")
        // the sentence's list is carried, its footnote marker is not
        #expect(notes.contains("成果目标 2 项下取得了 117 项成果"))
        #expect(notes.hasSuffix("。"))
        #expect(!notes.contains("[^"))
        // the list it introduces follows on its own lines
        #expect(notes.split(separator: "\n").count == 4)
    }
}
