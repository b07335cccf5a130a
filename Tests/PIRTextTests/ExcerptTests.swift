import Testing
import PIRText

/// An excerpt never shows part of a figure: its start or end inside a number, or between a number
/// and its unit, keeps the number whole where there is room, and otherwise drops it with its unit.
@Suite struct ExcerptTests {
    let percent = Array("全球仅 46.9%的人口得到")   // 46.9 is at 4..<8, % at 8
    let tenThousand = Array("另外 900 万儿童成为童工")  // 900 at 3..<6, 万 at 7

    @Test func aStartInsideANumberMovesBackBeforeIt() {
        #expect(TextLayout.excerptStart(percent, cut: 5, limit: percent.count) == 4)
        #expect(TextLayout.excerptStart(percent, cut: 7, limit: percent.count) == 4)
        #expect(TextLayout.excerptStart(tenThousand, cut: 5, limit: tenThousand.count) == 3)
    }

    @Test func aStartBetweenANumberAndItsUnitMovesBackBeforeTheNumber() {
        #expect(TextLayout.excerptStart(percent, cut: 8, limit: percent.count) == 4)
        #expect(TextLayout.excerptStart(tenThousand, cut: 6, limit: tenThousand.count) == 3)
        #expect(TextLayout.excerptStart(tenThousand, cut: 7, limit: tenThousand.count) == 3)
    }

    @Test func withoutRoomTheStartMovesPastTheNumberAndItsUnit() {
        #expect(TextLayout.excerptStart(percent, cut: 6, limit: percent.count, floor: 6) == 9)
        #expect(TextLayout.excerptStart(tenThousand, cut: 7, limit: tenThousand.count, floor: 6) == 8)
    }

    @Test func anEndInsideANumberOrBeforeItsUnitKeepsTheUnitOrDropsBoth() {
        let billion = Array("约 41 亿人")  // 41 at 2..<4, 亿 at 5
        #expect(TextLayout.excerptEnd(billion, cut: 3, limit: 0) == 6)
        #expect(TextLayout.excerptEnd(billion, cut: 4, limit: 0) == 6)
        // no room to go forward: back before the number and the space
        #expect(TextLayout.excerptEnd(billion, cut: 4, limit: 0, ceiling: 4) == 1)
        #expect(TextLayout.excerptEnd(billion, cut: 3, limit: 0, ceiling: 3) == 1)
        #expect(TextLayout.excerptEnd(percent, cut: 8, limit: 0, ceiling: 8) == 3)
        #expect(TextLayout.excerptEnd(percent, cut: 8, limit: 0) == 9)
    }

    @Test func cutsElsewhereStay() {
        #expect(TextLayout.excerptStart(percent, cut: 1, limit: percent.count) == 1)
        #expect(TextLayout.excerptStart(percent, cut: 9, limit: percent.count) == 9)
        #expect(TextLayout.excerptEnd(percent, cut: 10, limit: 0) == 10)
        // a Latin word is still skipped forward at the start and back at the end
        let word = Array("the ILO report")
        #expect(TextLayout.excerptStart(word, cut: 5, limit: word.count) == 8)
        #expect(TextLayout.excerptEnd(word, cut: 5, limit: 0) == 3)
    }
}
