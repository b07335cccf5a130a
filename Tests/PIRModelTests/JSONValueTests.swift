import Foundation
import Testing
@testable import PIRModel

/// `JSONValue` took over from `JSONSerialization` (full Foundation) for the export's JSON tables and
/// for reading deck files: it must write what JSONSerialization wrote and read what it read.
@Suite struct JSONValueTests {
    static var samples: [(Any, JSONValue)] { [
        ([Any](), .array([])),
        ([[String: Any]()], .array([.object([:])])),
        (["k": [Any]()], .object(["k": .array([])])),
        ([["a": 1.0, "b/c": "x/y\n\u{1}\t\"\\é", "n": NSNull(), "d": 2.5, "big": 1e20, "neg": -3.0, "small": 0.1, "t": true] as [String: Any]],
         .array([.object(["a": .number(1), "b/c": .string("x/y\n\u{1}\t\"\\é"), "n": .null, "d": .number(2.5), "big": .number(1e20),
                          "neg": .number(-3), "small": .number(0.1), "t": .bool(true)])])),
        // nesting, and strings with nothing to escape (appended whole) beside escapes at either end
        (["x": [["y": ["中文，三字节", "\"start", "end\\", "", "mid\u{1F}dle"]]], "e": [String: Any](), "f": [Any]()] as [String: Any],
         .object(["x": .array([.object(["y": .array([.string("中文，三字节"), .string("\"start"), .string("end\\"), .string(""), .string("mid\u{1F}dle")])])]),
                  "e": .object([:]), "f": .array([])])),
    ] }

    @Test func writesWhatJSONSerializationWrote() throws {
        for (object, value) in Self.samples {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            #expect(value.pretty() == String(decoding: data, as: UTF8.self))
        }
    }

    @Test func readsWhatItWrites() {
        for (_, value) in Self.samples {
            #expect(JSONValue.parse(Data(value.pretty().utf8)) == value)
        }
        #expect(JSONValue.parse(Data("\"a\\u00e9\"".utf8)) == .string("aé"))
        #expect(JSONValue.parse(Data("[1,".utf8)) == nil)
    }

    @Test func theIndicatorsTableAsJSONIsUnchanged() throws {
        // the export's JSON table, against JSONSerialization writing the same objects
        let report = try ReportLoader.loadBundled()
        let table = Exporter.indicators(report)
        let objects: [[String: Any]] = table.rows.map { row in
            var object: [String: Any] = [:]
            for (key, value) in zip(table.header, row) {
                if let value, table.numeric.contains(key), let number = Double(value) { object[key] = number } else { object[key] = value ?? NSNull() }
            }
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        #expect(table.json == String(decoding: data, as: UTF8.self) + "\n")
    }
}
