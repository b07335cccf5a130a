import PIRModel
import PIRTestSupport
import Testing
@testable import PIRUI

/// English is complete: every screen of the explorer (each list moved through, each outcome's and
/// indicator's panes, the overlays, the help, every key's status line), and every slide of the
/// default deck with the presenter's overlays, show no Chinese in English mode except report
/// text marked `[中文]` and the proper names of `EnglishCompleteness.names`.
@Suite struct EnglishCompletenessTests {
    let fixture = try! Fixture()

    static func rows(_ frame: Frame) -> [[String]] {
        (0..<frame.height).map { y in (0..<frame.width).map { x in frame[x, y].text } }
    }

    func check(_ frame: Frame, _ what: String) {
        let found = EnglishCheck.unmarked(Self.rows(frame), allowed: EnglishCompleteness.names)
        #expect(found.isEmpty, "\(what):\n\(found.prefix(5).joined(separator: "\n"))")
    }

    /// A state's frame, the document text (`DetailDocument`, `ViewDocuments`) left out unless
    /// `documents`: those are being rebuilt on the semantic document model (issue 15's other
    /// part), and `theDocumentTextIsEnglish` checks them on their own.
    func check(_ s: AppState, _ what: String, documents: Bool = false) {
        let (frame, layout) = fixture.view.laidOut(s)
        var rows = Self.rows(frame)
        if !documents, let text = layout.text {
            // under an overlay, the document's cells are those the overlay left as they were
            var bare = s
            bare.overlay = nil
            let under = s.overlay == nil ? rows : Self.rows(fixture.view.render(bare))
            for y in text.y..<min(text.maxY, rows.count) {
                for x in text.x..<min(text.maxX, rows[y].count) where rows[y][x] == under[y][x] { rows[y][x] = " " }
            }
        }
        let found = EnglishCheck.unmarked(rows, allowed: EnglishCompleteness.names)
        #expect(found.isEmpty, "\(what):\n\(found.prefix(5).joined(separator: "\n"))")
    }

    func start(_ width: Int, _ height: Int, _ screen: Screen) -> AppState {
        var s = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        s.language = .en
        if screen != .overview { s = fixture.reducer.reduce(s, .key(.function(screen.functionKey))) }
        return s
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyScreenAndItsRows(width: Int, height: Int) {
        for screen in Screen.allCases {
            var s = start(width, height, screen)
            check(s, "\(screen) \(width)x\(height)")
            // down the list, the text of each row shown beside it
            for n in 0..<60 {
                s = fixture.drive(s, [.key(.down)])
                check((s), "\(screen) row \(n + 1) \(width)x\(height)")
            }
            s = fixture.drive(s, [.key(.tab)])
            check((s), "\(screen) text \(width)x\(height)")
        }
    }

    @Test func everyOutcomeAndIndicator() {
        let report = fixture.report
        for (o, outcome) in report.outcomes.enumerated() {
            var s = start(120, 40, .explorer)
            s.outcome = o
            check((s), "outcome \(outcome.id)")
            s.focus = .detail
            check((s), "outcome \(outcome.id) detail")
            for (n, indicator) in outcome.indicators.enumerated() {
                s.indicator = n
                for focus in [Pane.indicators, .regions, .detail] {
                    s.focus = focus
                    check((s), "indicator \(indicator.code) \(focus)")
                }
            }
        }
    }

    @Test func everyKeysStatusLineAndTheOverlays() {
        for screen in Screen.allCases {
            for binding in Keymap.bindings(for: screen) {
                for key in binding.keys {
                    let s = fixture.drive(start(100, 30, screen), [.key(.down), .key(key)])
                    guard s.language == .en else { continue }   // w switches to Chinese
                    check((s), "\(screen) after \(binding.label)")
                }
            }
        }
        let typed: [(String, [Event])] = [("help", Event.keys("?")), ("search", Event.keys("/3.1")), ("search none", Event.keys("/qqqzzz")),
                                         ("search hits", Event.keys("/employment")), ("switcher", Event.keys(":asi")),
                                         ("switcher none", Event.keys(":zzz")), ("code", Event.keys("7.5.2\r")), ("bad code", Event.keys("9.9.9\r"))]
        for (what, events) in typed {
            check((fixture.drive(start(100, 30, .overview), events)), what)
        }
        check((start(30, 8, .overview)), "too small")
    }

    @Test func everySlideOfTheDefaultDeckAndThePresentersOverlays() {
        let report = fixture.report
        let deck = Deck(spec: DeckSpec.standard(report), report: report, language: .en)
        let view = PresentView(report: report, deck: deck, reducer: fixture.reducer)
        for (width, height) in [(80, 24), (120, 40)] {
            for (n, slide) in deck.slides.enumerated() {
                for step in Set([0, slide.steps]) {
                    var s = PresentState(width: width, height: height, slide: n, step: step)
                    s.language = .en
                    check(view.render(s), "slide \(n + 1) \(slide.entry) step \(step) \(width)x\(height)")
                }
                var s = PresentState(width: width, height: height, slide: n)
                s.language = .en
                check(NotesView(deck: deck).render(s, time: .zero), "notes \(n + 1)")
            }
            var s = PresentState(width: width, height: height)
            s.language = .en
            s.showHelp = true
            check(view.render(s), "present help")
            s.showHelp = false
            s.index = 0
            check(view.render(s), "slide index")
            s.index = nil
            s.find = FindState(query: "zzz")
            check(view.render(s), "find")
        }
    }

    @Test
    func theDocumentTextIsEnglish() {
        for screen in Screen.allCases {
            var s = start(120, 40, screen)
            for _ in 0..<60 {
                s = fixture.drive(s, [.key(.down)])
                check(s, "\(screen) document", documents: true)
            }
        }
        for (o, outcome) in fixture.report.outcomes.enumerated() {
            var s = start(120, 40, .explorer)
            s.outcome = o
            s.focus = .detail
            check(s, "outcome \(outcome.id) document", documents: true)
            for n in outcome.indicators.indices {
                s.indicator = n
                check(s, "indicator \(outcome.indicators[n].code) document", documents: true)
            }
        }
    }

    @Test func theCheckFindsUnmarkedChineseAndPassesMarkedText() {
        #expect(EnglishCheck.unmarked(EnglishCheck.cells("Social protection 57%")).isEmpty)
        #expect(!EnglishCheck.unmarked(EnglishCheck.cells("社会保护 57%")).isEmpty)
        #expect(EnglishCheck.unmarked(EnglishCheck.cells("Source: [中文] 劳工组织")).isEmpty)
        #expect(!EnglishCheck.unmarked(EnglishCheck.cells("目标 [中文] 劳工组织")).isEmpty)
        // a wrapped marked paragraph continues on the next line; a new line after a short one does not
        func row(_ text: String) -> [String] {
            let cells = EnglishCheck.cells(text)[0]
            return cells + Array(repeating: " ", count: max(0, 30 - cells.count)) + ["│"]
        }
        #expect(EnglishCheck.unmarked([row("[中文] 劳工组织劳工组织劳工组"), row("劳工组织")]).isEmpty)
        #expect(!EnglishCheck.unmarked([row("[中文] 劳工组织劳工组织劳工组"), row("[中文] 劳工"), row("劳工组织")]).isEmpty)
        // a Latin word that did not fit carries the paragraph on though the line above ends early;
        // a short word after a short line starts a new text
        let edge = [row(""), row("[中文] 劳工组织劳工组织劳工组")]
        #expect(EnglishCheck.unmarked([row("[中文] 劳工组织劳工"), row("COVID-19”直接劳工")] + edge).isEmpty)
        #expect(!EnglishCheck.unmarked([row("[中文] 劳工组织劳工"), row("ILO 劳工组织")] + edge).isEmpty)
    }
}
