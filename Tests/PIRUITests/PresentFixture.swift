import PIRModel
import PIRText
@testable import PIRUI

/// The bundled report with the default deck and one slide of every other kind, and helpers to
/// read a rendered frame the way a viewer would.
struct PresentFixture {
    let report: Report
    let reducer: Reducer
    /// The default deck followed by a slide of each kind the default deck lacks.
    let deck: Deck

    static let extra: [DeckEntry] = [.budget, .indicator("3.1.2"), .region(.africa), .box(15), .outcome("A")]
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    init() throws {
        report = try ReportLoader.loadBundled()
        reducer = Reducer(report: report)
        var spec = DeckSpec.standard(report)
        spec.items += Self.extra.map { DeckSpec.Item($0) }
        deck = Deck(spec: spec, report: report)
    }

    func index(_ entry: DeckEntry) -> Int { deck.slides.firstIndex { $0.entry == entry }! }

    func render(_ entry: DeckEntry, _ width: Int, _ height: Int, step: Int = 0, glyphs: Glyphs = .unicode) -> Frame {
        PresentView(report: report, deck: deck, glyphs: glyphs, reducer: reducer)
            .render(PresentState(width: width, height: height, slide: index(entry), step: step))
    }

    func presentReducer() -> PresentReducer { PresentReducer(report: report, deck: deck, explorer: reducer) }
}

extension Frame {
    /// What a row shows, without the trailing spaces.
    func row(_ y: Int) -> String {
        var line = lines[y]
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// The text of `count` cells from column x of row y.
    func cells(_ y: Int, from x: Int, count: Int) -> String {
        var s = ""
        for c in x..<min(width, x + count) where self[c, y].width > 0 { s += self[c, y].text }
        return s
    }

    /// Where a block of rows (one cell per character, as big digits are) is drawn, left edges aligned.
    func find(block rows: [String]) -> (x: Int, y: Int)? {
        guard let first = rows.first, !first.isEmpty else { return nil }
        let w = first.count
        for y in 0...(max(0, height - rows.count)) {
            for x in 0...(max(0, width - w)) where cells(y, from: x, count: w) == first {
                if rows.enumerated().allSatisfy({ cells(y + $0.offset, from: x, count: w) == $0.element }) { return (x, y) }
            }
        }
        return nil
    }

    /// Whether `value` is drawn big at either size; returns the size found.
    func bigNumber(_ value: String, ascii: Bool = false) -> BigDigits.Size? {
        for size in BigDigits.Size.allCases {
            if let rows = BigDigits.render(value, size: size, ascii: ascii), find(block: rows) != nil { return size }
        }
        return nil
    }
}
