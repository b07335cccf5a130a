import Testing
import PIRModel
import PIRText
import PIRShare
@testable import PIRUI

/// Issue 19's defects seen in a real terminal and at the back of a room: the budget list's header
/// and bars, sparklines and bars in adjacent rows, the `--ascii` mark against a border, the big
/// digits' gaps, the stepped highlight, the space on a slide, and the headline slide's labels.
@Suite struct ReadableAtADistanceTests {
    let fixture = try! Fixture()
    let present = try! PresentFixture()

    /// Cells drawn as one of a bar's or sparkline's glyphs that fill the cell's full height.
    static let fullHeight: Set<String> = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█", "▇"]

    // MARK: The budget view

    @Test(arguments: [(80, 24), (120, 40)], [Language.zh, .en])
    func theBudgetHeaderIsWhole(size: (Int, Int), language: Language) throws {
        let s = fixture.state(size.0, size.1, Event.keys(language == .en ? "w$" : "$"))
        let list = try #require(fixture.view.snapshot(s).list)
        let header = fixture.view.render(s).cells(list.box.y + 1, from: list.box.x, count: list.box.width)
        #expect(header.contains(language == .en ? "vs budget" : "支出/预算"), "\(header)")
        #expect(!header.contains("…"), "\(header)")
    }

    /// A table list's bar is at least 8 cells or not drawn: `▏┃▌` says nothing.
    @Test func aListBarIsReadableOrAbsent() {
        let view = fixture.view
        for width in 30...200 {
            for L in [Language.zh, .en] {
                let budget = ExplorerView.Columns(width: width, numbers: 3, number: 9, labelNeed: view.labelNeed(.budget, L))
                let regions = ExplorerView.Columns(width: width, numbers: 2, labelMin: 10, labelNeed: view.labelNeed(.regions, L))
                for c in [budget, regions] { #expect(c.bar == 0 || c.bar >= 8, "width \(width): bar \(c.bar)") }
            }
        }
    }

    /// Table 1's sparklines (就业人口比率, 女性, 男性 in adjacent rows) never fill a cell to its top,
    /// so one row's does not run into the next one's.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func sparklinesInAdjacentRowsStayApart(width: Int, height: Int) {
        let s = fixture.state(width, height, Event.keys("T"))
        let frame = fixture.view.render(s)
        let list = try! #require(fixture.view.snapshot(s).list).rows
        var sparks = 0
        for y in list.y..<list.maxY {
            for x in list.x..<list.maxX where frame[x, y].style.role == .bar {
                sparks += 1
                #expect(!Self.fullHeight.contains(frame[x, y].text), "(\(x),\(y)) \(frame.row(y))")
            }
        }
        #expect(sparks > 0 || width < 100, "no sparkline drawn at \(width)x\(height)")
    }

    /// Bars in a frame's adjacent rows that run into each other: both cells draw a bar (the bar's
    /// two roles) and both fill their cell to its full height.
    static func touchingBars(_ frame: Frame) -> [(x: Int, y: Int)] {
        let bars: Set<Role> = [.bar, .barOver]
        var out: [(Int, Int)] = []
        for y in 0..<max(0, frame.height - 1) {
            for x in 0..<frame.width {
                let a = frame[x, y], b = frame[x, y + 1]
                if bars.contains(a.style.role), bars.contains(b.style.role), fullHeight.contains(a.text), fullHeight.contains(b.text) {
                    out.append((x, y))
                }
            }
        }
        return out
    }

    /// The explorer's own bars (the overview's outcomes against target, the indicators, regions,
    /// budget and countries lists, the bars in the text beside them) keep adjacent rows apart:
    /// they were full-height eighth blocks, one block of ink from row to row. Each bar's cells
    /// are still drawn, so the bars are there, each in the lower half of its row.
    @Test(arguments: [(80, 24), (120, 40)])
    func explorerBarsInAdjacentRowsStayApart(width: Int, height: Int) {
        var bars = 0
        for screen in Screen.allCases {
            for keys in ["", "\t"] {
                var s = fixture.reducer.reduce(AppState(width: width, height: height, screen: screen), .resize(width: width, height: height))
                s = fixture.reducer.reduce(s, Event.keys(keys))
                let frame = fixture.view.render(s)
                bars += (0..<frame.height).reduce(0) { n, y in n + (0..<frame.width).filter { [.bar, .barOver].contains(frame[$0, y].style.role) && frame[$0, y].text != " " }.count }
                for (x, y) in Self.touchingBars(frame) {
                    Issue.record("\(screen) \(width)x\(height) at (\(x),\(y)):\n\(frame.row(y))\n\(frame.row(y + 1))")
                }
            }
        }
        #expect(bars > 100, "only \(bars) bar cells drawn")
    }

    /// `--ascii`: the `ok` of a met row keeps a cell from the pane's border (`# ok||`).
    @Test(arguments: [(80, 24), (120, 40)])
    func theAsciiMarkKeepsOffTheBorder(width: Int, height: Int) {
        let view = ExplorerView(report: fixture.report, glyphs: .ascii, reducer: fixture.reducer)
        for keys in ["o", "", "i"] {
            let frame = view.render(fixture.state(width, height, Event.keys(keys)))
            for line in frame.lines { #expect(!line.contains("ok|") && !line.contains("x|"), "\(keys): \(line)") }
        }
    }

    // MARK: Slides

    /// Rows of slide bars (the outcome slide's 11 indicators) either have a blank row between them
    /// or are drawn in glyphs that leave the top of the cell empty: never one block of ink.
    @Test(arguments: [(100, 30), (80, 24), (120, 40)])
    func slideBarsInAdjacentRowsStayApart(width: Int, height: Int) {
        for entry in [DeckEntry.outcome("7"), .regions, .outcomes, .budget] {
            let frame = present.render(entry, width, height)
            for (x, y) in Self.touchingBars(frame) {
                Issue.record("\(entry) \(width)x\(height) at (\(x),\(y)):\n\(frame.row(y))\n\(frame.row(y + 1))")
            }
        }
    }

    /// The columns of a block of big digits with no ink in any of its rows, as runs.
    static func blankRuns(_ frame: Frame, rows: Range<Int>) -> [Int] {
        let ink = (0..<frame.width).map { x in rows.contains { frame[x, $0].text == "█" } }
        guard let first = ink.firstIndex(of: true), let last = ink.lastIndex(of: true) else { return [] }
        var runs: [Int] = [], run = 0
        for x in first...last {
            if ink[x] { if run > 0 { runs.append(run) }; run = 0 } else { run += 1 }
        }
        return runs
    }

    /// `167 164 +2%` at 100×30: one cell between the digits of a number, at least a digit's width
    /// (6 cells) between numbers — it read as `167164+2%`.
    @Test func bigDigitGroupsStandApart() throws {
        let frame = present.render(.outcome("7"), 100, 30)
        let top = try #require((0..<30).first { y in (0..<100).contains { frame[$0, y].text == "█" } })
        let runs = Self.blankRuns(frame, rows: top..<(top + 5))
        #expect(runs.allSatisfy { $0 <= 1 || $0 >= 6 }, "\(runs)\n\(frame.text)")
        #expect(runs.filter { $0 >= 6 }.count == 2, "\(runs)")
    }

    /// The title slide's `两年期 biennium` has a blank row between it and the big digits.
    @Test(arguments: [(100, 30), (80, 24), (120, 40)])
    func theTitleSlideLabelKeepsOffTheDigits(width: Int, height: Int) throws {
        let frame = present.render(.title, width, height)
        let label = try #require((0..<height).first { frame.row($0).contains("两年期 biennium") }, "\(frame.text)")
        #expect(!frame.row(label - 1).contains("█") && !frame.row(label - 1).contains("▀") && !frame.row(label - 1).contains("▄"), "\(frame.text)")
    }

    /// A stepped item is shown in reverse video (the selection role), not only brighter than the
    /// others: faint (SGR 2) is ignored by urxvt and is the same black on a light xterm.
    @Test func theSteppedItemIsHighlightedWithoutFaint() throws {
        let n = present.index(.outcome("7"))
        let slide = present.deck.slides[n]
        try #require(slide.steps > 1)
        let view = PresentView(report: present.report, deck: present.deck, reducer: present.reducer)
        let frame = view.render(PresentState(width: 100, height: 30, slide: n, step: 2))
        let y = try #require((0..<30).first { frame.row($0).contains("7.1.2") })
        let x = try #require((0..<100).first { frame[$0, y].text == "7" })
        #expect(frame[x, y].style.role == .selection && frame[x, y].style.emphasis.contains(.reverse), "\(frame[x, y].style)")
        let other = try #require((0..<30).first { frame.row($0).contains("7.1.3") })
        #expect(frame[x, other].style.role != .selection)
    }

    /// The free rows of a slide are shared out: above the first element, between elements and
    /// below the last, each gap within one row of the others (the regions slide put five rows in
    /// the middle of a 30-row screen and left rows 3–10 empty).
    @Test(arguments: [(100, 30), (120, 40), (80, 24)])
    func theFreeRowsAreSharedOut(width: Int, height: Int) {
        for slide in present.deck.slides where slide.kind != .cover {
            let layout = SlideLayout(slide: slide, in: Rect(x: 0, y: 0, width: width, height: height - 1),
                                     maxWidth: SlideView.defaultMaxWidth, metrics: SlideMetrics(glyphs: .unicode))
            guard let first = layout.placed.first, let last = layout.placed.last else { continue }
            var gaps = [first.y - layout.content.y]
            for (a, b) in zip(layout.placed, layout.placed.dropFirst()) { gaps.append(b.y - (a.y + a.height) - 1) }
            gaps.append(layout.content.maxY - (last.y + last.height))
            #expect((gaps.max() ?? 0) - (gaps.min() ?? 0) <= 1, "\(slide.title) \(width)x\(height): \(gaps)")
        }
    }

    /// The regions slide at 100×30 spaces its bars out with the room it has.
    @Test func theRegionsSlideUsesItsRows() {
        let frame = present.render(.regions, 100, 30)
        let rows = (0..<30).filter { y in (0..<100).contains { frame[$0, y].style.role == .bar } }
        #expect(rows.count == 5)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $1 - $0 >= 2 }, "\(rows)\n\(frame.text)")
    }

    // MARK: The headline slide (issue 15)

    /// The label lines of the headline slide's figures, each as the text of one column.
    static func labelLines(_ frame: Frame) -> [(y: Int, x: Range<Int>, text: String)] {
        var out: [(Int, Range<Int>, String)] = []
        for y in 0..<frame.height {
            var x = 0
            while x < frame.width {
                guard frame[x, y].text != " ", !frame[x, y].text.isEmpty, frame[x, y].text != "█" else { x += 1; continue }
                var end = x, text = ""
                // a run of text with single spaces in it
                while end < frame.width, frame[end, y].text != "█",
                      !(frame[end, y].text == " " && (end + 1 >= frame.width || frame[end + 1, y].text == " ")) {
                    text += frame[end, y].text
                    end += 1
                }
                out.append((y, x..<end, text))
                x = end + 1
            }
        }
        return out
    }

    @Test(arguments: [(80, 24), (100, 30), (120, 40)])
    func theHeadlineLabelsBreakBetweenWords(width: Int, height: Int) throws {
        let frame = present.render(.overview, width, height)
        let lines = Self.labelLines(frame)
        // every figure's printed value under its label, 48% too
        #expect(lines.contains { $0.text == "48%" }, "\(frame.text)")
        #expect(!lines.contains { $0.text == "高出" }, "\(frame.text)")
        for a in lines {
            for b in lines where b.y == a.y + 1 && b.x.overlaps(a.x) {
                for word in ["危机", "成果", "目标", "比例", "贡献", "高出"] {
                    let split = a.text.hasSuffix(String(word.first!)) && b.text.hasPrefix(String(word.dropFirst()))
                    #expect(!split, "\(width)x\(height): \(a.text) / \(b.text)")
                }
            }
        }
    }
}

/// A slide change clears the screen before the new slide is drawn (xterm left one-pixel ticks of
/// the slide before until it repainted); a change on the same slide does not.
@Suite struct SlideChangeRepaintTests {
    @Test func aNewSlideIsDrawnOnAClearedScreen() throws {
        let session = try PresentSessionTests()
        let (backend, _, _) = session.present(100, 30, .zh, slide: 2, [[.key(.char("]"))], [.key(.char("f"))], [.key(.char("["))]])
        #expect(backend.frames.count == 4)
        #expect(backend.repainted == [1, 3])
    }

    /// A follower clears its screen when the presenter changes slide or blanks it.
    @Test func aFollowerClearsItsScreenOnASlideChange() throws {
        let session = try FollowSessionTests()
        let (backend, _) = session.follow(100, 30, .zh, [[session.hello, session.state(3)], [session.state(5)],
                                                          [session.state(5, blank: true)], [session.state(7)]])
        #expect(backend.frames.count == 5)
        // frame 1 is the first slide after the screen without a deck: the deck's arrival (hello)
        // forgot what was drawn, and the slide was drawn over it without a clear
        #expect(backend.repainted == [1, 2, 3, 4])
    }

    /// A presenter that is not there for the first attempts, then hands over one batch per read.
    final class LatePresenter: PresenterLink {
        var batches: [[ShareMessage]]
        var absentFor: Int
        var isConnected = false
        let problem: String? = nil
        let owner: String? = nil
        init(absentFor: Int, _ batches: [[ShareMessage]]) { self.absentFor = absentFor; self.batches = batches }
        func attemptNow() -> Bool {
            absentFor -= 1
            isConnected = absentFor < 0
            return isConnected
        }
        func millisecondsToNextAttempt() -> Int32? { isConnected ? nil : 0 }
        func receive() -> [ShareMessage]? { batches.isEmpty ? [] : batches.removeFirst() }
        /// Gone for good after a bye, so the notice stays.
        func disconnect() { isConnected = false; absentFor = .max }
    }

    /// The follower's waiting notice gives way to the first slide on a cleared screen, and the
    /// notice that comes back when the presenter leaves is drawn on a cleared screen too.
    @Test func theFirstSlideAfterTheWaitingNoticeIsDrawnOnAClearedScreen() throws {
        let session = try FollowSessionTests()
        let presenter = LatePresenter(absentFor: 2, [[session.hello, session.state(3)], [session.state(3)], [.bye]])
        let backend = MemoryBackend(width: 100, height: 30, script: [])
        let world = FollowLoop.World(now: { FollowSessionTests.now }, wait: { _ in presenter.batches.isEmpty && !presenter.isConnected })
        FollowLoop.run(PresentState(width: 100, height: 30), on: backend, report: session.fixture.report, reducer: session.fixture.reducer,
                       share: FollowLoop.Share(name: "talk"), link: presenter, world: world)
        let waiting = backend.frames.indices.filter { backend.frames[$0].text.contains("talk") && backend.frames[$0].text.contains("pir present --share") }
        let slide = try #require(backend.frames.indices.first { session.shows(backend.frames[$0], slide: 3, .zh) }, "\(backend.frames.map(\.text))")
        #expect(waiting.first == 0, "\(backend.frames.map(\.text))")
        #expect(backend.repainted.contains(slide), "slide at frame \(slide), cleared before \(backend.repainted.sorted())")
        let back = try #require(waiting.last.flatMap { $0 > slide ? $0 : nil }, "no waiting notice after bye: \(backend.frames.map(\.text))")
        #expect(backend.repainted.contains(back))
    }
}
