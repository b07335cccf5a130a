import Testing
@testable import PIRUI

/// The layout splitter: fixed and minimum sizes first, the rest by weight, the last parts giving
/// way when the whole is too small.
@Suite struct SplitterTests {
    @Test func theSplitterGivesFixedAndMinimumsFirstThenTheRestByWeight() {
        #expect(Splitter.sizes(100, [.fixed(20), .fill(1), .fixed(30)]) == [20, 50, 30])
        #expect(Splitter.sizes(100, [.fill(1), .fill(3)]) == [25, 75])
        #expect(Splitter.sizes(100, [.max(40), .fixed(10)]) == [40, 10])
        #expect(Splitter.sizes(30, [.max(40), .fixed(10)]) == [20, 10])
        #expect(Splitter.sizes(10, [.min(8), .fill(1)]) == [8, 2])
        #expect(Splitter.sizes(100, [.min(8), .min(8)]) == [50, 50])
        // too small: the last parts give way first
        #expect(Splitter.sizes(25, [.fixed(20), .fixed(10)]) == [20, 5])
        #expect(Splitter.sizes(0, [.fixed(20), .fill(1)]) == [0, 0])
        // rounding: the cells left go to the first growing parts, all cells used
        #expect(Splitter.sizes(10, [.fill(1), .fill(1), .fill(1)]) == [4, 3, 3])
        #expect(Splitter.sizes(80, [.fixed(19), .fill(1), .fixed(24)]).reduce(0, +) == 80)
        let rects = Splitter.split(Rect(x: 2, y: 3, width: 50, height: 4), .horizontal, [.fixed(10), .fill(1)], spacing: 1)
        #expect(rects == [Rect(x: 2, y: 3, width: 10, height: 4), Rect(x: 13, y: 3, width: 39, height: 4)])
    }
}
