import Testing
import PIRModel
import PIRText
@testable import PIRUI

/// Random keys, wheel events and resizes through the presentation — slides, overlays, the
/// drilled-in explorer and back, in both languages — with a fixed seed: no trap, every frame exactly its size.
@Suite struct PresentFuzzTests {
    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
                              .tab, .function(1), .ctrl("u")]
        + "jkhlgGq?/obtfp[]0123456789.Ee3非洲 xw".map { Key.char($0) }

    @Test(arguments: [7, 8])
    func randomEvents(seed: UInt64) throws {
        let fixture = try PresentFixture()
        let reducer = fixture.presentReducer()
        let view = PresentView(report: fixture.report, deck: fixture.deck, reducer: fixture.reducer)
        var rng = FuzzTests.SplitMix64(state: seed)
        var state = PresentState(width: 120, height: 40)
        var drilled = 0
        var english = 0
        for _ in 0..<1_200 {
            let roll = Int.random(in: 0..<100, using: &rng)
            let event: Event
            if roll < 5 {
                event = .resize(width: Int.random(in: 1...260, using: &rng), height: Int.random(in: 1...80, using: &rng))
            } else if roll < 10 {
                event = .mouse(Mouse(Bool.random(using: &rng) ? .wheelUp : .wheelDown, x: 3, y: 3))
            } else {
                event = .key(Self.keys.randomElement(using: &rng)!)
            }
            state = reducer.reduce(state, event)
            if state.explorer != nil { drilled += 1 }
            if state.language == .en { english += 1 }
            // leaving is not what this test is about: carry on presenting
            state.quit = false
            state.quitAll = false
            if state.explorer?.quit == true { state.explorer = nil }
            #expect(state.slide >= 0 && state.slide < fixture.deck.slides.count)
            #expect(state.step >= 0 && state.step <= fixture.deck.slides[state.slide].steps)
            let frame = view.render(state, time: PresentTime(elapsed: 3_725, clock: "09:41"))
            #expect(frame.width == state.width && frame.height == state.height)
            for line in frame.lines { #expect(line.cellWidth == state.width) }
        }
        #expect(drilled > 0, "the run never drilled into the explorer")
        #expect(english > 0, "the run never presented in English")
    }
}
