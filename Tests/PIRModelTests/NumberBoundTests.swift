import Testing
@testable import PIRModel

/// `NumberBound.contains`: the range, and the decimals the report prints — with the tolerance a
/// Double needs for 0.1 + 0.2, none for whole numbers, and none that lets 1e-300 pass for 0.
@Suite struct NumberBoundTests {
    @Test func decimalsAndRange() {
        #expect(NumberBound.percent.contains(0.1 + 0.2))  // 0.30000000000000004
        #expect(NumberBound.percent.contains(999.99))
        #expect(!NumberBound.percent.contains(1000.01))
        #expect(!NumberBound.percent.contains(0.001))
        #expect(!NumberBound.percent.contains(1e-300))
        #expect(!NumberBound.budgetMillion.contains(1e-300))
        #expect(NumberBound.budgetMillion.contains(0.001))
        #expect(NumberBound.count.contains(10_000_000))
        #expect(!NumberBound.count.contains(5.000_000_000_1))
        #expect(!NumberBound.count.contains(-1))
        #expect(!NumberBound.signedPercent.contains(.nan))
        #expect(!NumberBound.tableValue.contains(.infinity))
        #expect(NumberBound.signedPercent.contains(-83))
    }

    @Test func saturatingConversion() {
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == Int.saturationLimit)
        #expect(Int(saturating: -1.7e308) == -Int.saturationLimit)
        #expect(Int(saturating: 2.5) == 3)
        #expect(Int(saturating: 2.5, rounding: .down) == 2)
        #expect(Double.infinity.wholePercent == nil)
        #expect(0.425.wholePercent == 43)
        #expect((4e307 * 10).wholePercent == nil)
    }
}
