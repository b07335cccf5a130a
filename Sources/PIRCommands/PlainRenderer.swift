import PIRModel
import PIRText

/// A node's document as `pir show` prints it: headings underlined, tables aligned in terminal
/// cells, lists, quotations indented with their attribution, boxes framed, and the notes the
/// node cites at its end, references printed as the report prints them (`⁵`, `[5]` in ASCII).
/// The same `NodeDocument` the explorer and the Markdown export draw.
extension PlainText {
    mutating func render(_ doc: NodeDocument) {
        render(doc.blocks, indent: "")
        if !doc.footnotes.isEmpty {
            subheading(language.strings.document.notes)
            for note in doc.footnotes { line(Footnotes.note(note, footnoteStyle)); if !listed.contains(note.number) { listed.append(note.number) } }
        }
        if !doc.links.isEmpty {
            subheading(language.strings.document.links)
            for link in doc.links { line(link) }
        }
    }

    /// An empty line (the indent's rule inside a box), never two in a row nor one first.
    mutating func blank(_ indent: String) {
        func bare(_ s: String) -> String { var t = s; while t.last == " " { t.removeLast() }; return t }
        guard let last = out.last, bare(last) != bare(indent) else { return }
        out.append(bare(indent))
    }

    func text(_ inline: Inline) -> String { inline.rendered(footnoteStyle) }

    mutating func render(_ blocks: [DocumentBlock], indent: String) {
        for block in blocks {
            switch block {
            case .title(let t, let subs):
                if indent.isEmpty { heading(t) } else { line(indent + t) }
                for s in subs { line(indent + s) }
            case .heading(let t, _):
                if indent.isEmpty { subheading(t) } else { blank(indent); line(indent + t) }
            case .paragraph(let i, let tone):
                switch tone {
                case .heading: blank(indent); line(indent + "## " + text(i)); blank(indent)
                case .caution: line(indent + "  ! " + text(i))
                case .normal, .quiet: line(indent + text(i)); if tone == .normal { blank(indent) }
                case .emphasis: blank(indent); line(indent + text(i))
                }
            case .figures(let f):
                line(indent + f.map { ($0.label.isEmpty ? "" : $0.label + " ") + $0.value }.joined(separator: " · "))
            case .status(let met, let t): line(indent + (met ? "✓ " : "✗ ") + t)
            case .table(let t):
                var table = PlainText(report: report, language: language)
                table.table(t.header, t.rows, right: t.numeric)
                for l in table.out { line(indent + l) }
            case .list(let items, let highlight):
                for item in items { line(indent + (highlight ? "  > " : "  - ") + text(item)) }
                blank(indent)
            case .quote(let i, let attribution):
                line(indent + "  " + text(i))
                if let attribution { line(indent + "      — " + attribution) }
                blank(indent)
            case .caption(let t, let inner):
                line(indent + "[" + t + "]")
                render(inner, indent: indent + "  ")
                blank(indent)
            case .box(_, let t, let inner):
                line(indent + "┌ " + t)
                render(inner, indent: indent + "│ ")
                line(indent + "└")
                blank(indent)
            case .photo(let i):
                line(indent + "[" + language.strings.common.photo + "] " + text(i))
                blank(indent)
            case .indented(let inner): render(inner, indent: indent + "        ")
            case .bar: break
            }
        }
    }
}
