import Testing
@testable import PIRModel

/// Footnote references print as the report prints them (a raised number, `[5]` in ASCII), never as
/// the `[^5]` the dataset stores; every reference's note can be found.
@Suite struct FootnoteTests {
    let report: Report
    init() throws { report = try ReportLoader.loadBundled() }

    @Test func referencesRenderAsPrinted() {
        let text = "896 项成果[^5]，比为本两年期设定的目标高出 3%"
        #expect(Footnotes.render(text, .superscript) == "896 项成果⁵，比为本两年期设定的目标高出 3%")
        #expect(Footnotes.render(text, .bracketed) == "896 项成果[5]，比为本两年期设定的目标高出 3%")
        #expect(Footnotes.render("…增加了 650 多万美元。[^3]", .superscript) == "…增加了 650 多万美元。³")
        #expect(Footnotes.render("a[^18][^19]b", .superscript) == "a¹⁸¹⁹b")
        #expect(Footnotes.references(in: "a[^18][^19]b[^x] [^] [^2") == [18, 19])
        #expect(Footnotes.withoutReferences(text) == "896 项成果，比为本两年期设定的目标高出 3%")
        #expect(Footnotes.withoutReferences("a[^18][^19]b[^x]") == "ab[^x]")
        // what is not a reference stays as it is
        for text in ["[^x]", "[^]", "[^2", "^2]", "[2]", ""] { #expect(Footnotes.render(text, .superscript) == text) }
    }

    /// A range that cuts a reference takes all of it, so no half `[^5` is ever printed.
    @Test func rangesWidenToWholeReferences() {
        let text = "成果[^15]，比"
        let cut = text.range(of: "[^1")!
        let widened = Footnotes.widened(cut, in: text)
        #expect(text[widened] == "[^15]")
        let plain = text.range(of: "成果")!
        #expect(Footnotes.widened(plain, in: text) == plain)
    }

    /// Every reference in the report has its note, and its note is where the section lists it.
    @Test func everyReferenceHasItsNote() {
        var cited = 0
        for section in report.sections {
            let numbers = section.texts.flatMap { Footnotes.references(in: $0.text) }
            cited += numbers.count
            #expect(report.footnotes(numbered: numbers).map(\.number) == numbers, "\(section.id)")
            for text in section.texts.map(\.text) where !Footnotes.references(in: text).isEmpty {
                for style in [FootnoteStyle.superscript, .bracketed] { #expect(!Footnotes.render(text, style).contains("[^")) }
            }
        }
        #expect(cited == 21)
        #expect(report.footnotes(citedIn: ["x[^19]", "[^18] [^19]"]).map(\.number) == [19, 18])
        #expect(Footnotes.note(report.footnotes(numbered: [18])[0], .superscript) == "¹⁸ 理事会文件 GB.340/POL/6。")
    }
}
