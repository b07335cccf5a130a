import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Overlays, the follower's screens and help, and the flags the report's own oddities carry.
@Suite struct PresentPolishTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }
    var report: Report { fixture.report }

    func view() -> PresentView { PresentView(report: report, deck: fixture.deck, reducer: fixture.reducer) }

    /// The index, the find and the help each clear only the cells of their box (issue 19: the rows
    /// were cleared edge to edge, tearing the slide beside the box).
    @Test(arguments: [(80, 24), (120, 40)])
    func overlaysCoverOnlyTheirBox(width: Int, height: Int) throws {
        let plain = PresentState(width: width, height: height, slide: fixture.index(.outcome("7")))
        var index = plain
        index.index = 10
        var find = plain
        find.find = FindState(query: "成果")
        var help = plain
        help.showHelp = true
        let beneath = view().render(plain)
        for (state, title) in [(index, "幻灯片 Slides"), (find, "查找幻灯片"), (help, "放映 Presenting")] {
            let frame = view().render(state)
            let box = try #require(ExplorerOverlayCoverTests.box(frame, title: title), "\(frame.text)")
            ExplorerOverlayCoverTests.expectOnlyCovered(frame, beneath, box: box, title)
        }
    }

    @Test func aWaitingFollowerDrawsNoProgressBar() {
        var s = PresentState(width: 80, height: 24, slide: 5)
        s.following = "跟随 board"
        s.notice = "等待演示者 waiting for the presenter"
        let footer = view().render(s).row(23)
        #expect(footer.contains("– / –"))
        #expect(!footer.contains("━") && !footer.contains("─"), "\(footer)")
    }

    @Test(arguments: [Language.zh, .en])
    func aFollowersHelpListsItsOwnKeys(language: Language) {
        var s = PresentState(width: 80, height: 24, slide: 3)
        s.following = "跟随 board"
        s.language = language
        s = Following.reduce(s, .key(.char("?")))
        #expect(s.showHelp && !s.quitAll)
        let text = view().render(s).text
        for key in ["q ", "f ", "t ", "w "] { #expect(text.contains("│ " + key) || text.contains("| " + key), "\(key)\n\(text)") }
        #expect(!text.contains("gg") && !text.contains("Backspace"))
        // any key closes it; q then quits
        s = Following.reduce(s, .key(.char("q")))
        #expect(!s.showHelp && !s.quitAll)
        s = Following.reduce(s, .key(.char("q")))
        #expect(s.quitAll)
    }

    @Test(arguments: [Language.zh, .en])
    func thePresentersHelpNamesEveryKeyAndKeepsOffTheBorder(language: Language) throws {
        var s = PresentState(width: 80, height: 24, slide: 3)
        s.showHelp = true
        s.language = language
        let frame = view().render(s)
        let text = frame.text
        #expect(text.contains("↓ j") && text.contains("↑ k"))
        #expect(!text.contains("浏览器"))
        if language == .zh { #expect(text.contains("在浏览中打开")) }
        let box = try #require(ExplorerOverlayCoverTests.box(frame, title: language == .zh ? "放映 Presenting" : "Presenting"))
        for y in (box.y + 1)..<(box.maxY - 1) {
            // the cell inside the right border is blank: no text runs into it
            #expect(frame[box.maxX - 2, y].text == " ", "row \(y): \(frame.row(y))")
        }
    }

    @Test func outcomeSevensNoteFlagsTheReportsOutcome8() throws {
        let notes = try #require(fixture.deck.slides[fixture.index(.outcome("7"))].notes)
        #expect(notes.contains("成果目标 8 项下的总支出为 2.806 亿美元"))
        let flag = try #require(notes.split(separator: "\n").first { $0.hasPrefix("※") })
        #expect(flag.contains("属于成果目标 7"), "\(flag)")
        // a quirk quoting nothing in the notes is not added
        #expect(!notes.contains("经常预算补充账户的战略预算一栏写作"))
    }

    @Test func anIndicatorsAppendixMarkIsOnItsRowAndItsNoteInTheNotes() throws {
        let text = fixture.render(.outcome("2"), 120, 40).text
        #expect(text.contains("67 / 80**"), "\(text)")
        let notes = try #require(fixture.deck.slides[fixture.index(.outcome("2"))].notes)
        #expect(notes.contains("** 计划和预算文件为指标 2.1.2 设定的目标(20 份批准书)"))
        #expect(fixture.render(.outcome("1"), 120, 40).text.contains("17 / 15*"))
        // an indicator without a mark gets none
        #expect(text.contains("28 / 30 ✗"))
    }
}
