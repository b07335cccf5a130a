/// The line editing the three text prompts share — the `/` search, the `:` switcher and the
/// slides' find: typing, Backspace, Ctrl-U, and moving the selection among what the text offers.
/// Each prompt keeps its own Enter, Esc and Tab.
public enum PromptEditing {
    /// Applies `key` to a prompt's text and its selection among `count` choices; false for a key
    /// that is not line editing (the prompt's own keys).
    public static func apply(_ key: Key, text: inout String, selected: inout Int, count: Int) -> Bool {
        switch key {
        case .up, .ctrl("p"): selected = max(0, selected - 1)
        case .down, .ctrl("n"): selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, count - 1), selected + 10)
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            selected = 0
        case .ctrl("u"): text = ""; selected = 0
        case .char(let c): text.append(c); selected = 0
        default: return false
        }
        return true
    }
}
