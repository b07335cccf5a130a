import PIRModel
import PIRText

/// `/`: the query, then the hits as you type — each with where it is and the match highlighted.
public struct SearchOverlay: Sendable {
    public let glyphs: Glyphs

    public func draw(_ frame: inout Frame, _ search: SearchState, hits: [SearchHit], language L: Language = .zh, report: Report? = nil) {
        let width = min(frame.width - 2, max(40, frame.width * 4 / 5))
        let height = min(frame.height - 2, max(8, frame.height * 3 / 4))
        guard width > 10, height > 4 else { return }
        let rect = Rect(x: (frame.width - width) / 2, y: (frame.height - height) / 2, width: width, height: height)
        frame.cover(rect)
        let title = hits.isEmpty ? L.strings.explorer.search : L.strings.explorer.searchHits("\(hits.count)\(hits.count >= 500 ? "+" : "")")
        let inner = Panel.draw(&frame, rect, title: title + L.strings.explorer.escClosesSuffix, focused: true, glyphs: glyphs)
        guard inner.height >= 2 else { return }
        search.prompt.draw(&frame, sigil: "/", x: inner.x + 1, y: inner.y, width: inner.width - 2, glyphs: glyphs)
        if hits.isEmpty {
            let message = search.query.isEmpty ? L.strings.explorer.searchPrompt : L.strings.explorer.noMatch
            frame.put(TextLayout.truncate(message, to: inner.width - 2), x: inner.x + 1, y: inner.y + 2, style: Style(.dim))
            return
        }
        // two lines per hit: where, then the text around the match
        let perHit = 2
        let visible = max(1, (inner.height - 2) / perHit)
        let first = max(0, min(search.selected - visible / 2, hits.count - visible))
        PositionMark.draw(&frame, box: rect, first: first, shown: visible, total: hits.count, glyphs: glyphs)
        for (row, index) in (first..<min(hits.count, first + visible)).enumerated() {
            let hit = hits[index]
            let y = inner.y + 2 + row * perHit
            let selected = index == search.selected
            frame.put(selected ? glyphs.selected : " ", x: inner.x, y: y, style: Style(.accent, [.bold]))
            // where: the section, and the box within it (as the countries' passages say it)
            let box = hit.box.map { " › " + L.strings.explorer.boxHit($0) } ?? ""
            let place = TextLayout.truncate((report.map { L.section(hit.sectionID, hit.sectionTitle, in: $0) } ?? hit.sectionTitle), to: max(4, inner.width - 3 - box.cellWidth), ellipsis: glyphs.ellipsis) + box
            frame.put(TextLayout.truncate(place, to: inner.width - 3, ellipsis: glyphs.ellipsis), x: inner.x + 2, y: y,
                      style: Style(.dim), limit: inner.maxX)
            // the report's Chinese marked in English mode, as everywhere
            let mark = Language.hasChinese(hit.text) ? L.narrativeMark : ""
            frame.put(mark, x: inner.x + 2, y: y + 1, style: Style(.dim))
            drawContext(&frame, hit, x: inner.x + 2 + mark.cellWidth, y: y + 1, width: inner.width - 3 - mark.cellWidth)
            if selected {
                for yy in y...(y + 1) where yy < inner.maxY {
                    for x in inner.x..<inner.maxX {
                        var cell = frame[x, yy]
                        cell.style.emphasis.insert(.bold)
                        if cell.style.role == .normal { cell.style.role = .selection; cell.style.emphasis.insert(.reverse) }
                        frame[x, yy] = cell
                    }
                }
            }
        }
    }

    /// The matched text centred in the line where it fits, the match itself in the match role;
    /// the text around it cut where no number or Latin word is split, and no number parted from its unit.
    func drawContext(_ frame: inout Frame, _ hit: SearchHit, x: Int, y: Int, width: Int) {
        // footnote references as the report prints them (⁵, [5] in ASCII), never [^5]
        let shown = hit.excerpt(glyphs == .ascii ? .bracketed : .superscript)
        let match = shown.match
        // a snippet is one line: a paragraph's line breaks are spaces in it (a put stops at a
        // newline, and the text after one, up to the match, was lost)
        func line(_ s: String) -> [Character] { s.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 } }
        let before = line(shown.before)
        let after = line(shown.after)
        let room = max(0, width - match.cellWidth)
        var lead = String(before)
        if lead.cellWidth > room / 2 {
            // keep the end of the text before the match
            // widths added up as it goes: re-measuring the kept text each time was quadratic in a long paragraph
            var used = glyphs.ellipsis.cellWidth
            var cut = before.count
            while cut > 0 {
                let w = before[cut - 1].cellWidth
                if used + w > room / 2 { break }
                used += w
                cut -= 1
            }
            // a figure the cut would split is kept whole, moved back before it, where the line has room
            var floor = cut
            while floor > 0 && used + before[floor - 1].cellWidth <= room {
                used += before[floor - 1].cellWidth
                floor -= 1
            }
            cut = TextLayout.excerptStart(before + Array(match), cut: cut, limit: before.count, floor: floor)
            lead = (cut > 0 ? glyphs.ellipsis : "") + String(before[cut...])
        }
        var cx = x
        cx += frame.put(lead, x: cx, y: y, limit: x + width)
        cx += frame.put(match, x: cx, y: y, style: Style(.match, [.bold, .underline]), limit: x + width)
        let rest = max(0, x + width - cx)
        var tail = String(after)
        if tail.cellWidth > rest {
            let fits = TextLayout.prefix(tail, width: max(0, rest - glyphs.ellipsis.cellWidth)).count
            let cut = TextLayout.excerptEnd(Array(match) + after, cut: match.count + fits, limit: match.count, ceiling: match.count + fits) - match.count
            tail = String(after[..<cut]) + glyphs.ellipsis
        }
        frame.put(tail, x: cx, y: y, limit: x + width)
    }
}
