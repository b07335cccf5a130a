import Testing
import PIRModel
@testable import PIRCommands

/// `pir show` decodes the bundled report without the sections an outcome's, output's or indicator's
/// page never reads (`ShowLaunch.unreadByOutcomePages`) and with no more of the chapters and
/// outcomes than the scope of the outcome the code names (`Report.Scope`); every page it prints must
/// be the page the whole report gives, for every node of every kind, however its code is typed, in
/// both languages.
@Suite struct ShowPartialDecodeTests {
    @Test(arguments: [Language.zh, .en])
    func everyNodeShowsAsInTheWholeReport(_ language: Language) throws {
        let whole = try ReportLoader.loadBundled()
        let text = PlainText(report: whole, language: language)
        var nodes: [(query: String, node: NodeRef)] = []
        for o in whole.outcomes {
            nodes += [(o.id, .outcome(o.id)), ("outcome \(o.id.lowercased())", .outcome(o.id)), ("成果目标 \(o.id)", .outcome(o.id))]
            for p in o.outputs {
                nodes += [(p.code, .output(p.code)), (p.code.lowercased(), .output(p.code))]
                nodes += p.indicators.flatMap { [($0.code, .indicator($0.code)), (" \($0.code.lowercased()) ", .indicator($0.code))] }
            }
        }
        nodes += whole.regions.map { ($0.id.rawValue, .region($0.id)) }
        nodes += whole.boxes.map { ("box \($0.number)", .box($0.number)) }
        nodes += whole.chapters.map { ($0.id, .chapter($0.id)) }
        // countries take the whole report as regions do; a few show that they do
        nodes += (whole.countries ?? []).prefix(3).map { ($0.id, .country($0.id)) }
        #expect(nodes.count > 300)
        for (query, node) in nodes {
            try #require(whole.resolve(query) == node, "\(query) does not name \(node) in the whole report")
            #expect(try ShowLaunch(language: language, code: [query]).page() == text.show(node), "pir show \(query) --lang \(language)")
        }
        #expect(try ShowLaunch(language: language, code: ["trends"]).page() == text.trends())
        #expect(try ShowLaunch(language: language, code: ["budget"]).page() == text.budgetTotals())
        #expect(throws: Failure.self) { try ShowLaunch(language: language, code: ["no such node"]).page() }
    }

    /// Every outcome's, output's and indicator's code takes the partial decode in the scope of its
    /// outcome, an outcome's with its narrative (the guess is only that: what the code resolves to
    /// decides); the other kinds go straight to the whole report.
    @Test func everyOutcomeCodeTakesThePartialDecode() throws {
        let whole = try ReportLoader.loadBundled()
        for o in whole.outcomes {
            for code in [o.id, "outcome \(o.id)", "成果目标 \(o.id.lowercased())"] {
                let scope = try #require(ShowLaunch.scope(for: code), "\(code)")
                #expect(scope.reading(of: o.id) == .whole && !whole.outcomes.contains { $0.id != o.id && scope.reading(of: $0.id) != .outline }, "\(code)")
            }
            for code in o.outputs.flatMap({ p in [p.code] + p.indicators.map(\.code) }) {
                let scope = try #require(ShowLaunch.scope(for: code), "\(code)")
                #expect(scope.reading(of: o.id) == .withoutNarrative, "\(code)")
                #expect(!whole.outcomes.contains { $0.id != o.id && scope.reading(of: $0.id) != .outline }, "\(code)")
            }
        }
        let others = whole.regions.map(\.id.rawValue) + whole.boxes.map { "box \($0.number)" } + whole.chapters.map(\.id) + ["trends", "budget", "预算", "", "."]
        for other in others { #expect(ShowLaunch.scope(for: other) == nil, "\(other)") }
    }

    /// The pages above come from the partial report only if it really is partial: the unread
    /// sections empty, the chapters without narrative, the other outcomes in outline (no narrative,
    /// budget, results, links, quirks or sources; their outputs' and indicators' codes only),
    /// while every id, code, footnote and contribution is there.
    @Test func thePartialReportLeavesTheUnreadSectionsOut() throws {
        let whole = try ReportLoader.loadBundled()
        for narrative in [true, false] {
            let partial = try ReportLoader.loadBundled(skipping: ShowLaunch.unreadByOutcomePages, scope: .outcome("c", narrative: narrative))
            #expect(partial.facts.isEmpty && partial.pillars.isEmpty && (partial.countries ?? []).isEmpty)
            #expect(partial.chapters.count == whole.chapters.count && partial.chapters.allSatisfy(\.blocks.isEmpty))
            #expect(partial.footnotes == whole.footnotes && !whole.footnotes.isEmpty)
            #expect(partial.outcomes.map(\.id) == whole.outcomes.map(\.id))
            for (p, w) in zip(partial.outcomes, whole.outcomes) {
                #expect(p.footnotes == w.footnotes && p.contributions == w.contributions && p.title == w.title)
                #expect(p.outputs.map(\.code) == w.outputs.map(\.code) && p.indicators.map(\.code) == w.indicators.map(\.code))
                if w.id == "C" {
                    #expect(p.outputs == w.outputs && p.budget == w.budget && p.sources == w.sources && p.links == w.links)
                    #expect((p == w) == narrative && p.blocks.isEmpty != narrative)
                } else {
                    #expect(p.blocks.isEmpty && p.highlights.isEmpty && !w.blocks.isEmpty)
                    #expect(p.budget == nil && p.results == nil && p.links.isEmpty && p.sources == nil)
                    #expect(p.indicators.allSatisfy { $0.title.isEmpty } && p.outputs != w.outputs)
                }
            }
        }
    }

    /// A page is taken from the partial report only when the scope read what it reads: a query
    /// that resolves to another outcome's node there is looked up again in the whole report (`page`
    /// checks; this shows that the check has something to catch).
    @Test func anotherOutcomesPagesWouldLackWhatTheyRead() throws {
        let whole = try ReportLoader.loadBundled()
        let partial = try ReportLoader.loadBundled(skipping: ShowLaunch.unreadByOutcomePages, scope: .outcome("1", narrative: true))
        let other = try #require(whole.outcomes.first { $0.id == "2" })
        let nodes: [NodeRef] = [.outcome(other.id), .output(other.outputs[0].code), .indicator(other.indicators[0].code)]
        for language in Language.allCases {
            for node in nodes {
                #expect(PlainText(report: partial, language: language).show(node) != PlainText(report: whole, language: language).show(node), "\(node)")
            }
        }
    }
}
