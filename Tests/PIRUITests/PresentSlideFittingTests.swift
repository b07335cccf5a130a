import Foundation
import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// What a slide gives up when the screen is small — highlights first, then headings, then list
/// rows — and that walking a list moves nothing but the highlight: not the rows, not the footer.
@Suite struct PresentSlideFittingTests {
    let fixture: PresentFixture
    init() throws { fixture = try PresentFixture() }
    var report: Report { fixture.report }

    static let sizes = [(80, 24), (100, 30), (120, 40), (200, 60)]

    func layout(_ slide: Slide, _ width: Int, _ height: Int) -> SlideLayout {
        SlideLayout(slide: slide, in: Rect(x: 0, y: 0, width: width, height: height - 1),
                    maxWidth: SlideView.defaultMaxWidth, metrics: SlideMetrics(glyphs: .unicode))
    }

    @Test func outcomeSixAt80x24ShowsEveryIndicatorWithItsOnlyMetOne() {
        let frame = fixture.render(.outcome("6"), 80, 24)
        let text = frame.text
        for code in ["6.1.1", "6.1.2", "6.1.3", "6.2.1", "6.2.2", "6.3.1", "6.4.1", "6.4.2"] {
            #expect(text.contains(code), "\(code)\n\(text)")
        }
        let row = (0..<24).map(frame.row).first { $0.contains("6.4.1") } ?? ""
        #expect(row.contains("20 / 10 ✓"), "\(row)")
        #expect(!text.contains("/ 8\n") && !text.contains("1–6 / 8"))
    }

    @Test func theBudgetSlideAt80x24ShowsEveryOutcome() {
        let text = fixture.render(.budget, 80, 24).text
        for o in report.outcomes.filter(\.isPolicy) {
            let b = o.budget!.total
            #expect(text.contains("\(Exporter.money(b.actual)!) / \(Exporter.money(b.strategic)!)"), "outcome \(o.id)\n\(text)")
        }
        #expect(text.contains("280.6 / 241.7"))
    }

    /// On every slide at every size: a list's rows are cut only when nothing but rows and big
    /// figures is left to give — no highlight, prose, caption or heading is still on the slide.
    @Test(arguments: sizes)
    func highlightsAndHeadingsGoBeforeAnyListRow(width: Int, height: Int) {
        for slide in fixture.deck.slides {
            let layout = layout(slide, width, height)
            let cut = layout.placed.contains { p in
                if case .list(_, _, let visible) = p.fit { return visible < slide.elements[p.element].itemCount }
                return false
            } || slide.elements.indices.contains { e in
                if case .bars = slide.elements[e] { return !layout.placed.contains { $0.element == e } }
                return false
            }
            guard cut else { continue }
            for p in layout.placed {
                switch (slide.elements[p.element], p.fit) {
                case (.paragraph, _), (.quote, _), (.caption, _):
                    Issue.record("\(slide.entry.text) \(width)x\(height): a list is cut while prose is shown")
                case (.bullets, _) where p.element != slide.stepElement:
                    Issue.record("\(slide.entry.text) \(width)x\(height): a list is cut while highlights are shown")
                case (_, .list(true, _, _)) where slide.elements[p.element].hasHeading:
                    Issue.record("\(slide.entry.text) \(width)x\(height): a list is cut while a heading is shown")
                default: break
                }
            }
        }
    }

    /// Every step of every slide: an item is always on the same row, every other row of the slide
    /// is the same text, and the footer's bar is as long on every step of the deck.
    @Test(arguments: [(80, 24), (120, 40), (60, 20)])
    func steppingMovesNothingButTheHighlight(width: Int, height: Int) {
        let view = PresentView(report: report, deck: fixture.deck, reducer: fixture.reducer)
        var barLengths: Set<Int> = []
        for (n, slide) in fixture.deck.slides.enumerated() {
            let frames = (0...slide.steps).map { view.render(PresentState(width: width, height: height, slide: n, step: $0)) }
            for frame in frames {
                barLengths.insert((0..<width).filter { ["━", "─"].contains(frame[$0, height - 1].text) }.count)
            }
            guard slide.steps > 0 else { continue }
            // where each item is drawn: the row of the marker when it is highlighted
            var itemRow: [Int: (y: Int, key: String)] = [:]
            for step in 1...slide.steps {
                let frame = frames[step]
                let marked = (0..<(height - 1)).filter { frame.row($0).contains("►") }
                #expect(marked.count == 1, "\(slide.entry.text) \(width)x\(height) step \(step): \(marked.count) markers")
                guard let y = marked.first, let x = (0..<width).first(where: { frame[$0, y].text == "►" }) else { continue }
                itemRow[step] = (y, frame.cells(y, from: x + 2, count: 12))
            }
            let itemRows = Set(itemRow.values.map(\.y))
            for (step, item) in itemRow {
                for (s, frame) in frames.enumerated() {
                    // wherever the item is drawn at another step, it is on its own row
                    for y in 0..<(height - 1) where y != item.y {
                        let x = (0..<width).first { frames[step][$0, item.y].text == "►" }! + 2
                        #expect(frame.cells(y, from: x, count: 12) != item.key || item.key.trimmingCharacters(in: .whitespaces).isEmpty,
                                "\(slide.entry.text) \(width)x\(height): item \(step) at row \(y) on step \(s), row \(item.y) on its own")
                    }
                }
            }
            // every row that is not an item's (nor the list's "… 1–5 / 8" line) stays as it is
            for y in 0..<(height - 1) where !itemRows.contains(y) {
                let rows = Set(frames.map { $0.row(y) }.filter { $0.range(of: #"… \d+–\d+ / \d+"#, options: .regularExpression) == nil })
                #expect(rows.count <= 1, "\(slide.entry.text) \(width)x\(height): row \(y) changes while stepping: \(rows)")
            }
        }
        #expect(barLengths.count == 1, "\(width)x\(height): footer bar lengths \(barLengths.sorted())")
    }

    @Test func theDimmedItemsAreDrawnDimAndTheHighlightedOneIsNot() {
        let slide = fixture.deck.slides[fixture.index(.outcome("7"))]
        let frame = fixture.render(.outcome("7"), 120, 40, step: 2)
        let rows = (0..<39).filter { y in slide.elements[slide.stepElement!].items.contains { frame.row(y).contains(String($0.text.prefix(6))) } }
        #expect(rows.count == 11)
        for y in rows {
            let cells = (0..<120).filter { frame[$0, y].text != " " && frame[$0, y].width > 0 }
            if frame.row(y).contains("►") {
                #expect(cells.contains { frame[$0, y].style.role != .dim })
                #expect(cells.contains { frame[$0, y].style.emphasis.contains(.reverse) })
            } else {
                for x in cells { #expect(frame[x, y].style.role == .dim, "row \(y) col \(x) '\(frame[x, y].text)' is \(frame[x, y].style.role)") }
            }
        }
    }
}

extension SlideElement {
    var itemCount: Int {
        switch self {
        case .bars(let list): return list.items.count
        case .bullets(let list): return list.items.count
        default: return 0
        }
    }

    var hasHeading: Bool {
        switch self {
        case .bars(let list): return list.heading != nil
        case .bullets(let list): return list.heading != nil
        default: return false
        }
    }
}
