import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// The presentation in English (`--lang en`, `w`): the same slides, steps and nodes as in Chinese,
/// laid out as well at 80×24 and 120×40; interface words in English, structural labels through
/// the English labels, and what is quoted from the report Chinese and marked `[中文]`.
@Suite struct PresentLanguageTests {
    let fixture: PresentFixture
    let decks: Decks
    init() throws {
        fixture = try PresentFixture()
        decks = Decks(fixture.deck, report: fixture.report)
    }
    var report: Report { fixture.report }

    func view(_ maxWidth: Int = SlideView.defaultMaxWidth) -> PresentView {
        PresentView(report: report, decks: decks, maxWidth: maxWidth, reducer: fixture.reducer)
    }

    func english(_ width: Int, _ height: Int, slide: Int, step: Int = 0) -> PresentState {
        var s = PresentState(width: width, height: height, slide: slide, step: step)
        s.language = .en
        return s
    }

    static func isChinese(_ c: Character) -> Bool {
        c.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    /// Lines of `text` with Chinese not preceded by the `[中文]` mark on the same line.
    static func unmarkedChinese(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            guard let first = line.firstIndex(where: isChinese) else { return false }
            guard let mark = line.range(of: "[中文]") else { return true }
            return mark.lowerBound > first
        }
    }

    /// Every string a slide carries, as `DeckExport` and the views read them.
    static func strings(_ slide: Slide) -> [String] {
        var out = [slide.title, slide.subtitle ?? "", slide.notes ?? ""]
        for element in slide.elements {
            switch element {
            case .figures(let figures): out += figures.flatMap { [$0.value, $0.label, $0.detail ?? ""] }
            case .bars(let list): out += [list.heading ?? ""] + list.items.flatMap { [$0.label, $0.text] }
            case .bullets(let list): out += [list.heading ?? ""] + list.items.flatMap { [$0.text, $0.detail ?? ""] }
            case .paragraph(let text), .caption(let text): out.append(text)
            case .quote(let text, let source): out += [text, source ?? ""]
            case .table(let table): out += [table.title, table.source, table.noDataText] + table.rows.map(\.label)
            }
        }
        return out
    }

    @Test func englishDeckHasTheSameSlidesStepsAndNodesAsChinese() {
        #expect(decks.en.language == .en && decks.zh.language == .zh)
        #expect(decks.en.slides.count == decks.zh.slides.count)
        for (zh, en) in zip(decks.zh.slides, decks.en.slides) {
            #expect(zh.entry == en.entry && zh.kind == en.kind)
            #expect(zh.steps == en.steps && zh.stepElement == en.stepElement, "\(zh.entry.text)")
            #expect(zh.elements.count == en.elements.count, "\(zh.entry.text)")
            for step in 0...zh.steps { #expect(zh.node(atStep: step) == en.node(atStep: step)) }
        }
        // a deck built in English directly is the same as the one `Decks` made
        #expect(Deck(spec: fixture.deck.spec, report: report, language: .en) == decks.en)
        #expect(Decks(decks.en, report: report) == decks)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everySlideInEnglishKeepsItsLayout(width: Int, height: Int) {
        let view = view()
        let count = decks.en.slides.count
        for (n, slide) in decks.en.slides.enumerated() {
            let layout = SlideLayout(slide: slide, in: Rect(x: 0, y: 0, width: width, height: height - 1),
                                     maxWidth: SlideView.defaultMaxWidth, metrics: SlideMetrics(glyphs: .unicode))
            for step in Set([0, min(1, slide.steps), slide.steps]).sorted() {
                let frame = view.render(english(width, height, slide: n, step: step))
                let what = "\(slide.entry.text) step \(step) at \(width)x\(height)"
                #expect(frame.lines.count == height, "\(what)")
                for (y, line) in frame.lines.enumerated() { #expect(line.cellWidth == width, "\(what): line \(y) is \(line.cellWidth) cells") }
                // the footer on the last row, with the slide and step where the Chinese has them
                let footer = frame.row(height - 1)
                #expect(footer.hasSuffix(step > 0 ? "\(n + 1) / \(count) · \(step)/\(slide.steps)" : "\(n + 1) / \(count)"), "\(what): \(footer)")
                // nothing outside the text column, as in Chinese
                for y in 0..<(height - 1) {
                    for x in 0..<width where x < layout.content.x || x >= layout.content.maxX {
                        #expect(frame[x, y].text == " ", "\(what): drawn at \(x),\(y) outside \(layout.content)")
                    }
                }
                // the title centred and bold, whole where it fits the lines a title may have
                let titleRows = (0..<(height - 1)).filter { y in
                    frame[(0..<width).first { frame[$0, y].text != " " } ?? 0, y].style.role == .title
                }
                #expect(!titleRows.isEmpty, "\(what)")
                let shown = titleRows.map { frame.row($0).trimmingCharacters(in: .whitespaces) }.joined().filter { $0 != " " }
                if Wrapper.wrap(slide.title, width: layout.content.width).count <= layout.titleLines.count {
                    #expect(shown == slide.title.filter { $0 != " " }, "\(what): \(shown)")
                } else {
                    #expect(shown.hasSuffix("…"), "\(what): \(shown)")
                }
                for y in titleRows {
                    let used = (0..<width).filter { frame[$0, y].text != " " }
                    #expect(abs(used.first! - (width - 1 - used.last!)) <= 2, "\(what): row \(y) not centred")
                }
                // the step highlights the same item as in Chinese, on one row
                if step > 0 { #expect(frame.text.filter { $0 == "►" }.count == 1, "\(what)") }
            }
        }
    }

    /// A figure label cut on its last line keeps the spaces between its English words.
    @Test func cutEnglishFigureLabelsKeepTheirSpaces() {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let text = view().render(english(width, height, slide: fixture.index(.overview))).text
            for glued in ["policyoutcom", "contributingsignif", "equalityan", "andn"] {
                #expect(!text.contains(glued), "\(glued) at \(width)x\(height)")
            }
        }
    }

    @Test func englishSlidesSayEverythingInEnglishButWhatTheyQuote() {
        for slide in decks.en.slides {
            for text in Self.strings(slide) {
                #expect(Self.unmarkedChinese(text).isEmpty, "\(slide.entry.text): \(text)")
            }
        }
        // and on screen: none of the Chinese interface words (the report's own text may use some
        // of the same words, so these are the interface's forms), the English ones there
        let chineseWords = ["合计 total", "成果目标 7：", "指标 3.1.2：", "目标 target", "成果 results", "亮点", "按区域", "政策成果目标 Policy",
                            "附录", "两年期 biennium", "谢谢", "要点", "资料来源", "暂无数据", "项成果 results", "份批准书 ratifications",
                            "战略预算 strategic", "实际支出 expenditure", "专栏 15.", "图 15", "表 1.", "Thank you · 提问"]
        for (width, height) in [(80, 24), (120, 40)] {
            let text = decks.en.slides.indices.map { view().render(english(width, height, slide: $0)).text }.joined(separator: "\n")
            for word in chineseWords { #expect(!text.contains(word), "\(word) at \(width)x\(height)") }
        }
        let text = { (entry: DeckEntry) in view().render(english(120, 40, slide: fixture.index(entry))).text }
        #expect(text(.title).contains("ILO Programme Implementation Report 2020–21"))
        #expect(text(.regions).contains("Africa") && text(.regions).contains("total: 896 results"))
        #expect(text(.outcomes).contains("total: 896 / 874 (+3%)"))
        let seven = text(.outcome("7"))
        #expect(seven.contains("Outcome 7: ") && seven.contains("✓ vs target · met") && seven.contains("Highlights"))
        #expect(seven.contains("[中文] " + report.outcome("7")!.highlights[0].prefix(8)))
        #expect(seven.contains("expenditure") && seven.contains("280.6 (+16%)"))
        #expect(text(.trends).contains("Table 1. ") && text(.trends).contains("no data"))
        #expect(text(.indicator("3.1.2")).contains("Indicator 3.1.2: ") && text(.indicator("3.1.2")).contains("Outcome 3 · Output 3.1"))
        #expect(text(.box(15)).contains("Box 15. "))
        #expect(text(.end).contains("Thank you"))
        // the figures are the report's, whatever the language
        #expect(view().render(english(120, 40, slide: fixture.index(.overview))).bigNumber("896") == .large)
    }

    @Test func thePresenterViewInEnglish() {
        let seven = fixture.index(.outcome("7"))
        var s = english(100, 30, slide: seven, step: 2)
        let text = NotesView(decks: decks).render(s, time: PresentTime(elapsed: 75, clock: "14:05")).text
        for word in ["下一张", "现在", "备注", "演讲者视图", "已用时间", "最后一张", "无备注"] { #expect(!text.contains(word), "\(word)") }
        #expect(text.contains("Presenter view") && text.contains("elapsed"))
        #expect(text.contains("Now  \(seven + 1) / \(decks.en.slides.count) · 2/11"))
        #expect(text.contains("Next  \(seven + 2) / \(decks.en.slides.count)  Outcome 8: "))
        #expect(text.contains("Notes"))
        // the speaker notes are the report's sentences: Chinese, marked
        #expect(text.contains("[中文] " + report.outcome("7")!.results!.statement.prefix(10)))
        // the last slide, and one without notes
        s.slide = decks.en.slides.count - 1
        s.step = 0
        let last = NotesView(decks: decks).render(s, time: .zero).text
        #expect(last.contains("Next  —  last slide") && last.contains("(no notes)"))
        // Chinese is as it was
        s.language = .zh
        #expect(NotesView(decks: decks).render(s, time: .zero).text.contains("下一张 Next  —  最后一张 last slide"))
    }

    @Test func helpIndexFindFooterAndTheExplorerTagInEnglish() {
        let outcome3 = fixture.index(.outcome("3"))
        var s = english(120, 40, slide: outcome3, step: 2)
        s.showHelp = true
        var text = view().render(s).text
        #expect(text.contains("Presenting · Esc closes") && text.contains("switch language") && text.contains("next highlight, then next slide"))
        #expect(!text.contains("下一张") && !text.contains("帮助") && !text.contains("关闭"))
        s.showHelp = false
        s.index = outcome3
        text = view().render(s).text
        #expect(text.contains("Slides · Enter goes · Esc") && !text.contains("幻灯片"))
        s.index = nil
        s.find = FindState(query: "zzz")
        text = view().render(s).text
        #expect(text.contains("Find a slide") && text.contains("no match") && !text.contains("查找") && !text.contains("没有匹配"))
        // statuses the presentation writes in the footer
        let reducer = fixture.presentReducer()
        s.find = nil
        #expect(reducer.reduce(s, Event.keys("99\r")).status == "no slide 99 (1–\(decks.en.slides.count))")
        #expect(reducer.reduce(s, Event.keys("/zzz\r")).status == "no slide matches zzz")
        // drilled in: the explorer in English, the way back said in English
        let drilled = reducer.reduce(s, .key(.enter))
        text = view().render(drilled).text
        #expect(text.contains("Indicator 3.1.2") && text.contains("slide \(outcome3 + 1) / \(decks.en.slides.count)") && !text.contains("幻灯片"))
        #expect(drilled.explorer?.status == "Esc: back to slide \(outcome3 + 1)")
    }

    @Test func wSwitchesLanguageKeepingTheSlideAndTheStep() {
        let reducer = fixture.presentReducer()
        let regions = fixture.index(.regions)
        var s = reducer.reduce(PresentState(width: 100, height: 30, slide: regions), [.key(.right), .key(.right), .key(.right)])
        #expect(s.step == 3 && s.language == .zh)
        let arab = report.regions[2], asia = report.regions[3]
        #expect(view().render(s).text.contains("► \(arab.name) \(arab.nameEn)"))
        s = reducer.reduce(s, Event.keys("w"))
        #expect(s.language == .en && s.slide == regions && s.step == 3)
        var frame = view().render(s)
        #expect(frame.text.contains("► \(arab.nameEn) "))
        // the footer says what changed, and the place has not
        #expect(frame.row(29).contains("English labels") && frame.row(29).hasSuffix("3 / \(decks.en.slides.count) · 3/5"))
        // the keys walk on from there, in English
        s = reducer.reduce(s, .key(.right))
        #expect(s.step == 4 && view().render(s).text.contains("► \(asia.nameEn) "))
        s = reducer.reduce(s, Event.keys("w"))
        #expect(s.language == .zh && s.slide == regions && s.step == 4)
        frame = view().render(s)
        #expect(frame.text.contains("► \(asia.name) \(asia.nameEn)"))
        // finding a slide looks in the language shown
        s = reducer.reduce(s, Event.keys("w/Thank\r"))
        #expect(s.slide == fixture.index(.end) && s.language == .en)
    }

    @Test func drillingCarriesTheLanguageIntoTheExplorerAndBack() {
        let reducer = fixture.presentReducer()
        let outcome3 = fixture.index(.outcome("3"))
        var s = english(120, 40, slide: outcome3, step: 2)
        s = reducer.reduce(s, .key(.enter))
        #expect(s.explorer?.language == .en)
        // switched in the explorer, and Esc brings it back to the slide
        s = reducer.reduce(s, Event.keys("w"))
        #expect(s.explorer?.language == .zh)
        s = reducer.reduce(s, .key(.escape))
        #expect(s.explorer == nil && s.language == .zh && s.slide == outcome3 && s.step == 2)
        // and through `p`, to the slide of what the explorer shows
        s = reducer.reduce(s, [.key(.enter)] + Event.keys("w7.5.2\rp"))
        #expect(s.explorer == nil && s.language == .en && s.slide == fixture.index(.outcome("7")))
        #expect(view().render(s).text.contains("► 7.5.2"))
    }

    @Test func anEnglishFollowerFollowsAChinesePresenterAndTheOtherWayRound() {
        // the presenter announces the same thing whatever language it shows
        let presenterZh = Decks(Deck.standard(report), report: report)
        let presenterEn = Decks(Deck.standard(report, language: .en), report: report)
        #expect(presenterZh.announcement.entries == presenterEn.announcement.entries)
        #expect(presenterZh.announcement.titles == presenterEn.announcement.titles)
        #expect(presenterZh.announcement.notes == presenterEn.announcement.notes)
        #expect(presenterZh.announcement.notes.allSatisfy { $0 == nil }, "only a deck file's notes travel; the report's each side has")
        #expect(!presenterZh.announcement.titles.joined().contains("[中文]"))
        let a = presenterZh.announcement
        let (deck, warning) = Following.deck(entries: a.entries, notes: a.notes, title: a.title, presenterTitles: a.titles, report: report)
        #expect(warning == nil)
        let follower = Decks(deck, report: report)
        #expect(follower == presenterZh)
        // the presenter, in Chinese, on outcome 3 with 3.1.2 highlighted; the follower reads English
        let outcome3 = presenterZh.zh.slides.firstIndex { $0.entry == .outcome("3") }!
        var s = PresentState(width: 80, height: 24, slide: outcome3, step: 2)
        s.language = .en
        s.following = "following talk"
        let followerView = PresentView(report: report, decks: follower, reducer: fixture.reducer)
        var text = followerView.render(s).text
        #expect(text.contains("Outcome 3: ") && text.contains("► 3.1.2") && text.contains("following talk"))
        #expect(!text.contains("成果目标 3："))
        let presenter = PresentView(report: report, decks: presenterZh, reducer: fixture.reducer)
            .render(PresentState(width: 100, height: 30, slide: outcome3, step: 2)).text
        #expect(presenter.contains("成果目标 3：") && presenter.contains("► 3.1.2"))
        // the follower's own w, and its keys never move the slide
        s = Following.reduce(s, Event.keys("w")[0])
        #expect(s.language == .zh && s.slide == outcome3 && s.step == 2)
        s = Following.reduce(s, Event.keys("w")[0])
        s = Following.reduce(s, .key(.right))
        #expect(s.language == .en && s.slide == outcome3 && s.status == "only the presenter changes slides · q quits")
        // what the presenter explores travels as a node's words and is labelled on each side
        #expect(Following.exploring(SlideNode.indicator("3.1.2").key, .en) == "Indicator 3.1.2")
        #expect(Following.exploring(SlideNode.indicator("3.1.2").key, .zh) == "指标 3.1.2")
        #expect(Following.exploring("指标 3.1.2", .en) == "指标 3.1.2", "an older presenter's label shows as it came")
        // a warning is said in the follower's language
        text = Following.Warning.missing(["box 999"]).text(.en)
        #expect(text.hasPrefix("not in this dataset: box 999") && Self.unmarkedChinese(text).isEmpty)
    }

    @Test func slideNodesReadBackFromTheirKeys() {
        let nodes: [SlideNode] = [.overview, .outcome("3"), .outcome("A"), .indicator("3.1.2"), .region(.africa, indicator: nil),
                                  .region(.arabStates, indicator: "7.5.2"), .box(15), .chapter("part1-budget")]
        for node in nodes { #expect(SlideNode(key: node.key) == node, "\(node.key)") }
        for bad in ["", "outcome", "region mars", "box x", "指标 3.1.2", "indicator 1 2", "region africa outcome 3"] {
            #expect(SlideNode(key: bad) == nil, "\(bad)")
        }
    }

    @Test func exportsInEnglishHaveEnglishHeadings() {
        let md = DeckExport.export(decks.en, format: .md)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == decks.zh.slides.count)
        // (Markdown escapes the mark's brackets)
        for heading in headings {
            #expect(Self.unmarkedChinese(heading.replacingOccurrences(of: "\\[", with: "[").replacingOccurrences(of: "\\]", with: "]")).isEmpty, "\(heading)")
        }
        #expect(md.hasPrefix("# ILO Programme Implementation Report 2020–21"))
        #expect(md.contains("**Notes:**") && !md.contains("备注"))
        let txt = DeckExport.export(decks.en, format: .txt)
        #expect(txt.contains("Notes: [中文] ") && txt.contains("no data"))
        let html = DeckExport.export(decks.en, format: .html)
        #expect(html.contains("<html lang=\"en\">") && html.contains("<b>Notes</b>") && !html.contains("目标 target"))
        // Chinese exports are as they were
        #expect(DeckExport.export(decks.zh, format: .md).contains("> **备注 Notes:** "))
    }
}
