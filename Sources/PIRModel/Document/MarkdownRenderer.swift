#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// A node's document as Markdown (`pir export --node 3`): headings `#`/`##`, tables with pipes,
/// lists, quotations and boxes as block quotes, footnote references as the report prints them
/// (`⁵`, never `[^5]`) and the notes listed at the end. Same words, figures and notes as
/// `pir show` prints, because both draw the same `NodeDocument`.
public struct MarkdownRenderer: Sendable {
    public var language: Language
    public var footnoteStyle: FootnoteStyle

    public init(language: Language = .zh, footnoteStyle: FootnoteStyle = .superscript) {
        self.language = language
        self.footnoteStyle = footnoteStyle
    }

    public func render(_ doc: NodeDocument) -> String {
        var out: [String] = []
        render(doc.blocks, into: &out, depth: 0)
        if !doc.footnotes.isEmpty {
            out.append("## " + Self.escape(language.strings.document.notes))
            for note in doc.footnotes { out.append(Self.escape(Footnotes.note(note, footnoteStyle))) }
        }
        if !doc.links.isEmpty {
            out.append("## " + Self.escape(language.strings.document.links))
            out.append(doc.links.map { "- <\($0)>" }.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    func text(_ inline: Inline) -> String { Self.escape(inline.rendered(footnoteStyle)) }

    func render(_ blocks: [DocumentBlock], into out: inout [String], depth: Int) {
        for block in blocks {
            switch block {
            case .title(let t, let subs):
                out.append("# " + Self.escape(t))
                for s in subs { out.append("*" + Self.escape(s) + "*") }
            case .heading(let t, _):
                out.append(String(repeating: "#", count: min(6, 2 + depth)) + " " + Self.escape(t))
            case .paragraph(let i, let tone):
                switch tone {
                case .heading: out.append(String(repeating: "#", count: min(6, 3 + depth)) + " " + text(i))
                case .emphasis: out.append("**" + text(i) + "**")
                case .quiet, .caution, .normal: out.append((tone == .caution ? "! " : "") + text(i))
                }
            case .figures(let f):
                out.append(f.map { ($0.label.isEmpty ? "" : Self.escape($0.label) + " ") + "**" + Self.escape($0.value) + "**" }.joined(separator: " · "))
            case .status(_, let t): out.append("**" + Self.escape(t) + "**")
            case .table(let t): out.append(table(t))
            case .list(let items, _): out.append(items.map { "- " + text($0) }.joined(separator: "\n"))
            case .quote(let i, let attribution):
                out.append("> " + text(i) + (attribution.map { "\n>\n> — " + Self.escape($0) } ?? ""))
            case .caption(let t, let inner):
                out.append("*[" + Self.escape(t) + "]*")
                render(inner, into: &out, depth: depth + 1)
            case .box(_, let t, let inner):
                var boxed: [String] = []
                render(inner, into: &boxed, depth: depth + 1)
                let body = boxed.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
                out.append((["> **" + Self.escape(t) + "**", ">"] + body).joined(separator: "\n"))
            case .photo(let i): out.append("*[" + Self.escape(language.strings.common.photo) + "]* " + text(i))
            case .indented(let inner): render(inner, into: &out, depth: depth)
            case .bar: break
            }
        }
    }

    func table(_ t: DocumentTable) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.map { Self.cell($0) }.joined(separator: " | ") + " |" }
        let align = t.header.indices.map { t.numeric.contains($0) ? " ---: |" : " --- |" }.joined()
        return ([row(t.header), "|" + align] + t.rows.map(row)).joined(separator: "\n")
    }

    static func cell(_ s: String) -> String {
        escape(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Markdown's markup in the report's text made literal: emphasis marks, code ticks, HTML's
    /// angle brackets, and a line that would start a heading, list or numbered list.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "*", "_", "`": out.append("\\"); out.append(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        if let first = out.first, "#+-".contains(first) { out = "\\" + out }
        return out
    }
}

extension Exporter {
    /// One node of the report as Markdown (`pir export --node 3`): its document, drawn by
    /// `MarkdownRenderer`; nil for a node the report does not have.
    public static func markdown(_ report: Report, node: NodeRef, language: Language = .zh) -> String? {
        NodeDocuments(report: report, language: language).document(node).map { MarkdownRenderer(language: language).render($0) }
    }
}
