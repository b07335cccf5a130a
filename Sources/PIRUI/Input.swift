import PIRModel

/// Input as the UI core sees it: the backend translates ncurses key codes, mouse reports and
/// SIGWINCH into these, and tests feed them directly.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case function(Int)
}

public struct Mouse: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}

public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(Mouse)
    case resize(width: Int, height: Int)
    /// Text the terminal marked as pasted (bracketed paste): never read as keys.
    case paste(String)
    /// What came of the effects the reducer asked for (a file written, text sent to the
    /// clipboard), in words for the status line.
    case done(String)
    /// The presentation opened with `p` has closed: back here in its language, or quit.
    case presented(stay: Bool, language: Language)
}

extension Event {
    /// A paste as one line for a prompt: line breaks and tabs become spaces, runs of them one.
    public static func line(ofPaste text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    /// Events from a string of typed characters, for tests: `"3j\r"`.
    public static func keys(_ typed: String) -> [Event] {
        typed.map { c -> Event in
            switch c {
            case "\r", "\n": return .key(.enter)
            case "\u{1B}": return .key(.escape)
            case "\t": return .key(.tab)
            case "\u{7F}": return .key(.backspace)
            default: return .key(.char(c))
            }
        }
    }
}
