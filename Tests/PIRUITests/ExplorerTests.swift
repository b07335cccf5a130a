import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Frames rendered off-screen at the sizes people use, read back as text.
@Suite struct ExplorerTests {
    let fixture: Fixture
    var report: Report { fixture.report }
    var reducer: Reducer { fixture.reducer }
    var view: ExplorerView { fixture.view }

    init() throws { fixture = try Fixture() }

    static let sizes = [(120, 40), (100, 30), (80, 24), (200, 60)]

    func state(_ width: Int, _ height: Int, _ events: [Event] = []) -> AppState {
        fixture.state(width, height, events)
    }

    func render(_ width: Int, _ height: Int, _ typed: String = "") -> Frame {
        view.render(state(width, height, Event.keys(typed)))
    }

    func expectWellFormed(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(frame.lines.count == frame.height, sourceLocation: sourceLocation)
        for (n, line) in frame.lines.enumerated() {
            #expect(line.cellWidth == frame.width, "line \(n) is \(line.cellWidth) cells: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ExplorerTests.sizes)
    func outcomesAtEverySize(width: Int, height: Int) {
        let frame = render(width, height)
        expectWellFormed(frame)
        #expect(frame.text.contains("浏览 › 成果目标 1"))
        #expect(frame.text.contains("199/179"))
        // every policy outcome is listed with its results against target
        for total in ["117/130", "102/114", "90/69", "92/76", "59/84", "167/164", "70/58"] where height >= 24 {
            #expect(frame.text.contains(total), "\(total) at \(width)x\(height)")
        }
    }

    @Test(arguments: ExplorerTests.sizes + [(40, 10)])
    func indicator313ShowsItsReportFigures(width: Int, height: Int) {
        // jump by code: 3.1.3 target 12, result 2
        let frame = render(width, height, "3.1.3\r")
        expectWellFormed(frame)
        let text = frame.text
        if width >= 80 { #expect(text.contains("浏览 › 成果目标 3 › 产出 3.1 › 指标 3.1.3"), "\(text)") }
        #expect(text.contains("目标 12"), "\(text)")
        #expect(text.contains("成果 2"), "\(text)")
    }

    @Test(arguments: ExplorerTests.sizes + [(40, 10)])
    func outcomeAndRegionAtEverySize(width: Int, height: Int) {
        // outcome 8 selected: its title in the detail or breadcrumb; then drill to Africa for 8.2.1 (19)
        let outcome = render(width, height, "8")
        expectWellFormed(outcome)
        #expect(outcome.text.contains("成果目标 8"))
        let region = view.render(state(width, height, Event.keys("8.2.1\r") + [.key(.enter)]))
        expectWellFormed(region)
        #expect(region.text.contains("非洲 Africa · 指标 8.2.1：19"), "\(region.text)")
    }

    @Test func drillDownByKeysOnly() {
        // outcome 3 → indicators → second indicator → regions → Americas
        let s = state(120, 40, Event.keys("3") + [.key(.enter), .key(.down), .key(.enter), .key(.down)])
        #expect(s.focus == .regions)
        let frame = view.render(s)
        let text = frame.text
        #expect(text.contains("浏览 › 成果目标 3 › 指标 3.1.2 › 美洲"), "\(text)")
        #expect(text.contains("指标 3.1.2 在美洲：3"), "\(text)")
    }

    @Test func regionsPaneShowsTheIndicatorsFiveRegions() {
        let frame = render(120, 40, "4.2.1\r")
        let lines = frame.lines
        // 4.2.1: Africa 21, Americas 6, Arab States 4, Asia-Pacific 13, Europe-Central Asia 4
        for (name, value) in [("非洲", "21"), ("美洲", "6"), ("阿拉伯国家", "4"), ("亚太地区", "13"), ("欧洲和中亚", "4")] {
            #expect(lines.contains { $0.contains(name) && $0.contains(" \(value) ") || $0.contains(name) && $0.hasSuffix(value) || $0.contains(name) && $0.contains("\(value) │") },
                    "\(name) \(value)\n\(frame.text)")
        }
    }

    @Test func outcomeFocusShowsRegionalSums() {
        // outcome 1's regional sums: 60 Africa... computed from Appendix II
        let outcome = report.outcome("1")!
        let africa = outcome.indicators.filter { $0.unit == .count }.compactMap { $0.results?[.africa] }.reduce(0, +)
        let frame = render(120, 40)
        #expect(frame.lines.contains { $0.contains("非洲") && $0.contains(Exporter.number(africa)!) })
    }

    @Test func split142IsShown() {
        let frame = render(120, 40, "1.4.2\r")
        #expect(frame.text.contains("集体谈判 9"), "\(frame.text)")
        #expect(frame.text.contains("工作场所合作 8"))
    }

    @Test func percentAndCasesIndicatorsAreLabelled() {
        let frame = render(140, 40, "2\r")
        #expect(frame.text.contains("40%"))
        #expect(frame.text.contains("44 例"), "cases with their unit, as the formatter writes them")
    }

    @Test func metAndBelowMarksDoNotRelyOnColour() {
        let frame = render(120, 40, "3\r")
        let text = frame.text
        #expect(text.contains("✓") && text.contains("✗"))
    }

    @Test func tooSmallTerminal() {
        for (w, h) in [(39, 10), (40, 9), (31, 5), (12, 3)] {
            let frame = render(w, h)
            #expect(frame.text.contains("too small"), "\(w)x\(h): \(frame.text)")
            expectWellFormed(frame)
        }
        #expect(render(39, 10).text.contains("terminal too small (need 40×10)"))
        #expect(render(1, 1).text == "!")
        let ok = render(40, 10)
        #expect(!ok.text.contains("too small"))
        expectWellFormed(ok)
    }

    @Test func resizeKeepsPlace() {
        var s = state(120, 40, Event.keys("7.5.2\r"))
        for (w, h) in [(80, 24), (200, 60), (41, 11), (30, 8), (120, 40)] {
            s = reducer.reduce(s, .resize(width: w, height: h))
            #expect(s.focused(in: report) == state(120, 40, Event.keys("7.5.2\r")).focused(in: report))
            expectWellFormed(view.render(s))
        }
        #expect(view.render(s).text.contains("指标 7.5.2"))
    }

    @Test func helpOverlayListsKeysAndEscClosesItFirst() {
        var s = state(120, 40, Event.keys("3\r?"))
        #expect(s.showHelp)
        let text = view.render(s).text
        for key in ["PgUp", "Ctrl-D", "Home", "Tab", "q", "Ctrl-C"] { #expect(text.contains(key)) }
        s = reducer.reduce(s, .key(.escape))
        #expect(!s.showHelp)
        #expect(s.focus == .indicators)  // Esc closed the overlay and did not go back
    }

    @Test(arguments: ExplorerTests.sizes + [(40, 10)])
    func helpOverlayFits(width: Int, height: Int) {
        expectWellFormed(render(width, height, "?"))
    }

    @Test func qQuitsAndEscGoesBack() {
        var s = state(80, 24, Event.keys("5\r"))
        #expect(s.focus == .indicators)
        s = reducer.reduce(s, .key(.escape))
        #expect(s.focus == .outcomes)
        #expect(!s.quit)
        s = reducer.reduce(s, .key(.char("q")))
        #expect(s.quit)
    }

    @Test func everyIndicatorIsReachableByKeyboardAt80x24() {
        // walk every outcome and every indicator with j/Enter only
        var s = state(80, 24)
        var seen = Set<String>()
        for _ in report.outcomes {
            s = reducer.reduce(s, .key(.enter))
            let count = report.outcomes[s.outcome].indicatorEntries.count
            for _ in 0..<count {
                if case .indicator(_, _, let i) = s.focused(in: report) {
                    seen.insert(i.code)
                    #expect(view.render(s).text.contains("指标 \(i.code)"))
                }
                s = reducer.reduce(s, .key(.char("j")))
            }
            s = reducer.reduce(s, .key(.escape))
            s = reducer.reduce(s, .key(.char("j")))
        }
        let all = Set(report.outcomes.flatMap(\.indicators).map(\.code))
        #expect(seen == all)
    }

    @Test func selectionStaysVisibleWhenScrolling() {
        let s = state(80, 24, Event.keys("7\r") + Array(repeating: .key(.char("j")), count: 10))
        let text = view.render(s).text
        #expect(text.contains("7.5.3"), "\(text)")
    }

    @Test func pageAndEndKeys() {
        var s = state(120, 40, Event.keys("7\r"))
        s = reducer.reduce(s, .key(.end))
        #expect(s.indicator == report.outcome("7")!.indicators.count - 1)
        s = reducer.reduce(s, .key(.home))
        #expect(s.indicator == 0)
        s = reducer.reduce(s, .key(.ctrl("d")))
        #expect(s.indicator > 0)
    }

    @Test func mouseClickSelectsAnOutcome() {
        let s0 = state(120, 40)
        let layout = ExplorerLayout(width: 120, height: 40, focus: .outcomes, detailSource: .outcomes)
        let rect = layout.panes[.outcomes]!
        let s = reducer.reduce(s0, .mouse(Mouse(.press, x: rect.x + 3, y: rect.y + 1 + 4)), after: view.snapshot(s0))
        #expect(s.outcome == 4)
        let disabled = AppState(width: 120, height: 40).with { $0.mouseEnabled = false }
        let off = reducer.reduce(disabled, .mouse(Mouse(.press, x: rect.x + 3, y: rect.y + 5)), after: view.snapshot(disabled))
        #expect(off.outcome == 0)
    }

    @Test func cjkColumnsLineUp() {
        // In the indicators pane the target column starts at the same cell on every indicator row,
        // whatever mix of Chinese and ASCII the titles have.
        let frame = render(120, 40, "6\r")
        let layout = ExplorerLayout(width: 120, height: 40, focus: .indicators, detailSource: .outcomes)
        let rect = layout.panes[.indicators]!
        var columns = Set<Int>()
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            var x = rect.x
            var cells: [Cell] = []
            while x < rect.maxX { cells.append(frame[x, y]); x += 1 }
            let text = cells.filter { $0.width > 0 }.map(\.text).joined()
            guard text.contains("6.") && (text.contains("✓") || text.contains("✗")) else { continue }
            // cell index of the met/below mark
            if let index = cells.firstIndex(where: { $0.text == "✓" || $0.text == "✗" }) { columns.insert(index) }
        }
        #expect(columns.count == 1, "\(columns)")
    }

    @Test func asciiGlyphs() {
        let view = ExplorerView(report: report, glyphs: .ascii)
        let frame = view.render(state(80, 24, Event.keys("3\r")))
        #expect(frame.text.unicodeScalars.allSatisfy { $0.isASCII || $0.value >= 0x2E80 || "–×·".unicodeScalars.contains($0) })
        expectWellFormed(frame)
    }
}

extension AppState {
    func with(_ change: (inout AppState) -> Void) -> AppState {
        var copy = self
        change(&copy)
        return copy
    }
}

/// Typed codes reach the indicator they name from any view, enabling codes too, although `B` and
/// `C` are also view keys (Boxes, Countries) and `a` `b` `c` select outcomes.
@Suite struct TypedCodeTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    @Test(arguments: ["A.2.2", "a.2.2", "B.2.2", "b.2.2", "C.5.2", "c.5.2", "3.1.2", "7.5.2"], ["", "i", "$", "L"])
    func codeGoesToItsIndicator(code: String, fromView: String) {
        let s = fixture.state(120, 40, Event.keys(fromView + code + "\r"))
        // the indicators table lists policy indicators: a code typed there stays there (issue 14)
        if fromView == "i", fixture.report.indicator(code.uppercased())?.outcome.isPolicy == true {
            #expect(s.screen == .indicators, "\(fromView)\(code): on \(s.screen)")
            #expect(fixture.reducer.entries(.indicators, s)[s.list(.indicators).index] == .indicator(code.uppercased()))
            return
        }
        #expect(s.screen == .explorer, "\(fromView)\(code): on \(s.screen)")
        guard case .indicator(_, _, let indicator) = s.focused(in: fixture.report) else {
            Issue.record("\(fromView)\(code): focus is \(s.focused(in: fixture.report))"); return
        }
        #expect(indicator.code == code.uppercased())
    }

    @Test func viewLettersStillSwitchViews() {
        #expect(fixture.state(120, 40, Event.keys("B")).screen == .boxes)
        #expect(fixture.state(120, 40, Event.keys("C")).screen == .countries)
        // and the key after the letter is the new view's: `j` moves in the boxes list
        let s = fixture.state(120, 40, Event.keys("Bj"))
        #expect(s.screen == .boxes && s.pendingCode.isEmpty)
        #expect(fixture.state(120, 40, Event.keys("B")).path == [.overview, .explorer, .boxes])
    }
}

/// Bracketed paste: text, never keys.
@Suite struct PasteTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    @Test func aPasteStartsASearchAndIsNeverKeys() {
        let s = fixture.state(120, 40, [.paste("xq\n就业\t")])
        #expect(!s.quit && s.effects.isEmpty)
        #expect(s.search?.query == "xq 就业")
        // into an open prompt, after what was typed
        let typed = fixture.state(120, 40, Event.keys("/社会") + [.paste("保护")])
        #expect(typed.search?.query == "社会保护")
        let palette = fixture.state(120, 40, Event.keys(":") + [.paste("budget")])
        #expect(palette.palette?.text == "budget" && palette.search == nil)
        // control characters in a paste are not kept
        #expect(fixture.state(120, 40, [.paste("a\u{1B}[31mb")]).search?.query.contains("\u{1B}") == false)
    }
}

/// Regions are named in sort and filter titles and the status line, never by their data ids.
@Suite struct RegionNamesInTitlesTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func noRegionIdsOnScreen(width: Int, height: Int) {
        for language in ["", "w"] {
            for view in ["i", "e"] {
                var keys = language + view
                for _ in 0..<5 {
                    keys += "R"
                    for f in ["", "fff"] {
                        let s = fixture.state(width, height, Event.keys(keys + f))
                        let text = fixture.view.render(s).text + "\n" + s.status
                        for id in RegionID.allCases where id.rawValue.contains("_") {
                            #expect(!text.contains(id.rawValue), "\(keys + f) at \(width)x\(height): \(id.rawValue)")
                        }
                    }
                }
            }
        }
    }
}

/// Every overlay (the help, the `:` switcher, the `/` search, the slides' index and find) clears
/// only the cells its box covers: the panes' borders and the text beside the box are the frame
/// beneath, cell for cell, except a wide character the box's edge cuts, which becomes a space.
@Suite struct ExplorerOverlayCoverTests {
    let fixture = try! Fixture()

    /// The box whose top edge holds `title`: found by its corners.
    static func box(_ frame: Frame, title: String) -> Rect? {
        guard let top = (0..<frame.height).first(where: { frame.row($0).contains(title) }) else { return nil }
        let row = frame.row(top)
        guard let at = row.range(of: title), let corner = row[..<at.lowerBound].lastIndex(where: { $0 == "┌" || $0 == "+" }) else { return nil }
        let x = String(row[..<corner]).cellWidth
        guard let right = (x + 1..<frame.width).first(where: { "┐+".contains(frame[$0, top].text) && !frame[$0, top].text.isEmpty }),
              let bottom = (top + 1..<frame.height).first(where: { "└+".contains(frame[x, $0].text) && !frame[x, $0].text.isEmpty }) else { return nil }
        return Rect(x: x, y: top, width: right - x + 1, height: bottom - top + 1)
    }

    /// Every cell outside `box` is the cell beneath; a wide character cut by the box's edge is a space.
    static func expectOnlyCovered(_ over: Frame, _ beneath: Frame, box: Rect, _ what: String) {
        var differing: [String] = []
        for y in 0..<over.height {
            for x in 0..<over.width where !(box.x..<box.maxX ~= x && box.y..<box.maxY ~= y) {
                var expected = beneath[x, y]
                // the half of a wide character the box cuts off
                let cutLeft = x == box.x - 1 && expected.width == 2
                let cutRight = x == box.maxX && expected.width == 0
                if (box.y..<box.maxY ~= y) && (cutLeft || cutRight) { expected = Cell(text: " ", width: 1, style: expected.style) }
                if over[x, y].text != expected.text || over[x, y].width != expected.width { differing.append("(\(x),\(y)) \(expected.text)→\(over[x, y].text)") }
            }
        }
        #expect(differing.isEmpty, "\(what): \(differing.prefix(8))\n\(over.text)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func explorerOverlaysLeaveThePanesBeside(width: Int, height: Int) throws {
        let cases: [(String, String)] = [
            ("o:", "视图 Views"), ("o/社会保护", "搜索 Search"), ("o?", "帮助 Help"),
            (":", "视图 Views"), ("/就业", "搜索 Search"), ("?", "帮助 Help"),
            ("i:", "视图 Views"), ("i/就业", "搜索 Search"), ("$/预算", "搜索 Search"), ("T?", "帮助 Help"),
        ]
        for (keys, title) in cases {
            let state = fixture.state(width, height, Event.keys(keys))
            let over = fixture.view.render(state)
            var plain = state
            plain.overlay = nil
            let beneath = fixture.view.render(plain)
            let box = try #require(Self.box(over, title: title), "\(keys): \(over.text)")
            Self.expectOnlyCovered(over, beneath, box: box, keys)
            // the panes' borders at the frame's edges stay on every row the box spans
            if box.x > 0 && box.maxX < width {
                for y in box.y..<box.maxY where y > 1 && y < height - 2 {
                    #expect("│┌└├".contains(over[0, y].text) && "│┐┘┤".contains(over[width - 1, y].text), "\(keys) row \(y): \(over.row(y))")
                }
            }
        }
    }

    @Test func aWideCharacterCutByTheBoxEdgeBecomesASpace() {
        var frame = Frame(width: 12, height: 3)
        for y in 0..<3 { frame.put("一二三四五六", x: 0, y: y) }
        frame.cover(Rect(x: 3, y: 1, width: 4, height: 1))
        #expect(frame.lines == ["一二三四五六", "一" + String(repeating: " ", count: 6) + "五六", "一二三四五六"])
        #expect(frame[2, 1].text == " " && frame[7, 1].text == " " && frame[8, 1].text == "五")
    }
}

/// The help moves a full window per PgDn / PgUp, and covers its box and nothing else.
@Suite struct HelpPagingTests {
    let fixture = try! Fixture()

    @Test(arguments: [(80, 24), (120, 40)])
    func pageDownMovesAFullWindowAndTheBoxCoversItsRows(width: Int, height: Int) throws {
        let page = HelpOverlay.pageSize(width: width, height: height, language: .zh)
        var s = fixture.state(width, height, Event.keys("?"))
        // a page is the lines the frame on screen showed
        s = fixture.drive(s, [.key(.pageDown)])
        let max = HelpOverlay.maxScroll(width: width, height: height, language: .zh)
        #expect(fixture.view.snapshot(s).drawn.help == min(page, max))
        if max > page {
            let text = fixture.view.render(s).text
            #expect(text.contains(" \(page + 1)-\(2 * page)/"), "\(text)")
        }
        s = fixture.drive(s, [.key(.pageUp)])
        #expect(s.helpScroll == 0)
        let frame = fixture.view.render(s)
        var plain = s
        plain.overlay = nil
        let box = try #require(ExplorerOverlayCoverTests.box(frame, title: "帮助 Help"))
        ExplorerOverlayCoverTests.expectOnlyCovered(frame, fixture.view.render(plain), box: box, "help")
    }
}
