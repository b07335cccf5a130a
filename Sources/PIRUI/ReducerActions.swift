import PIRModel

/// Sort, filter, export, copy and the `:` switcher: the reducer's actions that are not movement.
extension Reducer {
    // MARK: Sort and filter

    func cycleSort(_ s: inout AppState) {
        if s.screen == .countries {
            let order = CountryOrder.allCases
            s.countryOrder = order[((order.firstIndex(of: s.countryOrder) ?? 0) + 1) % order.count]
            s.top.list.index = Catalog.firstSelectable(entries(.countries, s))
            s.top.list.textScroll = 0
            s.status = s.language.strings.explorer.countrySortStatus(s.countryOrder.label(.zh), s.countryOrder.label(.en))
            return
        }
        guard s.screen == .explorer || s.screen == .indicators else { s.status = s.language.strings.explorer.sortAppliesToIndicatorLists; return }
        let region = report.regions[clamp(s.region, report.regions.count)].id
        let order: [IndicatorQuery.SortKey] = [.code, .result, .target, .attainment, .region(region)]
        let current = order.firstIndex(of: s.query.sort) ?? (order.count - 1)
        changeQuery(&s) { query in
            query.sort = order[(current + 1) % order.count]
            // biggest first reads best for figures; report order ascending
            query.descending = query.sort != .code
        }
        s.status = sortStatus(s)
    }

    /// `R`: the next region for a sort by region, chosen in the indicator list itself; a sort by
    /// something else becomes a sort by the selected region. A filter by region follows too.
    func cycleSortRegion(_ s: inout AppState) {
        guard s.screen == .explorer || s.screen == .indicators else {
            s.status = s.language.strings.explorer.rPicksTheSortRegion
            return
        }
        if case .region = s.query.sort {
            selectRegion(&s, (clamp(s.region, report.regions.count) + 1) % report.regions.count)
        } else {
            let region = report.regions[clamp(s.region, report.regions.count)].id
            changeQuery(&s) { $0.sort = .region(region); $0.descending = true }
        }
        s.status = sortStatus(s)
    }

    /// The selected region changed (the explorer's regions pane, the regions view, `R`): a sort or
    /// filter by region is by the selected region's result, so it follows.
    func selectRegion(_ s: inout AppState, _ index: Int) {
        let index = clamp(index, report.regions.count)
        s.region = index
        let id = report.regions[index].id
        var sort = s.query.sort, filter = s.query.filter
        if case .region(let old) = sort, old != id { sort = .region(id) }
        if case .region(let old)? = filter, old != id { filter = .region(id) }
        if sort != s.query.sort || filter != s.query.filter {
            changeQuery(&s) { $0.sort = sort; $0.filter = filter }
        }
    }

    func sortStatus(_ s: AppState) -> String {
        s.language.strings.explorer.sortStatus(s.query.sort.label(.zh), s.query.descending ? "↓" : "↑", s.query.sort.label(.en))
    }

    func cycleFilter(_ s: inout AppState) {
        if s.screen == .countries {
            let order: [RegionID?] = [nil] + report.regions.map(\.id)
            s.countryRegion = order[((order.firstIndex(of: s.countryRegion) ?? 0) + 1) % order.count]
            s.top.list.index = Catalog.firstSelectable(entries(.countries, s))
            s.top.list.textScroll = 0
            let count = entries(.countries, s).filter(\.isSelectable).count
            s.status = s.countryRegion.map { s.language.strings.explorer.countryFilterStatus($0.chineseName, count, $0.englishName) }
                ?? s.language.strings.explorer.filterCleared
            return
        }
        guard s.screen == .explorer || s.screen == .indicators else { s.status = s.language.strings.explorer.filterAppliesToIndicatorLists; return }
        let region = report.regions[clamp(s.region, report.regions.count)].id
        let order: [IndicatorQuery.Filter?] = [nil, .belowTarget, .met, .region(region), .unit(.count), .unit(.percent), .unit(.cases)]
        let current = order.firstIndex(of: s.query.filter) ?? 0
        changeQuery(&s) { $0.filter = order[(current + 1) % order.count] }
        let shown = s.screen == .indicators ? entries(.indicators, s).count : s.entries(of: currentOutcome(s)).count
        s.status = s.query.filter.map { s.language.strings.explorer.filterStatus($0.label(.zh), shown, $0.label(.en)) }
            ?? s.language.strings.explorer.filterCleared
    }

    func clearFilter(_ s: inout AppState) {
        guard s.query.filter != nil else { return }
        changeQuery(&s) { $0.filter = nil }
        s.status = s.language.strings.explorer.filterCleared
    }

    /// Changes the sort or filter of the view on screen, staying on the same indicator wherever it
    /// is still listed.
    func changeQuery(_ s: inout AppState, _ change: (inout IndicatorQuery) -> Void) {
        if s.screen == .indicators {
            let table = self.entries(.indicators, s)
            let entry = s.top.list.index < table.count ? table[s.top.list.index] : nil
            change(&s.query)
            s.top.list.index = entry.flatMap { self.entries(.indicators, s).firstIndex(of: $0) } ?? 0
            s.top.list.textScroll = 0
            return
        }
        let outcome = currentOutcome(s)
        let entries = s.entries(of: outcome)
        let paneCode = s.indicator < entries.count ? entries[s.indicator].1.code : nil
        change(&s.query)
        s.indicator = s.entries(of: outcome).firstIndex { $0.1.code == paneCode } ?? 0
        s.detailScroll = 0
    }

    // MARK: Export

    /// The table behind what the view shows, after sort and filter, and a file name stem for it.
    public func exportTable(_ s: AppState) -> (stem: String, table: Table) {
        switch s.screen {
        case .explorer:
            let outcome = currentOutcome(s)
            let codes = s.entries(of: outcome).map(\.1.code)
            return ("pir-outcome-\(outcome.id)-indicators", Exporter.indicators(report, codes: codes))
        case .indicators:
            let codes = entries(.indicators, s).compactMap { entry -> String? in if case .indicator(let c) = entry { return c }; return nil }
            return ("pir-indicators", Exporter.indicators(report, codes: codes))
        case .regions: return ("pir-regions", Exporter.regionsByOutcome(report))
        case .budget: return ("pir-budget", Exporter.budget(report))
        case .trends: return ("pir-trends", Exporter.trends(report))
        case .countries:
            let ids = entries(.countries, s).compactMap { entry -> String? in if case .country(let id) = entry { return id }; return nil }
            return ("pir-countries", Exporter.countries(report, index: countries, ids: ids))
        case .overview: return ("pir-overview", Overview.table(report))
        case .enabling: return ("pir-enabling", Exporter.enabling(report))
        case .boxes, .lessons, .contents:
            let rows: [[String?]] = entries(s.screen, s).filter(\.isSelectable).map { [Contents.label($0, report)] }
            return ("pir-\(s.screen.rawValue)", Table(header: ["entry"], rows: rows))
        }
    }

    func export(_ s: inout AppState, markdown: Bool) {
        let (stem, table) = exportTable(s)
        s.effects.append(.export(stem: stem, fileExtension: markdown ? "md" : "csv", contents: markdown ? table.markdown : table.csv, rows: table.rows.count))
    }

    // MARK: Copy

    func copy(_ s: inout AppState) {
        let text = copyText(s)
        guard !text.isEmpty else { s.status = s.language.strings.explorer.nothingToCopy; return }
        s.effects.append(.copy(text))
    }

    /// The focused item as one line of text: code, title, figures.
    public func copyText(_ s: AppState) -> String {
        let L = s.language
        func describe(outcome o: Outcome) -> String { self.describe(outcome: o, L) }
        func describe(indicator i: Indicator) -> String { self.describe(indicator: i, L) }
        func region(_ r: Region) -> String {
            L.strings.explorer.regionCopy(r.name, r.nameEn, r.results, Figures.number(r.sharePercent))
        }
        switch s.screen {
        case .explorer:
            switch s.focused(in: report) {
            case .outcome(let o): return describe(outcome: o)
            case .indicator(_, _, let i): return describe(indicator: i)
            case .region(let r, let o, let i):
                let value = i.flatMap { i in o.isPolicy ? " · \(L.indicator(i.code))\(L.colon)\(Figures.value(i.results?[r.id], unit: i.unit, L))" : nil } ?? ""
                return region(r) + value
            }
        case .overview:
            switch overview[s.overviewIndex] {
            case .fact(let id), .budget(let id): return report.fact(id).map { "\(L.label($0))\(L.colon)\(L.figure($0)) — \(L.narrativeMark)\($0.text)" } ?? ""
            case .outcome(let id): return report.outcome(id).map(describe(outcome:)) ?? ""
            case .region(let id): return report.region(id).map(region) ?? ""
            case .heading: return ""
            }
        default:
            let list = entries(s.screen, s)
            guard s.top.list.index < list.count else { return "" }
            let entry = list[s.top.list.index]
            switch entry {
            case .indicator(let code): return report.indicator(code).map { describe(indicator: $0.indicator) } ?? ""
            case .outcome(let id): return report.outcome(id).map(describe(outcome:)) ?? ""
            case .budget(let id):
                guard let o = report.outcome(id), let b = o.budget else { return "" }
                return L.strings.explorer.outcomeBudgetCopy(id, b.table, Figures.money(b.total.strategic), Figures.money(b.total.actual), L.table(b.table))
            case .region(let id): return report.region(id).map(region) ?? ""
            case .trend(let id):
                guard let row = report.trends.row(id) else { return "" }
                let values = zip(report.trends.years, row.values).map { "\($0) \($1.map(Figures.money) ?? Figures.missing)" }
                return "\(L.label(row)) — " + values.joined(separator: " · ")
            case .country(let id):
                guard let c = report.country(id) else { return "" }
                return "\(L.name(c)) (\(c.id)) — " + L.strings.explorer.namedInPassages(countries.mentions(of: id).count)
            default: return Contents.label(entry, report, L)
            }
        }
    }

    func describe(outcome o: Outcome, _ L: Language = .zh) -> String {
        guard o.isPolicy else { return "\(L.outcome(o.id))\(L.colon)\(L.title(o))" }
        let (a, t) = Invariants.countedTotals(o)
        return "\(L.outcome(o.id))\(L.colon)\(L.title(o)) — \(L.strings.explorer.resultsWord) \(Figures.number(a)) / \(L.strings.explorer.target) \(Figures.number(t))"
    }

    func describe(indicator i: Indicator, _ L: Language = .zh) -> String {
        var text = "\(i.code) \(L.title(i))"
        if i.target != nil || i.total != nil {
            text += " — \(L.strings.explorer.target) \(Figures.value(i.target, unit: i.unit, L)) · \(L.strings.explorer.result) \(Figures.value(i.total, unit: i.unit, L))"
            if i.attainment?.wholePercent != nil { text += " (\(Figures.ratio(i.attainment)))" }
            let regions = report.regions.compactMap { r in i.results?[r.id].map { "\(L.name(r)) \(Figures.value($0, unit: i.unit, L))" } }
            if !regions.isEmpty { text += " · " + regions.joined(separator: L.strings.common.listSeparator) }
        } else if let result = i.resultText {
            text += " — " + result.replacingOccurrences(of: "\n", with: " ")
        }
        return text
    }

    // MARK: The `:` switcher

    func paletteKey(_ s: inout AppState, _ key: Key) {
        guard var palette = s.palette else { return }
        let choices = paletteChoices(palette.text)
        if key == .ctrl("c") { s.quit = true; return }
        // Tab completes; every other key is the prompt's
        let outcome: Prompt.Outcome = key == .tab ? .unhandled : palette.prompt.handle(key, choices: choices.count)
        switch outcome {
        case .cancelled: s.palette = nil; return
        case .edited: break
        case .submitted:
            s.palette = nil
            guard !choices.isEmpty else { s.status = s.language.strings.explorer.noSuchViewPrefix + palette.text; return }
            switch choices[min(palette.selected, choices.count - 1)] {
            case .view(let screen): openView(&s, screen)
            case .node(let node, _):
                // what the view on screen lists is selected there (`:box 36` in the boxes)
                if s.screen != .explorer, s.screen != .overview, focus(&s, on: [node]) { break }
                pushing(&s, origin: .source) { openNode(&$0, node) }
            }
            return
        case .unhandled:
            guard key == .tab else { break }
            // the one view whose name begins so, else the first view offered
            let prefixed = Screen.prefixed(by: palette.text)
            if prefixed.count == 1 { palette.text = prefixed[0].rawValue; palette.selected = 0 }
            else if case .view(let screen)? = choices.first { palette.text = screen.rawValue }
            // a region's name from any unique start of it (`asia`, `亚洲`), in the script typed
            else if case .node(.region(let id), _)? = choices.first, let region = report.region(id) {
                palette.text = palette.text.unicodeScalars.allSatisfy(\.isASCII) ? region.nameEn : region.name
            }
        }
        s.palette = palette
    }

    /// The countries view on a country's page (its region filter dropped if it would hide it).
    func openCountry(_ s: inout AppState, _ id: String) {
        show(&s, .countries)
        if !entries(.countries, s).contains(.country(id)) { s.countryRegion = nil }
        if let index = entries(.countries, s).firstIndex(of: .country(id)) { s.top.list.index = index }
        s.top.list.textFocused = true
        s.top.list.textScroll = 0
        if !entries(.countries, s).contains(.country(id)) { s.status = s.language.strings.explorer.notNamedInTheReportPrefix + (report.country(id)?.en ?? id) }
    }

    /// Goes to what `resolve` found: an outcome, output or indicator in the explorer, a region's
    /// page, a box or a chapter.
    func openNode(_ s: inout AppState, _ node: NodeRef) {
        switch node {
        case .outcome(let id):
            if let index = report.outcomes.firstIndex(where: { $0.id == id }) { select(&s, outcome: index) }
        case .output(let code), .indicator(let code): goto(&s, code)
        case .region(let id): openRegion(&s, id)
        case .box(let n): openContents(&s, .box(n))
        case .chapter(let id): openContents(&s, .chapter(id))
        case .country(let id): openCountry(&s, id)
        }
    }
}

public enum PaletteChoice: Equatable, Sendable {
    case view(Screen)
    case node(NodeRef, String)
}
