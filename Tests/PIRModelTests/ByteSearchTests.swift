import Testing
@testable import PIRModel

/// Byte search must agree with String's own idea of a match: characters (grapheme clusters) compared
/// by canonical equivalence, as the standard library's `contains` does without Foundation.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("所取得的 199 项成果比目标(179 项)高出 11%。", "199 项", true),
        ("所取得的 199 项成果比目标(179 项)高出 11%。", "高出 12%", false),
        ("cafe\u{301} and more", "cafe", false),  // "e" + combining acute is one character: no match
        ("café", "cafe\u{301}", true),  // canonically equivalent spellings match
        ("a\r\nb", "\r", false),  // CR LF is one character
        ("👍🏽 ok", "👍", false),  // an emoji with its skin-tone modifier is one character
        ("", "x", false),
        ("abc", "", true),
    ])
    func agreesWithCharacters(haystack: String, needle: String, expected: Bool) {
        #expect(ByteSearch.contains(haystack, needle) == expected)
    }

    @Test func offsetsAreUTF8() throws {
        let range = try #require(ByteSearch.firstMatch(of: "成果", in: "指标 3.1.2 成果 成果"))
        #expect(range == 13..<19)  // 指标 is six bytes, " 3.1.2 " seven
        #expect(ByteSearch.firstMatch(of: "成果", in: "指标 3.1.2 成果 成果", from: 14) == 20..<26)
    }
}
