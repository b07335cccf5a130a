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

    /// `skipString` (a skipped value) refuses exactly what `string()` refuses, and ends where it ends:
    /// each input is read both ways, and as a skipped value inside an object, key and value.
    @Test(arguments: [
        #""plain""#, #""中文，三字节""#, #""a\"b\\c\/d\n\t\r\b\f""#, #""\u0041\u00e9\u4e2d""#, #""\ud83d\ude00 pair""#,
        #""""#, #""long enough to take the eight-byte path \u0041 twice over""#, "\"\u{7F} (DEL) is no control for JSON\"",
        // refused
        #""\x bad escape""#, #""\u12 short""#, #""\u12G4 bad hex""#, #""\ud83d lone high""#, #""\ud83d\u0041 high then not low""#,
        #""\ude00 lone low""#, "\"raw \n newline\"", "\"raw \u{1}\"", "\"after eight bytes raw \u{1F}\"", #""unterminated"#,
        #""ends in a backslash\"#, #""ends in \u00"#, #"no quote"#,
    ])
    func skippingAStringRefusesWhatReadingItRefuses(_ json: String) {
        /// Where the reader ends, or nil when it gives up.
        func end(_ text: String, _ step: (inout JSONReader) throws -> Void) -> Int? {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                var reader = JSONReader(bytes: UnsafeBufferPointer(buffer))
                return (try? step(&reader)).map { reader.i }
            }
        }
        let read = end(json) { _ = try $0.string() }
        #expect(end(json) { try $0.skipString() } == read)
        #expect(end(json) { try $0.skipValue() } == read)
        let object = "{" + json + ": " + json + "}"
        let readObject = end(object) { try $0.object { reader, _ in _ = try reader.string() } }
        #expect(end(object) { try $0.skipValue() } == readObject)
        #expect((readObject == nil) == (read == nil))
    }
}

/// Trusted bytes (the bundled report with the verified digest) are skipped looking only at brackets
/// and quotes; on well-formed JSON that must end exactly where the checking skip ends.
@Suite struct TrustedSkipTests {
    /// Where each way of skipping the value at the start of `json` ends (nil: gave up).
    func ends(_ json: String) -> (checked: Int?, trusted: Int?) {
        var bytes = Array(json.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var checked = JSONReader(bytes: UnsafeBufferPointer(buffer))
            var trusted = checked
            trusted.trusted = true
            return ((try? checked.skipValue()).map { checked.i }, (try? trusted.skipValue()).map { trusted.i })
        }
    }

    @Test(arguments: [
        #""plain" ,"#, #""a\"b" ,"#, #""ends in a backslash\\" ,"#, #""\\\"" ,"#, #""\\\\" ,"#, #""" ,"#,
        #"{"a": "}", "b": ["]", "\"]\\", {"c": {}}], "d": -1.5e3, "e": null} ,"#,
        #"[[], {}, [[["x\\"]]], "{", true, false] ,"#, "[\n        \"中文\" ,\n        \"[\"\n      ] ,", "  12 ,", "  true ,",
    ])
    func wellFormedValuesEndWhereTheCheckedSkipEnds(_ json: String) {
        let (checked, trusted) = ends(json)
        #expect(checked != nil && trusted == checked, "\(json)")
    }

    /// Values longer than the 64 bytes the trusted skip takes at a time (as masks of bits), with
    /// escaped quotes and backslashes, and brackets inside strings, at every offset of a block and
    /// across its end, where the skip goes byte by byte and back.
    @Test func longValuesEndWhereTheCheckedSkipEnds() {
        for pad in 0..<140 {
            let filler = String(repeating: "x", count: pad), nested = pad % 40
            for json in [
                #"["\#(filler)\"]\\", {"k": ["}"]}, "\#(filler)"] ,"#,
                #"{"\#(filler)": [["\\"], "\#(filler)\\", {}], "b": "中文\#(filler)"} ,"#,
                String(repeating: "[", count: nested + 1) + #""\#(filler)""# + String(repeating: "]", count: nested + 1) + " ,",
            ] {
                let (checked, trusted) = ends(json)
                #expect(checked != nil && trusted == checked, "\(json)")
            }
            #expect(ends(String(repeating: "[", count: nested + 1) + #""\#(filler)\""#).trusted == nil)
        }
    }

    /// Malformed bytes cannot come this way (their digest is not the verified one), but should they,
    /// the trusted skip still stays inside them and gives up rather than trap.
    @Test(arguments: [#""unterminated"#, #""escaped end\""#, "{\"a\": [1, 2}", "[[[", "{", "\"", "]"])
    func malformedValuesGiveUpInBounds(_ json: String) {
        #expect(ends(json).trusted == nil, "\(json)")
    }

    /// Every top-level section of the bundled report, skipped both ways, ends at the same byte.
    @Test func theBundledSectionsEndWhereTheCheckedSkipEnds() throws {
        let data = ReportLoader.bundledData()
        var sections = 0
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var reader = JSONReader(bytes: bytes)
            try? reader.object { r, _ in
                var trusted = r
                trusted.trusted = true
                try trusted.skipValue()
                try r.skipValue()
                #expect(trusted.i == r.i)
                sections += 1
            }
        }
        #expect(sections >= 12)
    }
}
