import Foundation
import PIRTestSupport
import PIRText
import Testing
@testable import PIRModel

/// Every output and indicator has a short label in both languages, written to be shorter than its
/// title; a dataset whose short label is missing or malformed is refused in one line that names
/// the file, the JSON path and the value.
@Suite struct ShortTitleTests {
    static let report = Result { try ReportLoader.loadBundled() }

    /// Each output and indicator with its code, titles and short labels.
    static func labelled() throws -> [(code: String, zh: String, en: String?, short: String, shortEn: String)] {
        try report.get().outcomes.flatMap { o in
            o.outputs.flatMap { p in
                [(p.code, p.title, p.en?.text, p.shortTitle, p.shortTitleEn)]
                    + p.indicators.map { ($0.code, $0.title, $0.en?.text, $0.shortTitle, $0.shortTitleEn) }
            }
        }
    }

    @Test func all81IndicatorsAnd43OutputsHaveBothShortLabels() throws {
        let report = try Self.report.get()
        #expect(report.outcomes.flatMap(\.outputs).count == 43)
        #expect(report.outcomes.flatMap(\.indicators).count == 81)
        for item in try Self.labelled() {
            for label in [item.short, item.shortEn] {
                #expect(!label.trimmingCharacters(in: .whitespaces).isEmpty, "\(item.code)")
                #expect(label.cellWidth <= ShortTitles.maxCells, "\(item.code): \(label)")
            }
            // the Chinese short label is Chinese, the English one English
            #expect(item.short.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(item.code): \(item.short)")
            #expect(!item.shortEn.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) }, "\(item.code): \(item.shortEn)")
        }
    }

    /// Shorter in cells than the title it stands for, or no wider where the title is already short.
    @Test func eachShortLabelIsShorterThanItsTitle() throws {
        func shorter(_ short: String, _ full: String) -> Bool {
            short.cellWidth < full.cellWidth || (full.cellWidth <= ShortTitles.maxCells && short.cellWidth <= full.cellWidth)
        }
        for item in try Self.labelled() {
            #expect(shorter(item.short, item.zh), "\(item.code): \(item.short) (\(item.short.cellWidth)) vs \(item.zh) (\(item.zh.cellWidth))")
            let en = try #require(item.en, "\(item.code) has no English title")
            #expect(shorter(item.shortEn, en), "\(item.code): \(item.shortEn) vs \(en)")
        }
    }

    /// Siblings (the indicators of one output, the outputs of one outcome) never share a short label.
    @Test func siblingsHaveDifferentShortLabels() throws {
        for o in try Self.report.get().outcomes {
            let groups = [o.outputs.map { ($0.shortTitle, $0.shortTitleEn) }] + o.outputs.map { $0.indicators.map { ($0.shortTitle, $0.shortTitleEn) } }
            for group in groups {
                #expect(Set(group.map(\.0)).count == group.count, "\(o.id): \(group)")
                #expect(Set(group.map(\.1)).count == group.count, "\(o.id): \(group)")
            }
        }
    }

    static var indicator: [Any] { ["outcomes", 6, "outputs", 0, "indicators", 0] }
    static var output: [Any] { ["outcomes", 6, "outputs", 1] }
    static let indicatorPath = "outcomes[6].outputs[0].indicators[0]"
    static let outputPath = "outcomes[6].outputs[1]"

    /// (the output's or the indicator's, which field, the value or nil to remove it, the path the
    /// error names, what it says)
    @Test(arguments: [
        (false, "shortTitleEn", nil as String?, indicatorPath, "missing required field \"shortTitleEn\""),
        (true, "shortTitle", nil, outputPath, "missing required field \"shortTitle\""),
        (false, "shortTitle", "", indicatorPath + ".shortTitle", "must not be empty, found \"\""),
        (true, "shortTitleEn", "  ", outputPath + ".shortTitleEn", "must not be empty, found \"  \""),
        (false, "shortTitleEn", "FPRW\nprogrammes", indicatorPath + ".shortTitleEn", "U+000A in \"FPRW\\nprogrammes\""),
        (false, "shortTitleEn", "FPRW\u{202E}programmes", indicatorPath + ".shortTitleEn", "U+202E"),
        (false, "shortTitle", "\u{1B}[31m红色", indicatorPath + ".shortTitle", "control character U+001B"),
        (true, "shortTitle", String(repeating: "劳务移民", count: 5), outputPath + ".shortTitle", "at most 32 cells wide, found 40: \"劳务移民劳务移民"),
        (true, "shortTitleEn", String(repeating: "x", count: 33), outputPath + ".shortTitleEn", "at most 32 cells wide, found 33"),
    ])
    func aMalformedShortLabelIsRefusedInOneLine(ofOutput: Bool, field: String, value: String?, at jsonPath: String, saying fragment: String) throws {
        let data = try MalformedDataTests.mutated((ofOutput ? Self.output : Self.indicator) + [field], value)
        MalformedDataTests.expectError(data, path: jsonPath, contains: fragment)
    }

    @Test func aShortLabelOfTheWrongTypeIsRefusedInOneLine() throws {
        let data = try MalformedDataTests.mutated(Self.indicator + ["shortTitle"], 7)
        MalformedDataTests.expectError(data, path: Self.indicatorPath + ".shortTitle", contains: "expected a string")
    }

    @Test func aShortLabelAsWideAsTheLimitLoads() throws {
        let data = try MalformedDataTests.mutated(Self.output + ["shortTitle"], String(repeating: "劳务移民", count: 4))
        #expect(MalformedDataTests.error(loading: data) == nil)
    }
}
