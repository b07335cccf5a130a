import Testing
import PIRModel
@testable import PIRText
@testable import PIRCommands

/// `pir search` cuts each excerpt from the characters near the cut only (`PlainText.tail`,
/// `head`); it must cut exactly where cutting the whole paragraph would.
@Suite struct SearchExcerptTests {
    /// The excerpt as it was cut from the whole text before and after the match.
    static func wholeTextLine(_ shown: (before: String, match: String, after: String), language: Language) -> String {
        let all = Array(shown.before), match = Array(shown.match), following = Array(shown.after)
        let start = all.count > 30 ? TextLayout.excerptStart(all + match, cut: all.count - 30, limit: all.count) : 0
        let end = following.count > 40 ? TextLayout.excerptEnd(match + following, cut: match.count + 40, limit: match.count) - match.count : following.count
        let context = (start > 0 ? "…" : "") + String(all[start...]) + "«" + String(match) + "»" + String(following[..<end])
            + (end < following.count ? "…" : "")
        let mark = context.unicodeScalars.contains { $0.value >= 0x3000 } ? language.narrativeMark : ""
        return mark + context
    }

    @Test func everyHitIsCutAsFromTheWholeText() throws {
        let report = try ReportLoader.loadBundled()
        let index = SearchIndex(report: report)
        var compared = 0
        // numbers, units, Latin words, punctuation the cut rules read, and common Chinese words
        for query in ["就业", "2021", "%", "万", "亿", "the", "1", ".", ",", "5", "劳工组织", "Africa", "例", " "] {
            for hit in index.search(query, limit: 100_000) {
                let shown = hit.excerpt(.superscript)
                for language in Language.allCases {
                    #expect(PlainText.excerptLine(shown, language: language) == Self.wholeTextLine(shown, language: language), "\(query) \(hit.path)")
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000)
    }

    /// `tail` and `head` step through scalars while each is a character of its own: they take what
    /// stepping through the characters takes, whatever the text (combining marks, CR LF, emoji,
    /// a line break, Latin and CJK) and wherever such a character is.
    @Test func readingByScalarsTakesTheSameCharacters() throws {
        let report = try ReportLoader.loadBundled()
        var texts = Set(["的", "e", "1", " "].flatMap { SearchIndex(report: report).search($0, limit: 100_000).map(\.text) })
        let odd = ["e\u{301}", "\r\n", "👩‍👩‍👧", "\n", "🇨🇳", "가", "ﾞ"]
        for base in ["就业和体面劳动 2,710 万人 decent work", String(repeating: "字", count: 60) + "46.9% 的人口"] {
            for o in odd {
                for at in [0, 1, 10, 30, base.count] {
                    var chars = Array(base)
                    chars.insert(contentsOf: Array(o), at: min(at, chars.count))
                    texts.insert(String(chars))
                }
            }
        }
        texts.insert("")
        for text in texts {
            for count in [0, 30, 40] {
                #expect(PlainText.tail(text, atLeast: count) == PlainText.tailByCharacters(text, atLeast: count), "\(text.debugDescription)")
                #expect(PlainText.head(text, atLeast: count) == PlainText.headByCharacters(text, atLeast: count), "\(text.debugDescription)")
            }
        }
        #expect(texts.count > 500)
    }

    /// Each line is written straight into the output and cleaned there when it needs it: a line
    /// with an escape, a bell, a bidi override or a tab in its place or its text comes out as
    /// `Sanitizer.clean` makes it, and the lines around it as they are.
    @Test func eachLineIsCleanedAsAWhole() throws {
        let texts = ["就业\u{1B}[31m红色 and more", "plain 就业 text", "\u{202E}就业 reversed\t", "就业", "a\u{7}就业"]
        let places = ["成果目标 1", "成果目标 2\u{7}", "Box 3", "区域\u{1B}]0;x\u{7}", "前言"]
        var hits: [PreparedSearch.Hit] = []
        for (text, place) in zip(texts, places) {
            hits.append(PreparedSearch.Hit(location: place, text: text, range: try #require(text.range(of: "就业"))))
        }
        var expected = ""
        for hit in hits {
            let shown = SearchHit.excerpt(of: hit.text, hit.range, .superscript)
            expected += Sanitizer.clean(hit.location + ": " + PlainText.excerptLine(shown, language: .zh)) + "\n"
        }
        expected += "5 hits\n"
        let got = PlainText.searchResults(hits, language: .zh)
        #expect(got == expected)
        #expect(!got.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E || $0.value == 0x09 })
    }

    /// The units of numbers asked by their scalars are the units the cut rules name.
    @Test func theUnitScalarsAreTheUnits() {
        let units = TextLayout.numberUnits.map { Array($0.unicodeScalars) }
        #expect(units.allSatisfy { $0.count == 1 })
        #expect(Set(units.compactMap { $0.first?.value }) == Set(TextLayout.numberUnitScalars))
        #expect(TextLayout.numberUnitScalars.count == TextLayout.numberUnits.count)
    }

    /// The cut rules give the same cut on a text's scalars as on its characters, where each
    /// character is one scalar: at every cut of texts full of numbers, units, words and spaces.
    @Test func scalarsAreCutAsCharactersAre() {
        for text in ["就业 2,710 万人，46.9% 的人口 decent work 3.1.2 例", "a 1.5 b,2 ,3. 45 例 例 x", "1,2.3 万 亿%‰ 12 名 ab cd"] {
            let chars = Array(text), scalars = Array(text.unicodeScalars)
            for cut in 0...chars.count {
                for limit in [cut, chars.count] {
                    #expect(TextLayout.excerptStart(chars, cut: cut, limit: limit, floor: 2) == TextLayout.excerptStart(scalars, cut: cut, limit: limit, floor: 2))
                    #expect(TextLayout.excerptEnd(chars, cut: cut, limit: min(cut, 3), ceiling: limit) == TextLayout.excerptEnd(scalars, cut: cut, limit: min(cut, 3), ceiling: limit))
                }
            }
        }
    }

    @Test func cutsNearTheEdgeOfWhatIsRead() {
        // a long number or word reaching past the characters read: the cut rules see all of it
        let long = String(repeating: "1234567890", count: 12)
        for before in ["文字" + long + "，再" + String(repeating: "字", count: 40), String(repeating: "字", count: 36) + "。" + long,
                       long + " 万人口" + String(repeating: "字", count: 30), String(repeating: "a b ", count: 40)] {
            for after in [String(repeating: "字", count: 45) + long, "一" + long + "%", String(repeating: "字", count: 47) + "。。" + long] {
                let shown = (before: before, match: "就业", after: after)
                #expect(PlainText.excerptLine(shown, language: .zh) == Self.wholeTextLine(shown, language: .zh), "\(before) | \(after)")
            }
        }
    }
}
