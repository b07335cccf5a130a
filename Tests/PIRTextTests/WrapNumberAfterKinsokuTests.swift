import Testing
import PIRText

/// Moving a break back so that "。" does not start a line must not split the number before it.
@Suite struct WrapNumberAfterKinsokuTests {
    @Test func numberBeforeClosingPunctuationStaysWhole() {
        // from Appendix III, A.3.1: at these widths "87%。" used to break as "8" / "7%。"
        let text = "成果：480 万国际劳工组织新闻室访问量；比 2018-2019 年基线(260 万)增长 87%。"
        for width in 60...80 {
            let lines = Wrapper.wrap(text, width: width)
            #expect(lines.contains { $0.contains("87%") }, "width \(width): \(lines)")
            #expect(lines.allSatisfy { $0.cellWidth <= width })
            for line in lines.dropFirst() { #expect(!Wrapper.noStart.contains(line.first!), "\(lines)") }
        }
    }
}
