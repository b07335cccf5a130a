#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Footnote references as a reader sees them. The dataset stores a reference `[^5]` inside the
/// text (Markdown's syntax, so the Markdown export keeps working footnotes) and the notes in their
/// section's `footnotes`, numbered through the whole report as the PDF numbers them. Everything a
/// person reads — `pir show`, `pir search`, the explorer's detail pane and search snippets — goes
/// through here, so no `[^5]` reaches a screen and every renderer prints a reference the same way.
/// This is the footnote piece of a node's document: a renderer asks for a text's spans, draws a
/// `.reference` as it likes (or takes `render`'s string), and lists `Report.footnotes(citedIn:)`
/// at the end of the node.
public enum FootnoteStyle: Sendable, Equatable {
    /// A raised number, as the report prints it: `896 项成果⁵，`.
    case superscript
    /// `[5]`, for ASCII output (`--ascii`, a non-UTF-8 terminal).
    case bracketed
}

public enum Footnotes {
    /// A piece of a text: words, or a reference to footnote N.
    public enum Span: Sendable, Equatable {
        case text(Substring)
        /// The note's number, and the markup as stored (`[^5]`).
        case reference(Int, markup: Substring)
    }

    /// `[^` digits `]` at byte `i`: where it ends.
    static func reference(_ b: [UInt8], at i: Int) -> Int? {
        guard i + 3 < b.count, b[i] == UInt8(ascii: "["), b[i + 1] == UInt8(ascii: "^"), isDigit(b[i + 2]) else { return nil }
        var j = i + 2
        while j < b.count, isDigit(b[j]) { j += 1 }
        return j < b.count && b[j] == UInt8(ascii: "]") ? j + 1 : nil
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Whether the text holds a `^` (`memchr` over its bytes where they are contiguous).
    static func mayHaveCaret(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "^")), bytes.count) != nil } ?? false
        }
            ?? text.utf8.contains(UInt8(ascii: "^"))
    }

    /// Whether the bytes hold `[^` at all: the quick test before any work.
    static func mayHaveReference(_ b: [UInt8]) -> Bool {
        guard b.count > 3 else { return false }
        for i in 0..<(b.count - 1) where b[i] == UInt8(ascii: "[") && b[i + 1] == UInt8(ascii: "^") { return true }
        return false
    }

    /// The text cut into words and references, in order. A `[^` not followed by digits and `]` is
    /// text (the report has none, but a `--data` file might).
    public static func spans(_ text: Substring) -> [Span] {
        // most texts have no `^` at all: said without copying them (`pir search` asks for each hit)
        guard mayHaveCaret(text) else { return text.isEmpty ? [] : [.text(text)] }
        let utf8 = Array(text.utf8)
        guard mayHaveReference(utf8) else { return text.isEmpty ? [] : [.text(text)] }
        var spans: [Span] = []
        var start = 0, i = 0
        while i < utf8.count {
            guard let end = reference(utf8, at: i),
                  let number = Int(String(decoding: utf8[(i + 2)..<(end - 1)], as: UTF8.self)) else { i += 1; continue }
            if i > start { spans.append(.text(slice(text, start, i))) }
            spans.append(.reference(number, markup: slice(text, i, end)))
            start = end
            i = end
        }
        if start < utf8.count { spans.append(.text(slice(text, start, utf8.count))) }
        return spans
    }

    static func slice(_ text: Substring, _ from: Int, _ to: Int) -> Substring {
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: from)
        return text[lower..<text.utf8.index(lower, offsetBy: to - from)]
    }

    /// A reference as printed: `⁵`, `¹²`, or `[5]`.
    public static func reference(_ number: Int, _ style: FootnoteStyle) -> String {
        switch style {
        case .bracketed: return "[\(number)]"
        case .superscript:
            let raised: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
            return String(String(number).map { $0.wholeNumberValue.map { raised[$0] } ?? $0 })
        }
    }

    /// The text with every reference printed as the report prints it.
    public static func render<S: StringProtocol>(_ text: S, _ style: FootnoteStyle) -> String where S.SubSequence == Substring {
        let whole = text[...]
        // most of the report has no reference: hand the text back as it is
        guard mayHaveCaret(whole) else { return String(whole) }
        return spans(whole).map { span in
            switch span {
            case .text(let s): return String(s)
            case .reference(let n, _): return reference(n, style)
            }
        }.joined()
    }

    /// The text without its references, as a speaker reads it aloud or a reader copies a sentence.
    public static func withoutReferences(_ text: String) -> String {
        spans(text[...]).map { if case .text(let s) = $0 { String(s) } else { "" } }.joined()
    }

    /// The numbers the text refers to, in order.
    public static func references(in text: String) -> [Int] {
        spans(text[...]).compactMap { if case .reference(let n, _) = $0 { return n } else { return nil } }
    }

    /// `range` widened to whole references, so a match or a cut never splits `[^5]` into raw markup.
    public static func widened(_ range: Range<String.Index>, in text: String) -> Range<String.Index> {
        var lower = range.lowerBound, upper = range.upperBound
        for case .reference(_, let markup) in spans(text[...]) {
            if markup.startIndex < lower && lower < markup.endIndex { lower = markup.startIndex }
            if markup.startIndex < upper && upper < markup.endIndex { upper = markup.endIndex }
        }
        return lower..<max(lower, upper)
    }

    /// A note as listed at the end of its section: `⁵ 见…` or `[5] 见…`.
    public static func note(_ footnote: Footnote, _ style: FootnoteStyle) -> String {
        reference(footnote.number, style) + " " + render(footnote.text, style)
    }
}

extension Report {
    /// Every footnote of the report, in report order (each section's notes under its own).
    public var footnotes: [Footnote] { chapters.flatMap(\.footnotes) + outcomes.flatMap(\.footnotes) }

    /// The notes the texts refer to, each once, in order of their first reference: what a page
    /// that quotes part of a section (a box, a country's passages) lists at its end.
    public func footnotes(citedIn texts: [String]) -> [Footnote] {
        var seen = Set<Int>(), numbers: [Int] = []
        for text in texts { for n in Footnotes.references(in: text) where seen.insert(n).inserted { numbers.append(n) } }
        return footnotes(numbered: numbers)
    }

    /// The notes with these numbers, in this order (a number no note has is left out).
    public func footnotes(numbered numbers: [Int]) -> [Footnote] {
        guard !numbers.isEmpty else { return [] }
        let all = footnotes
        return numbers.compactMap { n in all.first { $0.number == n } }
    }
}
