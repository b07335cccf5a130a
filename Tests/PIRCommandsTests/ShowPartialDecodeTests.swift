import Testing
import PIRModel
@testable import PIRCommands

/// `pir show` decodes the bundled report without the sections an outcome's, output's or indicator's
/// page never reads (`ShowLaunch.unreadByOutcomePages`); every page it prints must be the page the
/// whole report gives, for every node of every kind, in both languages.
@Suite struct ShowPartialDecodeTests {
    @Test(arguments: [Language.zh, .en])
    func everyNodeShowsAsInTheWholeReport(_ language: Language) throws {
        let whole = try ReportLoader.loadBundled()
        let text = PlainText(report: whole, language: language)
        var nodes: [(query: String, node: NodeRef)] = []
        for o in whole.outcomes {
            nodes.append((o.id, .outcome(o.id)))
            for p in o.outputs {
                nodes.append((p.code, .output(p.code)))
                nodes += p.indicators.map { ($0.code, .indicator($0.code)) }
            }
        }
        nodes += whole.regions.map { ($0.id.rawValue, .region($0.id)) }
        nodes += whole.boxes.map { ("box \($0.number)", .box($0.number)) }
        nodes += whole.chapters.map { ($0.id, .chapter($0.id)) }
        // countries take the whole report as regions do; a few show that they do
        nodes += (whole.countries ?? []).prefix(3).map { ($0.id, .country($0.id)) }
        #expect(nodes.count > 150)
        for (query, node) in nodes {
            try #require(whole.resolve(query) == node, "\(query) does not name \(node) in the whole report")
            #expect(try ShowLaunch(language: language, code: [query]).page() == text.show(node), "pir show \(query) --lang \(language)")
        }
        #expect(try ShowLaunch(language: language, code: ["trends"]).page() == text.trends())
        #expect(try ShowLaunch(language: language, code: ["budget"]).page() == text.budgetTotals())
        #expect(throws: Failure.self) { try ShowLaunch(language: language, code: ["no such node"]).page() }
    }

    /// Every outcome's, output's and indicator's code takes the partial decode (the guess is only
    /// that: what the code resolves to decides), and the other kinds go straight to the whole report.
    @Test func everyOutcomeCodeTakesThePartialDecode() throws {
        let whole = try ReportLoader.loadBundled()
        let codes = whole.outcomes.flatMap { o in [o.id, "outcome \(o.id)"] + o.outputs.flatMap { p in [p.code] + p.indicators.map(\.code) } }
        for code in codes { #expect(ShowLaunch.mayNameAnOutcomeNode(code), "\(code)") }
        let others = whole.regions.map(\.id.rawValue) + whole.boxes.map { "box \($0.number)" } + whole.chapters.map(\.id) + ["trends", "budget", "预算"]
        for other in others { #expect(!ShowLaunch.mayNameAnOutcomeNode(other), "\(other)") }
    }

    /// The pages above come from the partial report only if it really is partial.
    @Test func thePartialReportLeavesTheUnreadSectionsOut() throws {
        let partial = try ReportLoader.loadBundled(skipping: ShowLaunch.unreadByOutcomePages)
        #expect(partial.facts.isEmpty && partial.pillars.isEmpty && (partial.countries ?? []).isEmpty)
        #expect(!partial.chapters.isEmpty && !partial.outcomes.isEmpty)
    }
}
