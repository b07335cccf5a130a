import PIRModel
import PIRText

/// The report at a glance: headline figures, results against target per outcome, results by
/// region, budget against expenditure. Every row is a way in: Enter opens its source.
public enum OverviewRow: Equatable, Sendable {
    case heading(String)
    case fact(String)
    case outcome(String)
    case region(RegionID)
    case budget(String)

    public var isSelectable: Bool {
        if case .heading = self { return false }
        return true
    }
}

public enum Overview {

    /// The headings are kept by their Chinese words (`.heading("要点 Headline figures")`); the
    /// table gives each in the reader's language.
    static func heading(_ key: String, _ L: Language) -> String {
        let zh = Strings.zh.explorer, en = L.strings.explorer
        let words = [zh.headlineFigures: en.headlineFigures, zh.resultsAgainstTarget: en.resultsAgainstTarget,
                     zh.resultsByRegion: en.resultsByRegion, zh.budgetAndExpenditure: en.budgetAndExpenditure]
        return words[key] ?? key
    }

    public static func rows(_ report: Report) -> [OverviewRow] {
        var rows: [OverviewRow] = [.heading(Strings.zh.explorer.headlineFigures)]
        rows += OverviewFacts.headline.filter { report.fact($0) != nil }.map { .fact($0) }
        rows.append(.heading(Strings.zh.explorer.resultsAgainstTarget))
        rows += report.outcomes.filter(\.isPolicy).map { .outcome($0.id) }
        rows.append(.heading(Strings.zh.explorer.resultsByRegion))
        rows += report.regions.map { .region($0.id) }
        rows.append(.heading(Strings.zh.explorer.budgetAndExpenditure))
        rows += OverviewFacts.budget.filter { report.fact($0) != nil }.map { .budget($0) }
        return rows
    }
}

extension Overview {
    /// Everything the overview shows, for `x` / `X`: its headline figures, results against target
    /// per outcome (with the outcome's budget), results by region and the budget figures, one row
    /// each, `section` naming the part (`headline`, `outcomes`, `regions`, `budget`). Markdown
    /// writes one table per part.
    public static func table(_ report: Report) -> Table {
        var rows: [[String?]] = []
        // one meaning per column: an outcome's results as a share of its target, a region's as a share of all
        let header = ["section", "id", "label", "value", "target", "percent_of_target", "share_percent", "unit", "printed", "strategic_budget_usd_m", "expenditure_usd_m"]
        for row in Overview.rows(report) {
            switch row {
            case .heading: continue
            case .fact(let id), .budget(let id):
                guard let f = report.fact(id) else { continue }
                let section = OverviewFacts.headline.contains(id) ? "headline" : "budget"
                rows.append([section, id, f.label, Exporter.number(f.value), nil, nil, nil, f.unit.rawValue, f.printed, nil, nil])
            case .outcome(let id):
                guard let o = report.outcome(id) else { continue }
                let (a, t) = Invariants.countedTotals(o)
                rows.append(["outcomes", id, o.title, Exporter.number(a), Exporter.number(t), t > 0 ? (a / t).wholePercent.map(String.init) : nil, nil,
                             "results", nil, Exporter.money(o.budget?.total.strategic), Exporter.money(o.budget?.total.actual)])
            case .region(let id):
                guard let r = report.region(id) else { continue }
                rows.append(["regions", id.rawValue, r.name, String(r.results), nil, nil, Exporter.number(r.sharePercent), "results", nil, nil, nil])
            }
        }
        let titles = Overview.rows(report).compactMap { row -> String? in if case .heading(let t) = row { return t }; return nil }
        let keys = ["headline", "outcomes", "regions", "budget"]
        return Table(header: header, rows: rows,
                     numeric: ["value", "target", "percent_of_target", "share_percent", "strategic_budget_usd_m", "expenditure_usd_m"],
                     sectionColumn: "section", sections: zip(keys, titles).map { (key: $0, title: $1) })
    }
}

extension ExplorerView {
    func renderOverview(_ state: AppState, into frame: inout Frame) {
        let L = state.language
        let rows = context.overview
        drawHeader(&frame, Rect(x: 0, y: 0, width: state.width, height: 1), screen: .overview, language: state.language)
        drawTrail(&frame, Rect(x: 0, y: 1, width: state.width, height: 1), state, items: [])
        let body = Rect(x: 0, y: 2, width: state.width, height: max(0, state.height - 4))
        let inner = Panel.draw(&frame, body, title: L.strings.explorer.overviewTitle, focused: true, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        let numberWidth = 12
        // labels get what they need while the bars keep at least 16 cells (or 2/5 of the width where that is less)
        let need = rows.map { row -> Int in
            switch row {
            case .fact(let id), .budget(let id): return report.fact(id).map { L.label($0).cellWidth } ?? 0
            case .outcome(let id): return report.outcome(id).map { "\(id) \(L.title($0))".cellWidth } ?? 0
            case .region(let id): return report.region(id).map { L.strings.common.bothNames($0.name, $0.nameEn).cellWidth } ?? 0
            case .heading: return 0
            }
        }.max() ?? 12
        let labelWidth = max(min(40, max(12, inner.width * 2 / 5)), min(need, inner.width - 2 - 1 - numberWidth - 2 - 16))
        let barWidth = max(0, inner.width - 2 - labelWidth - 1 - numberWidth - 2)
        let maxRegion = Double(report.regions.map(\.results).max() ?? 1)
        let maxBudget = context.overview.compactMap { row -> Double? in
            if case .budget(let id) = row { return report.fact(id)?.value }
            return nil
        }.max() ?? 1
        for line in 0..<inner.height {
            let index = state.overviewScroll + line
            guard index < rows.count else { break }
            let y = inner.y + line
            let selected = index == state.overviewIndex
            var x = inner.x
            x += frame.put(selected ? glyphs.selected : " ", x: x, y: y, style: Style(.accent, [.bold]))
            switch rows[index] {
            case .heading(let text):
                frame.put(TextLayout.truncate(Overview.heading(text, L), to: inner.width - 2, ellipsis: glyphs.ellipsis), x: x, y: y, style: Style(.heading, [.bold]))
            case .fact(let id):
                guard let fact = report.fact(id) else { continue }
                frame.put(TextLayout.fit(L.label(fact), to: labelWidth, ellipsis: glyphs.ellipsis), x: x + 1, y: y)
                frame.put(TextLayout.truncate(L.figure(fact), to: inner.maxX - (x + labelWidth + 2), ellipsis: glyphs.ellipsis),
                          x: x + labelWidth + 2, y: y, style: Style(.normal, [.bold]))
            case .outcome(let id):
                guard let outcome = report.outcome(id) else { continue }
                let (a, t) = Invariants.countedTotals(outcome)
                frame.put(TextLayout.fit("\(id) " + L.title(outcome), to: labelWidth, ellipsis: glyphs.ellipsis), x: x + 1, y: y)
                frame.put(TextLayout.fit("\(Figures.number(a))/\(Figures.number(t))", to: numberWidth, alignment: .right),
                          x: x + labelWidth + 2, y: y, style: Style(.normal, [.bold]))
                if barWidth > 2 {
                    // the mark a cell from the bar and a cell from the border (`--ascii` drew `ok|`)
                    BulletBar.draw(&frame, x: x + labelWidth + 3 + numberWidth, y: y, width: barWidth - 3, value: a, target: t,
                                   scale: max(a, t) * 1.05, glyphs: glyphs)
                    frame.put(a >= t ? glyphs.met : glyphs.below, x: inner.maxX - glyphs.markWidth - 1, y: y, style: Style(a >= t ? .good : .bad, [.bold]))
                }
            case .region(let id):
                guard let region = report.region(id) else { continue }
                frame.put(TextLayout.fit(L.strings.common.bothNames(region.name, region.nameEn), to: labelWidth, ellipsis: glyphs.ellipsis), x: x + 1, y: y)
                frame.put(TextLayout.fit("\(region.results) · \(Figures.percent(region.sharePercent))", to: numberWidth, alignment: .right),
                          x: x + labelWidth + 2, y: y, style: Style(.normal, [.bold]))
                if barWidth > 2 {
                    BulletBar.draw(&frame, x: x + labelWidth + 3 + numberWidth, y: y, width: barWidth - 2, value: Double(region.results),
                                   target: nil, scale: maxRegion, glyphs: glyphs)
                }
            case .budget(let id):
                guard let fact = report.fact(id) else { continue }
                frame.put(TextLayout.fit(L.label(fact), to: labelWidth, ellipsis: glyphs.ellipsis), x: x + 1, y: y)
                frame.put(TextLayout.fit(Figures.number(fact.value), to: numberWidth, alignment: .right),
                          x: x + labelWidth + 2, y: y, style: Style(.normal, [.bold]))
                if barWidth > 2 {
                    BulletBar.draw(&frame, x: x + labelWidth + 3 + numberWidth, y: y, width: barWidth - 2, value: fact.value,
                                   target: nil, scale: maxBudget, glyphs: glyphs)
                }
            }
            if selected { highlight(&frame, Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: true) }
        }
        PositionMark.draw(&frame, box: body, first: state.overviewScroll, shown: inner.height, total: rows.count, glyphs: glyphs)
        drawFooter(&frame, Rect(x: 0, y: state.height - 2, width: state.width, height: 1), state)
        let status = Rect(x: 0, y: state.height - 1, width: state.width, height: 1)
        frame.fill(status, style: Style(.status, [.reverse]))
        var text = state.status
        if text.isEmpty, case .fact(let id) = rows[state.overviewIndex], let fact = report.fact(id) {
            text = L.narrative(fact.text)
        }
        frame.put(" " + glyphs.interface(text.isEmpty ? L.strings.explorer.overviewStatus : text), x: 0, y: status.y, width: state.width, style: Style(.status, [.reverse]), ellipsis: glyphs.ellipsis)
    }
}
