import Testing
import PIRText

/// A wrap never leaves one Chinese character alone on a paragraph's last line (`出`, `针。`): the
/// line above gives it a second one.
@Suite struct OrphanTests {
    @Test func aLoneLastCharacterTakesASecond() {
        #expect(Wrapper.wrap("成果总数比两年期目标高出", width: 22) == ["成果总数比两年期目标", "高出"])
        // with the punctuation after it: 针。 alone became 方针。
        #expect(Wrapper.wrap("加强技能和终身学习的战略方针。", width: 26) == ["加强技能和终身学习的战略", "方针。"])
    }

    @Test func everyWidthOfARealHighlight() {
        let text = "2021 年劳工大会为劳工组织提供了指导，使其能够在因疫情影响而不断变化的劳动世界中，加强技能和终身学习的战略方针。"
        for width in 8...120 {
            let lines = Wrapper.wrap(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(width): \(lines)")
            #expect(lines.allSatisfy { $0.cellWidth <= width }, "\(width): \(lines)")
            if lines.count > 1, let last = lines.last {
                let body = last.prefix { !Wrapper.noStart.contains($0) }
                #expect(body.count != 1, "width \(width): orphan \(last) in \(lines)")
            }
            for line in lines.dropFirst() { #expect(!Wrapper.noStart.contains(line.first!), "\(width): \(lines)") }
        }
    }

    @Test func leftAloneWhenNothingCanMove() {
        // two characters already, a Latin word, or a line above that would end in an opening bracket
        #expect(Wrapper.wrap("成果总数比两年期目标高出啊", width: 22) == ["成果总数比两年期目标高", "出啊"])
        #expect(Wrapper.wrap("results 3%", width: 8) == ["results", "3%"])
        #expect(Wrapper.wrap("成果总数比两年期（目标", width: 20) == ["成果总数比两年期（目", "标"])
        // a paragraph of one line, and each paragraph on its own
        #expect(Wrapper.wrap("高", width: 10) == ["高"])
        #expect(Wrapper.wrap("成果总数比两年期目标高出\n成果", width: 22) == ["成果总数比两年期目标", "高出", "成果"])
    }
}
