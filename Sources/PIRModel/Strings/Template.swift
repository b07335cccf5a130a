/// A string of the table with numbered holes for what a call fills in: `"Outcome {1}"`, called
/// as `outcome("3")`. Numbered so a language can put the arguments in its own order, and a plain
/// value rather than a closure so a test can read both languages' text and check their holes.
public struct Template: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String

    public init(stringLiteral text: String) { self.text = text }

    /// The holes the text has (`{1}`, `{2}` …), each once, in order of number.
    public var holes: [Int] {
        Set((1...9).filter { text.contains("{\($0)}") }).sorted()
    }

    /// The text with each `{n}` replaced by the n-th argument (up to nine).
    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String {
        var out = text
        for (n, argument) in arguments.prefix(9).enumerated() {
            out = out.replacingOccurrences(of: "{\(n + 1)}", with: argument.description)
        }
        return out
    }

    public var description: String { text }
}
