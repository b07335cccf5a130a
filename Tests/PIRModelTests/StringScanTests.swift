import Testing
@testable import PIRModel

/// The decoder moves over a string's plain bytes eight at a time (`JSONReader.skipPlainBytes`) and
/// over runs of blanks eight at a time: wherever the quote, an escape or a control character falls
/// in a word — first byte, last, the one after a Chinese character's three — the string read is
/// exactly the one written, and a raw control character still makes the decoder give up.
@Suite struct StringScanTests {
    func read(_ json: String) -> String? {
        let bytes = Array(json.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            guard let value = try? reader.string() else { return nil }
            reader.skipSpace()
            return reader.atEnd ? value : nil
        }
    }

    @Test func everyPlaceInAWord() {
        for prefix in ["", "a", "就", "a就"] {
            for length in 0...20 {
                let plain = prefix + String(repeating: "x", count: length)
                #expect(read("\"\(plain)\"") == plain)
                #expect(read("\"\(plain)\\\"q\"") == plain + "\"q")
                #expect(read("\"\(plain)\\\\\"") == plain + "\\")
                #expect(read("\"\(plain)\\n业\"") == plain + "\n业")
                #expect(read("\"\(plain)\u{1}\"") == nil, "a raw control character after \(length)")
                #expect(read("\"\(plain)\u{1F}y\"") == nil)
                #expect(read(String(repeating: " ", count: length) + "\"\(plain)\"" + String(repeating: " ", count: length)) == plain)
            }
        }
        // bytes just above the ones it stops at read as text
        #expect(read("\"\u{20}\u{21}\u{23}\u{5B}\u{5D}\u{7E}\u{7F}abcdefgh\"") == "\u{20}\u{21}\u{23}\u{5B}\u{5D}\u{7E}\u{7F}abcdefgh")
        // no closing quote: give up, never read past the end
        #expect(read("\"" + String(repeating: "x", count: 17)) == nil)
    }
}
