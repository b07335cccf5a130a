import Foundation
import Testing
@testable import PIRModel

/// The fast decoder must give exactly what JSONDecoder gives, or give up so that JSONDecoder decides.
@Suite struct FastDecoderTests {
    let bundled = String(decoding: ReportLoader.bundledData(), as: UTF8.self)

    func both(_ json: String) -> (fast: Report?, foundation: Report?) {
        let data = Data(json.utf8)
        return (FastDecoder.decode(data), try? JSONDecoder().decode(Report.self, from: data))
    }

    func replacing(_ old: String, with new: String) throws -> String {
        let range = try #require(bundled.range(of: old), "\(old) not in the bundled file")
        return bundled.replacingCharacters(in: range, with: new)
    }

    @Test func theBundledReportDecodesAsJSONDecoderDecodesIt() throws {
        let (fast, foundation) = both(bundled)
        let decoded = try #require(fast, "the fast decoder gave up on the bundled report")
        #expect(decoded == foundation)
        #expect(decoded.outcomes.flatMap(\.indicators).count > 50)
    }

    @Test func escapesNumbersNullsAndUnknownKeys() throws {
        var json = try replacing("\"schemaVersion\" : 1", with: """
            "schemaVersion": 1, "unknown": {"a": [1, -2.5e3, null, true, false, "x\\u0041"], "b": {}}
            """)
        json = json.replacingOccurrences(of: "\"titleEn\" : \"ILO Programme Implementation Report 2020–21\"",
                                         with: #""titleEn": "ILO \"PIR\" \u00e9\ud83d\ude00 \/ \\ \n\t end""#)
        json = json.replacingOccurrences(of: "\"sharePercent\" : 37", with: "\"sharePercent\" : 3.7E1")
        let (fast, foundation) = both(json)
        let decoded = try #require(fast)
        #expect(decoded == foundation)
        #expect(decoded.meta.titleEn == "ILO \"PIR\" é😀 / \\ \n\t end")
        #expect(decoded.regions[0].sharePercent == 37)
    }

    @Test(arguments: [
        ("\"schemaVersion\" : 1", "\"schemaVersion\": 1, \"schemaVersion\": 1"),  // a repeated key
        ("\"schemaVersion\" : 1", "\"schemaVersion\": 1.0"),  // an integer written as a decimal
        ("\"schemaVersion\" : 1", "\"schemaVersion\": \"1\""),  // a string for a number
        ("\"schemaVersion\" : 1", "\"schemaVersion\": 1, \"trends\": null"),  // null for a required object
    ])
    func givesUpWhereJSONDecoderMustDecide(old: String, new: String) throws {
        let json = try replacing(old, with: new)
        #expect(FastDecoder.decode(Data(json.utf8)) == nil)
        // the loader then says what JSONDecoder says
        let loaded = Result { try ReportLoader.load(Data(json.utf8), file: "x.json") }
        let foundation = Result { try JSONDecoder().decode(Report.self, from: Data(json.utf8)) }
        switch (loaded, foundation) {
        case (.failure(let error), .success) where new.hasPrefix("\"schemaVersion\": 1, \"schemaVersion\""):
            // JSONDecoder keeps one of the two values unseen; the loader refuses a repeated key
            #expect("\(error)".contains("duplicate key \"schemaVersion\""), "\(error)")
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure, .failure): break
        default: Issue.record("the loader and JSONDecoder disagree on \(new)")
        }
    }

    @Test func trailingGarbageIsLeftToJSONDecoder() {
        #expect(FastDecoder.decode(Data((bundled + " x").utf8)) == nil)
    }
}
