import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// A report whose titles and paragraphs try to drive the terminal (escape sequences, C0 and C1
/// controls, bidi overrides, zero-width characters, combining-mark stacks, emoji ZWJ sequences,
/// tabs), made in memory since the loader refuses the controls: every frame the explorer draws from
/// it is inert and exactly its size.
@Suite struct HostileTextInTheExplorerTests {
    static let attack = "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{1B}P1$r\u{1B}\\\u{9B}31m\u{85}退\u{08}回\r车\t表\u{202E}反向\u{202C}"
        + "\u{2066}隔离\u{2069}零\u{200B}宽\u{FEFF}a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}👨\u{200D}👩\u{200D}👧❤\u{FE0F}👍🏽"

    static func hostileReport() throws -> Report {
        var report = try ReportLoader.loadBundled()
        report.outcomes[0].title = "强有力的三方成员" + attack
        report.outcomes[0].highlights[0] = attack + report.outcomes[0].highlights[0]
        report.outcomes[0].outputs[0].indicators[0].title = attack + "指标标题"
        report.outcomes[0].blocks[0].text = attack + (report.outcomes[0].blocks[0].text ?? "") + attack
        report.regions[0].name = "非洲" + attack
        report.meta.title = attack + report.meta.title
        return report
    }

    static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFE0E || v == 0xFE0F { return false }
        return scalar.properties.generalCategory != .format
    }

    @Test(arguments: [(120, 40), (80, 24), (200, 60), (40, 10)])
    func everyFrameIsInertAndItsSize(width: Int, height: Int) throws {
        let report = try Self.hostileReport()
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        var state = reducer.reduce(AppState(width: width, height: height), .resize(width: width, height: height))
        // the outcome list, its indicators, a region, the detail text, contents, overview, help, a search
        let steps: [[Event]] = [[], Event.keys("\r"), Event.keys("\r"), Event.keys("\r"), Event.keys("\u{1B}\u{1B}\u{1B}\t"),
                                Event.keys("t"), Event.keys("jjj\r"), Event.keys("\u{1B}\u{1B}o"), Event.keys("\u{1B}?"),
                                Event.keys("\u{1B}/退回"), Event.keys("\u{7F}\u{7F}反向")]
        for events in steps {
            state = reducer.reduce(state, events)
            let frame = view.render(state)
            for y in 0..<frame.height {
                for x in 0..<frame.width {
                    let cell = frame[x, y]
                    #expect(cell.text.unicodeScalars.allSatisfy(Self.isInert), "cell \(x),\(y): \(cell.text.unicodeScalars.map { String($0.value, radix: 16) })")
                    #expect(cell.text.unicodeScalars.filter { DisplayWidth.of($0) > 0 }.count <= 1)
                }
            }
            for (n, line) in frame.lines.enumerated() {
                #expect(line.cellWidth == width, "\(events): line \(n) is \(line.cellWidth) cells: \(line)")
            }
        }
    }

    /// The attack shows as visible, inert text: the replacement character where a control was.
    @Test func theAttackIsVisibleNotObeyed() throws {
        let report = try Self.hostileReport()
        let view = ExplorerView(report: report, reducer: Reducer(report: report))
        let frame = view.render(Reducer(report: report).reduce(AppState(width: 200, height: 60), .resize(width: 200, height: 60)))
        #expect(frame.text.contains("强有力的三方成员\u{FFFD}[2J"), "\(frame.text)")
        #expect(frame.text.contains("反向"))
        #expect(!frame.text.contains("\u{202E}"))
    }
}
