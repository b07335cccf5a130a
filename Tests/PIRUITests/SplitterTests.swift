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
        // a ratio of the whole, rounded down, within its bounds; cut when the whole is too small
        #expect(Splitter.sizes(36, [.ratio(11, 20, min: 7), .fill(1)]) == [19, 17])
        #expect(Splitter.sizes(6, [.ratio(11, 20, min: 7), .fill(1)]) == [6, 0])
        #expect(Splitter.sizes(200, [.ratio(2, 5, min: 36, max: 56), .fill(1)]) == [56, 144])
        #expect(Splitter.sizes(100, [.ratio(2, 5, min: 36, max: 56), .fill(1)]) == [40, 60])
        #expect(Splitter.sizes(80, [.ratio(2, 5, min: 36), .fill(1)]) == [36, 44])
        #expect(Splitter.sizes(10, [.ratio(1, 0), .fill(1)]) == [0, 10])
        let rects = Splitter.split(Rect(x: 2, y: 3, width: 50, height: 4), .horizontal, [.fixed(10), .fill(1)], spacing: 1)
        #expect(rects == [Rect(x: 2, y: 3, width: 10, height: 4), Rect(x: 13, y: 3, width: 39, height: 4)])
    }
}

/// The explorer's and the list views' layouts, now said with `Splitter`, divide the screen as the
/// arithmetic they replace did, at every size from the smallest drawn to 240×80.
@Suite struct LayoutArithmeticTests {
    @Test func theLayoutsAreTheArithmeticTheyReplace() {
        for width in stride(from: AppState.minimumWidth, through: 240, by: 1) {
            for height in stride(from: AppState.minimumHeight, through: 80, by: 1) {
                let rest = Rect(x: 0, y: 2, width: width, height: height - 4)
                let explorer = ExplorerLayout(width: width, height: height, focus: .outcomes, detailSource: .outcomes)
                var listHeight: Int
                if width >= ExplorerLayout.wideWidth {
                    listHeight = max(7, min(rest.height - 5, (rest.height * 11) / 20))
                    let outcomes = min(44, max(30, width * 28 / 100)), regions = min(40, max(28, width * 25 / 100))
                    #expect(explorer.panes[.outcomes]?.width == outcomes && explorer.panes[.regions]?.width == regions)
                } else {
                    listHeight = max(5, min(rest.height - 4, rest.height / 2 + 1))
                    if rest.height - listHeight < 3 { listHeight = rest.height }
                }
                let (lists, detail) = rest.top(listHeight)
                #expect(explorer.panes[.outcomes]?.height == lists.height && explorer.detail == detail, "\(width)×\(height)")
                #expect(explorer.header == Rect(x: 0, y: 0, width: width, height: 1) && explorer.status == Rect(x: 0, y: height - 1, width: width, height: 1))
                for screen in Screen.allCases where screen != .overview && screen != .explorer {
                    let body = Rect(x: 0, y: 2, width: width, height: max(0, height - 4))
                    let expected: (Rect, Rect)
                    switch screen {
                    case .indicators, .trends: expected = body.top(max(5, body.height * (screen == .trends ? 12 : 11) / 20))
                    case .budget where width >= 100: expected = body.left(min(84, max(60, width / 2)))
                    default: expected = width >= 100 ? body.left(min(56, max(36, width * 2 / 5))) : body.top(max(5, body.height * 2 / 5))
                    }
                    let layout = ContentsLayout(width: width, height: height, screen: screen)
                    #expect(layout.list == expected.0 && layout.text == expected.1, "\(screen) at \(width)×\(height)")
                }
            }
        }
    }
}
