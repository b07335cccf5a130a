import Testing
import PIRModel
@testable import PIRUI

/// The one prompt: its editing, paste and closing tested once here against the component, and
/// once through each prompt that uses it (the search, the switcher, the slides' find).
@Suite struct PromptTests {
    let fixture = try! Fixture()

    /// Applies a key and says what it did (outside `#expect`, which cannot mutate).
    func press(_ prompt: inout Prompt, _ key: Key, choices: Int) -> Prompt.Outcome { prompt.handle(key, choices: choices) }

    @Test func editingKeysChangeTheTextAndPutTheSelectionBackOnTheFirstChoice() {
        var prompt = Prompt()
        for c in "box 1" { let outcome = press(&prompt, .char(c), choices: 5); #expect(outcome == .edited) }
        #expect(prompt.text == "box 1")
        var outcome = press(&prompt, .down, choices: 5)
        #expect(outcome == .edited && prompt.selected == 1)
        outcome = press(&prompt, .pageDown, choices: 5)
        #expect(outcome == .edited && prompt.selected == 4)
        outcome = press(&prompt, .ctrl("p"), choices: 5)
        #expect(outcome == .edited && prompt.selected == 3)
        outcome = press(&prompt, .pageUp, choices: 5)
        #expect(outcome == .edited && prompt.selected == 0)
        _ = press(&prompt, .ctrl("n"), choices: 5)
        outcome = press(&prompt, .backspace, choices: 5)
        #expect(outcome == .edited && prompt.text == "box " && prompt.selected == 0)
        outcome = press(&prompt, .ctrl("u"), choices: 5)
        #expect(outcome == .edited && prompt.text.isEmpty)
        // the selection never leaves the choices, none at all included
        outcome = press(&prompt, .down, choices: 0)
        #expect(outcome == .edited && prompt.selected == 0)
    }

    @Test func escOrBackspaceWithNothingLeftClosesAndEnterSubmits() {
        var prompt = Prompt("a")
        var outcome = press(&prompt, .enter, choices: 1)
        #expect(outcome == .submitted)
        outcome = press(&prompt, .backspace, choices: 1)
        #expect(outcome == .edited)
        outcome = press(&prompt, .backspace, choices: 1)
        #expect(outcome == .cancelled)
        var text = Prompt("text")
        outcome = press(&text, .escape, choices: 0)
        #expect(outcome == .cancelled && text.text == "text")
        var other = Prompt()
        outcome = press(&other, .tab, choices: 3)
        #expect(outcome == .unhandled && other == Prompt())
    }

    @Test func aPasteIsOneCleanLineOfText() {
        var prompt = Prompt("x")
        _ = press(&prompt, .down, choices: 3)
        var added = prompt.paste("就业\r\n政策\t\u{1B}[31m")
        // one line, no control character left to reach the terminal, the text after what was typed
        #expect(added && prompt.selected == 0)
        #expect(prompt.text.hasPrefix("x就业 政策"), "\(prompt.text)")
        #expect(!prompt.text.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(prompt.text.debugDescription)")
        let before = prompt.text
        added = prompt.paste(" \n\t")
        #expect(!added && prompt.text == before)
    }

    @Test func theLineShowsTheSigilAndTheTextCutWithTheCursorAfterIt() {
        var frame = Frame(width: 12, height: 1)
        Prompt("就业政策很长的文字").draw(&frame, sigil: "/", x: 1, y: 0, width: 10, glyphs: .unicode)
        #expect(frame.lines[0].hasPrefix(" / 就业政"))
        #expect(frame.lines[0].contains("…"))
        #expect(frame.cursor?.y == 0 && (frame.cursor?.x ?? 0) <= 11)
    }

    // MARK: Each user

    @Test func theSearchClosesOnBackspaceWithNothingTypedAndTakesAPaste() {
        var s = fixture.state(120, 40, Event.keys("/"))
        s = fixture.reducer.reduce(s, .paste("就业\n政策"))
        #expect(s.search?.query == "就业 政策")
        #expect(fixture.view.render(s).text.contains("/ 就业 政策"))
        s = fixture.reducer.reduce(s, .key(.ctrl("u")))
        s = fixture.reducer.reduce(s, .key(.backspace))
        #expect(s.search == nil)
    }

    @Test func theSwitcherEditsAndClosesThroughThePrompt() {
        var s = fixture.state(120, 40, Event.keys(":"))
        s = fixture.reducer.reduce(s, .paste("reg\r\n"))
        #expect(s.palette?.text == "reg")
        #expect(fixture.view.render(s).text.contains(": reg"))
        s = fixture.reducer.reduce(s, .key(.escape))
        #expect(s.palette == nil)
    }

    @Test func theSlidesFindEditsAndClosesThroughThePrompt() throws {
        let reducer = try PresentFixture().presentReducer()
        var s = reducer.reduce(PresentState(width: 100, height: 30), .key(.char("/")))
        s = reducer.reduce(s, .paste("区域\n"))
        #expect(s.find?.query == "区域")
        s = reducer.reduce(s, .key(.backspace))
        s = reducer.reduce(s, .key(.backspace))
        #expect(s.find?.query == "")
        s = reducer.reduce(s, .key(.backspace))
        #expect(s.find == nil)
    }
}
