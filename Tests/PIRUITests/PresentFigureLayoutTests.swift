import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// The key figures and labels: the third figure means the same on outcome and indicator slides,
/// the headline grid uses the width it has without orphans, and labels get the room that is free.
@Suite struct PresentFigureLayoutTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }
    var report: Report { fixture.report }

    func figures(_ entry: DeckEntry) -> [Figure] {
        for element in fixture.deck.slides[fixture.index(entry)].elements {
            if case .figures(let figures) = element { return figures }
        }
        return []
    }

    /// Outcome 3 (102 / 114) and its indicator 3.1.2 (12 / 18): both say how far from target,
    /// with the same label — the indicator slide showed the ratio (67%) where the outcome showed -11%.
    @Test func theThirdFigureIsTheDifferenceFromTargetOnBothKindsOfSlide() {
        let outcome = figures(.outcome("3")), indicator = figures(.indicator("3.1.2"))
        #expect(outcome.count == 3 && indicator.count == 3)
        #expect(outcome[2].value == "-11%" && indicator[2].value == "-33%")
        #expect(outcome[2].label == indicator[2].label)
        #expect(outcome[2].label == "较目标 · 低于 below" && outcome[2].mark == .below)
        let met = figures(.outcome("7"))[2]
        #expect(met.value == "+2%" && met.label == "较目标 · 达到 met" && met.mark == .met)
        for (width, height) in PresentFixture.sizes {
            let frame = fixture.render(.indicator("3.1.2"), width, height)
            #expect(frame.bigNumber("-33%") != nil, "\(width)x\(height)\n\(frame.text)")
            #expect(frame.text.contains("✗ 较目标 · 低于 below"), "\(width)x\(height)")
            #expect(!frame.text.contains("67%"))
        }
        // in English too
        let en = Deck(spec: DeckSpec(items: [DeckSpec.Item(.indicator("3.1.2")), DeckSpec.Item(.outcome("3"))]), report: report, language: .en)
        let labels = en.slides.map { slide in slide.elements.compactMap { e -> String? in if case .figures(let f) = e { return f[2].label } else { return nil } } }
        #expect(labels == [["vs target · below"], ["vs target · below"]])
    }

    /// Label lines under the big digits of the headline slide.
    func labelRows(_ frame: Frame) -> [String] {
        (0..<frame.height).map { frame.row($0) }.filter { row in
            !row.contains("█") && !row.contains("━") && row.contains { $0.unicodeScalars.first!.value >= 0x4E00 }
        }
    }

    @Test(arguments: PresentFixture.sizes)
    func theHeadlineGridUsesItsWidthAndLeavesNoOrphans(width: Int, height: Int) {
        let frame = fixture.render(.overview, width, height)
        // no label cell ends in one character alone: split every row into its cells at runs of 3+ spaces
        for row in labelRows(frame) {
            for cell in row.split(separator: "   ").map({ $0.trimmingCharacters(in: .whitespaces) }) where !cell.isEmpty {
                #expect(!(cell.count == 1 && cell.unicodeScalars.first!.value >= 0x4E00), "\(width)x\(height): orphan \"\(cell)\" in \(row)")
            }
        }
        let text = frame.text
        if width >= 120 {
            // wide enough for these labels on one line each
            for label in ["八项政策成果目标下取得的成果", "成果总数比两年期目标高出", "直接助力应对新冠疫情危机的成果比例"] {
                #expect(text.contains(label), "\(width)x\(height): \(label)\n\(text)")
            }
            // the grid spreads over the text column, not 72 columns in its middle
            let rows = (0..<frame.height).filter { frame.row($0).contains("█") }
            let spans = rows.map { y -> Int in
                let cells = (0..<frame.width).filter { frame[$0, y].text == "█" }
                return (cells.last ?? 0) - (cells.first ?? 0) + 1
            }
            #expect((spans.max() ?? 0) >= 90, "\(width)x\(height): \(spans)")
        } else {
            #expect(text.contains("成果总数比两年期目标") && text.contains("高出"))
        }
    }

    /// Labels that fit whole in three fifths of the row are not cut to make room for the bars.
    @Test(arguments: PresentFixture.sizes)
    func regionNamesAreWhole(width: Int, height: Int) {
        for entry in [DeckEntry.regions, .indicator("3.1.2")] {
            let text = fixture.render(entry, width, height).text
            for name in ["亚太地区 Asia and the Pacific", "欧洲和中亚 Europe and Central Asia", "阿拉伯国家 Arab States"] {
                #expect(text.contains(name), "\(entry.text) \(width)x\(height): \(name)\n\(text)")
            }
        }
    }

    /// The end slide's caption and the lessons slide's citation take a second line rather than
    /// being cut while the screen has room.
    @Test(arguments: PresentFixture.sizes)
    func captionsAndCitationsAreWhole(width: Int, height: Int) {
        let end = fixture.render(.end, width, height).text
        #expect(end.contains("ILO Programme Implementation Report 2020–21"), "\(width)x\(height)\n\(end)")
        #expect(end.contains("国际劳工组织 2020–2021 两年期计划执行报告"))
        let lessons = fixture.render(.lessons, width, height)
        let rows = (0..<lessons.height).map { lessons.row($0).trimmingCharacters(in: .whitespaces) }
        #expect(!rows.contains { $0.hasPrefix("—") && $0.hasSuffix("…") }, "\(width)x\(height)\n\(lessons.text)")
        #expect(rows.contains { $0.hasSuffix("2021 年，第 1 页。") }, "\(width)x\(height)\n\(lessons.text)")
    }
}
