import Testing
@testable import PIRModel

/// Figures typed from the report text (the PDF extraction), checked against the bundled dataset.
/// They are written here by hand, not read back from the JSON, so a wrong figure in the data fails.
@Suite struct ReportFiguresTests {
    let report: Report

    init() throws {
        report = try ReportLoader.loadBundled()
    }

    // Appendix II: code, unit, target, total, Africa, Americas, Arab States, Asia-Pacific, Europe-Central Asia.
    static let appendixII: [(String, IndicatorUnit, Double, Double, [Double?])] = [
        ("1.1.1", .count, 25, 40, [8, 17, 0, 9, 6]),
        ("1.1.2", .count, 15, 21, [6, 7, 0, 6, 2]),
        ("1.2.1", .count, 36, 28, [7, 6, 5, 8, 2]),
        ("1.2.2", .count, 35, 26, [4, 6, 4, 9, 3]),
        ("1.3.1", .count, 20, 30, [10, 5, 4, 8, 3]),
        ("1.3.2", .count, 13, 9, [6, 1, 1, 1, 0]),
        ("1.4.1", .count, 20, 28, [14, 0, 2, 6, 6]),
        ("1.4.2", .count, 15, 17, [5, 1, 2, 9, 0]),
        ("2.1.1", .count, 30, 28, [8, 4, 1, 6, 9]),
        ("2.1.2", .count, 80, 67, [28, 17, 4, 3, 15]),
        ("2.2.1", .cases, 45, 44, [7, 9, 5, 10, 13]),
        ("2.2.2", .percent, 10, 10, [nil, nil, nil, nil, nil]),
        ("2.3.1", .percent, 40, 40, [40, 34, 33, 34, 47]),
        ("2.3.2", .count, 20, 22, [8, 4, 2, 5, 3]),
        ("3.1.1", .count, 24, 16, [6, 2, 1, 4, 3]),
        ("3.1.2", .count, 18, 12, [6, 3, 1, 1, 1]),
        ("3.1.3", .count, 12, 2, [2, 0, 0, 0, 0]),
        ("3.2.1", .count, 15, 24, [8, 7, 2, 5, 2]),
        ("3.3.1", .count, 8, 12, [5, 4, 2, 1, 0]),
        ("3.4.1", .count, 12, 15, [7, 0, 3, 3, 2]),
        ("3.5.1", .count, 25, 21, [6, 5, 2, 3, 5]),
        ("4.1.1", .count, 16, 12, [4, 3, 2, 0, 3]),
        ("4.2.1", .count, 29, 48, [21, 6, 4, 13, 4]),
        ("4.3.1", .count, 14, 17, [7, 6, 0, 3, 1]),
        ("4.4.1", .count, 10, 13, [1, 6, 0, 5, 1]),
        ("5.1.1", .count, 15, 26, [10, 5, 1, 7, 3]),
        ("5.1.2", .count, 8, 5, [1, 1, 1, 1, 1]),
        ("5.2.1", .count, 10, 10, [3, 0, 1, 5, 1]),
        ("5.2.2", .count, 5, 5, [2, 0, 1, 1, 1]),
        ("5.2.3", .count, 6, 1, [0, 1, 0, 0, 0]),
        ("5.3.1", .count, 12, 14, [7, 1, 3, 2, 1]),
        ("5.3.2", .count, 12, 24, [13, 3, 3, 3, 2]),
        ("5.3.3", .count, 8, 7, [6, 0, 1, 0, 0]),
        ("6.1.1", .count, 8, 4, [0, 2, 1, 0, 1]),
        ("6.1.2", .count, 9, 5, [1, 3, 1, 0, 0]),
        ("6.1.3", .count, 10, 2, [0, 1, 0, 0, 1]),
        ("6.2.1", .count, 12, 8, [2, 3, 1, 0, 2]),
        ("6.2.2", .count, 8, 1, [0, 1, 0, 0, 0]),
        ("6.3.1", .count, 20, 16, [5, 3, 2, 4, 2]),
        ("6.4.1", .count, 10, 20, [10, 5, 0, 3, 2]),
        ("6.4.2", .count, 7, 3, [2, 0, 0, 1, 0]),
        ("7.1.1", .count, 8, 3, [1, 1, 0, 1, 0]),
        ("7.1.2", .count, 8, 4, [3, 1, 0, 0, 0]),
        ("7.1.3", .count, 28, 24, [10, 7, 3, 3, 1]),
        ("7.2.1", .count, 26, 32, [13, 7, 3, 8, 1]),
        ("7.2.2", .count, 10, 2, [0, 0, 2, 0, 0]),
        ("7.3.1", .count, 15, 16, [4, 2, 2, 6, 2]),
        ("7.4.1", .count, 10, 6, [0, 5, 0, 0, 1]),
        ("7.4.2", .count, 14, 25, [12, 4, 3, 3, 3]),
        ("7.5.1", .count, 24, 20, [4, 3, 1, 11, 1]),
        ("7.5.2", .count, 10, 29, [7, 5, 3, 13, 1]),
        ("7.5.3", .count, 11, 6, [4, 1, 0, 1, 0]),
        ("8.1.1", .count, 25, 25, [9, 5, 4, 5, 2]),
        ("8.2.1", .count, 20, 32, [19, 3, 2, 5, 3]),
        ("8.3.1", .count, 13, 13, [4, 3, 1, 4, 1]),
    ]

    @Test func appendixIIHasAll55PolicyIndicators() {
        let codes = report.outcomes.filter(\.isPolicy).flatMap(\.indicators).map(\.code)
        #expect(codes.count == 55)
        #expect(codes == Self.appendixII.map(\.0))
    }

    @Test(arguments: ReportFiguresTests.appendixII.map(\.0))
    func appendixIIIndicator(code: String) throws {
        let expected = try #require(Self.appendixII.first { $0.0 == code })
        let (_, _, indicator) = try #require(report.indicator(code))
        #expect(indicator.unit == expected.1)
        #expect(indicator.target == expected.2)
        #expect(indicator.total == expected.3)
        for (region, value) in zip(RegionID.allCases, expected.4) {
            #expect(indicator.results?[region] == value, "\(code) \(region)")
        }
    }

    @Test func indicator142SplitAsTheNoteSays() throws {
        let (_, _, indicator) = try #require(report.indicator("1.4.2"))
        let split = try #require(indicator.split)
        #expect(split.map(\.label) == ["集体谈判", "工作场所合作"])
        #expect(split.map(\.total) == [9, 8])
        #expect(split[0].results[.africa] == 4 && split[0].results[.arabStates] == 2 && split[0].results[.asiaPacific] == 3)
        #expect(split[1].results[.africa] == 1 && split[1].results[.americas] == 1 && split[1].results[.asiaPacific] == 6)
    }

    @Test func indicator212NoteKeepsTheTwentyRatificationsTarget() throws {
        let (_, _, indicator) = try #require(report.indicator("2.1.2"))
        #expect(indicator.notes?.contains { $0.contains("20 份批准书") && $0.contains("80 份的目标") } == true)
    }

    // Figure 15 and the headline.
    @Test func figure15() {
        let expected: [RegionID: (Int, Double, String)] = [
            .africa: (329, 37, "非洲"), .americas: (186, 21, "美洲"), .arabStates: (82, 9, "阿拉伯国家"),
            .asiaPacific: (195, 22, "亚太地区"), .europeCentralAsia: (104, 11, "欧洲和中亚"),
        ]
        #expect(report.regions.map(\.id) == RegionID.allCases)
        for region in report.regions {
            #expect(region.results == expected[region.id]?.0)
            #expect(region.sharePercent == expected[region.id]?.1)
            #expect(region.name == expected[region.id]?.2)
        }
    }

    @Test func regionRatifications() {
        let expected: [RegionID: (Int, Int)] = [
            .africa: (14, 36), .americas: (11, 21), .arabStates: (2, 5), .asiaPacific: (6, 9), .europeCentralAsia: (18, 24),
        ]
        for region in report.regions {
            #expect(region.ratifications.memberStates == expected[region.id]?.0, "\(region.id)")
            #expect(region.ratifications.instruments == expected[region.id]?.1, "\(region.id)")
        }
    }

    @Test(arguments: [
        ("results_total", 896.0), ("member_states", 151), ("territories", 2), ("over_target_percent", 3),
        ("covid_response_percent", 45), ("gender_principal_percent", 6), ("gender_significant_percent", 48),
        ("gender_principal_2018_19_percent", 5), ("gender_significant_2018_19_percent", 48),
        ("disability_percent", 20), ("hiv_percent", 12), ("indigenous_percent", 9), ("sdg8_percent", 60),
        // Part I budget section
        ("regular_budget", 790.6), ("regular_budget_policy_outcomes", 496.6), ("regular_budget_expenditure", 749.8),
        ("extrabudgetary_expenditure", 667.7), ("policy_outcomes_expenditure", 1104.6),
        ("policy_outcomes_expenditure_regular", 458.3), ("policy_outcomes_expenditure_voluntary", 619.2),
        ("policy_outcomes_expenditure_rbsa", 27.1), ("support_services_regular", 139.2),
        ("enabling_outcomes_voluntary", 21.4), ("policy_organs", 152.2), ("rb_technical_cooperation", 38.2),
        ("voluntary_approved", 672.5), ("rbsa_contributions", 34.4),
        ("rbsa_share_outcome_3", 26), ("rbsa_share_outcome_7", 16), ("rbsa_share_outcome_4", 15),
        ("rbsa_share_outcome_1", 15), ("rbsa_share_outcome_6", 2),
    ])
    func fact(id: String, value: Double) throws {
        let fact = try #require(report.fact(id), "no fact \(id)")
        #expect(fact.value == value)
        #expect(fact.text.contains(fact.printed))
    }

    @Test func qualifiersKeptForAboutAndOver() throws {
        #expect(try #require(report.fact("covid_response_percent")).qualifier == .about)
        #expect(try #require(report.fact("sdg8_percent")).qualifier == .over)
    }

    // The eight budget tables: strategic / actual for regular budget, extra-budgetary, RBSA, total.
    static let budgets: [(String, String, [Double?], [Double], (Double, Double), String)] = [
        ("1", "表 2", [101.8, 11.0, nil], [101.1, 42.2, 4.1], (112.8, 147.4), "未设定"),
        ("2", "表 3", [56.7, 11.0, nil], [50.7, 18.6, 3.2], (67.7, 72.5), "未设定"),
        ("3", "表 4", [69.5, 127.0, nil], [60.8, 157.3, 7.0], (196.5, 225.1), "未设定"),
        ("4", "表 5", [48.8, 56.0, nil], [44.1, 67.3, 4.2], (104.8, 115.6), "未设定"),
        ("5", "表 6", [41.7, 45.0, nil], [38.0, 76.7, 2.1], (86.7, 116.8), "未设定"),
        ("6", "表 7", [40.7, 35.0, nil], [40.1, 16.6, 0.5], (75.7, 57.2), "未设定"),
        ("7", "表 8", [94.7, 147.0, nil], [84.8, 191.4, 4.4], (241.7, 280.6), "不适用"),
        ("8", "表 9", [42.7, 38.0, nil], [38.7, 49.2, 1.6], (80.7, 89.5), "不适用"),
    ]

    @Test(arguments: ReportFiguresTests.budgets.map(\.0))
    func budgetTable(outcome id: String) throws {
        let expected = try #require(Self.budgets.first { $0.0 == id })
        let budget = try #require(report.outcome(id)?.budget)
        #expect(budget.table == expected.1)
        #expect(budget.rows.map(\.source) == [.regularBudget, .extrabudgetary, .rbsa])
        #expect(budget.rows.map(\.strategic) == expected.2)
        #expect(budget.rows.map(\.actual) == expected.3.map { Optional($0) })
        #expect(budget.total.strategic == expected.4.0)
        #expect(budget.total.actual == expected.4.1)
        #expect(budget.rows[2].strategicText == expected.5)
    }

    @Test func table8KeepsItsOutcome8Quirk() throws {
        let outcome7 = try #require(report.outcome("7"))
        #expect(outcome7.budget?.title.contains("成果目标 7") == true)
        #expect(outcome7.budget?.statement.contains("成果目标 8 项下的总支出为 2.806 亿美元") == true)
        #expect(outcome7.quirks.contains { $0.contains("成果目标 8") })
    }

    @Test func outcomeResultsAgainstTarget() throws {
        let expected: [String: (Int, Int)] = ["1": (199, 179), "2": (117, 130), "3": (102, 114), "4": (90, 69),
                                              "5": (92, 76), "6": (59, 84), "7": (167, 164), "8": (70, 58)]
        for (id, (achieved, target)) in expected {
            let outcome = try #require(report.outcome(id))
            let sums = Invariants.countedTotals(outcome)
            #expect(sums.achieved == Double(achieved), "outcome \(id)")
            #expect(sums.target == Double(target), "outcome \(id)")
        }
    }

    // Table 1.
    @Test func table1() throws {
        let trends = report.trends
        #expect(trends.years == [2018, 2019, 2020, 2021])
        func row(_ id: String) throws -> TrendRow {
            let all = trends.rows + trends.rows.flatMap { $0.breakdowns ?? [] }
            return try #require(all.first { $0.id == id }, "no trend row \(id)")
        }
        #expect(try row("unemployment").values == [5.4, 5.4, 6.6, 6.2])
        #expect(try row("unemployment").sdg == "8.5.2")
        #expect(try row("unemployment_women").values == [5.5, 5.5, 6.4, 6.3])
        #expect(try row("unemployment_men").values == [5.3, 5.3, 6.6, 6.1])
        #expect(try row("unemployment_youth").values == [13.5, 13.5, 15.2, nil])
        #expect(try row("unemployment_youth").noData == [2021])
        #expect(try row("employment_to_population").values == [57.3, 57.3, 54.8, 55.4])
        #expect(try row("working_poverty").values == [6.8, 6.7, 7.2, 6.9])
        #expect(try row("working_poverty").sdg == "1.1.1")
        #expect(try row("neet").values == [22.0, 21.8, 23.3, nil])
        #expect(try row("women_in_management").values == [27.9, 28.2, 28.3, nil])
        #expect(try row("social_protection_coverage").values == [nil, nil, 46.9, nil])
        #expect(try row("child_labour").values == [nil, nil, 9.6, nil])
    }

    @Test func enablingOutcomeFigures() throws {
        let (_, _, a22) = try #require(report.indicator("A.2.2"))
        let measures = try #require(a22.measures)
        #expect(measures.contains { $0.baseline == 346 && $0.result == 447 })
        let (_, _, c22) = try #require(report.indicator("C.2.2"))
        #expect(c22.measures?.contains { $0.year == 2020 && $0.result == 69 } == true)
        #expect(c22.measures?.contains { $0.year == 2021 && $0.result == 81 } == true)
        let (_, _, c12) = try #require(report.indicator("C.1.2"))
        let dims = try #require(c12.measures)
        #expect(dims.count == 5)
        #expect(dims.map(\.target) == [50, 50, 35, 35, 35])
        #expect(dims.map(\.result) == [73, 70, 61, 81, 53])
    }

    @Test func everyBoxFrom1ToTheLastIsPresent() {
        let numbers = report.boxes.map(\.number)
        #expect(numbers.first == 1)
        #expect(numbers == Array(1...(numbers.last ?? 0)))
        #expect(numbers.count >= 13)
    }

    @Test func elevenOutcomesInOrder() {
        #expect(report.outcomes.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8", "A", "B", "C"])
    }

    @Test func textIsRepairedNotDamaged() {
        for section in report.sections {
            for (path, text) in section.texts {
                #expect(!text.contains("http"), "\(path): URL left in prose")
                #expect(text.range(of: #"[\u4e00-\u9fff] [\u4e00-\u9fff]"#, options: .regularExpression) == nil,
                        "\(path): space inside Chinese text")
                #expect(!text.contains("国际劳工组织 2020–2021 两年期计划执行报告  "), "\(path): page furniture")
            }
        }
    }
}
