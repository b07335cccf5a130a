/// The string literals of a Swift source file, each with its line, and its code with comments and
/// literals blanked: what `InterfaceStringTests` reads. A small lexer, not Swift's: it knows
/// `//` and `/* */` comments, `"…"` with escapes, `"""…"""` spanning lines, and `\(…)`
/// interpolations holding literals of their own — enough for this package's sources.
struct SourceLiterals {
    struct Literal: Equatable {
        let line: Int
        let text: String
    }

    private(set) var literals: [Literal] = []
    /// Each line's code: comments gone, a literal with a letter in it `"…"`, any other `""` (so a
    /// rule on code sees where words are quoted, not the words).
    private(set) var code: [String] = []

    init(_ source: String) {
        let chars = Array(source)
        var i = 0, line = 1
        var current = ""
        // a literal being read: its text, its line, whether it is multi-line, and the paren depth
        // of each interpolation open inside it
        var stack: [(text: String, line: Int, multi: Bool, depth: Int)] = []
        var interpolation: [Int] = []  // paren depth inside each open `\(`
        func peek(_ s: String) -> Bool {
            let p = Array(s)
            return i + p.count <= chars.count && Array(chars[i..<i + p.count]) == p
        }
        func newline() { code.append(current); current = ""; line += 1 }
        while i < chars.count {
            let c = chars[i]
            let inLiteral = !stack.isEmpty && interpolation.count < stack.count
            if inLiteral {
                let top = stack.count - 1
                if c == "\\" && i + 1 < chars.count && chars[i + 1] == "(" {
                    interpolation.append(0); stack[top].text += "\\("; i += 2; continue
                }
                if c == "\\" && i + 1 < chars.count { stack[top].text.append(c); stack[top].text.append(chars[i + 1]); i += 2; continue }
                if stack[top].multi ? peek("\"\"\"") : c == "\"" {
                    let done = stack.removeLast()
                    literals.append(Literal(line: done.line, text: done.text))
                    if !stack.isEmpty { stack[stack.count - 1].text += "\"…\"" } else { current += done.text.contains(where: \.isLetter) ? "\"…\"" : "\"\"" }
                    i += done.multi ? 3 : 1; continue
                }
                if c == "\n" { stack[top].text.append(" "); newline(); i += 1; continue }
                stack[top].text.append(c); i += 1; continue
            }
            // code (at top level or inside an interpolation)
            if peek("//") { while i < chars.count && chars[i] != "\n" { i += 1 }; continue }
            if peek("/*") {
                i += 2
                while i < chars.count && !peek("*/") { if chars[i] == "\n" { newline() }; i += 1 }
                i += 2; continue
            }
            if peek("\"\"\"") { stack.append(("", line, true, 0)); i += 3; continue }
            if c == "\"" { stack.append(("", line, false, 0)); i += 1; continue }
            if !interpolation.isEmpty {
                if c == "(" { interpolation[interpolation.count - 1] += 1 }
                if c == ")" {
                    if interpolation[interpolation.count - 1] == 0 { interpolation.removeLast(); stack[stack.count - 1].text += ")"; i += 1; continue }
                    interpolation[interpolation.count - 1] -= 1
                }
                stack[stack.count - 1].text.append(c)
                if c == "\n" { newline() }
                i += 1; continue
            }
            if c == "\n" { newline() } else { current.append(c) }
            i += 1
        }
        code.append(current)
    }
}
