import PIRModel
import PIRText

/// Renders the explorer: header, breadcrumb, the outcome / indicator / region panes, the detail
/// area, footer and status line — or the help overlay, or the "too small" notice.
public struct ExplorerView: Sendable {
    public let report: Report
    public let glyphs: Glyphs
    /// The report and what is built from it, read-only.
    let context: ViewContext

    public init(context: ViewContext, glyphs: Glyphs = .unicode) {
        self.report = context.report
        self.glyphs = glyphs
        self.context = context
    }

    /// Draws from the reducer's context, so the search index is built once for a session; without
    /// one, a context of its own.
    public init(report: Report, glyphs: Glyphs = .unicode, reducer: Reducer? = nil) {
        self.init(context: reducer?.context ?? ViewContext(report: report), glyphs: glyphs)
    }

    public func render(_ state: AppState) -> Frame {
        // the windows move to show the selections at this size; the snapshot hands them back
        let state = windowed(state)
        var frame = Frame(width: state.width, height: state.height)
        let layout = ExplorerLayout(width: state.width, height: state.height, focus: state.focus, detailSource: state.detailSource)
        if layout.mode == .tooSmall {
            drawTooSmall(&frame, language: state.language)
            return frame
        }
        if state.screen != .explorer {
            if state.screen == .overview { renderOverview(state, into: &frame) } else { renderContents(state, into: &frame) }
            drawOverlays(&frame, state)
            return frame
        }
        let focused = state.focused(in: report)
        drawHeader(&frame, layout.header, screen: .explorer, language: state.language)
        drawBreadcrumb(&frame, layout.breadcrumb, focused, state)
        let outcome = report.outcomes[state.outcome]
        for (pane, rect) in layout.panes {
            let isFocused = state.focus == pane
            switch pane {
            case .outcomes:
                struct Key: Hashable { var outcome, offset: Int, focused: Bool, language: Language, glyphs: Glyphs }
                let key = Key(outcome: state.outcome, offset: state.scroll[.outcomes, default: 0], focused: isFocused,
                              language: state.language, glyphs: glyphs)
                context.panes.draw(.outcomes, key: key, rect, into: &frame) { drawOutcomes(&$0, rect, state, focused: isFocused) }
            case .indicators: drawIndicators(&frame, rect, outcome, state, focused: isFocused)
            case .regions: drawRegions(&frame, rect, focused, state, focused: isFocused)
            case .detail: break
            }
        }
        drawDetail(&frame, layout.detail, focused, state)
        drawFooter(&frame, layout.footer, state)
        drawStatus(&frame, layout.status, state, focused)
        drawOverlays(&frame, state)
        return frame
    }

    func drawOverlays(_ frame: inout Frame, _ state: AppState) {
        if let palette = state.palette { PaletteOverlay(glyphs: glyphs).draw(&frame, palette, choices: context.paletteChoices(palette.text), language: state.language, report: report) }
        if let search = state.search { SearchOverlay(glyphs: glyphs).draw(&frame, search, hits: context.hits(state), language: state.language, report: report) }
        if state.showHelp { HelpOverlay(glyphs: glyphs).draw(&frame, scroll: state.helpScroll, language: state.language, screen: state.screen, fromSlide: state.fromSlide != nil) }
    }

    // MARK: Outcomes

    /// Reads of the state only what the outcomes pane's key in `render` holds.
    func drawOutcomes(_ frame: inout Frame, _ rect: Rect, _ state: AppState, focused: Bool) {
        let L = state.language
        // the short name where the pane is narrow (80 columns), not a cut one
        let title = [TitlePart(L.strings.explorer.outcomes, short: L.strings.explorer.outcomesShort, priority: 3)]
        let inner = Panel.draw(&frame, rect, title: title, focused: focused, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        let offset = state.scroll[.outcomes, default: 0]
        let barWidth = inner.width >= 34 ? 8 : (inner.width >= 26 ? 5 : 0)
        for row in 0..<inner.height {
            let index = offset + row
            guard index < report.outcomes.count else { break }
            let outcome = report.outcomes[index]
            let y = inner.y + row
            let selected = index == state.outcome
            var right = ""
            var value = 0.0, target = 0.0
            if outcome.isPolicy {
                let sums = context.outcomeSums[index]
                (value, target) = (sums.achieved, sums.target)
                right = "\(Figures.number(value))/\(Figures.number(target))"
            } else {
                right = L.strings.explorer.indicatorCount(outcome.indicatorCount)
            }
            let mark = outcome.isPolicy ? (value >= target ? glyphs.met : glyphs.below) : " "
            let rightWidth = 7
            // the row: marker, id, space, title, space, totals, space, bar, space, mark, and a cell
            // before the border (`--ascii` drew `# ok||`)
            let titleWidth = inner.width - 3 - 1 - rightWidth - 1 - (barWidth > 0 ? barWidth + 1 : 0) - glyphs.markWidth - 1
            var x = inner.x
            x += frame.put(selected ? glyphs.selected : " ", x: x, y: y, style: Style(.accent, [.bold]))
            x += frame.put(outcome.id, x: x, y: y, style: Style(.code, [.bold]))
            x += 1
            frame.put(TextLayout.fit(L.title(outcome), to: max(0, titleWidth), ellipsis: glyphs.ellipsis), x: x, y: y, limit: inner.maxX)
            x += max(0, titleWidth) + 1
            frame.put(TextLayout.fit(right, to: rightWidth, alignment: .right), x: x, y: y, limit: inner.maxX)
            x += rightWidth + 1
            if barWidth > 0 && outcome.isPolicy {
                BulletBar.draw(&frame, x: x, y: y, width: barWidth, value: value, target: target,
                               scale: max(value, target) * 1.05, glyphs: glyphs)
            }
            if barWidth > 0 { x += barWidth + 1 }
            if x < inner.maxX { frame.put(mark, x: x, y: y, style: Style(value >= target ? .good : .bad, [.bold]), limit: inner.maxX) }
            if selected { highlight(&frame, Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: focused) }
        }
        PositionMark.draw(&frame, box: rect, first: offset, shown: inner.height, total: report.outcomes.count, glyphs: glyphs)
    }

    /// The selected row. In the focused pane it is a band: text takes the selection's role, and
    /// what draws a figure (a bar, its target mark) keeps its role on the
    /// band (`Style.selected`), so the theme never inverts a bar into another length. In a pane
    /// without focus the text is bold and the bars stay as they are.
    func highlight(_ frame: inout Frame, _ rect: Rect, focused: Bool) {
        for x in rect.x..<rect.maxX {
            var cell = frame[x, rect.y]
            if Self.keepsRoleWhenSelected.contains(cell.style.role) {
                cell.style.selected = focused
            } else {
                cell.style = Style(focused ? .selection : .selectionInactive, cell.style.emphasis.union(focused ? [] : [.bold]))
                cell.style.selected = focused
            }
            frame[x, rect.y] = cell
        }
    }

    /// Roles whose colour draws the figure: they keep it on a selected row (✓ ✗ are glyphs, and
    /// read in the selection's colour).
    static let keepsRoleWhenSelected: Set<Role> = [.bar, .barOver, .barTarget]

    // MARK: Indicators

    /// An indicator's figure with its unit, as wide as `width` allows (the table's columns).
    func figure(_ value: Double?, _ unit: IndicatorUnit?, _ L: Language, width: Int = .max) -> String {
        Figures.value(value, unit: unit, L, width: width)
    }

    func drawIndicators(_ frame: inout Frame, _ rect: Rect, _ outcome: Outcome, _ state: AppState, focused: Bool) {
        let L = state.language
        // the filter and the sort outlast the pane's name at every width (a filtered list must not look complete)
        let listed = state.query.isDefault ? [] : state.entries(of: outcome).map(\.1)
        let title = [TitlePart(L.strings.explorer.indicators, short: L.strings.explorer.indicatorsShort, priority: 3),
                     TitlePart(L.outcome(outcome.id), short: outcome.id, priority: 6)]
            + state.query.titleParts(L, shown: listed.count, total: outcome.indicatorCount, mixed: state.query.mixesUnits(listed))
        let panel = Panel.draw(&frame, rect, title: title, focused: focused, glyphs: glyphs)
        guard panel.height > 1 else { return }
        let inner = ExplorerLayout.listArea(.indicators, rect)
        let sorted: [(output: Output, indicator: Indicator?)]? = state.query.isDefault ? nil : IndicatorPane.rows(of: outcome, state.query)
        let offset = state.scroll[.indicators, default: 0]
        let selectedRow = IndicatorPane.row(ofIndicator: state.indicator, in: outcome, state.query)
        if sorted?.isEmpty == true {
            frame.put(TextLayout.truncate(L.strings.explorer.nothingMatchesFilter, to: inner.width - 2), x: inner.x + 1, y: inner.y, style: Style(.dim))
        }
        let numeric = outcome.isPolicy
        let barWidth = numeric ? (inner.width >= 70 ? 14 : inner.width >= 50 ? 10 : inner.width >= 40 ? 6 : 0) : 0
        let numbers = numeric ? (inner.width >= 40 ? 3 : 2) : 0  // target, result, percent
        // an indicator's code (at most 5 cells: `C.5.2`) and a space; the cell kept between the
        // mark and the border (`--ascii`) comes from here, not from the title, whose width tells
        // siblings apart (`1.1.1 Employers' g…`, `1.1.2 Employers' p…` at 80 columns)
        let codeWidth = 6
        // … and a cell between the mark and the border
        let fixed = 1 + codeWidth + numbers * 6 + (barWidth > 0 ? barWidth + 1 : 0) + 1 + glyphs.markWidth + 1
        let titleWidth = max(4, inner.width - fixed)
        // column header
        var hx = inner.x + 1
        frame.put(L.strings.explorer.code, x: hx, y: panel.y, style: Style(.dim))
        hx += codeWidth
        frame.put(numeric ? L.strings.explorer.indicatorColumn : L.strings.explorer.indicatorTextColumn, x: hx, y: panel.y, width: inner.maxX - hx, style: Style(.dim), ellipsis: glyphs.ellipsis)
        hx += titleWidth
        if numeric {
            for label in [L.strings.explorer.targetColumn, L.strings.explorer.resultColumn, L.strings.explorer.attainmentColumn].prefix(numbers) {
                frame.put(TextLayout.fit(label, to: 5, alignment: .right), x: hx + 1, y: panel.y, style: Style(.dim), limit: inner.maxX)
                hx += 6
            }
            if barWidth > 0 { frame.put(TextLayout.fit(L.strings.explorer.resultAgainstTarget, to: barWidth), x: hx + 1, y: panel.y, style: Style(.dim), limit: inner.maxX) }
        }
        for row in 0..<inner.height {
            let index = offset + row
            guard let entry = sorted.map({ index < $0.count ? $0[index] : nil }) ?? outcome.indicatorRow(index) else { break }
            let y = inner.y + row
            guard let indicator = entry.indicator else {
                let heading = "\(entry.output.code) " + L.title(entry.output, width: inner.width - 2 - entry.output.code.cellWidth)
                frame.put(TextLayout.truncate(heading, to: inner.width - 1, ellipsis: glyphs.ellipsis), x: inner.x + 1, y: y, style: Style(.heading, [.bold]))
                continue
            }
            let selected = index == selectedRow
            var x = inner.x
            x += frame.put(selected ? glyphs.selected : " ", x: x, y: y, style: Style(.accent, [.bold]))
            frame.put(indicator.code, x: x, y: y, style: Style(.code))
            x += codeWidth
            frame.put(TextLayout.fit(L.title(indicator, width: titleWidth), to: titleWidth, ellipsis: glyphs.ellipsis), x: x, y: y, limit: inner.maxX)
            x += titleWidth
            if numeric {
                let cells = [figure(indicator.target, indicator.unit, L, width: 5), figure(indicator.total, indicator.unit, L, width: 5),
                             Figures.ratio(indicator.attainment)]
                for (n, cell) in cells.prefix(numbers).enumerated() {
                    frame.put(TextLayout.fit(cell, to: 5, alignment: .right), x: x + 1, y: y,
                              style: n == 1 ? Style(.normal, [.bold]) : Style(.normal), limit: inner.maxX)
                    x += 6
                }
                if barWidth > 0, let total = indicator.total, let target = indicator.target {
                    BulletBar.draw(&frame, x: x + 1, y: y, width: barWidth, value: total, target: target,
                                   scale: max(total, target) * 1.05, glyphs: glyphs)
                    x += barWidth + 1
                }
                if let met = indicator.isMet, x + 1 < inner.maxX {
                    frame.put(met ? glyphs.met : glyphs.below, x: x + 1, y: y, style: Style(met ? .good : .bad, [.bold]), limit: inner.maxX)
                }
            }
            if selected { highlight(&frame, Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: focused) }
        }
        PositionMark.draw(&frame, box: rect, first: offset, shown: inner.height, total: sorted?.count ?? outcome.indicatorRowCount, glyphs: glyphs)
    }

    // MARK: Regions

    func drawRegions(_ frame: inout Frame, _ rect: Rect, _ focusedNode: Focused, _ state: AppState, focused: Bool) {
        let outcome = report.outcomes[state.outcome]
        var indicator: Indicator?
        switch focusedNode {
        case .indicator(_, _, let i): indicator = i
        case .region(_, _, let i): indicator = i
        case .outcome: indicator = nil
        }
        let L = state.language
        let title = indicator.map { L.strings.explorer.regionsOfIndicator($0.code) } ?? L.strings.explorer.regionsOfOutcome(outcome.id)
        let inner = Panel.draw(&frame, rect, title: title, focused: focused, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        let values: [Double?]
        var unit: IndicatorUnit? = .count
        if let indicator, outcome.isPolicy {
            values = report.regions.map { indicator.results?[$0.id] }
            unit = indicator.unit
        } else if outcome.isPolicy {
            values = context.outcomeSums[state.outcome].regional.map { $0 }
        } else {
            values = report.regions.map { _ in nil }
        }
        let nameWidth = min(L == .en ? 16 : 12, report.regions.map { L.name($0).cellWidth }.max() ?? 10)
        let numberWidth = 5
        let barWidth = max(0, inner.width - 1 - nameWidth - 1 - numberWidth - 1)
        let scale = max(1, values.compactMap { $0 }.max() ?? 1) * (unit == .percent ? 1 : 1.0)
        let offset = state.scroll[.regions, default: 0]
        var y = inner.y
        for (index, region) in report.regions.enumerated().dropFirst(offset) {
            guard y < inner.maxY else { break }
            let selected = index == state.region
            var x = inner.x
            x += frame.put(selected && focused ? glyphs.selected : " ", x: x, y: y, style: Style(.accent, [.bold]))
            frame.put(TextLayout.fit(L.name(region), to: nameWidth, ellipsis: glyphs.ellipsis), x: x, y: y)
            x += nameWidth + 1
            if barWidth > 0, let value = values[index] {
                BulletBar.draw(&frame, x: x, y: y, width: barWidth, value: value, target: nil,
                               scale: unit == .percent ? 100 : scale, glyphs: glyphs)
            }
            x += barWidth + 1
            frame.put(TextLayout.fit(figure(values[index], unit, L, width: numberWidth), to: numberWidth, alignment: .right), x: x, y: y, style: Style(.normal, [.bold]))
            if selected && focused { highlight(&frame, Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: true) }
            y += 1
        }
        PositionMark.draw(&frame, box: rect, first: offset, shown: inner.height, total: report.regions.count, glyphs: glyphs)
        // the 1.4.2 split, where the report gives one
        if let splits = indicator?.split, y < inner.maxY {
            y += 1
            for split in splits where y < inner.maxY {
                let parts = report.regions.compactMap { r in split.results[r.id].flatMap { $0 > 0 ? "\(L.name(r)) \(Figures.number($0))" : nil } }
                let text = L.narrativeMark + "\(split.label) \(Figures.number(split.total))\(L.colon)" + parts.joined(separator: L.strings.common.listSeparator)
                for line in Wrapper.wrap(text, width: inner.width - 1) where y < inner.maxY {
                    frame.put(line, x: inner.x + 1, y: y, style: Style(.dim))
                    y += 1
                }
            }
        }
        if !outcome.isPolicy && y < inner.maxY {
            frame.put(TextLayout.truncate(L.strings.explorer.noRegionalBreakdown, to: inner.width - 1), x: inner.x + 1, y: y + 1, style: Style(.dim))
        }
    }

    // MARK: Detail

    func drawDetail(_ frame: inout Frame, _ rect: Rect, _ focusedNode: Focused, _ state: AppState) {
        let title: String
        switch focusedNode {
        case .outcome(let o): title = state.language.outcome(o.id)
        case .indicator(_, _, let i): title = state.language.indicator(i.code)
        case .region(let r, _, _): title = state.language.name(r)
        }
        let inner = Panel.draw(&frame, rect, title: title, focused: state.focus == .detail, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        // only the visible window is laid out; the total is shown once the whole text has been
        // only a region's document counts the countries it names: the country index (a pass over
        // every text of the report, 10 MB at 100 times its size) is built when one is first shown
        let countries: CountryIndex? = if case .region = focusedNode { context.countries } else { nil }
        let document = context.details.document(focusedNode, width: inner.width - 1, lines: state.detailScroll + inner.height + 1,
                                                report: report, glyphs: glyphs, countries: countries, language: state.language)
        let maxScroll = max(0, document.lines.count - inner.height)
        let offset = min(state.detailScroll, maxScroll)
        LinesView.draw(&frame, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height),
                       lines: document.lines, offset: offset, mark: state.mark)
        PositionMark.draw(&frame, box: rect, first: offset, shown: inner.height, total: document.lines.count, known: document.isComplete, glyphs: glyphs)
    }
}
