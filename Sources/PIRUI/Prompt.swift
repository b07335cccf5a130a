import PIRText

/// The one text prompt — the `/` search, the `:` switcher and the slides' find are each one of
/// these with their own choices: the text typed, the choice selected among what it offers, the
/// keys that edit it, a paste, and its line drawn with the cursor after the text. What Enter
/// does with the selection is the owner's; when the prompt is done is the prompt's (Esc, or
/// Backspace with nothing left to delete, closes it, as a shell's completion does).
public struct Prompt: Sendable, Equatable {
    public var text: String
    /// The choice selected among what the text offers (the first after every edit).
    public var selected = 0

    public init(_ text: String = "") { self.text = text }

    /// What a key did to the prompt.
    public enum Outcome: Equatable, Sendable {
        /// Edited the text or moved the selection.
        case edited
        /// Esc, or Backspace on an empty prompt: close it.
        case cancelled
        /// Enter: act on the selected choice.
        case submitted
        /// Not one of the prompt's keys: the owner's to handle (Tab in the switcher) or to ignore.
        case unhandled
    }

    /// Applies a key with `count` choices on offer.
    public mutating func handle(_ key: Key, choices count: Int) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted
        case .backspace where text.isEmpty: return .cancelled
        case .up, .ctrl("p"): selected = max(0, selected - 1)
        case .down, .ctrl("n"): selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, count - 1), selected + 10)
        case .backspace: text.removeLast(); selected = 0
        case .ctrl("u"): text = ""; selected = 0
        case .char(let c): text.append(c); selected = 0
        default: return .unhandled
        }
        return .edited
    }

    /// A paste is text, never keys: one line (line breaks and tabs become spaces, runs of them
    /// one), cleaned of control characters, added to the text. False if nothing was left to add.
    @discardableResult
    public mutating func paste(_ pasted: String) -> Bool {
        let line = Sanitizer.clean(Event.line(ofPaste: pasted)).trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { return false }
        text += line
        selected = 0
        return true
    }

    /// The prompt's line: its sigil (`/`, `:`) and the text, cut to `width` cells with an
    /// ellipsis, and the terminal's cursor after it.
    public func draw(_ frame: inout Frame, sigil: String, x: Int, y: Int, width: Int, glyphs: Glyphs, style: Style = Style(.normal, [.bold])) {
        let shown = TextLayout.truncate(sigil + " " + text, to: max(0, width), ellipsis: glyphs.ellipsis)
        frame.put(shown, x: x, y: y, style: style)
        frame.cursor = (min(x + max(0, width), x + shown.cellWidth), y)
    }
}
