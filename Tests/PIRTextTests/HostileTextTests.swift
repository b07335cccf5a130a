import Testing
@testable import PIRText

/// Text that tries to drive the terminal or to break the layout comes out inert, and measuring the
/// raw text gives exactly the cells the cleaned text takes.
@Suite struct HostileTextTests {
    static let hostile: [String] = [
        "\u{1B}[2J\u{1B}[H清屏", "\u{1B}]0;title\u{07}标题", "\u{1B}]52;c;cHduZWQ=\u{1B}\\", "\u{1B}P1$r\u{1B}\\DCS",
        "CSI\u{9B}31m红", "C1\u{85}\u{90}\u{9D}\u{9C}", "响铃\u{07}\u{07}", "退格\u{08}\u{08}x", "回车\r覆盖", "制表\t\t符",
        "abc\u{202E}def\u{202C}", "\u{2066}隔离\u{2069}\u{2067}x\u{2068}y\u{2069}", "\u{200E}\u{200F}\u{061C}标记",
        "零\u{200B}宽\u{200C}字\u{200D}符\u{2060}\u{FEFF}", "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}\u{309}\u{30A}",
        "\u{301}开头的组合符", "👨\u{200D}👩\u{200D}👧\u{200D}👦家庭", "❤\u{FE0F}心", "☺\u{FE0E}", "🇨🇳国旗", "👍🏽好",
        "软\u{AD}连字符", "行\u{2028}段\u{2029}分隔", "\r\n", "한국어 ᄀ\u{1161}\u{11A8}", "e\u{200D}\u{301}",
        String(repeating: "\u{0489}", count: 50) + "x", "\u{E0067}\u{E0062}tags", "mixed 中文 and ASCII \u{1B}[31m",
    ]

    static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A { return true }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if v == 0xFE0E || v == 0xFE0F { return false }
        return scalar.properties.generalCategory != .format
    }

    @Test(arguments: hostile)
    func cleanedTextIsInert(_ text: String) {
        let cleaned = Sanitizer.clean(text)
        #expect(cleaned.unicodeScalars.allSatisfy(Self.isInert), "\(cleaned.unicodeScalars.map { String($0.value, radix: 16) })")
        for character in cleaned {
            // one visible character and at most four marks: what ncurses keeps of a cell
            #expect(character.unicodeScalars.filter { DisplayWidth.of($0) > 0 }.count <= 1, "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(character.unicodeScalars.count <= 1 + Sanitizer.maximumMarks + 1)
        }
        #expect(Sanitizer.clean(cleaned) == cleaned, "not idempotent")
    }

    @Test(arguments: hostile)
    func theRawWidthIsTheDrawnWidth(_ text: String) {
        #expect(text.cellWidth == Sanitizer.clean(text).cellWidth, "\(text.debugDescription)")
        let fitted = TextLayout.fit(text, to: 12)
        #expect(Sanitizer.clean(fitted).cellWidth == 12, "\(fitted.debugDescription)")
    }

    @Test func whatIsKept() {
        #expect(Sanitizer.clean("👨\u{200D}👩\u{200D}👧") == "👨")
        #expect(Sanitizer.clean("👍🏽") == "👍")
        #expect(Sanitizer.clean("🇨🇳") == "🇨")
        #expect(Sanitizer.clean("❤\u{FE0F}") == "❤")
        #expect(Sanitizer.clean("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}") == "a\u{301}\u{302}\u{303}\u{304}")
        #expect(Sanitizer.clean("\u{301}x") == "x")
        #expect(Sanitizer.clean("软\u{AD}连") == "软连")
        #expect(Sanitizer.clean("行\u{2028}段") == "行 段")
        #expect(Sanitizer.clean("a\rb") == "a\u{FFFD}b")
        #expect(Sanitizer.clean("\u{1B}[2J") == "\u{FFFD}[2J")
        #expect(Sanitizer.clean("ᄀ\u{1161}\u{11A8}") == "ᄀ\u{1161}\u{11A8}")  // conjoining jamo stay one syllable
    }
}
