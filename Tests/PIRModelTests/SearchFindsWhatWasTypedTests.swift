import Testing
@testable import PIRModel
import PIRTestSupport

/// Search finds what a reader typed or copied: any fragment of the report's own sentences (one cut
/// inside a number too), an English name for what the report names in Chinese; and it says where a
/// hit is in the report's words.
@Suite struct SearchFindsWhatWasTypedTests {
    let report: Report
    let index: SearchIndex

    init() throws {
        report = try ReportLoader.loadBundled()
        index = SearchIndex(report: report)
    }

    /// The report's sentences as a reader copies them: every text of every section, footnote
    /// references printed as their numbers are not part of a sentence, cut at 。！？；and line breaks.
    var sentences: [[Character]] {
        report.sections.flatMap(\.texts).flatMap { _, text in
            Footnotes.withoutReferences(text).split(whereSeparator: { "。！？；\n".contains($0) }).map(Array.init)
        }.filter { $0.count >= 6 }
    }

    /// 500 fragments of 6–14 characters from the report's sentences, cut at random with a fixed
    /// seed; one in three made to start or end inside a number (`21 年执行报告…` of `2020-2021 年`).
    @Test func reportSentencesCutAtRandomAreAllFound() {
        var random = SplitMix64(state: 20_202_021)  // the same fragments on every run
        let sentences = self.sentences
        let numbered = sentences.filter { s in s.indices.dropFirst().contains { s[$0].isASCII && s[$0].isNumber && s[$0 - 1].isNumber } }
        #expect(sentences.count > 1000 && numbered.count > 200)
        var fragments: [String] = [], insideNumbers = 0
        while fragments.count < 500 {
            let length = Int.random(in: 6...14, using: &random)
            let cutInside = fragments.count % 3 == 0
            let sentence = cutInside ? numbered.randomElement(using: &random)! : sentences.randomElement(using: &random)!
            guard sentence.count >= length else { continue }
            var start = Int.random(in: 0...(sentence.count - length), using: &random)
            if cutInside {
                // start or end between two digits of a number
                let inside = sentence.indices.dropFirst().filter { sentence[$0].isNumber && sentence[$0 - 1].isNumber }
                let at = inside.randomElement(using: &random)!
                start = Bool.random(using: &random) ? at : at - length
                guard start >= 0, start + length <= sentence.count else { continue }
            }
            let fragment = String(sentence[start..<(start + length)])
            guard !fragment.allSatisfy(\.isWhitespace) else { continue }
            let first = fragment.first!, last = fragment.last!
            let before = start > 0 ? sentence[start - 1] : " ", after = start + length < sentence.count ? sentence[start + length] : " "
            if (first.isNumber && before.isNumber) || (last.isNumber && after.isNumber) { insideNumbers += 1 }
            fragments.append(fragment)
        }
        #expect(insideNumbers >= 150, "only \(insideNumbers) fragments cut inside a number")
        let missed = fragments.filter { index.search($0).isEmpty }
        #expect(missed.isEmpty, "\(missed.count) of 500 not found: \(missed.prefix(20))")
    }

    /// The fragments, each starting or ending inside a number (not found before).
    @Test(arguments: [
        ("21 年执行报告涵盖了劳工组", "2020-2021 年执行报告涵盖了劳工组"),
        ("8%来自预算外发展合作", "58%来自预算外发展合作"),
        ("1 年 1 月成为国际援助", "2021 年 1 月成为国际援助"),
    ])
    func fragmentsCutInsideANumberAreFound(fragment: String, printed: String) {
        let hits = index.search(fragment)
        #expect(!hits.isEmpty, "\(fragment)")
        #expect(hits.contains { $0.text.contains(printed) }, "\(fragment): \(hits.map(\.text))")
    }

    /// A number typed whole lists its whole occurrences first: `710 万` (outcome 7) before the
    /// `2,710 万` it is also part of; `1.2` lists output 1.2 and its indicators before 3.1.2.
    @Test func wholeNumberMatchesComeFirst() {
        let hits = index.search("710 万")
        #expect(hits.count >= 2)
        #expect(hits.first?.node == .outcome("7"), "\(hits.map(\.path))")
        let inside = hits.firstIndex { $0.text[..<$0.range.lowerBound].hasSuffix("2,") }
        #expect(inside != nil && inside! > 0, "2,710 万 should follow: \(hits.map { $0.text[$0.range] })")
        #expect(!index.search("2,710 万").isEmpty)
        let codes = index.search("1.2").map(\.node)
        let last12 = codes.lastIndex { $0 == .output("1.2") || $0 == .indicator("1.2.1") }
        let first312 = codes.firstIndex { $0 == .indicator("3.1.2") || $0 == .indicator("7.1.2") }
        #expect(last12 != nil && first312 != nil && last12! < first312!, "\(codes)")
    }

    func passages(_ hits: [SearchHit]) -> Set<String> { Set(hits.map { "\($0.path)\u{0}\($0.text)" }) }

    /// `Viet Nam` finds every passage `越南` finds (8, where it found 2), and what it finds besides
    /// says Viet Nam in English.
    @Test func anEnglishCountryNameFindsWhatItsChineseNameFinds() {
        let english = index.search("Viet Nam"), chinese = index.search("越南")
        #expect(chinese.count == 8)
        #expect(passages(chinese).isSubset(of: passages(english)))
        for hit in english where !passages(chinese).contains("\(hit.path)\u{0}\(hit.text)") {
            #expect(hit.text.lowercased().contains("viet nam"), "\(hit.path): \(hit.text)")
        }
        #expect(passages(index.search("viet  nam")) == passages(english))
    }

    /// Every country the report names, by every English name the dataset gives it.
    @Test func everyCountrysEnglishNamesFindItsChinesePassages() {
        for country in CountryIndex(report: report).named {
            let chinese = passages(index.search(country.zh, limit: 10_000))
            for name in [country.en] + country.enAliases {
                #expect(chinese.isSubset(of: passages(index.search(name, limit: 10_000))), "\(name) (\(country.zh))")
            }
        }
    }

    /// A region's English name, an indicator's, an output's and an outcome's English title lead to
    /// the passages of their Chinese names.
    @Test func englishTitlesFindWhatTheirChineseTitlesFind() {
        var pairs: [(String, String)] = report.regions.map { ($0.nameEn, $0.name) }
        for outcome in report.outcomes {
            if let en = outcome.en { pairs.append((en.text, outcome.title)) }
            for output in outcome.outputs {
                if let en = output.en { pairs.append((en.text, output.title)) }
                for indicator in output.indicators { if let en = indicator.en { pairs.append((en.text, indicator.title)) } }
            }
        }
        #expect(pairs.count > 100)
        for (english, chinese) in pairs {
            let found = index.search(english, limit: 10_000)
            #expect(passages(index.search(chinese, limit: 10_000)).isSubset(of: passages(found)), "\(english)")
        }
        // the region's label holds both names: the same 19 passages either way
        #expect(passages(index.search("Arab States")) == passages(index.search("阿拉伯国家")))
    }

    /// Where a hit is, as the report names it, in either language.
    @Test(arguments: [
        ("andi", "成果目标 1 › 专栏 8", "Outcome 1 › Box 8"),
        ("经常预算 94.7 84.8", "成果目标 7 › 表 8", "Outcome 7 › Table 8"),
        ("女性 5.5 5.5 6.4 6.3", "动荡中的劳动世界 › 表 1", "A world of work in turmoil › Table 1"),
        ("理事会文件 GB.340/POL/6", "成果目标 C › 注释 18", "Outcome C › Note 18"),
        ("附录 2 包含一个表格", "按政策成果目标分列的成果 › 注释 8", "Results by policy outcome › Note 8"),
        ("国家青年就业战略", "成果目标 3 › 指标 3.1.2", "Outcome 3 › Indicator 3.1.2"),
        ("政策成果目标、产出和指标：目标和取得的成果", "附录二", "Appendix II"),
        ("VNM", "国家 越南", "Country Viet Nam"),
    ])
    func locationsAreTheReportsWords(query: String, zh: String, en: String) throws {
        let hit = try #require(index.search(query).first)
        #expect(report.location(of: hit) == zh)
        #expect(report.location(of: hit, language: .en) == en)
    }

    @Test func noLocationIsADataPath() {
        let hits = index.search("的", limit: 100_000) + index.search("1", limit: 100_000) + index.search("a", limit: 100_000)
        #expect(hits.count > 1500)
        for hit in hits {
            for language in Language.allCases {
                let place = report.location(of: hit, language: language)
                #expect(!place.isEmpty && !place.contains("[") && !place.contains("blocks"), "\(hit.path): \(place)")
            }
        }
    }
}
