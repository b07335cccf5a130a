import Testing
@testable import PIRModel

@Suite struct SearchTests {
    let report: Report
    let index: SearchIndex

    init() throws {
        report = try ReportLoader.loadBundled()
        index = SearchIndex(report: report)
    }

    @Test(arguments: [
        // fragments from every part of the report, typed from the report text
        "首届虚拟劳工大会通过了《实现以人为本的复苏全球行动呼吁》",  // preface
        "失业率自 2019 年的 5.4%上升至 2020 年的 6.6%",  // Part I
        "非洲取得的成果最多",  // Part II overview
        "马来西亚职工总会",  // box 9
        "格鲁吉亚议会于 2020 年 9 月 29 日通过了劳动法改革一揽子方案",  // box 10
        "大韩民国批准了 3 项基本公约",  // box 12
        "劳工组织记录的近 1,700 项新推出的社会保护措施",  // Part III
        "根据第 204 号建议书制定推进正规化综合战略的成员国数目",  // Appendix II
        "平均时长为 11.4 个月",  // Appendix III
        "黎巴嫩国民和叙利亚难民在贝鲁特开展清理行动",  // the photo caption on Part III's first page
        "劳工组织干净棉花项目",  // the photo caption on Appendix I's first page
        "政策成果目标、产出和指标：目标和取得的成果",  // Appendix II's caption
        "附录二 政策成果目标",  // and under its number
        "保障性成果目标、产出和指标：目标和取得的成果",  // Appendix III's caption
    ])
    func findsSentenceFragments(fragment: String) {
        #expect(!index.search(fragment).isEmpty, "\(fragment)")
    }

    /// Table rows as the PDF prints them, each leading to its outcome or to Table 1's chapter.
    @Test(arguments: [
        ("经常预算 94.7 84.8", NodeRef.outcome("7")),  // table 8
        ("合计 241.7 280.6", .outcome("7")),
        ("经常预算补充账户 不适用 4.4", .outcome("7")),
        ("经常预算补充账户 未设定 4.1", .outcome("1")),
        ("工作条件和平等 31%", .outcome("7")),  // figure I.7
        ("对应于成果目标 7 的战略预算和支出 · 资金来源 战略预算(百万美元)", .outcome("7")),  // its column headings
        ("成果目标 1：强有力的三方成员", .outcome("1")),
        ("女性 5.5 5.5 6.4 6.3", .chapter("part1-world-of-work")),
        ("青年(15-24 岁) 13.5 13.5 15.2 暂无数据", .chapter("part1-world-of-work")),
        ("(可持续发展目标指标 8.7.1)", .chapter("part1-world-of-work")),
        ("资料来源：劳工组织模型估测", .chapter("part1-world-of-work")),
    ])
    func findsTableRows(fragment: String, node: NodeRef) {
        let hits = index.search(fragment)
        #expect(hits.count == 1, "\(fragment): \(hits.map(\.path))")
        #expect(hits.first?.node == node, "\(fragment)")
    }

    /// A number is found first as a number: its whole occurrences before those inside a larger one
    /// (the audit's 710 万 before 2,710 万; the order is SearchFindsWhatWasTypedTests').
    @Test func numbersMatchWholeNumbersFirst() {
        let hits = index.search("710 万")
        #expect(hits.first?.node == .outcome("7"), "\(hits.map(\.path))")
        #expect(!index.search("2,710 万").isEmpty)
        // 1.2 is output 1.2 and its indicators
        let codes = index.search("1.2").compactMap(\.node)
        #expect(codes.contains(.output("1.2")) && codes.contains(.indicator("1.2.1")))
        // a prefix of a code still finds the code; a number followed by a unit is found
        #expect(index.search("3.1").contains { $0.node == .indicator("3.1.2") })
        #expect(!index.search("6.6%").isEmpty)
        // 5.4 followed by another digit only after every 5.4 that is not
        let followed = index.search("5.4").map { $0.text[$0.range.upperBound...].first?.isNumber == true }
        #expect(followed == followed.sorted { !$0 && $1 })
    }

    /// Sources read as printed, and codes as the appendices print them, with a final dot.
    @Test func sourcesAndAppendixCodes() {
        let source = index.search("资料来源：《全球行动呼吁")
        #expect(source.count == 1 && source.first?.path.hasSuffix(".source") == true, "\(source.map(\.path))")
        #expect(index.search("资料来源：体面劳动成果汇总表和国际劳工标准数据库").count == 8)  // Appendix II, per outcome
        #expect(index.search("3.1.2.").contains { $0.node == .indicator("3.1.2") })
        #expect(index.search("A.1.2.").contains { $0.node == .indicator("A.1.2") })
        #expect(index.search("1.1.").contains { $0.node == .output("1.1") })
        #expect(index.search("3.1.2.") == index.search("3.1.2"))
    }

    @Test func budgetTableHeadingsFindEveryBudgetTable() {
        #expect(Set(index.search("战略预算(百万美元) 实际支出(百万美元)").compactMap(\.node)) == Set((1...8).map { NodeRef.outcome(String($0)) }))
    }

    @Test func anOutcomeTitleIsOneHit() {
        #expect(index.search("强有力的三方成员与具有影响力和包容性的社会对话").filter { $0.node == .outcome("1") && $0.path == "outcomes[0].title" }.count == 1)
    }

    @Test func codesRegionsAndBoxes() {
        #expect(index.search("3.1.2").contains { $0.node == .indicator("3.1.2") })
        #expect(index.search("Arab States").contains { $0.node == .region(.arabStates) })
        #expect(index.search("arab states").contains { $0.node == .region(.arabStates) })
        #expect(index.search("欧洲和中亚").contains { $0.node == .region(.europeCentralAsia) })
        #expect(index.search("专栏 15").contains { $0.node == .box(15) })
        #expect(index.search("box 15").contains { $0.node == .box(15) })
    }

    @Test func matchRangeIsTheQuery() {
        for hit in index.search("normlex") {
            #expect(hit.text[hit.range].lowercased() == "normlex")
        }
        #expect(!index.search("normlex").isEmpty)
    }

    @Test func noHitsAndLiteralMetacharacters() {
        #expect(index.search("这句话不在报告里").isEmpty)
        #expect(index.search("(.*)").isEmpty)
        #expect(index.search("   ").isEmpty)
        #expect(index.search(String(repeating: "长", count: 10_000)).isEmpty)
    }

    /// A fragment across a footnote reference (stored `[^5]`, printed as a raised 5) is found typed
    /// without it, or with the number as a copy from the PDF gives it; the range is the stored
    /// text's, the reference included.
    @Test(arguments: [
        ("896 项成果，比为本两年期设定的目标高出 3%", "896 项成果[^5]，比为本两年期设定的目标高出 3%"),
        ("896 项成果5，比为", "896 项成果[^5]，比为"),
        ("896 项成果 5，比为", "896 项成果[^5]，比为"),
        ("项成果5", "项成果[^5]"),
        ("未能实现，但劳工组织", "未能实现，[^6]但劳工组织"),
        ("未能实现， 6 但劳工组织", "未能实现，[^6]但劳工组织"),
        ("衡量。鉴于人事费用", "衡量。[^21]鉴于人事费用"),
        ("衡量。 21 鉴于", "衡量。[^21]鉴于"),
    ])
    func findsTextAcrossFootnoteReferences(query: String, matched: String) throws {
        let hit = try #require(index.search(query).first, "\(query)")
        #expect(String(hit.text[hit.range]) == matched)
    }

    /// The number of a reference is not found where no query typed it, nor a number inside another.
    @Test func footnoteNumbersOnlyWhereTyped() {
        #expect(index.search("项成果[^5]").count == 1)
        #expect(index.search("成果5，比为本").count == 1)
        #expect(index.search("896 项成果 55，比为").isEmpty)
    }

    /// A hit in a box says which box, wherever the box stands.
    @Test func hitsInABoxNameTheBox() throws {
        let hit = try #require(index.search("andi").first)
        #expect(hit.path.hasPrefix("outcomes[0].blocks[") && hit.box == 8)
        #expect(index.search("使用儿童参加武装冲突").first?.box == 3)
        #expect(index.search("项下的总支出为 1.474 亿美元").first?.box == nil)
    }
}

