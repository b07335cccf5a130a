import Testing
@testable import PIRModel

/// The one figure formatter: the report's separators and decimals, units in both languages, and
/// the words a table prints instead of a figure, never 0.
@Suite struct FiguresTests {
    @Test func thousandsAreGroupedAsTheReportPrintsThem() {
        #expect(Figures.number(1104.6) == "1,104.6")
        #expect(Figures.number(3223) == "3,223")
        #expect(Figures.number(41951) == "41,951")
        #expect(Figures.number(1_234_567) == "1,234,567")
        #expect(Figures.number(999) == "999")
        #expect(Figures.number(-1500) == "-1,500")
        #expect(Figures.number(101.8) == "101.8")
        #expect(Figures.number(25) == "25")
    }

    @Test func budgetCellsHaveOneDecimal() {
        #expect(Figures.money(11) == "11.0")
        #expect(Figures.money(1104.6) == "1,104.6")
        #expect(Figures.money(147.4) == "147.4")
        #expect(Figures.money(0.05) == "0.1")
        #expect(Figures.money(2.25) == "2.3")
        #expect(Figures.money(-4.04) == "-4.0")
        #expect(Figures.number(1234.5, decimals: 2) == "1,234.50")
    }

    @Test func yearsAreNotGrouped() {
        #expect(Figures.year(2021) == "2021")
    }

    @Test func unitsInBothLanguages() {
        #expect(Figures.value(45, unit: .cases, .zh) == "45 例")
        #expect(Figures.value(45, unit: .cases, .en) == "45 cases")
        #expect(Figures.value(57, unit: .percent, .en) == "57%")
        #expect(Figures.value(1200, unit: .count, .zh) == "1,200")
        #expect(Figures.value(nil, unit: .count, .zh) == "–")
        // a narrow column: the short Chinese unit, or the bare figure, never a cut unit
        #expect(Figures.value(45, unit: .cases, .zh, width: 4) == "45例")
        #expect(Figures.value(45, unit: .cases, .en, width: 5) == "45")
        #expect(Figures.value(45, unit: .cases, .en, width: 12) == "45 cases")
    }

    @Test func percentagesAndChanges() {
        #expect(Figures.ratio(1.6) == "160%")
        #expect(Figures.ratio(nil) == "–")
        #expect(Figures.ratio(.infinity) == "–")
        #expect(Figures.percent(6.3) == "6.3%")
        #expect(Figures.change(147.4, against: 112.8) == "+31%")
        #expect(Figures.change(101.1, against: 101.8) == "-1%")
        #expect(Figures.change(4.1, against: nil) == "")
        #expect(Figures.change(4.1, against: 0) == "")
    }

    @Test func notSetAndNotApplicableAreWordsNeverZero() {
        #expect(Figures.cell(nil, text: "未设定", .zh) == "未设定")
        #expect(Figures.cell(nil, text: "未设定", .en) == "not set")
        #expect(Figures.cell(nil, text: "不适用", .zh) == "不适用")
        #expect(Figures.cell(nil, text: "不适用", .en) == "not applicable")
        #expect(Figures.cell(4.1, text: nil, .en) == "4.1")
        #expect(Figures.cell(nil, text: nil, .en) == "–")
        // a column of words sums to the word: the RBSA strategic budget is 未设定 in every table
        let rbsa: [(value: Double?, text: String?)] = [(nil, "未设定"), (nil, "未设定")]
        #expect(Figures.sum(rbsa, .zh) == "未设定")
        #expect(Figures.sum(rbsa, .en) == "not set")
        #expect(Figures.sum([(1000.0, nil), (104.6, nil)], .zh) == "1,104.6")
        // two tables print 不适用 where six print 未设定: both words, neither a figure
        #expect(Figures.sum(rbsa + [(nil, "不适用")], .zh) == "未设定/不适用")
        #expect(Figures.sum(rbsa + [(nil, "不适用")], .en) == "not set/not applicable")
        #expect(Figures.sum([], .zh) == "–")
    }

    @Test func nonFiniteNeverPrintsAsANumber() {
        #expect(Figures.number(Double.nan) == "–")
        #expect(Figures.number(-Double.infinity) == "–")
        #expect(Figures.money(.infinity) == "–")
    }
}
