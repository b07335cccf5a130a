import Testing
import PIRModel
import PIRText
import PIRTestSupport
@testable import PIRUI

/// Random keys, mouse events and resizes (1×1 to 300×100) through the reducer and the view,
/// with a fixed seed: no trap, and every frame exactly its size in cells.
@Suite struct FuzzTests {
    typealias SplitMix64 = PIRTestSupport.SplitMix64

    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
                              .tab, .backTab, .function(1), .function(2), .ctrl("d"), .ctrl("u"), .ctrl("b"), .ctrl("f")]
        + "jkhlgGq?/tnN0123456789.abcABC 移民社会保护x;*[(".map { Key.char($0) }

    @Test(arguments: [1, 2, 3])
    func randomEvents(seed: UInt64) throws {
        let report = try ReportLoader.loadBundled()
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report)
        var rng = SplitMix64(state: seed)
        var state = reducer.reduce(AppState(width: 120, height: 40), .resize(width: 120, height: 40))
        for step in 0..<1_500 {
            let roll = Int.random(in: 0..<100, using: &rng)
            let event: Event
            if roll < 5 {
                event = .resize(width: Int.random(in: 1...300, using: &rng), height: Int.random(in: 1...100, using: &rng))
            } else if roll < 12 {
                let kinds: [Mouse.Kind] = [.press, .wheelUp, .wheelDown]
                event = .mouse(Mouse(kinds.randomElement(using: &rng)!, x: Int.random(in: -2...state.width + 2, using: &rng),
                                     y: Int.random(in: -2...state.height + 2, using: &rng)))
            } else {
                event = .key(Self.keys.randomElement(using: &rng)!)
            }
            state = reducer.reduce(state, event)
            if state.quit { state.quit = false }  // keep going: quitting is tested elsewhere
            if step % 7 == 0 {
                let frame = view.render(state)
                #expect(frame.lines.count == state.height)
                for line in frame.lines where line.cellWidth != state.width {
                    Issue.record("seed \(seed) step \(step) \(state.width)x\(state.height): line of \(line.cellWidth) cells")
                    return
                }
            }
        }
    }
}
