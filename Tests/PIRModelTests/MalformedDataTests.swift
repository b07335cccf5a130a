import Foundation
import PIRTestSupport
import Testing
@testable import PIRModel

/// Every malformed dataset gives one clear line naming the file and the JSON path — never a trap,
/// never a partial model.
@Suite struct MalformedDataTests {
    static let file = "bad.json"

    /// The bundled report as untyped JSON, with one change made at `path`.
    static func mutated(_ path: [Any], _ value: Any?) throws -> Data {
        let root = try JSONSerialization.jsonObject(with: ReportLoader.bundledData())
        let changed = JSONPatch.set(root, path[...], value)
        return try JSONSerialization.data(withJSONObject: changed)
    }

    static func error(loading data: Data) -> LoadError? {
        do {
            _ = try ReportLoader.load(data, file: file)
            return nil
        } catch {
            return error
        }
    }

    static func expectError(_ data: Data, path: String, contains fragment: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = error(loading: data) else {
            Issue.record("loaded a malformed dataset", sourceLocation: sourceLocation)
            return
        }
        #expect(error.file == file, sourceLocation: sourceLocation)
        #expect(error.path == path, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        #expect(!error.description.contains("\n"), "not one line: \(error)", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("\(file): "), sourceLocation: sourceLocation)
    }

    static var indicatorPath: [Any] { ["outcomes", 2, "outputs", 0, "indicators", 1] }

    @Test func bundledDataLoads() throws {
        _ = try ReportLoader.loadBundled()
    }

    @Test func emptyFile() {
        Self.expectError(Data(), path: "", contains: "empty file")
        Self.expectError(Data("  \n".utf8), path: "", contains: "empty file")
    }

    @Test func truncatedFile() throws {
        let data = ReportLoader.bundledData()
        // cut inside a string: the scan names the string's path
        let error = try #require(Self.error(loading: data.prefix(data.count / 2)))
        #expect(error.message.contains("unterminated string") || error.message.contains("not valid JSON"), "\(error)")
        #expect(!error.description.contains("\n"))
        // cut between values: the decoder's syntax error, at the file level
        let text = String(decoding: data, as: UTF8.self)
        let cut = text.range(of: "\n  \"facts\"")!.lowerBound
        Self.expectError(Data(text[..<cut].utf8), path: "", contains: "not valid JSON")
    }

    @Test func notUTF8() {
        var data = Data("{\"schemaVersion\": 1, \"meta\": {\"title\": \"".utf8)
        data.append(contentsOf: [0xFF, 0xFE, 0x41])
        data.append(Data("\"}}".utf8))
        // the scan knows which string the bad byte is in
        Self.expectError(data, path: "meta.title", contains: "not valid UTF-8 (byte 40)")
    }

    @Test func topLevelArray() {
        Self.expectError(Data("[1, 2]".utf8), path: "", contains: "expected")
    }

    @Test func wrongTypeInRegionalResult() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["results", "africa"], "x"),
                         path: "outcomes[2].outputs[0].indicators[1].results.africa",
                         contains: "expected a non-negative number or null, found \"x\"")
    }

    @Test func negativeCount() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["results", "americas"], -3),
                         path: "outcomes[2].outputs[0].indicators[1].results.americas",
                         contains: "found -3")
    }

    @Test func fractionalCount() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["target"], 2.5),
                         path: "outcomes[2].outputs[0].indicators[1].target",
                         contains: "expected a count from 0 to 10000000, a whole number, found 2.5")
    }

    /// Every number is bounded by what it means, so nothing computed from a valid dataset can
    /// overflow (issue 17: 1e308 percent, a 1e-300 target or budget, ±1.7e308 in Table 1 crashed pir).
    nonisolated(unsafe) static let outOfBounds: [([Any], Double, String, String)] = [
        (indicatorPath + ["target"], 10_000_001.0, "outcomes[2].outputs[0].indicators[1].target", "expected a count from 0 to 10000000, a whole number, found 10000001"),
        (["outcomes", 1, "outputs", 1, "indicators", 1, "total"], 1e308, "outcomes[1].outputs[1].indicators[1].total", "expected a percentage from 0 to 1000 with at most 2 decimals, found 1e+308"),
        (["outcomes", 1, "outputs", 1, "indicators", 1, "target"], 0.001, "outcomes[1].outputs[1].indicators[1].target", "with at most 2 decimals, found 0.001"),
        (["outcomes", 6, "budget", "rows", 0, "strategic"], 1e-300, "outcomes[6].budget.rows[0].strategic", "expected US$ millions from 0 to 1000000 with at most 3 decimals, found 1e-300"),
        (["outcomes", 6, "budget", "total", "actual"], 2e6, "outcomes[6].budget.total.actual", "expected US$ millions from 0 to 1000000"),
        (["outcomes", 0, "budget", "shares", "rbsa"], -1.0, "outcomes[0].budget.shares.rbsa", "expected a share in percent from 0 to 100 with at most 2 decimals, found -1"),
        (["outcomes", 0, "results", "targetPercent"], 1e6, "outcomes[0].results.targetPercent", "expected a signed percentage from -1000 to 1000"),
        (["regions", 0, "sharePercent"], 101.0, "regions[0].sharePercent", "expected a share in percent from 0 to 100"),
        (["trends", "rows", 0, "values", 0], -1.7e308, "trends.rows[0].values[0]", "expected a percentage from 0 to 100 with at most 2 decimals, found -1.7e+308"),
        (["trends", "rows", 0, "breakdowns", 0, "values", 1], 1e-300, "trends.rows[0].breakdowns[0].values[1]", "found 1e-300"),
        (["trends", "years", 0], 99_999.0, "trends.years[0]", "expected a year from 1900 to 2100, a whole number, found 99999"),
        (["outcomes", 9, "outputs", 0, "indicators", 0, "measures", 0, "result"], 1e300, "outcomes[9].outputs[0].indicators[0].measures[0].result", "found 1e+300"),
    ]

    @Test(arguments: outOfBounds.indices)
    func numbersOutsideWhatTheyMean(_ n: Int) throws {
        let (at, value, path, fragment) = Self.outOfBounds[n]
        Self.expectError(try Self.mutated(at, value), path: path, contains: fragment)
    }

    @Test func aRawDELInText() throws {
        // README: control characters are refused; DEL (U+007F) is one, raw as escaped
        var data = try Self.mutated(["outcomes", 0, "title"], "社会对话@@")
        data = data.replacing(Data("@@".utf8), with: Data([0x7F]))
        Self.expectError(data, path: "outcomes[0].title", contains: "control character U+007F")
    }

    @Test func wrongTypeForArray() throws {
        Self.expectError(try Self.mutated(["outcomes"], ["a": 1]), path: "outcomes", contains: "expected an array")
    }

    @Test func stringWhereNumberExpected() throws {
        Self.expectError(try Self.mutated(["regions", 0, "results"], "329"), path: "regions[0].results",
                         contains: "found \"329\"")
    }

    @Test func missingRequiredField() throws {
        Self.expectError(try Self.mutated(["outcomes", 0, "title"], nil), path: "outcomes[0]",
                         contains: "missing required field \"title\"")
    }

    @Test func nullForRequiredField() throws {
        Self.expectError(try Self.mutated(["outcomes", 0, "title"], NSNull()), path: "outcomes[0].title",
                         contains: "found null")
    }

    @Test func unknownRegionID() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["results", "antarctica"], 1),
                         path: "outcomes[2].outputs[0].indicators[1].results.antarctica",
                         contains: "unknown region id \"antarctica\"")
    }

    @Test func invalidUnit() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["unit"], "percentage"),
                         path: "outcomes[2].outputs[0].indicators[1].unit",
                         contains: "expected one of count, percent, cases")
    }

    @Test func totalThatDoesNotAddUp() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["total"], 13),
                         path: "outcomes[2].outputs[0].indicators[1].total",
                         contains: "3.1.2: total 13 but the regions add up to 12")
    }

    @Test func duplicateIndicatorCode() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["code"], "3.1.1"),
                         path: "outcomes[2].outputs[0].indicators[1].code",
                         contains: "duplicate indicator code \"3.1.1\"")
    }

    @Test func indicatorCodeOfAnotherOutput() throws {
        Self.expectError(try Self.mutated(Self.indicatorPath + ["code"], "4.1.9"),
                         path: "outcomes[2].outputs[0].indicators[1].code",
                         contains: "does not belong to output 3.1")
    }

    @Test func regionTotalAgainstFigure15() throws {
        Self.expectError(try Self.mutated(["regions", 0, "results"], 330), path: "regions[0].results",
                         contains: "figure 15 says 330")
    }

    @Test func budgetRowsThatDoNotAddUp() throws {
        Self.expectError(try Self.mutated(["outcomes", 0, "budget", "rows", 1, "actual"], 43.2),
                         path: "outcomes[0].budget.total.actual", contains: "rows add up to 148.4")
    }

    @Test func controlCharacterInString() throws {
        Self.expectError(try Self.mutated(["outcomes", 0, "title"], "社会对话\u{1B}[2J"),
                         path: "outcomes[0].title", contains: "control character U+001B")
    }

    @Test func c1ControlInString() throws {
        Self.expectError(try Self.mutated(["meta", "title"], "x\u{9B}31m"),
                         path: "meta.title", contains: "control character U+009B")
    }

    @Test func oscSequenceInString() throws {
        Self.expectError(try Self.mutated(["regions", 1, "name"], "\u{1B}]52;c;cHduZWQ=\u{07}"),
                         path: "regions[1].name", contains: "control character U+001B")
    }

    @Test func fiftyMegabyteString() throws {
        let huge = String(repeating: "字", count: 50 * 1024 * 1024 / 3)
        Self.expectError(try Self.mutated(["outcomes", 0, "highlights", 0], huge),
                         path: "outcomes[0].highlights[0]", contains: "longer than the limit")
    }

    @Test func nestingTenThousandDeep() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let data = Data("{\"schemaVersion\": 1, \"meta\": \(deep)}".utf8)
        Self.expectError(data, path: "meta" + String(repeating: "[0]", count: 63), contains: "nesting deeper than 64 levels")
    }

    @Test func unpairedSurrogate() {
        let data = Data(#"{"schemaVersion": 1, "meta": {"title": "a\ud83db"}}"#.utf8)
        Self.expectError(data, path: "meta.title", contains: "unpaired surrogate")
    }

    @Test func wrongSchemaVersion() throws {
        Self.expectError(try Self.mutated(["schemaVersion"], 2), path: "schemaVersion", contains: "expected 1, found 2")
    }

    @Test func danglingFootnote() throws {
        let root = try JSONSerialization.jsonObject(with: ReportLoader.bundledData()) as! [String: Any]
        let outcomes = root["outcomes"] as! [[String: Any]]
        let text = (outcomes[0]["highlights"] as! [String])[0]
        Self.expectError(try Self.mutated(["outcomes", 0, "highlights", 0], text + "[^99]"),
                         path: "outcomes[0].highlights[0]", contains: "footnote [^99]")
    }

    @Test func trendRowOfWrongLength() throws {
        Self.expectError(try Self.mutated(["trends", "rows", 0, "values"], [5.4, 5.4]),
                         path: "trends.rows[0].values", contains: "expected 4 values")
    }

    /// A key twice in one object: Foundation would keep one value and drop the other unseen.
    @Test func duplicateKey() {
        Self.expectError(Data(#"{"schemaVersion": 1, "meta": {"title": "a", "title": "b"}}"#.utf8),
                         path: "meta.title", contains: "duplicate key \"title\"")
        // the same key spelled with an escape is the same key
        Self.expectError(Data(#"{"schemaVersion": 1, "meta": {"title": "a", "titl\u0065": "b"}}"#.utf8),
                         path: "meta.title", contains: "duplicate key")
    }

    /// Syntax errors say where: the path of the value being read, and line and column.
    @Test(arguments: [
        ("NaN", "NaN is not a JSON number"), ("Infinity", "Infinity is not a JSON number"),
        ("-Infinity", "-Infinity is not a JSON number"), ("1e400", "number 1e400 is too large"),
        ("012", "a leading zero"), ("1.", "malformed number"), ("tru", "expected a value"), ("'x'", "expected a value"),
    ])
    func invalidNumbersAndLiterals(literal: String, fragment: String) {
        let data = Data("{\"schemaVersion\": 1,\n \"regions\": [{\"results\": \(literal)}]}".utf8)
        Self.expectError(data, path: "regions[0].results", contains: fragment)
    }

    @Test func trailingCommaAndGarbage() {
        Self.expectError(Data("{\"schemaVersion\": 1, \"regions\": [1, 2,]}".utf8), path: "regions[2]", contains: "a comma before \"]\"")
        Self.expectError(Data("{\"schemaVersion\": 1,}".utf8), path: "", contains: "a comma before \"}\" (line 1, column 21)")
        Self.expectError(Data("{\"schemaVersion\": 1} {}".utf8), path: "", contains: "\"{\" after the end of the data")
    }

    @Test func utf16IsRefusedAsSuch() {
        var data = Data([0xFF, 0xFE])
        data.append("{\"schemaVersion\": 1}".data(using: .utf16LittleEndian)!)
        Self.expectError(data, path: "", contains: "UTF-16 text")
    }

    @Test func byteOrderMarkIsAccepted() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(ReportLoader.bundledData())
        #expect(throws: Never.self) { try ReportLoader.load(data, file: Self.file) }
    }

    @Test func missingFile() {
        #expect(throws: LoadError(file: "/nonexistent/x.json", path: "", message: "no such file")) {
            try ReportLoader.load(contentsOf: "/nonexistent/x.json")
        }
    }
}
