import PIRText

/// How much of each element a slide shows at a given size. A slide's elements are measured in
/// several variants (big digits, then compact digits, then plain text; a list in full, then one
/// line per item, then a window of it), and the cheapest loss of detail that makes the slide
/// shorter is taken until it fits (see `SlideMetrics.Loss` for the order). The result depends on the slide and the size only — never on the step — so walking a
/// list moves a highlight and nothing else.
struct SlideLayout: Equatable {
    /// One way of showing an element.
    enum Fit: Equatable {
        /// Big (or text, when `size` is nil) figures, `perRow` to a row.
        case figures(size: BigDigits.Size?, perRow: Int)
        /// A list: with or without its heading, each item wrapped or on one line, `visible` items shown.
        case list(heading: Bool, oneLine: Bool, visible: Int)
        /// Wrapped text cut to `lines` lines.
        case lines(Int)
        /// Table 1, with or without the breakdown rows.
        case table(breakdowns: Bool)
    }

    struct Variant: Equatable {
        var fit: Fit
        var height: Int
        /// What this variant loses against the element's full form: lower is better.
        var cost: Int
    }

    struct Placed: Equatable {
        var element: Int
        var fit: Fit
        var y: Int
        var height: Int
        /// A list of bars with a blank row between its bars (from the rows the slide has free).
        var spaced = false
    }

    var content: Rect
    var titleLines: [String]
    var subtitle: String?
    var titleY: Int
    var placed: [Placed]

    /// Widest text column on a screen, for wide terminals (`--max-width`).
    static let defaultMaxWidth = 120

    init(slide: Slide, in rect: Rect, maxWidth: Int, metrics: SlideMetrics) {
        let margin = rect.width >= 100 ? 4 : (rect.width >= 60 ? 2 : 1)
        let width = max(1, min(rect.width - 2 * margin, max(20, maxWidth)))
        let x = rect.x + (rect.width - width) / 2
        let topMargin = rect.height >= 30 ? 2 : (rect.height >= 20 ? 1 : 0)
        let maxTitleLines = rect.height >= 30 ? 3 : 2
        let cleanTitle = Sanitizer.clean(slide.title)
        var title = Wrapper.wrap(cleanTitle, width: width)
        if title.count > 1 && title.count <= maxTitleLines {
            // balanced lines: the narrowest width that needs no more lines, so a title does not
            // end in a stub of two characters under a full line
            var low = 1, high = width
            while low < high {
                let mid = (low + high) / 2
                if Wrapper.wrap(cleanTitle, width: mid).count <= title.count { high = mid } else { low = mid + 1 }
            }
            title = Wrapper.wrap(cleanTitle, width: low)
        }
        if title.count > maxTitleLines {
            let kept = title.prefix(maxTitleLines - 1)
            let rest = title[(maxTitleLines - 1)...].joined()
            title = kept + [TextLayout.truncate(rest, to: width, ellipsis: metrics.glyphs.ellipsis)]
        }
        titleLines = title
        subtitle = slide.subtitle.map { TextLayout.truncate(Sanitizer.clean($0), to: width, ellipsis: metrics.glyphs.ellipsis) }
        let head = titleLines.count + (subtitle == nil ? 0 : 1)
        let bodyTop = rect.y + topMargin + head + 1
        let bodyHeight = max(0, rect.maxY - bodyTop - (rect.height >= 24 ? 1 : 0))
        content = Rect(x: x, y: bodyTop, width: width, height: bodyHeight)

        // choose a variant per element, or drop it
        let variants = slide.elements.enumerated().map { n, e in metrics.variants(e, width: width, isStep: slide.stepElement == n) }
        let dropCost = slide.elements.enumerated().map { n, e in slide.stepElement == n ? nil : metrics.dropCost(e) }
        var choice = variants.map { _ in 0 }
        var dropped = variants.map { $0.isEmpty }
        func height(_ e: Int) -> Int { dropped[e] ? 0 : variants[e][choice[e]].height }
        func cost(_ e: Int) -> Int { dropped[e] ? (dropCost[e] ?? 0) : variants[e][choice[e]].cost }
        func total() -> Int {
            let shown = variants.indices.filter { !dropped[$0] }
            return shown.map { variants[$0][choice[$0]].height }.reduce(0, +) + max(0, shown.count - 1)
        }
        while total() > bodyHeight {
            // the cheapest loss that makes the slide shorter: an element's next variant that is
            // shorter than the one it has (a variant as tall saves nothing), or the element left out
            var best: (cost: Int, saved: Int, element: Int, variant: Int?)?
            func consider(_ cost: Int, _ saved: Int, _ e: Int, _ variant: Int?) {
                guard saved > 0 else { return }
                if best == nil || cost < best!.cost || (cost == best!.cost && saved > best!.saved) { best = (cost, saved, e, variant) }
            }
            for e in variants.indices where !dropped[e] {
                if let next = variants[e].indices.first(where: { $0 > choice[e] && variants[e][$0].height < height(e) }) {
                    consider(variants[e][next].cost - cost(e), height(e) - variants[e][next].height, e, next)
                }
                if let drop = dropCost[e] { consider(drop - cost(e), height(e) + 1, e, nil) }
            }
            guard let action = best else { break }  // nothing left to give: draw what fits
            if let variant = action.variant { choice[action.element] = variant } else { dropped[action.element] = true }
        }
        if total() <= bodyHeight {
            // a loss taken early may no longer be needed once a later, larger one was: give back
            // the dearest loss that still fits, until none does
            while true {
                var best: (gain: Int, element: Int, variant: Int)?
                for e in variants.indices where !variants[e].isEmpty {
                    let was = (dropped[e], choice[e])
                    for v in variants[e].indices where dropped[e] || v < choice[e] {
                        dropped[e] = false; choice[e] = v
                        let fits = total() <= bodyHeight
                        let gain = (was.0 ? (dropCost[e] ?? 0) : variants[e][was.1].cost) - variants[e][v].cost
                        (dropped[e], choice[e]) = was
                        if fits && gain > 0 {
                            if best == nil || gain > best!.gain { best = (gain, e, v) }
                            break  // the best variant of this element that fits
                        }
                    }
                }
                guard let restore = best else { break }
                dropped[restore.element] = false
                choice[restore.element] = restore.variant
            }
        }
        let used = min(bodyHeight, total())
        let shown = variants.indices.filter { !dropped[$0] }
        // the rows left over are shared out: first a blank row between the bars of a list shown
        // whole (bars in rows next to each other ran into one block), then evenly above, between
        // and below the elements (the regions slide put five rows in the middle of a 30-row screen)
        var free = max(0, bodyHeight - used)
        var spacing = variants.map { _ in 0 }
        if slide.kind != .cover {
            for e in shown {
                guard case .bars(let list) = slide.elements[e], case .list(_, _, let visible) = variants[e][choice[e]].fit,
                      visible == list.items.count, visible > 1, free >= visible - 1 else { continue }
                spacing[e] = visible - 1
                free -= visible - 1
            }
        }
        let gaps = shown.count + 1
        func gap(_ n: Int) -> Int { slide.kind == .cover ? 0 : free / gaps + (n < free % gaps ? 1 : 0) }
        // cover slides are centred as a whole; others keep the title at the top
        var y: Int
        if slide.kind == .cover {
            let block = head + 1 + used
            titleY = rect.y + max(0, (rect.height - block) / 2)
            y = titleY + head + 1
            content.y = y
        } else {
            titleY = rect.y + topMargin
            y = bodyTop + gap(0)
        }
        var placed: [Placed] = []
        for (n, e) in shown.enumerated() {
            let v = variants[e][choice[e]]
            let full = v.height + spacing[e]
            let height = min(full, content.maxY - y)
            if height <= 0 { break }
            placed.append(Placed(element: e, fit: v.fit, y: y, height: height, spaced: spacing[e] > 0 && height == full))
            y += full + 1 + gap(n + 1)
        }
        self.placed = placed
    }
}

/// Measures elements: the variants each can be drawn in, with their heights at a width.
struct SlideMetrics {
    let glyphs: Glyphs
    var ascii: Bool { glyphs == .ascii }

    /// What is given up, in order: first detail — highlights, prose, the larger size of the big
    /// digits — then a list's heading, then a list's rows (or the figures' big digits), and the
    /// rows of the list step-through walks last of all. Each tier outweighs any sum of the one
    /// before, so a slide never gives up a row while a highlight is still on it.
    enum Loss {
        static let heading = 1_000
        static let row = 10_000
        static let stepRow = 100_000
    }

    func dropCost(_ element: SlideElement) -> Int? {
        switch element {
        case .figures, .table: return nil
        case .caption: return 3
        case .quote: return 8
        case .paragraph: return 10
        case .bullets: return 14
        case .bars(let list): return (list.heading == nil ? 0 : Loss.heading) + list.items.count * Loss.row
        }
    }

    func variants(_ element: SlideElement, width: Int, isStep: Bool) -> [SlideLayout.Variant] {
        switch element {
        case .figures(let figures):
            guard !figures.isEmpty else { return [] }
            var out: [SlideLayout.Variant] = []
            let drawable = figures.allSatisfy { BigDigits.canDraw($0.value) }
            if drawable {
                for (size, cost) in [(BigDigits.Size.large, 0), (.compact, 6)] {
                    if let perRow = FigureGrid.perRow(figures, size: size, width: width, ascii: ascii) {
                        out.append(.init(fit: .figures(size: size, perRow: perRow),
                                         height: FigureGrid.height(figures, size: size, perRow: perRow, width: width, ascii: ascii), cost: cost))
                    }
                }
            }
            out.append(.init(fit: .figures(size: nil, perRow: 1), height: figures.count, cost: drawable ? Loss.row : 30))
            return out
        case .bars(let list):
            let n = list.items.count
            guard n > 0 else { return [] }
            var out: [SlideLayout.Variant] = []
            if list.heading != nil { out.append(.init(fit: .list(heading: true, oneLine: true, visible: n), height: n + 1, cost: 0)) }
            out.append(.init(fit: .list(heading: false, oneLine: true, visible: n), height: n, cost: list.heading == nil ? 0 : Loss.heading))
            // a window over the list, with a line saying which rows it shows
            let base = out.last!.cost
            for visible in stride(from: n - 1, through: 2, by: -1) {
                out.append(.init(fit: .list(heading: false, oneLine: true, visible: visible), height: visible + 1,
                                 cost: base + (n - visible) * (isStep ? Loss.stepRow : Loss.row)))
            }
            return out
        case .bullets(let list):
            let n = list.items.count
            guard n > 0 else { return [] }
            let headingRows = list.heading == nil ? 0 : 1
            // a stepped list's heading and rows are weighed as such; other bullets are highlights
            let headingCost = isStep ? Loss.heading : 5
            var out: [SlideLayout.Variant] = [
                .init(fit: .list(heading: true, oneLine: false, visible: n), height: headingRows + BulletRows.height(list, width: width), cost: 0),
                .init(fit: .list(heading: true, oneLine: true, visible: n), height: headingRows + n, cost: 4),
            ]
            if headingRows > 0 { out.append(.init(fit: .list(heading: false, oneLine: true, visible: n), height: n, cost: headingCost)) }
            let base = headingRows > 0 ? headingCost : 4
            // a window of one highlight under a "more" line says little: two at least
            for visible in stride(from: n - 1, through: isStep ? 1 : 2, by: -1) {
                out.append(.init(fit: .list(heading: false, oneLine: true, visible: visible), height: visible + 1,
                                 cost: base + (n - visible) * (isStep ? Loss.stepRow : 2)))
            }
            return out
        case .paragraph(let text):
            let lines = Wrapper.wrap(Sanitizer.clean(text), width: width).count
            return linesVariants(lines, perLine: 1)
        case .quote(let text, let source):
            let lines = Wrapper.wrap(Sanitizer.clean(text), width: max(1, width - 4)).count
                + (source.map { QuoteSource.lines($0, width: width).count } ?? 0)
            return linesVariants(lines, perLine: 1)
        case .table(let table):
            let main = table.rows.filter { !$0.isBreakdown }.count
            var out: [SlideLayout.Variant] = [.init(fit: .table(breakdowns: true), height: table.rows.count + 1, cost: 0)]
            if main < table.rows.count { out.append(.init(fit: .table(breakdowns: false), height: main + 1, cost: 4)) }
            return out
        case .caption(let text):
            // whole on two lines where there is room (the end slide's title and titleEn at 80
            // columns), else one line cut short
            let lines = min(2, Balanced.wrap(Sanitizer.clean(text), width: width).count)
            return [.init(fit: .lines(lines), height: lines, cost: 0)] + (lines > 1 ? [.init(fit: .lines(1), height: 1, cost: 2)] : [])
        }
    }

    func linesVariants(_ lines: Int, perLine: Int) -> [SlideLayout.Variant] {
        guard lines > 0 else { return [] }
        var out: [SlideLayout.Variant] = [.init(fit: .lines(lines), height: lines, cost: 0)]
        for count in [8, 5, 3, 2, 1] where count < lines {
            out.append(.init(fit: .lines(count), height: count, cost: (lines - count) * perLine))
        }
        return out
    }
}

/// Figures in a grid of equal cells, each: the number big, its label under it (two lines at most),
/// and the printed figure (dim) when it says more.
enum FigureGrid {
    /// Cells between two figures' cells: their labels apart. The numbers stand further apart
    /// (`inkGap`), since each is centred in a cell wider than it.
    static let gap = 2
    static let labelLines = 2
    /// Labels wrap at no less than this width, so three figures fit side by side in 80 columns;
    /// with more room a cell grows to the width it is given (`cell`).
    static let labelWidth = 22

    /// The cells a met / below mark takes before a label: the glyph and a space.
    static func markCells(_ figure: Figure, ascii: Bool) -> Int {
        figure.mark == nil ? 0 : (ascii ? Glyphs.ascii : Glyphs.unicode).markWidth + 1
    }

    /// The label and the printed form on one line each: the most a cell could use.
    static func textWidth(_ figure: Figure, size: BigDigits.Size, ascii: Bool) -> Int {
        max(figure.label.cellWidth + markCells(figure, ascii: ascii), size == .large ? (figure.detail ?? "").cellWidth : 0)
    }

    /// Cells of blank between two numbers side by side: a digit's width, so that from the back of
    /// the room `167 164 +2%` does not read as `167164+2%`.
    static func inkGap(_ size: BigDigits.Size, ascii: Bool) -> Int { BigDigits.width("0", size: size, ascii: ascii) }

    /// The narrowest a figure's cell may be: its big number with room for `inkGap` beside it (the
    /// number is centred in its cell), and its label at `labelWidth`.
    static func cellWidth(_ figure: Figure, size: BigDigits.Size, ascii: Bool) -> Int {
        let big = BigDigits.width(figure.value, size: size, ascii: ascii)
        return max(big + max(0, inkGap(size, ascii: ascii) - gap), min(textWidth(figure, size: size, ascii: ascii), labelWidth))
    }

    /// Rows of a size's big digits and the blank under them: a full-size number's last row is solid
    /// ink, and a label right under it touched it (the title slide's `两年期 biennium`); compact
    /// digits end in upper half blocks, which leave that gap themselves.
    static func digitRows(_ size: BigDigits.Size) -> Int { BigDigits.height(size) + (size == .large ? 1 : 0) }

    /// The width of every cell of a grid of `perRow` in `width`: the row's share of the width,
    /// as far as the widest label needs it, so labels wrap at the width there is (a 72-column
    /// grid on a 200-column screen wrapped 成果总数比两年期目标高 / 出) — never narrower than `cellWidth`.
    static func cell(_ figures: [Figure], size: BigDigits.Size, perRow: Int, width: Int, ascii: Bool) -> Int {
        let least = figures.map { cellWidth($0, size: size, ascii: ascii) }.max() ?? 0
        let share = (width - gap * (max(1, perRow) - 1)) / max(1, perRow)
        let wanted = figures.map { max(BigDigits.width($0.value, size: size, ascii: ascii), textWidth($0, size: size, ascii: ascii)) }.max() ?? 0
        return max(least, min(wanted, share))
    }

    /// How many figures to a row: as many as fit, spread evenly over the rows; nil if one alone does not fit.
    static func perRow(_ figures: [Figure], size: BigDigits.Size, width: Int, ascii: Bool) -> Int? {
        let cell = figures.map { cellWidth($0, size: size, ascii: ascii) }.max() ?? 0
        guard cell <= width else { return nil }
        let most = max(1, min(figures.count, (width + gap) / (cell + gap)))
        let rows = (figures.count + most - 1) / most
        return (figures.count + rows - 1) / rows
    }

    static func rows(_ figures: [Figure], perRow: Int) -> [[Figure]] {
        stride(from: 0, to: figures.count, by: perRow).map { Array(figures[$0..<min(figures.count, $0 + perRow)]) }
    }

    static func labelLines(_ figure: Figure, width: Int) -> Int {
        min(labelLines, Wrapper.label(Sanitizer.clean(label(figure)), width: width).count)
    }

    static func label(_ figure: Figure) -> String { figure.label }

    static func height(_ figures: [Figure], size: BigDigits.Size, perRow: Int, width: Int, ascii: Bool) -> Int {
        let cell = cell(figures, size: size, perRow: perRow, width: width, ascii: ascii)
        let rows = Self.rows(figures, perRow: perRow)
        return rows.map { row in
            digitRows(size) + (row.map { labelLines($0, width: cell - markCells($0, ascii: ascii)) }.max() ?? 0)
                + (size == .large && row.contains { $0.detail != nil } ? 1 : 0)
        }.reduce(0, +) + (rows.count - 1)
    }
}

/// Short text wrapped in `width` with its lines balanced: the narrowest width that needs no more
/// lines, as titles are — `国际劳工组织 … 执行报告 ·` / `ILO Programme Implementation Report 2020–21`,
/// not a full line and a stub.
enum Balanced {
    static func wrap(_ text: String, width: Int) -> [String] {
        let lines = Wrapper.wrap(text, width: width)
        guard lines.count > 1 else { return lines }
        var low = 1, high = width
        while low < high {
            let mid = (low + high) / 2
            if Wrapper.wrap(text, width: mid).count <= lines.count { high = mid } else { low = mid + 1 }
        }
        return Wrapper.wrap(text, width: low)
    }
}

/// A quotation's source under it, right-aligned: up to two lines, so a long citation is not cut
/// while there is room (the lessons slide's MOPAN brief at 80 columns).
enum QuoteSource {
    static func lines(_ source: String, width: Int) -> [String] {
        Array(Balanced.wrap("— " + Sanitizer.clean(source), width: max(1, width - 4)).prefix(2))
    }
}

/// Heights of a bullet list drawn in full: each item wrapped after its two-cell lead, its detail under it.
enum BulletRows {
    static func lines(_ item: ListItem, width: Int) -> (text: [String], detail: [String]) {
        let room = max(1, width - 2)
        return (Wrapper.wrap(Sanitizer.clean(item.text), width: room), item.detail.map { Wrapper.wrap(Sanitizer.clean($0), width: room) } ?? [])
    }

    static func height(_ list: BulletList, width: Int) -> Int {
        list.items.map { item in let l = lines(item, width: width); return l.text.count + min(2, l.detail.count) }.reduce(0, +)
    }
}
