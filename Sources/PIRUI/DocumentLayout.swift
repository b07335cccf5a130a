import PIRModel
import PIRText

/// A node's document (`NodeDocument`, built in PIRModel) laid out as the detail pane's styled
/// lines: roles for the theme, glyphs for `--ascii`, tables fitted to the pane in cells, a
/// measure's bar where the pane has room, boxes framed by a rule, and the notes the node cites at
/// its end with their references printed as the report prints them (`⁵`, `[5]` in ASCII).
extension DetailDocument {
    func layout(_ node: NodeDocument, _ doc: inout Document) {
        layout(node.blocks, &doc, indent: 0)
        if !node.footnotes.isEmpty {
            doc.anchor("notes")
            doc.heading(lang.strings.document.notes)
            for f in node.footnotes {
                doc.paragraph(prose(f.text), style: Style(.dim), lead: Span(Footnotes.reference(f.number, footnoteStyle) + " ", Style(.dim)))
            }
        }
        if !node.links.isEmpty {
            doc.heading(lang.strings.document.links)
            for l in node.links { doc.paragraph(l, style: Style(.dim)) }
        }
    }

    func text(_ inline: Inline) -> String { inline.rendered(footnoteStyle) }

    func layout(_ blocks: [DocumentBlock], _ doc: inout Document, indent: Int) {
        var afterHeading = false
        for block in blocks {
            guard doc.hasRoom() else { return }
            // a paragraph right under its heading needs no empty line between them
            func blank() { if !afterHeading { doc.blank() } }
            defer {
                switch block {
                case .heading: afterHeading = true
                default: afterHeading = false
                }
            }
            switch block {
            case .title(let t, let subs):
                doc.paragraph(t, style: Style(.title, [.bold]), indent: indent)
                // the pane is small: the English under a Chinese heading is for `pir show`; in
                // English the report's Chinese title stays, as the reader may need to find it
                if lang == .en { for s in subs { doc.paragraph(s, style: Style(.dim), indent: indent) } }
            case .heading(let t, let anchor):
                if let anchor { doc.anchor(anchor) }
                if indent == 0 { doc.heading(t) } else { doc.blank(); doc.paragraph(t, style: Style(.heading, [.bold]), indent: indent) }
            case .paragraph(let i, let tone):
                switch tone {
                case .normal: blank(); doc.paragraph(text(i), indent: indent)
                case .heading: blank(); doc.paragraph(text(i), style: Style(.heading, [.bold]), indent: indent)
                case .quiet: doc.paragraph(text(i), style: Style(.dim), indent: indent)
                case .caution: doc.paragraph(text(i), style: Style(.warn), lead: Span("! ", Style(.warn, [.bold])), indent: indent)
                case .emphasis: doc.blank(); doc.paragraph(text(i), style: Style(.accent, [.bold]), indent: indent)
                }
            case .figures(let figures):
                var spans: [Span] = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
                for (n, f) in figures.enumerated() {
                    let gap = n == 0 ? "" : "   "
                    if !f.label.isEmpty { spans.append(Span(gap + f.label + " ", Style(.dim))) } else { spans.append(Span(gap)) }
                    spans.append(Span(f.value, Style(.normal, [.bold])))
                }
                doc.line(spans)
            case .status(let met, let t):
                doc.paragraph((met ? glyphs.met : glyphs.below) + " " + t, style: Style(met ? .good : .bad, [.bold]), indent: indent)
            case .table(let t): table(t, &doc, indent: indent)
            case .list(let items, let highlight):
                let lead = Span((highlight ? glyphs.highlight : glyphs.bullet) + " ", Style(.accent))
                for item in items { doc.paragraph(text(item), lead: lead, indent: indent) }
            case .quote(let i, let attribution):
                doc.blank()
                doc.paragraph(text(i), indent: indent + 2)
                if let attribution { doc.paragraph("— " + attribution, style: Style(.dim), indent: indent + 4) }
            case .caption(let t, let inner):
                doc.blank()
                doc.paragraph("[" + t + "]", style: Style(.dim), indent: indent)
                layout(inner, &doc, indent: indent + 2)
            case .box(let n, let t, let inner):
                doc.blank()
                doc.anchor("box:\(n)")
                doc.paragraph(t, style: Style(.accent, [.bold]), lead: Span(glyphs.vertical + " ", Style(.accent)), indent: indent)
                var framed = Document(width: max(4, doc.width - indent - 2))
                framed.limit = max(0, doc.limit - doc.lines.count)
                layout(inner, &framed, indent: 0)
                doc.embed(framed, prefix: [Span(String(repeating: " ", count: indent)), Span(glyphs.vertical + " ", Style(.accent))])
            case .photo(let i):
                doc.blank()
                doc.paragraph(text(i), style: Style(.dim), lead: Span("[" + lang.strings.common.photo + "] ", Style(.dim)), indent: indent)
            case .indented(let inner): layout(inner, &doc, indent: indent + 8)
            case .bar(let bar):
                guard doc.width - indent > 24 else { continue }
                doc.line([Span(String(repeating: " ", count: indent + 2))]
                         + BulletBar.spans(width: min(30, doc.width - indent - 4), value: bar.value, target: bar.target, scale: bar.scale, glyphs: glyphs))
            }
        }
    }

    /// Columns as wide as their widest cell, two cells apart; where the pane is narrower the
    /// flexible column (a title) gives way first, cut with an ellipsis, then every text column.
    /// A row's bar follows it where the pane has room after the figures.
    func table(_ t: DocumentTable, _ doc: inout Document, indent: Int) {
        let columns = t.header.count
        guard columns > 0 else { return }
        let room = max(8, doc.width - indent)
        var widths = (0..<columns).map { c in ([t.header[c]] + t.rows.map { c < $0.count ? $0[c] : "" }).map(\.cellWidth).max() ?? 0 }
        func total() -> Int { widths.reduce(0, +) + 2 * (columns - 1) }
        if total() > room, let f = t.flexible, f < columns { widths[f] = max(6, widths[f] - (total() - room)) }
        for c in (0..<columns).reversed() where total() > room && !t.numeric.contains(c) && c != t.flexible {
            widths[c] = max(4, widths[c] - (total() - room))
        }
        let pad = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
        func cells(_ row: [String], _ widths: [Int], gaps: [Int], _ style: (Int) -> Style) -> [Span] {
            (0..<columns).map { c in
                let cell = c < row.count ? row[c] : ""
                let fitted = TextLayout.fit(cell, to: widths[c], alignment: t.numeric.contains(c) ? .right : .left, ellipsis: glyphs.ellipsis)
                return Span(String(repeating: " ", count: c == 0 ? 0 : gaps[c]) + fitted, style(c))
            }
        }
        let gaps = Array(repeating: 2, count: columns)
        if t.header.contains(where: { !$0.isEmpty }) { doc.line(pad + cells(t.header, widths, gaps: gaps) { _ in Style(.dim) }) }
        let barRoom = room - total() - 1
        for (n, row) in t.rows.enumerated() {
            // a cut label takes what the figure after it leaves of its column (and one cell of the
            // gap): the figure keeps its right edge, and the label is whole where its line has room
            var rowWidths = widths, rowGaps = gaps
            if let f = t.flexible, f + 1 < columns, t.numeric.contains(f + 1), f + 1 < row.count {
                let want = row[f].cellWidth - widths[f]
                let unused = max(0, widths[f + 1] - row[f + 1].cellWidth)
                let extra = min(max(0, want), unused + 1)
                if extra > 0 {
                    let fromColumn = min(extra, unused)
                    rowWidths[f] += extra
                    rowWidths[f + 1] -= fromColumn
                    rowGaps[f + 1] -= extra - fromColumn
                }
            }
            var spans = pad + cells(row, rowWidths, gaps: rowGaps) { c in t.numeric.contains(c) ? Style(.normal, [.bold]) : Style(.normal) }
            if let bar = t.bars?[safe: n], barRoom >= 6 {
                spans.append(Span(" "))
                spans += BulletBar.spans(width: min(30, barRoom), value: bar.value, target: bar.target, scale: bar.scale, glyphs: glyphs)
            }
            doc.line(spans)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
