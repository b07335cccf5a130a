import PIRModel
import Testing
@testable import PIRUI

/// A document laid out only as far as asked shows the same lines as the whole one, and says it is
/// incomplete; the cache grows it when more is asked for.
@Suite struct DetailCacheTests {
    @Test func aPartialDocumentIsAPrefixOfTheWholeOne() throws {
        let report = try ReportLoader.loadBundled()
        let outcome = Focused.outcome(report.outcomes[0])
        let whole = DetailDocument(report: report, glyphs: .unicode).build(outcome, width: 80)
        #expect(whole.isComplete && whole.lines.count > 100)
        let part = DetailDocument(report: report, glyphs: .unicode).build(outcome, width: 80, limit: 30)
        #expect(!part.isComplete)
        #expect(part.lines == Array(whole.lines.prefix(30)))

        let cache = DetailCache()
        let first = cache.document(outcome, width: 80, lines: 20, report: report, glyphs: .unicode)
        #expect(first.lines.count >= 20 && first.lines.count < whole.lines.count)
        #expect(first.lines == Array(whole.lines.prefix(first.lines.count)))
        let all = cache.document(outcome, width: 80, lines: whole.lines.count + 1, report: report, glyphs: .unicode)
        #expect(all.isComplete && all.lines == whole.lines)
    }

    @Test func theDetailPaneScrollsToTheEndOfALongText() throws {
        let fixture = try Fixture()
        // outcome 1's text in the detail area, scrolled far past its end: the scroll stops at the last line
        let state = fixture.state(120, 40, Event.keys("\t\t\t") + Array(repeating: .key(.pageDown), count: 200))
        let frame = fixture.view.render(state)
        let whole = DetailDocument(report: fixture.report, glyphs: .unicode).build(state.focused(in: fixture.report), width: 117)
        #expect(frame.text.contains("/\(whole.lines.count) "))
        #expect(state.detailScroll > 0)
    }
}
