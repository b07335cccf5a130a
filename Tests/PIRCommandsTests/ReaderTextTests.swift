import Foundation
import Testing
import PIRCommands
import PIRModel

/// What `pir show` and `pir search` print is what a reader reads: footnote references as the report
/// prints them and their notes listed at the end of the page, places in the report's words.
@Suite(.serialized) struct ReaderTextTests {
    let report: Report
    init() throws { report = try ReportLoader.loadBundled() }

    /// Every node `pir show` takes: all outcomes, outputs, indicators, regions, boxes, chapters and
    /// the countries the report names.
    var nodes: [NodeRef] {
        report.outcomes.map { .outcome($0.id) } + report.outcomes.flatMap(\.outputs).map { .output($0.code) }
            + report.outcomes.flatMap(\.indicators).map { .indicator($0.code) } + report.regions.map { .region($0.id) }
            + report.boxes.map { .box($0.number) } + report.chapters.map { .chapter($0.id) }
            + CountryIndex(report: report).named.map { .country($0.id) }
    }

    /// No `[^N]` on any page; each page that refers to a note lists it, once, at its end.
    @Test func noPageShowsFootnoteMarkupAndEveryCitedNoteIsListed() {
        let nodes = self.nodes
        #expect(nodes.count > 200)
        var pagesWithNotes = 0
        for node in nodes {
            let page = PlainText(report: report).show(node)
            #expect(!page.contains("[^"), "\(node)")
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let notes = lines.firstIndex(of: Language.zh.strings.document.notes) else { continue }
            pagesWithNotes += 1
            for note in report.footnotes where page.contains(Footnotes.note(note, .superscript)) {
                #expect(lines[notes...].filter { $0 == Footnotes.note(note, .superscript) }.count == 1, "\(node): note \(note.number)")
            }
        }
        #expect(pagesWithNotes >= 12)  // the 6 chapters and 6 outcomes with notes, and the pages quoting them
    }

    /// A page that quotes part of a section (a box) lists the notes its text refers to at its end.
    @Test func aBoxPageListsTheNotesItsTextCites() throws {
        var report = self.report
        let box = try #require(report.outcomes[0].blocks[14].box == 8 ? report.outcomes[0].blocks[14].blocks?[1].text : nil)
        report.outcomes[0].blocks[14].blocks?[1].text = box + "[^9]"
        let page = PlainText(report: report).show(.box(8))
        let lines = page.split(separator: "\n").map(String.init)
        #expect(!page.contains("[^") && lines.contains { $0.hasSuffix("。⁹") || $0.hasSuffix("⁹") })
        #expect(lines.suffix(3).first == Language.zh.strings.document.notes && lines.last?.hasPrefix("⁹ 根据 UNINFO 新冠肺炎数据门户网站") == true, "\(lines.suffix(4))")
        #expect(!PlainText(report: self.report).show(.box(8)).contains(Language.zh.strings.document.notes))
    }

    /// The issue's two examples, as `pir show` prints them: raised numbers, the notes at the end.
    @Test func showPrintsReferencesAsTheReportDoes() throws {
        let overview = try Binary.run(["show", "part2-overview"])
        #expect(overview.status == 0)
        #expect(overview.stdout.contains("896 项成果⁵，比为本两年期"))
        #expect(overview.stdout.contains("\n⁵ 成果指成员国在劳工组织的支持下"))
        let budget = try Binary.run(["show", "part1-budget"])
        #expect(budget.stdout.contains("650 多万美元。³"))
        #expect(!overview.stdout.contains("[^") && !budget.stdout.contains("[^"))
        // a country page quoting a passage with a reference lists that note too
        let page = PlainText(report: report).show(.outcome("C"))
        #expect(page.contains("¹⁸") && page.contains("¹⁸ 理事会文件 GB.340/POL/6。"))
    }

    /// Search output: no `[^` in any excerpt, whatever the query (`[^` itself included).
    @Test func searchOutputHasNoFootnoteMarkup() throws {
        let index = SearchIndex(report: report)
        for query in ["的", "。", "[^", "^1", "[", "成果", "5"] {
            let text = PlainText.searchResults(index.search(query, limit: 100_000), in: report)
            #expect(!text.contains("[^"), "\(query)")
        }
        let result = try Binary.run(["search", "896 项成果"])
        #expect(result.stdout.contains("\n各国成果概览: …") && result.stdout.contains("(图 10)下取得了 «896 项成果»⁵，比为本两年期"), "\(result.stdout)")
    }

    /// Places are the report's words, in the chosen language, never a JSON path.
    @Test func searchPrintsHumanLocations() throws {
        let result = try Binary.run(["search", "andi"])
        #expect(result.stdout.hasPrefix("成果目标 1 › 专栏 8: 哥伦比亚全国商业协会(«ANDI»)"), "\(result.stdout)")
        #expect(!result.stdout.contains("chapters[") && !result.stdout.contains("outcomes[") && !result.stdout.contains(".text"))
        let index = SearchIndex(report: report)
        let english = PlainText.searchResults(index.search("andi"), in: report, language: .en)
        #expect(english.hasPrefix("Outcome 1 › Box 8: "))
    }

    /// The issue's searches at the command line.
    @Test func searchFindsTheIssuesExamples() throws {
        let viet = try Binary.run(["search", "Viet", "Nam"]), chinese = try Binary.run(["search", "越南"])
        #expect(viet.status == 0 && chinese.status == 0)
        // the same places (the model's test compares the passages themselves), 8 hits where there were 2
        let places = { (out: String) in Set(out.split(separator: "\n").dropLast().map { $0.components(separatedBy: ": ")[0] }) }
        #expect(chinese.stdout.hasSuffix("8 hits\n") && viet.stdout.hasSuffix("8 hits\n"), "\(viet.stdout)")
        #expect(places(chinese.stdout).isSubset(of: places(viet.stdout)), "\(viet.stdout)")
        let number = try Binary.run(["search", "8%来自预算外发展合作"])
        #expect(number.status == 0 && number.stdout.contains("5«8%来自预算外发展合作»"))
        let order = try Binary.run(["search", "710", "万"]).stdout.split(separator: "\n")
        #expect(order.count == 3 && order[0].contains(" «710 万»人") && order[1].contains("2,«710 万»"), "\(order)")
    }
}
