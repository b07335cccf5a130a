import Foundation
import PIRModel
import PIRTestSupport
import Testing

/// A corpus of malformed and hostile datasets, made from the bundled JSON, each run through the
/// real binary with `--data`: exit 2 and one line on stderr naming the file, the JSON path and what
/// is wrong — or, for the ones that are valid, the data loads.
@Suite(.serialized) struct HostileDataTests {
    enum Outcome: Sendable {
        /// Exit 2; the message names `path` (empty: the file as a whole; "*": some path) and contains `fragment`.
        case refused(path: String, fragment: String)
        case loads
    }

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var data: Data
        var expected: Outcome
        var description: String { name }
    }

    // MARK: Making datasets

    nonisolated(unsafe) static let bundled: [String: Any] = try! JSONSerialization.jsonObject(with: ReportLoader.bundledData()) as! [String: Any]

    /// The bundled report with `value` at `path` (nil removes the key).
    static func changed(_ path: [Any], _ value: Any?) -> Data {
        try! JSONSerialization.data(withJSONObject: JSONPatch.set(bundled, path[...], value), options: [.sortedKeys])
    }

    /// The bundled report with raw JSON text (NaN, 1e400 …) at `path`.
    static func literal(_ path: [Any], _ text: String) -> Data {
        let marked = String(decoding: changed(path, "@@LITERAL@@"), as: UTF8.self)
        return Data(marked.replacingOccurrences(of: "\"@@LITERAL@@\"", with: text).utf8)
    }

    static func value(at path: [Any]) -> Any {
        path.reduce(bundled as Any) { node, key in
            if let index = key as? Int { return (node as! [Any])[index] }
            return (node as! [String: Any])[key as! String]!
        }
    }

    nonisolated(unsafe) static let indicator: [Any] = ["outcomes", 2, "outputs", 0, "indicators", 1]
    static let indicatorPath = "outcomes[2].outputs[0].indicators[1]"

    static func factIndex(_ id: String) -> Int {
        (bundled["facts"] as! [[String: Any]]).firstIndex { $0["id"] as? String == id }!
    }

    /// Every outcome's and chapter's highlights, links and quirks emptied: optional extras.
    static func withoutHighlightsLinksAndQuirks() -> Data {
        var root = bundled
        for list in ["outcomes", "chapters"] {
            root[list] = (root[list] as! [[String: Any]]).map { item in
                var item = item
                for key in ["highlights", "links", "quirks"] where item[key] != nil { item[key] = [Any]() }
                return item
            }
        }
        return try! JSONSerialization.data(withJSONObject: root)
    }

    /// Outcome A's first output with 100,000 more indicators (valid ones).
    static func hundredThousandIndicators() -> Data {
        var indicators = value(at: ["outcomes", 8, "outputs", 0, "indicators"]) as! [Any]
        for n in 0..<100_000 {
            indicators.append(["code": "A.1.\(n + 100)", "title": "第 \(n) 项指标 indicator \(n)",
                               "shortTitle": "第 \(n) 项", "shortTitleEn": "indicator \(n)",
                               "targetText": "\(n)", "resultText": "\(n + 1)"])
        }
        return changed(["outcomes", 8, "outputs", 0, "indicators"], indicators)
    }

    /// Made once (about twenty seconds of JSON in a debug build): a computed property made them
    /// again for every use, three times a run.
    static let cases: [Case] = {
        let bundledData = ReportLoader.bundledData()
        let bundledText = String(decoding: bundledData, as: UTF8.self)
        var out: [Case] = [
            // wrong JSON types at every level
            Case(name: "root is an array", data: Data("[1, 2]".utf8), expected: .refused(path: "", fragment: "expected")),
            Case(name: "root is a string", data: Data("\"report\"".utf8), expected: .refused(path: "", fragment: "expected")),
            Case(name: "root is null", data: Data("null".utf8), expected: .refused(path: "", fragment: "expected")),
            Case(name: "schemaVersion a string", data: changed(["schemaVersion"], "1"),
                 expected: .refused(path: "schemaVersion", fragment: "expected an integer, found \"1\"")),
            Case(name: "meta a number", data: changed(["meta"], 5), expected: .refused(path: "meta", fragment: "expected an object, found 5")),
            Case(name: "outcomes an object", data: changed(["outcomes"], ["a": 1]), expected: .refused(path: "outcomes", fragment: "expected an array")),
            Case(name: "an outcome a string", data: changed(["outcomes", 0], "x"), expected: .refused(path: "outcomes[0]", fragment: "expected an object, found \"x\"")),
            Case(name: "outputs a number", data: changed(["outcomes", 0, "outputs"], 3), expected: .refused(path: "outcomes[0].outputs", fragment: "expected an array, found 3")),
            Case(name: "an indicator an array", data: changed(indicator, [1]), expected: .refused(path: indicatorPath, fragment: "expected an object, found an array")),
            Case(name: "a target a string", data: changed(indicator + ["target"], "12"), expected: .refused(path: indicatorPath + ".target", fragment: "found \"12\"")),
            Case(name: "results an array", data: changed(indicator + ["results"], [1, 2]), expected: .refused(path: indicatorPath + ".results", fragment: "found an array")),
            Case(name: "a regional result true", data: changed(indicator + ["results", "africa"], true),
                 expected: .refused(path: indicatorPath + ".results.africa", fragment: "found true")),
            Case(name: "a region's results a string", data: changed(["regions", 0, "results"], "329"), expected: .refused(path: "regions[0].results", fragment: "found \"329\"")),
            Case(name: "a region's name a number", data: changed(["regions", 0, "name"], 7), expected: .refused(path: "regions[0].name", fragment: "expected a string, found 7")),
            Case(name: "a fact's value a string", data: changed(["facts", 0, "value"], "896"), expected: .refused(path: "facts[0].value", fragment: "found \"896\"")),
            Case(name: "trend years an object", data: changed(["trends", "years"], ["2019": 1]), expected: .refused(path: "trends.years", fragment: "expected an array")),
            Case(name: "a block a number", data: changed(["chapters", 0, "blocks", 0], 1), expected: .refused(path: "chapters[0].blocks[0]", fragment: "expected an object, found 1")),
            // numbers JSON does not have, or no Double holds
            Case(name: "NaN", data: literal(indicator + ["target"], "NaN"), expected: .refused(path: indicatorPath + ".target", fragment: "NaN is not a JSON number")),
            Case(name: "Infinity", data: literal(["regions", 0, "results"], "Infinity"), expected: .refused(path: "regions[0].results", fragment: "Infinity is not a JSON number")),
            Case(name: "-Infinity", data: literal(["facts", 0, "value"], "-Infinity"), expected: .refused(path: "facts[0].value", fragment: "-Infinity is not a JSON number")),
            Case(name: "1e400", data: literal(indicator + ["total"], "1e400"), expected: .refused(path: indicatorPath + ".total", fragment: "number 1e400 is too large")),
            Case(name: "a 30-digit count", data: literal(["regions", 0, "results"], "123456789012345678901234567890"),
                 expected: .refused(path: "regions[0].results", fragment: "number 123456789012345678901234567890 is too large to be exact")),
            Case(name: "0e5, which Foundation cannot read", data: literal(["regions", 0, "results"], "0e5"),
                 expected: .refused(path: "regions[0].results", fragment: "write 0")),
            Case(name: "a negative count", data: changed(indicator + ["results", "americas"], -3), expected: .refused(path: indicatorPath + ".results.americas", fragment: "found -3")),
            Case(name: "a fractional count", data: changed(indicator + ["target"], 2.5), expected: .refused(path: indicatorPath + ".target", fragment: "found 2.5")),
            Case(name: "1e-400 for a count", data: literal(indicator + ["total"], "1e-400"), expected: .refused(path: indicatorPath + ".total", fragment: "number 1e-400 is too small")),
            // syntax
            Case(name: "a trailing comma", data: Data(bundledText.replacingOccurrences(of: "\n  ],\n  \"facts\"", with: ",\n  ],\n  \"facts\"").utf8),
                 expected: .refused(path: "", fragment: "a comma before \"]\"")),
            Case(name: "garbage after the end", data: bundledData + Data("}".utf8), expected: .refused(path: "", fragment: "after the end of the data")),
            // about half of the file, cut just inside the string value that follows the middle
            Case(name: "cut in half", data: Data(bundledText[..<bundledText.index(bundledText[bundledText.index(bundledText.startIndex, offsetBy: bundledText.count / 2)...].range(of: " : \"")!.upperBound, offsetBy: 2)].utf8),
                 expected: .refused(path: "*", fragment: "unterminated string")),
            Case(name: "cut between two values", data: Data(bundledText[..<bundledText.range(of: "\n  \"facts\"")!.lowerBound].utf8),
                 expected: .refused(path: "", fragment: "not valid JSON: unexpected end of file, expected a key")),
            Case(name: "empty", data: Data(), expected: .refused(path: "", fragment: "empty file")),
            Case(name: "whitespace only", data: Data(" \n\t\n".utf8), expected: .refused(path: "", fragment: "empty file")),
            Case(name: "nesting 10,000 deep", data: Data(("{\"schemaVersion\": 1, \"meta\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}").utf8),
                 expected: .refused(path: "meta" + String(repeating: "[0]", count: 63), fragment: "nesting deeper than 64 levels")),
            // keys
            Case(name: "a duplicate key at the top", data: Data(bundledText.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"schemaVersion\" : 1").utf8),
                 expected: .refused(path: "schemaVersion", fragment: "duplicate key \"schemaVersion\"")),
            Case(name: "a duplicate key deep down", data: Data(String(decoding: changed(indicator + ["target"], "@@T@@"), as: UTF8.self)
                    .replacingOccurrences(of: "\"target\":\"@@T@@\"", with: "\"target\":18,\"target\":99").utf8),
                 expected: .refused(path: indicatorPath + ".target", fragment: "duplicate key \"target\"")),
            Case(name: "an unknown key", data: changed(["meta", "colour"], "red"), expected: .loads),
            // encodings
            Case(name: "a UTF-8 byte-order mark", data: Data([0xEF, 0xBB, 0xBF]) + bundledData, expected: .loads),
            Case(name: "UTF-16 with a byte-order mark", data: Data([0xFF, 0xFE]) + bundledText.data(using: .utf16LittleEndian)!,
                 expected: .refused(path: "", fragment: "UTF-16 text")),
            Case(name: "invalid UTF-8 in a title", data: Data(String(decoding: changed(["outcomes", 0, "title"], "@@U@@"), as: UTF8.self).utf8)
                    .replacing(Data("@@U@@".utf8), with: Data([0x41, 0xC3, 0x28])),
                 expected: .refused(path: "outcomes[0].title", fragment: "not valid UTF-8")),
            Case(name: "an unpaired high surrogate", data: literal(["outcomes", 0, "title"], #""a\ud83db""#),
                 expected: .refused(path: "outcomes[0].title", fragment: "unpaired surrogate \\uD83D")),
            Case(name: "a lone low surrogate", data: literal(["regions", 2, "name"], #""\udc00""#),
                 expected: .refused(path: "regions[2].name", fragment: "unpaired surrogate \\uDC00")),
            Case(name: "a surrogate pair (valid)", data: literal(["meta", "titleEn"], #""ILO \ud83d\udcca""#), expected: .loads),
            // what would drive a terminal
            Case(name: "ESC in a title", data: changed(["outcomes", 0, "title"], "社会对话\u{1B}[2J"), expected: .refused(path: "outcomes[0].title", fragment: "control character U+001B")),
            Case(name: "a C1 CSI in a title", data: changed(["meta", "title"], "x\u{9B}31m"), expected: .refused(path: "meta.title", fragment: "control character U+009B")),
            Case(name: "an OSC 52 in a region name", data: changed(["regions", 1, "name"], "\u{1B}]52;c;cHduZWQ=\u{07}"), expected: .refused(path: "regions[1].name", fragment: "control character U+001B")),
            Case(name: "an escaped ESC", data: literal(["outcomes", 1, "title"], #""\u001b[31mred""#), expected: .refused(path: "outcomes[1].title", fragment: "control character U+001B")),
            Case(name: "a tab escape", data: literal(["outcomes", 1, "title"], #""a\tb""#), expected: .refused(path: "outcomes[1].title", fragment: "control character escape \\t")),
            Case(name: "a raw carriage return", data: literal(["outcomes", 1, "title"], "\"a\rb\""), expected: .refused(path: "outcomes[1].title", fragment: "control character U+000D")),
            Case(name: "a raw DEL", data: literal(["outcomes", 1, "title"], "\"a\u{7F}b\""), expected: .refused(path: "outcomes[1].title", fragment: "control character U+007F")),
            Case(name: "a 1 MB string", data: changed(["outcomes", 0, "highlights", 0], String(repeating: "字", count: 1024 * 1024 / 3)),
                 expected: .refused(path: "outcomes[0].highlights[0]", fragment: "longer than the limit")),
            // over the file limit: refused by its size (fstat), before a byte is read
            Case(name: "a 70 MB string", data: changed(["outcomes", 0, "highlights", 0], String(repeating: "字", count: 70 * 1024 * 1024 / 3)),
                 expected: .refused(path: "", fragment: "is 70.5 MiB, over the limit of 64 MiB for a dataset")),
            // empty arrays everywhere
            Case(name: "no outcomes", data: changed(["outcomes"], [Any]()),
                 expected: .refused(path: "regions[0].results", fragment: "figure 15 says 329, Appendix II adds up to 0")),
            Case(name: "no regions", data: changed(["regions"], [Any]()),
                 expected: .refused(path: "facts[\(factIndex("results_total"))].value", fragment: "headline 896, regions add up to 0")),
            Case(name: "no facts", data: changed(["facts"], [Any]()), expected: .refused(path: "facts", fragment: "no fact \"results_total\"")),
            Case(name: "no chapters", data: changed(["chapters"], [Any]()), expected: .refused(path: "*", fragment: "boxes are numbered 1…N")),
            Case(name: "no trend rows", data: changed(["trends", "rows"], [Any]()), expected: .loads),
            Case(name: "no trend years", data: changed(["trends", "years"], [Any]()),
                 expected: .refused(path: "trends.rows[0].values", fragment: "expected 0 values (one per year), found 4")),
            Case(name: "an outcome without outputs", data: changed(["outcomes", 0, "outputs"], [Any]()),
                 expected: .refused(path: "outcomes[0].results.achieved", fragment: "outcome 1 states 199 results")),
            Case(name: "an output without indicators", data: changed(["outcomes", 0, "outputs", 0, "indicators"], [Any]()),
                 expected: .refused(path: "outcomes[0].results.achieved", fragment: "outcome 1 states 199 results")),
            Case(name: "an enabling output without indicators", data: changed(["outcomes", 8, "outputs", 0, "indicators"], [Any]()), expected: .loads),
            Case(name: "an outcome without its text, so without its boxes", data: changed(["outcomes", 3, "blocks"], [Any]()),
                 expected: .refused(path: "*", fragment: "boxes are numbered 1…N")),
            Case(name: "no highlights, links or quirks anywhere", data: withoutHighlightsLinksAndQuirks(), expected: .loads),
            Case(name: "100,000 indicators", data: hundredThousandIndicators(), expected: .loads),
            // the dataset issue's cases (MalformedDataTests, here through the binary)
            Case(name: "a missing required field", data: changed(["outcomes", 0, "title"], nil), expected: .refused(path: "outcomes[0]", fragment: "missing required field \"title\"")),
            Case(name: "null for a required field", data: changed(["outcomes", 0, "title"], NSNull()), expected: .refused(path: "outcomes[0].title", fragment: "found null")),
            Case(name: "an unknown region id", data: changed(indicator + ["results", "antarctica"], 1), expected: .refused(path: indicatorPath + ".results.antarctica", fragment: "unknown region id \"antarctica\"")),
            Case(name: "an invalid unit", data: changed(indicator + ["unit"], "percentage"), expected: .refused(path: indicatorPath + ".unit", fragment: "expected one of count, percent, cases")),
            Case(name: "a total that does not add up", data: changed(indicator + ["total"], 13), expected: .refused(path: indicatorPath + ".total", fragment: "total 13 but the regions add up to 12")),
            Case(name: "a duplicate indicator code", data: changed(indicator + ["code"], "3.1.1"), expected: .refused(path: indicatorPath + ".code", fragment: "duplicate indicator code \"3.1.1\"")),
            Case(name: "an indicator code of another output", data: changed(indicator + ["code"], "4.1.9"), expected: .refused(path: indicatorPath + ".code", fragment: "does not belong to output 3.1")),
            Case(name: "a region total against figure 15", data: changed(["regions", 0, "results"], 330), expected: .refused(path: "regions[0].results", fragment: "figure 15 says 330")),
            Case(name: "budget rows that do not add up", data: changed(["outcomes", 0, "budget", "rows", 1, "actual"], 43.2), expected: .refused(path: "outcomes[0].budget.total.actual", fragment: "rows add up to 148.4")),
            Case(name: "a dangling footnote", data: changed(["outcomes", 0, "highlights", 0], (value(at: ["outcomes", 0, "highlights", 0]) as! String) + "[^99]"),
                 expected: .refused(path: "outcomes[0].highlights[0]", fragment: "footnote [^99]")),
            Case(name: "a trend row of the wrong length", data: changed(["trends", "rows", 0, "values"], [5.4, 5.4]), expected: .refused(path: "trends.rows[0].values", fragment: "expected 4 values")),
            Case(name: "schema version 2", data: changed(["schemaVersion"], 2), expected: .refused(path: "schemaVersion", fragment: "expected 1, found 2")),
        ]
        out.append(Case(name: "the bundled file itself", data: bundledData, expected: .loads))
        return out
    }()

    @Test func theCorpusIsLarge() {
        #expect(Self.cases.count >= 30)
        #expect(Self.cases.filter { if case .refused = $0.expected { true } else { false } }.count >= 30)
    }

    @Test(arguments: cases)
    func throughTheBinary(_ c: Case) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data.json")
        try c.data.write(to: file)
        let binary = try #require(Binary.url)
        // niced and one at a time: 74 pir processes at once would starve the end-to-end tests' timing
        let result = try await Spawn.runSuspending("nice", ["-n", "10", binary.path, "--data", file.path, "export", "--what", "indicators", "--format", "csv"])
        switch c.expected {
        case .loads:
            #expect(result.status == 0, "\(c): \(result.stderr)")
            #expect(result.stdout.hasPrefix("outcome,output,indicator"), "\(c)")
        case .refused(let path, let fragment):
            #expect(result.status == 2, "\(c): status \(result.status), \(result.stderr.prefix(300))")
            #expect(result.stdout.isEmpty, "\(c)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 1, "\(c): not one line: \(result.stderr.prefix(500))")
            let line = String(lines.first ?? "")
            let prefix = "pir: \(file.path): " + (path.isEmpty || path == "*" ? "" : "\(path): ")
            #expect(line.hasPrefix(prefix), "\(c): \(line.prefix(300)) does not start with \(prefix)")
            if path.isEmpty {
                // the file as a whole: no path between the file name and the message
                #expect(!line.dropFirst(prefix.count).contains(where: { $0 == "[" }) || line.contains("not valid JSON"), "\(c): \(line.prefix(300))")
            }
            if path == "*" {
                #expect(line.dropFirst(prefix.count).prefix(while: { $0 != " " }).hasSuffix(":"), "\(c): no path in \(line.prefix(300))")
            }
            #expect(line.contains(fragment), "\(c): \(line.prefix(300)) lacks \(fragment)")
            #expect(line.count < 400, "\(c): a long line: \(line.prefix(500))")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(c)")
        }
    }
}
