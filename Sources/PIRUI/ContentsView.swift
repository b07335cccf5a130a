import PIRModel
import PIRText

/// Where a list-and-text view's list and text go: side by side when wide, stacked when narrow.
/// Tables (budget, trends, indicators) get a wider list than the plain lists.
public struct ContentsLayout: Sendable {
    public var list: Rect
    public var text: Rect
    public init(width: Int, height: Int, screen: Screen = .contents) {
        // header and breadcrumb above, footer and status below
        let body = Splitter.split(Rect(x: 0, y: 0, width: width, height: height), .vertical, [.fixed(2), .fill(1), .fixed(2)])[1]
        let parts: [Rect]
        switch screen {
        case .indicators, .trends:
            parts = Splitter.split(body, .vertical, [.ratio(screen == .trends ? 12 : 11, 20, min: 5), .fill(1)])
        case .budget where width >= 100:
            parts = Splitter.split(body, .horizontal, [.ratio(1, 2, min: 60, max: 84), .fill(1)])
        default:
            parts = width >= 100 ? Splitter.split(body, .horizontal, [.ratio(2, 5, min: 36, max: 56), .fill(1)])
                : Splitter.split(body, .vertical, [.ratio(2, 5, min: 5), .fill(1)])
        }
        (list, text) = (parts[0], parts[1])
    }
}

extension ContentsLayout {
    /// Views whose list has a row of column names under its border.
    static func hasHeader(_ screen: Screen) -> Bool { [.budget, .trends, .indicators, .regions, .countries].contains(screen) }

    /// The first row of a list's entries and how many show: read by the view to draw, to move the
    /// list's window and to map rows to entries in the layout snapshot.
    public static func listTop(_ rect: Rect, _ screen: Screen) -> Int { rect.y + 1 + (hasHeader(screen) ? 1 : 0) }
    public static func listRows(_ rect: Rect, _ screen: Screen) -> Int { max(0, rect.height - 2 - (hasHeader(screen) ? 1 : 0)) }
}

extension ExplorerView {
    func renderContents(_ state: AppState, into frame: inout Frame) {
        let screen = state.screen
        let entries = context.entries(screen, state)
        let list = state.list(screen)
        let layout = ContentsLayout(width: state.width, height: state.height, screen: screen)
        let entry = entries.isEmpty ? nil : entries[min(list.index, entries.count - 1)]
        drawHeader(&frame, Rect(x: 0, y: 0, width: state.width, height: 1), screen: state.screen, language: state.language)
        let L = state.language
        let item = entry.map { [TextLayout.truncate(Contents.label($0, report, L, width: max(8, state.width - 40)), to: max(8, state.width - 40), ellipsis: glyphs.ellipsis)] } ?? []
        drawTrail(&frame, Rect(x: 0, y: 1, width: state.width, height: 1), state, items: item)
        var title = [TitlePart(L.strings.common.bothNames(screen.chineseName, screen.englishName), short: screen.name(L), priority: 3)]
        if screen == .countries {
            title.append(TitlePart("\(entries.filter(\.isSelectable).count)/\(report.countries?.count ?? 0)", priority: IndicatorQuery.countPriority))
            title.append(TitlePart("\(L.strings.lists.sort) \(state.countryOrder.label(L))", short: "\(L.strings.lists.sort) \(state.countryOrder.shortLabel(L))", priority: IndicatorQuery.sortPriority))
            if let region = state.countryRegion { title.append(TitlePart("\(L.strings.lists.filter) \(L.pick(region.chineseName, region.shortEnglish))", priority: IndicatorQuery.filterPriority)) }
        }
        if screen == .indicators {
            // the sort is always named here: by a region, it says which, also where no region column shows
            let query = state.query
            let listed = entries.compactMap { entry -> Indicator? in if case .indicator(let code) = entry { return report.indicator(code)?.indicator }; return nil }
            title.append(TitlePart("\(entries.count)/\(report.policyIndicators.count)", priority: IndicatorQuery.countPriority))
            var parts = query.titleParts(L, mixed: query.mixesUnits(listed))
            if query.sort == .code && !query.descending {
                parts.insert(TitlePart("\(L.strings.lists.sort) \(query.sort.label(L))↑", short: "\(L.strings.lists.sort) \(query.sort.shortLabel(L))↑", priority: IndicatorQuery.sortPriority), at: 0)
            }
            title += parts
        }
        let inner = Panel.draw(&frame, layout.list, title: title, focused: !list.textFocused, glyphs: glyphs)
        if !inner.isEmpty {
            if ContentsLayout.hasHeader(screen) { drawListHeader(&frame, screen, x: inner.x, y: inner.y, width: inner.width, L) }
            let top = ContentsLayout.listTop(layout.list, screen)
            let rows = ContentsLayout.listRows(layout.list, screen)
            if entries.isEmpty {
                frame.put(TextLayout.truncate(L.strings.lists.nothingMatchesFilter, to: inner.width - 2), x: inner.x + 1, y: top, style: Style(.dim))
            }
            for row in 0..<rows {
                let index = list.scroll + row
                guard index < entries.count else { break }
                let y = top + row
                let selected = index == list.index
                if entries[index].isSelectable {
                    frame.put(selected ? glyphs.selected : " ", x: inner.x, y: y, style: Style(.accent, [.bold]))
                }
                drawListRow(&frame, entries[index], screen, x: inner.x + 1, y: y, width: inner.width - 1, L)
                if selected { highlight(&frame, Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: !list.textFocused) }
            }
            PositionMark.draw(&frame, box: layout.list, first: list.scroll, shown: rows, total: entries.count, glyphs: glyphs)
        }
        let textTitle = entry.map { TextLayout.truncate(Contents.label($0, report, L, width: 40), to: 40, ellipsis: glyphs.ellipsis) } ?? ""
        let textInner = Panel.draw(&frame, layout.text, title: textTitle, focused: list.textFocused, glyphs: glyphs)
        if !textInner.isEmpty, let entry {
            let document = context.details.document(entry, width: textInner.width - 1, report: report, glyphs: glyphs,
                                                    countries: context.countries, language: state.language)
            let offset = min(list.textScroll, max(0, document.lines.count - textInner.height))
            LinesView.draw(&frame, Rect(x: textInner.x + 1, y: textInner.y, width: textInner.width - 1, height: textInner.height),
                           lines: document.lines, offset: offset, mark: state.mark ?? countryMark(entry))
            PositionMark.draw(&frame, box: layout.text, first: offset, shown: textInner.height, total: document.lines.count, glyphs: glyphs)
        }
        drawFooter(&frame, Rect(x: 0, y: state.height - 2, width: state.width, height: 1), state)
        let status = Rect(x: 0, y: state.height - 1, width: state.width, height: 1)
        frame.fill(status, style: Style(.status, [.reverse]))
        let enter = !list.textFocused ? L.strings.lists.enterOpens : screen == .countries ? L.strings.lists.enterOpensTopPassage : L.strings.lists.enterGoesToSource
        // the hints give way, least useful first, rather than being cut at the edge
        let hints = [TitlePart("\(screen.name(L)) \(min(list.index + 1, entries.count))/\(entries.count)", priority: 10),
                     TitlePart(enter, short: "Enter", priority: 8),
                     TitlePart("Tab \(L.strings.lists.listOrText)", short: "Tab", priority: 5),
                     TitlePart("Esc \(L.strings.lists.back)", short: "Esc", priority: 6)]
        let text = state.status.isEmpty ? TitlePart.fit(hints, to: state.width - 1, ellipsis: glyphs.ellipsis) : state.status
        frame.put(" " + glyphs.interface(text), x: 0, y: status.y, width: state.width, style: Style(.status, [.reverse]), ellipsis: glyphs.ellipsis)
    }

    /// On a country page its name is marked in every passage.
    func countryMark(_ entry: ContentsEntry) -> String? {
        if case .country(let id) = entry { return report.country(id)?.zh }
        return nil
    }

    /// Column widths of the table lists, shared by the header and the rows.
    struct Columns {
        let label: Int, number: Int, bar: Int
        /// `labelNeed`, when given, is the widest label: it gets its width before the bar, so a label
        /// is not cut while a bar takes the room. A bar is never narrower than `barMin` (bars of 2–6
        /// cells, `▏┃▌`, said nothing): where that is all that is left it is left out, or, with
        /// `keepBar` (the budget list, whose bars are its point), it keeps `barMin` and the label is cut.
        init(width: Int, numbers: Int, labelMin: Int = 14, number: Int = 7, labelNeed: Int? = nil, barMin: Int = 8, keepBar: Bool = false) {
            self.number = number
            let rest = width - numbers * number - 2
            var bar = rest >= labelMin + 14 ? min(16, rest - labelMin - 1) : 0
            if let need = labelNeed, bar > 0, rest - bar - 1 < need {
                let left = min(16, rest - need - 1)
                bar = left >= barMin ? left : keepBar ? barMin : 0
            }
            self.bar = bar
            label = max(4, rest - (bar > 0 ? bar + 1 : 0))
        }
    }

    /// The budget list's columns: its bar at least as wide as its header (` 支出/预算`, ` vs budget`),
    /// which was cut at 80 and at 120 columns.
    func budgetColumns(_ width: Int, _ L: Language) -> Columns {
        Columns(width: width, numbers: 3, number: 9, labelNeed: labelNeed(.budget, L), barMin: 10, keepBar: true)
    }

    /// The widest label of a list, for `Columns(labelNeed:)`.
    func labelNeed(_ screen: Screen, _ L: Language) -> Int? {
        switch screen {
        case .regions: return report.regions.map { L.strings.common.bothNames($0.name, $0.nameEn).cellWidth }.max()
        case .budget: return report.outcomes.filter { $0.budget != nil }.map { ("\($0.id) " + L.title($0)).cellWidth + 1 }.max()
        default: return nil
        }
    }

    /// The width of each region column of the indicators table: the longest region name and a gap
    /// where the table is wide enough, else 7.
    func indicatorRegionColumnWidth(_ width: Int, _ L: Language) -> Int {
        let need = (report.regions.map { L.pick($0.name, $0.id.shortEnglish).cellWidth }.max() ?? 6) + 1
        return width >= 150 + report.regions.count * max(0, need - 7) ? max(7, need) : 7
    }

    func drawListHeader(_ frame: inout Frame, _ screen: Screen, x: Int, y: Int, width: Int, _ L: Language) {
        let dim = Style(.dim)
        switch screen {
        case .budget:
            let c = budgetColumns(width - 1, L)
            var cx = x + 1 + c.label
            for label in [L.strings.lists.strategic, L.strings.lists.actual, L.strings.lists.difference] { frame.put(TextLayout.fit(label, to: c.number, alignment: .right), x: cx, y: y, style: dim, limit: x + width); cx += c.number }
            if c.bar > 0 { frame.put(TextLayout.fit(L.strings.lists.actualAgainstBudget, to: c.bar + 1, ellipsis: glyphs.ellipsis), x: cx, y: y, style: dim, limit: x + width) }
        case .trends:
            let c = Columns(width: width - 1, numbers: report.trends.years.count, labelMin: 20, number: 9)
            var cx = x + 1 + c.label
            for year in report.trends.years { frame.put(TextLayout.fit(String(year), to: c.number, alignment: .right), x: cx, y: y, style: dim, limit: x + width); cx += c.number }
        case .countries:
            let c = Columns(width: width - 1, numbers: 2, labelMin: 10, number: 10)
            frame.put(TextLayout.fit(L.strings.lists.region, to: c.number, alignment: .right), x: x + 1 + c.label, y: y, style: dim, limit: x + width)
            frame.put(TextLayout.fit(L.strings.lists.passages, to: c.number, alignment: .right), x: x + 1 + c.label + c.number, y: y, style: dim, limit: x + width)
        case .regions:
            let c = Columns(width: width - 1, numbers: 2, labelMin: 10, labelNeed: labelNeed(.regions, L))
            var cx = x + 1 + c.label
            for label in [L.strings.lists.results, L.strings.lists.share] { frame.put(TextLayout.fit(label, to: c.number, alignment: .right), x: cx, y: y, style: dim, limit: x + width); cx += c.number }
        case .indicators:
            let regions = indicatorRegionColumns(width)
            let rw = indicatorRegionColumnWidth(width, L)
            let c = Columns(width: width - 1 - regions * rw - 1 - glyphs.markWidth, numbers: 3, labelMin: 20)
            frame.put(L.strings.lists.code, x: x + 1, y: y, style: dim)
            frame.put(L.strings.lists.indicator, x: x + 8, y: y, width: x + width - (x + 8), style: dim, ellipsis: glyphs.ellipsis)
            var cx = x + 1 + c.label
            for label in [L.strings.lists.target, L.strings.lists.result, L.strings.lists.attainment] { frame.put(TextLayout.fit(label, to: c.number, alignment: .right), x: cx, y: y, style: dim, limit: x + width); cx += c.number }
            cx += c.bar > 0 ? c.bar + 1 : 0
            cx += 1 + glyphs.markWidth
            // each name right-aligned in its column with a cell free before it, so names never run together
            for r in report.regions.prefix(regions) { frame.put(" " + TextLayout.fit(L.pick(r.name, r.id.shortEnglish), to: rw - 1, alignment: .right, ellipsis: glyphs.ellipsis), x: cx, y: y, style: dim, limit: x + width); cx += rw }
        default: break
        }
    }

    /// How many region columns the indicators table has room for.
    func indicatorRegionColumns(_ width: Int) -> Int { width >= 150 ? 5 : 0 }

    func drawListRow(_ frame: inout Frame, _ entry: ContentsEntry, _ screen: Screen, x: Int, y: Int, width: Int, _ L: Language = .zh) {
        let limit = x + width
        func number(_ text: String, _ cx: Int, _ w: Int, _ style: Style = .normal) {
            frame.put(TextLayout.fit(text, to: w, alignment: .right), x: cx, y: y, style: style, limit: limit)
        }
        switch entry {
        case .part(let label):
            frame.put(TextLayout.truncate(Contents.partLabel(label, report, L), to: width - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.heading, [.bold]))
        case .box where screen == .contents:
            frame.put(TextLayout.truncate(Contents.label(entry, report, L), to: width - 4, ellipsis: glyphs.ellipsis), x: x + 3, y: y, style: Style(.dim))
        case .outcome(let id) where screen == .enabling:
            frame.put(TextLayout.truncate("\(id) " + (report.outcome(id).map { L.title($0) } ?? ""), to: width - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.heading, [.bold]))
        case .indicator(let code) where screen == .enabling:
            frame.put(code, x: x + 1, y: y, style: Style(.code))
            frame.put(TextLayout.truncate(report.indicator(code).map { L.title($0.indicator, width: width - 9) } ?? "", to: max(0, width - 9), ellipsis: glyphs.ellipsis), x: x + 8, y: y, limit: limit)
        case .indicator(let code):
            guard let i = report.indicator(code)?.indicator else { return }
            let regions = indicatorRegionColumns(width + 1)
            let rw = indicatorRegionColumnWidth(width + 1, L)
            let c = Columns(width: width - regions * rw - 1 - glyphs.markWidth, numbers: 3, labelMin: 20)
            frame.put(code, x: x, y: y, style: Style(.code))
            frame.put(TextLayout.fit(L.title(i, width: c.label - 7), to: max(0, c.label - 7), ellipsis: glyphs.ellipsis), x: x + 7, y: y, limit: limit)
            var cx = x + c.label
            number(figure(i.target, i.unit, L, width: c.number - 1), cx, c.number); cx += c.number
            number(figure(i.total, i.unit, L, width: c.number - 1), cx, c.number, Style(.normal, [.bold])); cx += c.number
            number(Figures.ratio(i.attainment), cx, c.number); cx += c.number
            if c.bar > 0 {
                if let total = i.total, let target = i.target {
                    BulletBar.draw(&frame, x: cx + 1, y: y, width: c.bar, value: total, target: target, scale: max(total, target) * 1.05, glyphs: glyphs)
                }
                cx += c.bar + 1
            }
            if let met = i.isMet { frame.put(met ? glyphs.met : glyphs.below, x: cx + 1, y: y, style: Style(met ? .good : .bad, [.bold]), limit: limit) }
            cx += 1 + glyphs.markWidth
            for r in report.regions.prefix(regions) { number(figure(i.results?[r.id], i.unit, L, width: rw - 1), cx, rw); cx += rw }
        case .region(let id) where screen == .regions:
            guard let r = report.region(id) else { return }
            let c = Columns(width: width, numbers: 2, labelMin: 10, labelNeed: labelNeed(.regions, L))
            frame.put(TextLayout.fit(L.strings.common.bothNames(r.name, r.nameEn), to: c.label, ellipsis: glyphs.ellipsis), x: x, y: y, limit: limit)
            number("\(r.results)", x + c.label, c.number, Style(.normal, [.bold]))
            number(Figures.percent(r.sharePercent), x + c.label + c.number, c.number)
            if c.bar > 0 {
                let high = Double(report.regions.map(\.results).max() ?? 1)
                BulletBar.draw(&frame, x: x + c.label + 2 * c.number + 1, y: y, width: c.bar, value: Double(r.results), target: nil, scale: high, glyphs: glyphs)
            }
        case .country(let id):
            guard let country = report.country(id) else { return }
            let c = Columns(width: width, numbers: 2, labelMin: 10, number: 10)
            let count = context.countries.mentions(of: id).count
            frame.put(TextLayout.fit((L == .en ? country.en : country.zh + " " + country.en), to: c.label - 1, ellipsis: glyphs.ellipsis), x: x, y: y, limit: limit)
            number(TextLayout.truncate(L.pick(country.region.chineseName, country.region.shortEnglish), to: c.number), x + c.label, c.number, Style(.dim))
            number("\(count)", x + c.label + c.number, c.number, Style(.normal, [.bold]))
            if c.bar > 0 {
                let high = Double(context.countries.named.map { context.countries.mentions(of: $0.id).count }.max() ?? 1)
                BulletBar.draw(&frame, x: x + c.label + 2 * c.number + 1, y: y, width: c.bar, value: Double(count), target: nil, scale: high, glyphs: glyphs)
            }
        case .budget(let id):
            guard let o = report.outcome(id), let b = o.budget else { return }
            let c = budgetColumns(width, L)
            frame.put(TextLayout.fit("\(id) " + L.title(o), to: c.label, ellipsis: glyphs.ellipsis), x: x, y: y, limit: limit)
            number(Figures.money(b.total.strategic), x + c.label, c.number)
            number(Figures.money(b.total.actual), x + c.label + c.number, c.number, Style(.normal, [.bold]))
            let diff = Figures.change(b.total.actual, against: b.total.strategic)
            number(diff, x + c.label + 2 * c.number, c.number, Style(b.total.actual > b.total.strategic ? .warn : .dim))
            if c.bar > 0 {
                let high = report.outcomes.compactMap { $0.budget.map { max($0.total.actual, $0.total.strategic) } }.max() ?? 1
                BulletBar.draw(&frame, x: x + c.label + 3 * c.number + 1, y: y, width: c.bar, value: b.total.actual, target: b.total.strategic, scale: high, glyphs: glyphs)
            }
        case .trend(let id):
            guard let row = report.trends.row(id) else { return }
            let isBreakdown = report.trends.parent(of: id) != nil
            let c = Columns(width: width, numbers: report.trends.years.count, labelMin: 20, number: 9)
            let label = (isBreakdown ? "  " : "") + L.label(row) + (!isBreakdown ? (row.sdg.map { " (\($0))" } ?? "") : "")
            frame.put(TextLayout.fit(label, to: c.label, ellipsis: glyphs.ellipsis), x: x, y: y, style: isBreakdown ? .normal : Style(.normal, [.bold]), limit: limit)
            var cx = x + c.label
            for (n, value) in row.values.enumerated() {
                let text = value.map(Figures.money) ?? (row.noData?.contains(report.trends.years[n]) == true ? L.strings.common.noData : glyphs.missing)
                number(text, cx, c.number, value == nil ? Style(.dim) : .normal)
                cx += c.number
            }
            if c.bar > 0, let spark = Sparkline.text(row.values, glyphs: glyphs) {
                frame.put(" " + spark, x: cx, y: y, style: Style(.bar), limit: limit)
            }
        default:
            frame.put(TextLayout.truncate(Contents.label(entry, report, L, width: width - 2), to: width - 2, ellipsis: glyphs.ellipsis), x: x + 1, y: y, limit: limit)
        }
    }
}
