import Foundation
import Testing
import PIRModel
@testable import PIRCommands

/// One node of every kind, in both languages: `pir show`'s text is held to a golden file
/// (Tests/Golden, rewritten with `PIR_UPDATE_GOLDEN=1`), and it says the same words, figures and
/// footnotes as the Markdown export of the node, because both draw the one `NodeDocument`.
@Suite struct NodeDocumentTests {
    static let report = try! ReportLoader.loadBundled()
    static var updating: Bool { ProcessInfo.processInfo.environment["PIR_UPDATE_GOLDEN"] == "1" }
    static let golden = Binary.packageRoot.appendingPathComponent("Tests/Golden")

    /// What each kind is tried on: a policy and an enabling outcome (outcome 1 cites note 9), an
    /// output, a policy and an enabling indicator, a region, a box, a chapter with notes.
    static let nodes: [(name: String, node: NodeRef)] = [
        ("outcome-1", .outcome("1")), ("outcome-A", .outcome("A")), ("output-3.1", .output("3.1")),
        ("indicator-3.1.2", .indicator("3.1.2")), ("indicator-A.1.1", .indicator("A.1.1")), ("region-africa", .region(.africa)),
        ("box-8", .box(8)), ("chapter-part1-budget", .chapter("part1-budget")),
    ]

    /// Every node above, the headline figures and the budget totals: (name, plain text, Markdown).
    static func rendered(_ language: Language) -> [(name: String, plain: String, markdown: String)] {
        let plain = PlainText(report: report, language: language)
        let documents = NodeDocuments(report: report, language: language)
        let markdown = MarkdownRenderer(language: language)
        var out = nodes.map { ($0.name, plain.show($0.node), Exporter.markdown(report, node: $0.node, language: language) ?? "") }
        // the overview's last line is the CLI's hint (pir show CODE …), not the report's
        let overview = plain.overview().split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("pir show CODE") }.joined(separator: "\n")
        out.append(("overview", overview, markdown.render(documents.overview())))
        out.append(("budget-totals", plain.budgetTotals(), markdown.render(documents.budgetTotals())))
        return out
    }

    @Test(arguments: [Language.zh, .en]) func showMatchesItsGoldenText(_ language: Language) throws {
        for (name, text, _) in Self.rendered(language) {
            let url = Self.golden.appendingPathComponent("show-\(name).\(language.rawValue).txt")
            if Self.updating {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(text == expected, "pir show \(name) --lang \(language) differs from \(url.lastPathComponent) (PIR_UPDATE_GOLDEN=1 rewrites it)")
        }
    }

    /// The text with its markup taken away: Markdown's escapes, emphasis, heading marks, pipes and
    /// rules, the plain text's underlines and box frame, and all spacing. What is left is the words
    /// and figures in order.
    static func bare(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        s = s.replacingOccurrences(of: "\\", with: "")
        let markup = Set("#*|>-=_:[]<>┌│└✓✗ \t\n")
        return String(s.filter { !markup.contains($0) })
    }

    @Test(arguments: [Language.zh, .en]) func showAndMarkdownSayTheSame(_ language: Language) {
        for (name, plain, markdown) in Self.rendered(language) {
            #expect(!plain.isEmpty && !markdown.isEmpty, "\(name): nothing rendered")
            let a = Self.bare(plain), b = Self.bare(markdown)
            let same = a == b
            let common = zip(a, b).prefix { $0 == $1 }.count
            #expect(same, "\(name) \(language): plain and Markdown part after \(common) characters: …\(String(a.dropFirst(max(0, common - 20)).prefix(60))) vs …\(String(b.dropFirst(max(0, common - 20)).prefix(60)))")
        }
    }

    @Test(arguments: [Language.zh, .en]) func footnotesAsTheReportPrintsThem(_ language: Language) throws {
        let rendered = Self.rendered(language)
        for (name, plain, markdown) in rendered {
            #expect(!plain.contains("[^") && !markdown.contains("[^"), "\(name): raw footnote markup")
        }
        // outcome 1's text refers to note 9: the reference raised, and the note listed at the end
        // (report text, so marked in English)
        let outcome = try #require(rendered.first { $0.name == "outcome-1" })
        let note = try #require(Self.report.outcome("1")?.footnotes.first { $0.number == 9 })
        for text in [outcome.plain, outcome.markdown] {
            #expect(text.contains("行动。⁹劳工组织"))
            let notes = try #require(text.range(of: language.strings.document.notes), "no notes heading")
            #expect(text[notes.upperBound...].contains("⁹ " + language.narrativeMark + String(note.text.prefix(12))))
        }
        var ascii = PlainText(report: Self.report, language: language)
        ascii.footnoteStyle = .bracketed
        let text = ascii.show(.outcome("1"))
        #expect(text.contains("行动。[9]劳工组织") && text.contains("[9] " + language.narrativeMark + String(note.text.prefix(12))))
    }

    /// The figures as the report prints them (checked by reading the report, not by the test):
    /// Table 2's 101.8 / 11.0 / 未设定 / 112.8, 3.1.2's 18 and 12.
    @Test func figuresAsTheReportPrintsThem() {
        let outcome = PlainText(report: Self.report).show(.outcome("1"))
        for row in ["经常预算  *101.8 +101.1", "预算外发展合作 +11.0 +42.2", "经常预算补充账户 +未设定 +4.1", "合计 +112.8 +147.4"] {
            #expect(outcome.range(of: row, options: .regularExpression) != nil, "outcome 1 lacks \(row)")
        }
        let english = PlainText(report: Self.report, language: .en).show(.outcome("1"))
        #expect(english.range(of: "not set +4.1", options: .regularExpression) != nil)
        let indicator = PlainText(report: Self.report, language: .en).show(.indicator("3.1.2"))
        #expect(indicator.contains("target 18 · result 12 · of target 67%"))
    }

    /// The budget summary printed `0.0` for the RBSA strategic budget, which every table gives as 未设定.
    @Test func budgetTotalsNeverSumWordsToZero() {
        for language in [Language.zh, .en] {
            let text = PlainText(report: Self.report, language: language).budgetTotals()
            let rbsa = text.split(separator: "\n").first { $0.hasPrefix("经常预算补充账户 ") || $0.hasPrefix("[中文] 经常预算补充账户 ") || $0.hasPrefix("Regular Budget Supplementary Account ") }
            #expect(rbsa?.contains(language.pick("未设定", "not set")) == true, "\(language): \(rbsa ?? "no RBSA row")")
            #expect(rbsa?.contains("0.0") == false)
        }
    }

    /// Appendix I's shares were printed `社会保护 57%` in English: the unit names the report gives
    /// only in Chinese are marked, in `pir show` and in the Markdown export alike.
    @Test func appendixOneSharesAreMarkedInEnglish() throws {
        let outcome = try #require(Self.report.outcome("1"))
        let shares = try #require(outcome.contributions?.shares)
        #expect(!shares.isEmpty)
        let plain = PlainText(report: Self.report, language: .en).show(.outcome("1"))
        let markdown = Exporter.markdown(Self.report, node: .outcome("1"), language: .en) ?? ""
        for share in shares {
            for text in [plain, markdown] {
                #expect(text.contains("[中文] " + share.unit), "\(share.unit)")
                #expect(!text.split(separator: "\n").contains { $0.hasPrefix(share.unit) || $0.hasPrefix("| " + share.unit) }, "\(share.unit) unmarked")
            }
        }
    }

    /// `45例` in English in one place, no unit on the slides and in `pir show` in others: a cases
    /// indicator (2.2.1) says its unit in `pir show` and on the slides' text, in both languages.
    @Test func casesKeepTheirUnitInShowAndOnSlides() throws {
        let indicator = try #require(Self.report.outcome("2")?.indicators.first { $0.code == "2.2.1" })
        #expect(indicator.unit == .cases)
        let target = try #require(indicator.target)
        let english = Figures.number(target) + " cases", chinese = Figures.number(target) + " 例"
        #expect(PlainText(report: Self.report, language: .en).show(.indicator("2.2.1")).contains("target " + english))
        #expect(PlainText(report: Self.report, language: .zh).show(.indicator("2.2.1")).contains("目标 " + chinese))
        for (language, unit) in [("en", english), ("zh", chinese)] {
            let slides = try Binary.run(["present", "--export", "txt", "--lang", language])
            let row = slides.stdout.split(separator: "\n").first { $0.contains("2.2.1 ") && $0.contains("/") }
            #expect(row?.contains(unit) == true, "\(language): \(row ?? "no 2.2.1 row")")
        }
    }
}
