import Foundation
@testable import PIRModel
import PIRTestSupport
import Testing
@testable import PIRCommands

/// `pir search` on the bundled report reads the entries prepared with it (`PreparedSearch`) instead
/// of decoding the report and building the index: it must print byte for byte what the index
/// prints, in both languages, for any query — Chinese words, English names, numbers and fragments
/// of numbers, codes, no hit and thousands of hits — and at any `--limit`.
@Suite(.serialized) struct PreparedSearchOutputTests {
    let report: Report
    let index: SearchIndex
    let prepared: PreparedSearch

    init() throws {
        report = try ReportLoader.loadBundled()
        index = SearchIndex(report: report)
        prepared = try #require(PreparedSearch.bundled(), "the prepared search entries compiled in are stale: run `PIR_WRITE_SEARCH_INDEX=1 swift test --filter PreparedSearchTests`")
    }

    /// Queries of every kind the search takes, and fragments cut at random from the report's own
    /// searchable text (the same on every run).
    func queries() -> [String] {
        var queries = [
            "就业", "越南", "Viet Nam", "viet  nam", "VIET NAM", " Viet Nam ", "710 万", "710万", "-2021", "2020-2021", "21", "2021",
            "3.1.2.", "3.1.2", "3.1", "C.5.1", "1.2", "的", "。", "，", "e", "a", "1", "0", ",", ".", "%", "nothing-of-this-kind",
            "无此词语无此词语", "[^", "^1", "[5]", "5]", "896 项成果", "896项成果5", "896 项成果 5", "8%来自预算外发展合作",
            "box 15", "专栏 15", "Box 8", "Outcome 3", "outcome 3", "Output 3.1", "Indicator 1.2.1", "andi", "ANDI", "africa", "Africa",
            "Arab States", "阿拉伯国家", "亚洲", "暂无数据", "94.7", "经常预算 94.7 84.8", "女性 5.5 5.5 6.4 6.3", "5.5", "资料来源：",
            "附录二", "表 1", "Table 1", "VNM", "CHN", "ilo", "ILO", "covid-19", "COVID", "社会保护", "性别平等", "international labour",
            "¹", "⁵", "…", "«", "就业 ", "  ", "x", "-", "2,710", "2,710 万", "100", "50%", "百万美元",
        ]
        var names = SearchIndex.chineseNames(of: report).keys.sorted()
        var random = SplitMix64(state: 18)
        names.shuffle(using: &random)
        queries += names.prefix(80)
        let texts = allTexts()
        for _ in 0..<160 {
            let text = Array(texts[Int(random.next() % UInt64(texts.count))])
            guard !text.isEmpty else { continue }
            let length = 1 + Int(random.next() % 7), start = Int(random.next() % UInt64(text.count))
            queries.append(String(text[start..<min(text.count, start + length)]))
        }
        return queries
    }

    /// Every searchable text, found through the index with queries that match everything.
    func allTexts() -> [String] {
        Array(Set(["的", "。", "e", "a", "1", " "].flatMap { index.search($0, limit: 100_000).map(\.text) })).sorted()
    }

    @Test func bothPathsPrintTheSame() throws {
        let queries = queries()
        var compared = 0
        for query in queries {
            for limit in [200, 7] {
                let full = index.search(query, limit: limit)
                for language in [Language.zh, .en] {
                    let fast = prepared.search(query, limit: limit, language: language)
                    let expected = full.isEmpty ? "" : PlainText.searchResults(full, in: report, language: language)
                    let got = fast.isEmpty ? "" : PlainText.searchResults(fast, language: language)
                    #expect(got == expected, "\(query.debugDescription) limit \(limit) \(language)")
                    compared += 1
                }
            }
        }
        // and as many hits as there are, at the limit the prompt asks for and above all of them
        for query in ["的", "e", "1"] {
            for limit in [SearchIndex.pageLimit, 100_000] {
                let full = index.search(query, limit: limit), fast = prepared.search(query, limit: limit, language: .zh)
                #expect(full.count == fast.count && full.count > 300, "\(query)")
                #expect(PlainText.searchResults(fast, language: .zh) == PlainText.searchResults(full, in: report, language: .zh))
            }
        }
        #expect(compared >= 4 * 300)
        #expect(prepared.search("就业", limit: 0, language: .zh).isEmpty && prepared.search("  ", limit: 5, language: .zh).isEmpty)
    }

    /// The command's own output, the not-found error included, either way.
    @Test func theCommandPrintsTheSameEitherWay() throws {
        for terms in [["就业"], ["Viet", "Nam"], ["710", "万"], ["-2021"], ["nothing-of-this-kind"], ["3.1.2."]] {
            for language in [Language.zh, .en] {
                let launch = SearchLaunch(data: nil, language: language, pager: false, terms: terms, limit: 200)
                let fast = Result { try launch.output() }, full = Result { try launch.output(prepared: false) }
                switch (fast, full) {
                case (.success(let a), .success(let b)): #expect(a == b, "\(terms)")
                case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)", "\(terms)")
                default: Issue.record("\(terms): \(fast) against \(full)")
                }
            }
        }
    }

    /// The binary, with the language from `--lang` or PIR_LANG, prints what the index gives.
    @Test func theBinaryPrintsWhatTheIndexGives() throws {
        for (arguments, environment, language) in [
            (["search", "就业"], ["PIR_LANG": "zh"], Language.zh), (["search", "就业", "--lang", "en"], ["PIR_LANG": "zh"], .en),
            (["search", "Viet", "Nam"], ["PIR_LANG": "en"], .en), (["search", "-2021", "--limit", "5"], ["PIR_LANG": "zh"], .zh),
        ] as [([String], [String: String], Language)] {
            var env = ProcessInfo.processInfo.environment
            env.merge(environment) { $1 }
            let result = try Binary.run(arguments + ["--no-pager"], environment: env)
            let query = arguments.dropFirst().prefix { !$0.hasPrefix("--") }.joined(separator: " ")
            let limit = arguments.firstIndex(of: "--limit").map { Int(arguments[$0 + 1]) ?? 0 } ?? 200
            #expect(result.status == 0 && result.stdout == PlainText.searchResults(index.search(query, limit: limit), in: report, language: language),
                    "\(arguments) \(environment)")
        }
    }
}
