import Testing
import PropertyBased
import PIRModel
import PIRText
@testable import PIRUI

/// Random key sequences against the navigation stack's two promises: a view never shows a sort or
/// filter it was not given (in it, by `s` `S` `R` `f`), nor one changed while another view was on
/// top; the breadcrumb always shows the stack; and the stack holds a screen once, so Esc never
/// ping-pongs.
@Suite struct NavigationPropertyTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    /// Keys that move between views, sort, filter, select, open, search and close.
    static let alphabet: [Event] = Event.keys("eirCT$ELBto") + Event.keys("sSRfF") + Event.keys("jjkgG\r\r\t")
        + [.key(.escape), .key(.escape), .key(.left), .key(.right), .key(.backTab), .key(.pageDown)]
        + Event.keys("3.1.2\r") + Event.keys("8") + Event.keys("/非洲") + Event.keys(":box 3\r") + Event.keys("nNq?")
        + [.key(.function(5)), .key(.function(7)), .key(.backspace)]

    /// Sort and filter keys: a view that saw one while on top may show a sort or filter.
    static let givers: Set<Event> = Set(Event.keys("sSRf"))

    @Test func aViewShowsOnlyTheSortAndFilterItWasGivenAndTheBreadcrumbIsTheStack() async {
        let reducer = fixture.reducer
        let view = ExplorerView(report: fixture.report, reducer: reducer)
        await propertyCheck(count: 60, input: Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 1...80), Gen.int(in: 0...2)) { keys, size in
            let (width, height) = [(80, 24), (120, 40), (200, 60)][size]
            var s = reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
            var given: Set<Int> = []
            var seen: [Int: (IndicatorQuery, CountryQuery)] = [:]
            for (n, key) in keys.map({ Self.alphabet[$0] }).enumerated() {
                let before = s
                s = reducer.reduce(s, key)
                // a view new on the stack has been given nothing yet
                let old = Set(before.stack.map(\.id))
                for v in s.stack where !old.contains(v.id) { given.remove(v.id); seen[v.id] = nil }
                // a view that moved within itself (Enter on `:B` in the explorer, on a code) is
                // pushed as a new entry over where it was, and keeps the sort and filter it had
                if s.stack.count >= 2, !old.contains(s.top.id), s.stack[s.stack.count - 2].id == before.top.id,
                   s.top.screen == before.top.screen, given.contains(before.top.id) { given.insert(s.top.id) }
                if Self.givers.contains(key), before.overlay == nil, s.top.id == before.top.id { given.insert(s.top.id) }
                for v in s.stack {
                    if !given.contains(v.id) {
                        #expect(v.query.isDefault && v.countries == CountryQuery(), "step \(n) \(key): \(v.screen) shows \(v.query) it was not given; keys \(keys)")
                    }
                    // what is under the top stays as it was left
                    if v.id != s.top.id, let (query, countries) = seen[v.id] {
                        #expect(v.query == query && v.countries == countries, "step \(n) \(key): \(v.screen) changed under the top")
                    }
                }
                seen[s.top.id] = (s.top.query, s.top.countries)
                #expect(Set(s.stack.map(\.id)).count == s.stack.count, "two views share an id: \(s.stack.map(\.id))")
                #expect(s.stack.first?.screen == .overview)
                // a screen on the stack once (a run of views moved within it counts once): Esc
                // passes each once on its way back, never switching back and forth between two
                var runs: [Screen] = []
                for screen in s.path where runs.last != screen { runs.append(screen) }
                #expect(Set(runs).count == runs.count, "step \(n) \(key): the stack \(s.path)")
                // the breadcrumb line begins with the stack's views, collapsed only where it must be
                let line = view.render(s).lines[1]
                let names = s.path.map { $0.name(s.language) }
                let glyph = Glyphs.unicode.breadcrumb
                if s.isTooSmall || s.overlay != nil { continue }  // an overlay may cover the line
                if line.hasPrefix(" " + names.joined(separator: glyph)) { continue }
                #expect(names.count > 3 && line.hasPrefix(" " + names[0] + glyph + Glyphs.unicode.ellipsis + glyph)
                        && line.contains(names.suffix(2).joined(separator: glyph)),
                        "step \(n) \(key): breadcrumb \(line) for the stack \(s.path)")
            }
        }
    }

    /// The case the property test found (`e s : B Enter`): the explorer sorted, then moved to
    /// outcome B from the switcher, keeps its sort on the new entry, and Esc returns to where it
    /// was with the sort as it was; no other view shows it.
    @Test func aViewMovedWithinItselfKeepsItsSort() {
        let reducer = fixture.reducer
        var s = reducer.reduce(AppState(width: 120, height: 40, screen: .overview), .resize(width: 120, height: 40))
        s = reducer.reduce(s, Event.keys("es"))
        let sorted = s.top
        #expect(sorted.screen == .explorer && !sorted.query.isDefault)
        s = reducer.reduce(s, Event.keys(":B") + [.key(.enter)])
        #expect(s.top.screen == .explorer && s.top.id != sorted.id && s.top.query == sorted.query, "\(s.path)")
        #expect(s.stack.filter { $0.screen != .explorer }.allSatisfy { $0.query.isDefault })
        s = reducer.reduce(s, .key(.escape))
        #expect(s.top.id == sorted.id && s.top == sorted, "\(s.path)")
    }
}
