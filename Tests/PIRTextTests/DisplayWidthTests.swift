import Testing
@testable import PIRText

@Suite struct DisplayWidthTests {
    /// The scalar-by-scalar sum (`ofScalars`) is taken only where it equals the width cluster by
    /// cluster: every scalar it accepts, alone and after each of a few neighbours (ASCII, CJK, a
    /// line feed, a carriage return), and strings it must refuse, which fall back to clusters.
    @Test func theScalarSumIsTheClusterSumWhereverItIsTaken() {
        let neighbours: [String] = ["a", "非", "\n", "\r", " ", "，", "─"]
        var accepted = 0
        var differing: [String] = []
        for v in UInt32(0x80)...0xFFFF {
            guard DisplayWidth.standsAlone(v), let scalar = Unicode.Scalar(v) else { continue }
            accepted += 1
            let alone = String(Character(scalar))
            for text in [alone] + neighbours.flatMap({ [$0 + alone, alone + $0] })
            where DisplayWidth.ofScalars(text) != DisplayWidth.ofCharacters(text) {
                differing.append(text.debugDescription)
            }
        }
        #expect(accepted > 20_000)
        // the ideographs' shortcut in `of` says what the table says
        #expect((UInt32(0x4E00)...0x9FFF).allSatisfy { DisplayWidth.lookup($0) == 2 })
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        for refused in ["e\u{301}", "非\u{302A}", "❤\u{FE0F}", "👩‍👩‍👧", "🇨🇳", "가\u{11A8}", "カ\u{3099}"] {
            #expect(DisplayWidth.ofScalars(refused) == nil, "\(refused.debugDescription)")
            #expect(refused.cellWidth == DisplayWidth.ofCharacters(refused))
        }
    }

    @Test func asciiIsOneCellEach() {
        #expect("pir 3.1.2".cellWidth == 9)
    }

    @Test func chineseTakesTwoCells() {
        #expect("非洲".cellWidth == 4)
        #expect("成果目标 3".cellWidth == 10)
    }

    @Test func fullwidthPunctuationTakesTwoCells() {
        #expect("，。：；（）《》".cellWidth == 16)
        #expect("ＡＢ".cellWidth == 4)
    }

    @Test func combiningMarksTakeNoCell() {
        #expect("e\u{301}".cellWidth == 1)
        #expect("a\u{301}\u{302}\u{303}\u{304}".cellWidth == 1)
    }

    @Test func emojiAreWide() {
        #expect("😀".cellWidth == 2)
        #expect("👩‍👩‍👧".cellWidth == 2)  // ZWJ sequence: one cluster, drawn as its first emoji
        // the emoji presentation selector is dropped (terminals disagree on the width it gives):
        // the heart is drawn as text, one cell
        #expect("❤\u{FE0F}".cellWidth == 1)
    }

    /// A control is drawn as U+FFFD (a tab as a space): one cell, so measuring the raw text gives
    /// the width of what is drawn.
    @Test func controlsTakeTheCellOfTheirReplacement() {
        #expect("\u{1B}[31m".cellWidth == 5)
        #expect("\u{7}".cellWidth == 1)
        #expect("a\tb".cellWidth == 3)
        #expect("a\nb".cellWidth == 2)
    }

    @Test func zeroWidthCharacters() {
        #expect("a\u{200B}b".cellWidth == 2)
        #expect("\u{FEFF}".cellWidth == 0)
    }

    @Test func hangulJamoAndCJKExtensionB() {
        #expect("한국".cellWidth == 4)
        #expect("\u{20000}".cellWidth == 2)
    }
}

@Suite struct LayoutTests {
    @Test func truncateByWidthNotCharacters() {
        #expect(TextLayout.truncate("国际劳工组织", to: 7) == "国际劳…")
        #expect(TextLayout.truncate("国际劳工组织", to: 12) == "国际劳工组织")
        #expect(TextLayout.truncate("abcdef", to: 4) == "abc…")
    }

    @Test func neverSplitsAWideCharacter() {
        // 5 cells: two ideographs (4) fit, the third would straddle the edge
        #expect(TextLayout.prefix("国际劳工", width: 5) == "国际")
        #expect(TextLayout.fit("国际劳工", to: 5, ellipsis: "") == "国际 ")
        #expect(TextLayout.fit("国际劳工", to: 5, ellipsis: "").cellWidth == 5)
    }

    @Test func fitPadsToExactWidth() {
        for text in ["", "a", "非洲", "欧洲和中亚", "Asia and the Pacific"] {
            for width in 0...12 {
                #expect(TextLayout.fit(text, to: width).cellWidth == width, "\(text) at \(width)")
                #expect(TextLayout.fit(text, to: width, alignment: .right).cellWidth == width)
            }
        }
    }
}

@Suite struct WrapTests {
    @Test func wrapsChineseByWidth() {
        let lines = Wrapper.wrap("劳工组织帮助成员国取得了成果", width: 10)
        #expect(lines.allSatisfy { $0.cellWidth <= 10 })
        #expect(lines.joined() == "劳工组织帮助成员国取得了成果")
    }

    @Test func noLineStartsWithClosingPunctuation() {
        // at width 8 a naive break would put "，" at the start of line 2
        let lines = Wrapper.wrap("一二三四，五六七八。", width: 8)
        #expect(lines.joined() == "一二三四，五六七八。")
        for line in lines.dropFirst() {
            #expect(!Wrapper.noStart.contains(line.first!), "\(lines)")
        }
        #expect(lines.allSatisfy { $0.cellWidth <= 8 })
    }

    @Test func noLineEndsWithOpeningBracket() {
        let lines = Wrapper.wrap("一二三《四五六》七八", width: 8)
        for line in lines { #expect(!Wrapper.noEnd.contains(line.last!), "\(lines)") }
        #expect(lines.joined() == "一二三《四五六》七八")
    }

    @Test func keepsNumbersWhole() {
        let lines = Wrapper.wrap("总支出为 1,104.6 百万美元", width: 12)
        #expect(lines.contains { $0.contains("1,104.6") }, "\(lines)")
    }

    @Test func everyLineFitsForManyWidths() {
        let text = "2020-2021 两年期，在成果目标 1 项下的总支出为 1.474 亿美元，其中 68%来自劳工组织的经常预算（表 2）。Better Work 支持 12 个国家。"
        for width in 2...40 {
            let lines = Wrapper.wrap(text, width: width)
            #expect(lines.allSatisfy { $0.cellWidth <= width }, "width \(width): \(lines)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func newlinesStartNewLines() {
        #expect(Wrapper.wrap("甲\n乙", width: 10) == ["甲", "乙"])
    }
}

@Suite struct SanitizerTests {
    @Test func escapeSequencesBecomeInert() {
        let cleaned = Sanitizer.clean("a\u{1B}[2Jb\u{1B}]52;c;AAAA\u{7}c")
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 })
        #expect(cleaned.contains("\u{FFFD}"))
    }

    @Test func c1ControlsAreReplaced() {
        let cleaned = Sanitizer.clean("x\u{9B}31my\u{90}z")
        #expect(!cleaned.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test func bidiOverridesAreRemoved() {
        #expect(Sanitizer.clean("abc\u{202E}def\u{2066}g\u{2069}") == "abcdefg")
    }

    @Test func tabsBecomeOneSpace() {
        #expect(Sanitizer.clean("a\tb") == "a b")
    }

    @Test func plainTextIsUntouched() {
        let text = "成果目标 3：旨在实现充分、生产性和自由选择的就业"
        #expect(Sanitizer.clean(text) == text)
    }
}
