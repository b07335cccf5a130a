import PIRModel
import PIRText
import Testing
@testable import PIRUI

/// What issue 18's cheaper frames rest on: the diff finds exactly the cells that changed, a wrap cut
/// short gives the first lines of the whole one, and the parts of a frame copied from the last one
/// are the cells drawing them would make.
@Suite struct FrameCostTests {
    @Test func theDiffFindsTheChangedCellsAndNoOthers() {
        var a = Frame(width: 20, height: 3)
        a.put("成果 3.1 ok", x: 1, y: 1, style: Style(.accent, [.bold]))
        #expect(a.changedCells(since: a).isEmpty)
        var b = a
        b.put("x", x: 0, y: 0)                                    // text
        b.style(Rect(x: 5, y: 2, width: 1, height: 1), Style(.dim))  // look only
        b.put("就", x: 1, y: 1, style: Style(.accent, [.bold]))    // a wide character for another
        #expect(b.changedCells(since: a) == [0, 21, 45])
        #expect(a.changedCells(since: b) == [0, 21, 45])
        // the same text from another string is the same cell
        var c = a
        c.put(String("成果".reversed().reversed()), x: 1, y: 1, style: Style(.accent, [.bold]))
        #expect(c.changedCells(since: a).isEmpty)
        #expect(a.changedCells(since: nil).count == 60)
        #expect(a.changedCells(since: Frame(width: 19, height: 3)).count == 60)
    }

    /// `put` walks text of stand-alone scalars by scalar: the cells are those of the walk by
    /// characters it replaced, for text of every kind, at every start and limit.
    @Test func puttingByScalarIsPuttingByCharacter() {
        func reference(_ frame: inout Frame, _ text: String, x: Int, limit: Int) {
            var col = x
            for character in Sanitizer.clean(text) {
                if character == "\n" { break }
                let w = character.cellWidth
                if w == 0 { continue }
                if col + w > limit {
                    if col < limit, col >= 0 { frame[col, 0] = Cell(text: " ", width: 1, style: Style(.accent)) }
                    break
                }
                if col >= 0 {
                    for c in [col, col + w - 1] where frame[c, 0].width == 0 && c > 0 && frame[c - 1, 0].width == 2 { frame[c - 1, 0].text = " "; frame[c - 1, 0].width = 1 }
                    for c in [col, col + w - 1] where frame[c, 0].width == 2 && c + 1 < frame.width { frame[c + 1, 0] = Cell(text: " ", width: 1, style: frame[c, 0].style) }
                    frame[col, 0] = Cell(text: String(character), width: UInt8(w), style: Style(.accent))
                    if w == 2 { frame[col + 1, 0] = Cell(text: "", width: 0, style: Style(.accent)) }
                }
                col += w
            }
        }
        let texts = ["3.1.2 国家青年就业战略", "Results 12.5% ✓ ▄▄▖ ┃", "é e\u{301} 👩‍👩‍👧 🇨🇳 ｶﾞ ｶ", "一\n二", "〔注〕“就业”…", "\u{301}x", ""]
        for text in texts {
            for x in [-1, 0, 3] {
                for limit in [4, 9, 20] {
                    var a = Frame(width: 20, height: 1), b = a
                    a.put("背景 under", x: 0, y: 0)
                    b.put("背景 under", x: 0, y: 0)
                    a.put(text, x: x, y: 0, style: Style(.accent), limit: limit)
                    reference(&b, text, x: x, limit: limit)
                    #expect(a == b, "\(text) at \(x), limit \(limit): \(a.text) against \(b.text)")
                }
            }
        }
    }

    @Test func aWrapCutShortIsTheWholeWrapsBeginning() throws {
        let report = try ReportLoader.loadBundled()
        // every outcome's highlights as one text, and a few made to end on a lone character (the orphan rule)
        var texts = report.outcomes.map { $0.highlights.joined(separator: "\n") }
        texts += ["劳动行政管理部门的机构能力得到提高出", "一二三四五六七八九十。\n一二三四五六七八九十一", String(repeating: "就业政策 employment policy 12.5% ", count: 40)]
        for text in texts {
            for width in [7, 20, 41] {
                let whole = Wrapper.wrap(text, width: width)
                for kept in 0...min(whole.count, 30) {
                    let cut = Wrapper.wrap(text, width: width, maxLines: kept + 2)
                    #expect(Array(cut.prefix(kept)) == Array(whole.prefix(kept)), "\(text.prefix(20)) at \(width), \(kept) lines")
                    if kept + 2 >= whole.count { #expect(cut == whole) }
                }
            }
        }
    }

    @Test func everyOutcomesPartialTextIsItsWholeTextsBeginning() throws {
        let report = try ReportLoader.loadBundled()
        for outcome in report.outcomes {
            for width in [60, 197] {
                let whole = DetailDocument(report: report, glyphs: .unicode).build(.outcome(outcome), width: width)
                for limit in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144] where limit < whole.lines.count {
                    let part = DetailDocument(report: report, glyphs: .unicode).build(.outcome(outcome), width: width, limit: limit)
                    #expect(!part.isComplete && part.lines == Array(whole.lines.prefix(limit)), "outcome \(outcome.id) at \(width), \(limit) lines")
                }
            }
        }
    }

    /// Frames drawn by views sharing one context (and its pane cache), in both glyph sets and both
    /// languages, through row moves, outcome switches, focus changes, help and resizes, against
    /// frames drawn from nothing.
    @Test func copiedPartsAreTheCellsDrawingMakes() throws {
        let fixture = try Fixture()
        let views = [fixture.view, ExplorerView(report: fixture.report, glyphs: .ascii, reducer: fixture.reducer)]
        var state = fixture.state(200, 60, Event.keys("1\r"))
        let script = Event.keys("jjjkk") + [.key(.backTab)] + Event.keys("jjjk") + [.key(.tab)] + Event.keys("jw") + Event.keys("jjkG?")
            + [.key(.escape), .resize(width: 120, height: 40)] + Event.keys("kkw\t\tj") + [.key(.escape)] + Event.keys("jo")
        for event in script {
            state = fixture.drive(state, [event])
            for view in views {
                let fresh = ExplorerView(report: fixture.report, glyphs: view.glyphs)
                #expect(view.render(state) == fresh.render(state), "after \(event), \(view.glyphs == .ascii ? "ascii" : "unicode")")
            }
        }
    }
}
