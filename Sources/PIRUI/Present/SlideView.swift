#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRText

/// Draws a slide into a frame: the title centred and bold, then each element in the variant the
/// layout chose. Text is cut by display width before it is drawn, with an ellipsis, so nothing is
/// ever clipped mid-character; step-through highlights one item and dims the rest, in place.
public struct SlideView: Sendable {
    public let glyphs: Glyphs
    /// The widest the text column grows on a wide terminal.
    public var maxWidth: Int

    public init(glyphs: Glyphs = .unicode, maxWidth: Int = SlideView.defaultMaxWidth) {
        self.glyphs = glyphs
        self.maxWidth = maxWidth
    }

    public static let defaultMaxWidth = SlideLayout.defaultMaxWidth

    var ascii: Bool { glyphs == .ascii }

    public func draw(_ slide: Slide, step: Int, in rect: Rect, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let layout = SlideLayout(slide: slide, in: rect, maxWidth: maxWidth, metrics: SlideMetrics(glyphs: glyphs))
        let content = layout.content
        var y = layout.titleY
        for line in layout.titleLines where y < rect.maxY {
            centred(&frame, line, y: y, in: content, style: Style(.title, [.bold]))
            y += 1
        }
        if let subtitle = layout.subtitle, y < rect.maxY {
            centred(&frame, subtitle, y: y, in: content, style: Style(.dim))
        }
        for placed in layout.placed {
            let area = Rect(x: content.x, y: placed.y, width: content.width, height: placed.height)
            let active = slide.stepElement == placed.element && step > 0 ? step - 1 : nil
            switch (slide.elements[placed.element], placed.fit) {
            case (.figures(let figures), .figures(let size, let perRow)):
                drawFigures(&frame, figures, size: size, perRow: perRow, in: area)
            case (.bars(let list), .list(let heading, _, let visible)):
                drawBars(&frame, list, heading: heading, visible: visible, spaced: placed.spaced, active: active, in: area)
            case (.bullets(let list), .list(let heading, let oneLine, let visible)):
                drawBullets(&frame, list, heading: heading, oneLine: oneLine, visible: visible, active: active, in: area)
            case (.paragraph(let text), .lines(let count)):
                drawLines(&frame, Wrapper.wrap(Sanitizer.clean(text), width: area.width), count: count, x: area.x, in: area, style: .normal)
            case (.quote(let text, let source), .lines(let count)):
                drawQuote(&frame, text, source: source, count: count, in: area)
            case (.caption(let text), let fit):
                let lines = Balanced.wrap(Sanitizer.clean(text), width: area.width)
                if case .lines(let count) = fit, count >= 2, lines.count == 2 {
                    for (n, line) in lines.enumerated() { centred(&frame, line, y: area.y + n, in: area, style: Style(.dim)) }
                } else {
                    centred(&frame, TextLayout.truncate(Sanitizer.clean(text), to: area.width, ellipsis: glyphs.ellipsis), y: area.y, in: area, style: Style(.dim))
                }
            case (.table(let table), .table(let breakdowns)):
                drawTable(&frame, table, breakdowns: breakdowns, in: area)
            default:
                break
            }
        }
    }

    // MARK: Text

    func centred(_ frame: inout Frame, _ text: String, y: Int, in rect: Rect, style: Style) {
        let cut = TextLayout.truncate(text, to: rect.width, ellipsis: glyphs.ellipsis)
        frame.put(cut, x: rect.x + (rect.width - cut.cellWidth) / 2, y: y, style: style, limit: rect.maxX)
    }

    /// Up to `count` lines of wrapped text; an ellipsis ends the last when some is left out.
    func drawLines(_ frame: inout Frame, _ lines: [String], count: Int, x: Int, in rect: Rect, style: Style) {
        let width = rect.maxX - x
        for n in 0..<min(count, lines.count, rect.height) {
            var line = lines[n]
            if n == min(count, rect.height) - 1 && lines.count > n + 1 {
                line = TextLayout.prefix(line, width: width - glyphs.ellipsis.cellWidth) + glyphs.ellipsis
            }
            frame.put(TextLayout.truncate(line, to: width, ellipsis: glyphs.ellipsis), x: x, y: rect.y + n, style: style, limit: rect.maxX)
        }
    }

    func drawQuote(_ frame: inout Frame, _ text: String, source: String?, count: Int, in rect: Rect) {
        let lines = Wrapper.wrap(Sanitizer.clean(text), width: max(1, rect.width - 4))
        let sourceLines = source.map { QuoteSource.lines($0, width: rect.width) } ?? []
        // the source whole when the quote is whole too, else on one line cut short
        let sourceCount = sourceLines.isEmpty || count < 2 ? 0 : (count >= lines.count + sourceLines.count ? sourceLines.count : 1)
        let textCount = count - sourceCount
        let textRect = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, textCount))
        drawLines(&frame, lines, count: textCount, x: rect.x + 2, in: textRect, style: Style(.normal))
        frame.put(glyphs.vertical, x: rect.x, y: rect.y, style: Style(.accent, [.bold]))
        if sourceCount > 0, let source, textCount < rect.height {
            let shown = sourceCount == 1 ? [TextLayout.truncate("— " + Sanitizer.clean(source), to: rect.width - 4, ellipsis: glyphs.ellipsis)] : sourceLines
            for (n, line) in shown.enumerated() where rect.y + min(textCount, lines.count) + n < rect.maxY {
                frame.put(line, x: rect.maxX - line.cellWidth, y: rect.y + min(textCount, lines.count) + n, style: Style(.dim))
            }
        }
    }

    // MARK: Figures

    func drawFigures(_ frame: inout Frame, _ figures: [Figure], size: BigDigits.Size?, perRow: Int, in rect: Rect) {
        guard let size else {
            // one line each: the number, then what it counts
            let valueWidth = figures.map(\.value.cellWidth).max() ?? 0
            let lines = figures.map { f in
                TextLayout.fit(f.value, to: valueWidth, alignment: .right) + "  " + mark(f) + Sanitizer.clean(f.label)
            }
            let blockWidth = min(rect.width, lines.map(\.cellWidth).max() ?? 0)
            let x = rect.x + (rect.width - blockWidth) / 2
            for (n, f) in figures.enumerated() where n < rect.height {
                frame.put(TextLayout.fit(f.value, to: valueWidth, alignment: .right), x: x, y: rect.y + n, style: figureStyle(f), limit: rect.maxX)
                let rest = TextLayout.truncate(mark(f) + Sanitizer.clean(f.label), to: max(0, rect.maxX - x - valueWidth - 2), ellipsis: glyphs.ellipsis)
                frame.put(rest, x: x + valueWidth + 2, y: rect.y + n, limit: rect.maxX)
            }
            return
        }
        let cell = FigureGrid.cell(figures, size: size, perRow: perRow, width: rect.width, ascii: ascii)
        var y = rect.y
        for row in FigureGrid.rows(figures, perRow: perRow) {
            let rowWidth = row.count * cell + (row.count - 1) * FigureGrid.gap
            var x = rect.x + (rect.width - rowWidth) / 2
            var rowHeight = 0
            // the printed forms on one row under the labels, however many lines each label takes
            let labelRows = row.map { min(FigureGrid.labelLines, Wrapper.label(mark($0) + Sanitizer.clean($0.label), width: cell).count) }.max() ?? 0
            for figure in row {
                var fy = y
                let big = BigDigits.render(figure.value, size: size, ascii: ascii) ?? []
                let bigWidth = big.first?.cellWidth ?? 0
                for line in big where fy < rect.maxY {
                    frame.put(line, x: x + (cell - bigWidth) / 2, y: fy, style: figureStyle(figure), limit: rect.maxX)
                    fy += 1
                }
                fy = y + FigureGrid.digitRows(size)
                let labelWidth = cell
                var label = Wrapper.label(mark(figure) + Sanitizer.clean(figure.label), width: labelWidth)
                if label.count > FigureGrid.labelLines {
                    // the wrap dropped the spaces it broke English at: put them back between words
                    let rest = label[(FigureGrid.labelLines - 1)...].reduce("") { joined, line in
                        guard let last = joined.last, let first = line.first else { return joined + line }
                        return joined + (last.isASCII && first.isASCII ? " " : "") + line
                    }
                    label = Array(label.prefix(FigureGrid.labelLines - 1)) + [TextLayout.truncate(rest, to: labelWidth, ellipsis: glyphs.ellipsis)]
                }
                for line in label where fy < rect.maxY {
                    frame.put(line, x: x + (cell - line.cellWidth) / 2, y: fy, style: Style(.normal), limit: rect.maxX)
                    fy += 1
                }
                // the printed form (约有 45%) only at full size: compact figures keep to number and
                // label; in a row where one figure has it, every figure has its line (48% had none,
                // as its printed form is its number)
                fy = y + FigureGrid.digitRows(size) + labelRows
                if size == .large, row.contains(where: { $0.detail != nil }), fy < rect.maxY {
                    let cut = TextLayout.truncate(Sanitizer.clean(figure.detail ?? figure.value), to: cell, ellipsis: glyphs.ellipsis)
                    frame.put(cut, x: x + (cell - cut.cellWidth) / 2, y: fy, style: Style(.dim), limit: rect.maxX)
                }
                rowHeight = max(rowHeight, FigureGrid.digitRows(size) + label.count + (size == .large && row.contains { $0.detail != nil } ? 1 : 0))
                x += cell + FigureGrid.gap
            }
            y += rowHeight + 1
        }
    }

    func mark(_ figure: Figure) -> String {
        switch figure.mark {
        case .met?: return glyphs.met + " "
        case .below?: return glyphs.below + " "
        case nil: return ""
        }
    }

    func figureStyle(_ figure: Figure) -> Style {
        switch figure.mark {
        case .met?: return Style(.good, [.bold])
        case .below?: return Style(.bad, [.bold])
        case nil: return Style(.accent, [.bold])
        }
    }

    // MARK: Lists

    /// The first item of the window of `visible` over `count` items that shows `active`: the list
    /// pages, a page of `visible` rows at a time, so an item is always on the same row and nothing
    /// else moves while the highlight walks (the last page may be short).
    static func windowStart(count: Int, visible: Int, active: Int?) -> Int {
        guard visible < count, visible > 0, let active else { return 0 }
        return min(active, count - 1) / visible * visible
    }

    func itemStyle(_ index: Int, active: Int?) -> (label: Style, dimmed: Bool, lead: String) {
        guard let active else { return (Style(.normal), false, "  ") }
        // reverse video, in the selection role's colour: faint (SGR 2), which marked the others,
        // is ignored by urxvt and is the same black as the rest on a light xterm
        if index == active { return (Style(.selection, [.reverse, .bold]), false, glyphs.highlight + " ") }
        return (Style(.dim), true, "  ")
    }

    func drawMore(_ frame: inout Frame, start: Int, visible: Int, count: Int, x: Int, y: Int, in rect: Rect) {
        let text = "\(glyphs.ellipsis) \(start + 1)–\(min(count, start + visible)) / \(count)"
        frame.put(TextLayout.truncate(text, to: rect.maxX - x), x: x, y: y, style: Style(.dim), limit: rect.maxX)
    }

    /// `spaced`: a blank row between the bars, where the slide has the rows; without it the bars
    /// are drawn in the lower half of their rows, so rows next to each other stay apart.
    func drawBars(_ frame: inout Frame, _ list: BarList, heading: Bool, visible: Int, spaced: Bool = false, active: Int?, in rect: Rect) {
        var y = rect.y
        if heading, let title = list.heading {
            frame.put(TextLayout.truncate(Sanitizer.clean(title), to: rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: y, style: Style(.heading, [.bold]), limit: rect.maxX)
            y += 1
        }
        let items = list.items
        let textWidth = items.map(\.text.cellWidth).max() ?? 0
        let markWidth = items.contains { $0.met != nil } ? 1 + glyphs.markWidth : 0
        let fixed = 2 + 1 + 1 + textWidth + markWidth
        // labels that fit whole in three fifths of the row get all the room they need (region
        // names: 亚太地区 Asia and the Pacif… at 80 columns); long ones share it with the bars,
        // taking up to three fifths where that shows their short labels whole (`ListTitle`)
        let longest = items.map { Sanitizer.clean($0.label).cellWidth }.max() ?? 0
        let shortest = items.map { Sanitizer.clean($0.short ?? $0.label).cellWidth }.max() ?? 0
        let room = (rect.width - fixed) * 3 / 5
        var labelWidth = longest <= room ? longest : min(longest, max(8, (rect.width - fixed) * 45 / 100, min(shortest, room)))
        var barWidth = rect.width - fixed - labelWidth
        if barWidth < 6 { labelWidth = max(4, labelWidth - (6 - barWidth)); barWidth = rect.width - fixed - labelWidth }
        let shown = min(visible, items.count)
        let start = Self.windowStart(count: items.count, visible: shown, active: active)
        let moreY = y + shown
        for index in start..<min(items.count, start + shown) where y < rect.maxY {
            let item = items[index]
            let look = itemStyle(index, active: active)
            var x = rect.x
            x += frame.put(look.lead, x: x, y: y, style: Style(.accent, [.bold]))
            let label = ListTitle.choose(Sanitizer.clean(item.label), short: item.short.map(Sanitizer.clean), width: labelWidth)
            frame.put(TextLayout.fit(label, to: labelWidth, ellipsis: glyphs.ellipsis), x: x, y: y, style: look.label, limit: rect.maxX)
            x += labelWidth + 1
            if barWidth > 0 {
                BulletBar.draw(&frame, x: x, y: y, width: barWidth, value: item.value, target: item.target,
                               scale: item.scale, glyphs: glyphs, dimmed: look.dimmed, lowHalf: !spaced && shown > 1)
                x += barWidth + 1
            }
            frame.put(TextLayout.fit(item.text, to: textWidth, alignment: .right), x: x, y: y,
                      style: look.dimmed ? Style(.dim) : Style(.normal, [.bold]), limit: rect.maxX)
            x += textWidth + 1
            if let met = item.met, x < rect.maxX {
                frame.put(met ? glyphs.met : glyphs.below, x: x, y: y, style: look.dimmed ? Style(.dim) : Style(met ? .good : .bad, [.bold]))
            }
            y += spaced ? 2 : 1
        }
        if shown < items.count, moreY < rect.maxY {
            drawMore(&frame, start: start, visible: shown, count: items.count, x: rect.x + 2, y: moreY, in: rect)
        }
    }

    func drawBullets(_ frame: inout Frame, _ list: BulletList, heading: Bool, oneLine: Bool, visible: Int, active: Int?, in rect: Rect) {
        var y = rect.y
        if heading, let title = list.heading {
            frame.put(TextLayout.truncate(Sanitizer.clean(title), to: rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: y, style: Style(.heading, [.bold]), limit: rect.maxX)
            y += 1
        }
        let items = list.items
        let shown = min(visible, items.count)
        let start = Self.windowStart(count: items.count, visible: shown, active: active)
        // a window is drawn one line an item, so its "more" line has a fixed place
        let moreY = y + shown
        for index in start..<min(items.count, start + shown) where y < rect.maxY {
            let item = items[index]
            var look = itemStyle(index, active: active)
            if active == nil { look.lead = glyphs.bullet + " " }
            frame.put(look.lead, x: rect.x, y: y, style: Style(.accent, [.bold]))
            if oneLine {
                let text = ListTitle.choose(Sanitizer.clean(item.text), short: item.short.map(Sanitizer.clean), width: rect.width - 2)
                frame.put(TextLayout.truncate(text, to: rect.width - 2, ellipsis: glyphs.ellipsis), x: rect.x + 2, y: y, style: look.label, limit: rect.maxX)
                y += 1
                continue
            }
            let lines = BulletRows.lines(item, width: rect.width)
            for line in lines.text where y < rect.maxY {
                frame.put(line, x: rect.x + 2, y: y, style: look.label, limit: rect.maxX)
                y += 1
            }
            let detail = Rect(x: rect.x, y: y, width: rect.width, height: min(2, max(0, rect.maxY - y)))
            drawLines(&frame, lines.detail, count: 2, x: rect.x + 2, in: detail, style: Style(.dim))
            y += min(2, lines.detail.count)
        }
        if shown < items.count, moreY < rect.maxY {
            drawMore(&frame, start: start, visible: shown, count: items.count, x: rect.x + 2, y: moreY, in: rect)
        }
    }

    // MARK: Table 1

    func drawTable(_ frame: inout Frame, _ table: TrendTable, breakdowns: Bool, in rect: Rect) {
        let years = table.years.count
        var valueWidth = 9
        var spark = years + 2
        let widest = (table.rows.map { ($0.isBreakdown ? 2 : 0) + Sanitizer.clean($0.label).cellWidth }.max() ?? 10) + 2
        var labelWidth = min(widest, rect.width - years * valueWidth - spark)
        if labelWidth < 14 { spark = 0; labelWidth = min(widest, rect.width - years * valueWidth) }
        if labelWidth < 14 { valueWidth = 6; labelWidth = min(widest, rect.width - years * valueWidth) }
        // the table as narrow as its widest label, centred under the title
        let rect = Rect(x: rect.x + max(0, (rect.width - labelWidth - years * valueWidth - spark) / 2), y: rect.y,
                        width: min(rect.width, labelWidth + years * valueWidth + spark), height: rect.height)
        var x = rect.x + labelWidth
        for year in table.years {
            frame.put(TextLayout.fit(String(year), to: valueWidth, alignment: .right), x: x, y: rect.y, style: Style(.dim, [.bold]), limit: rect.maxX)
            x += valueWidth
        }
        var y = rect.y + 1
        for row in table.rows where y < rect.maxY && (breakdowns || !row.isBreakdown) {
            let indent = row.isBreakdown ? "  " : ""
            frame.put(TextLayout.fit(indent + Sanitizer.clean(row.label), to: max(0, labelWidth - 1), ellipsis: glyphs.ellipsis), x: rect.x, y: y,
                      style: row.isBreakdown ? Style(.normal) : Style(.normal, [.bold]), limit: rect.maxX)
            x = rect.x + labelWidth
            for (n, value) in row.values.enumerated() where n < years {
                let text: String
                if let value { text = Figures.money(value) }
                else if row.noData.contains(table.years[n]) && valueWidth > table.noDataText.cellWidth { text = table.noDataText }
                else { text = glyphs.missing }
                frame.put(TextLayout.fit(text, to: valueWidth, alignment: .right), x: x, y: y,
                          style: value == nil ? Style(.dim) : Style(.normal, [.bold]), limit: rect.maxX)
                x += valueWidth
            }
            if spark > 0, let line = Sparkline.text(row.values, glyphs: glyphs) {
                frame.put(line, x: x + 2, y: y, style: Style(.bar), limit: rect.maxX)
            }
            y += 1
        }
    }
}
