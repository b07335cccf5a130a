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

    /// The text with each `{n}` replaced by the n-th argument (up to nine). One pass over the
    /// text: a replacement per hole searched the whole text each time, 3 % of a frame's render
    /// (issue 18), and an argument that itself held `{2}` had that replaced too.
    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String {
        let scalars = text.unicodeScalars
        var out = ""
        var literal = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if scalars[i] == "{" {
                let digit = scalars.index(after: i)
                let n = digit < scalars.endIndex ? Int(scalars[digit].value) - 0x30 : 0
                if n >= 1, n <= min(9, arguments.count) {
                    let close = scalars.index(after: digit)
                    if close < scalars.endIndex, scalars[close] == "}" {
                        out += String(Substring(scalars[literal..<i]))
                        out += arguments[n - 1].description
                        i = scalars.index(after: close)
                        literal = i
                        continue
                    }
                }
            }
            i = scalars.index(after: i)
        }
        // as a string: appending the scalars, or a substring, went through an unspecialised
        // generic path (about 0.1 M instructions a call in `pir show`)
        out += String(Substring(scalars[literal..<scalars.endIndex]))
        return out
    }

    public var description: String { text }
}
