#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// What the search index reads: each section's texts (paragraphs, boxes, notes), the
/// results framework's codes and titles, the tables' cells, and the node a text belongs to.
/// Kept apart from `Search.swift`, which holds the index and the matching.
extension SearchIndex {
    /// One section's texts, and for an outcome its outputs' and indicators' codes and titles.
    static func entries(of section: Section, in report: Report, boxes: [(String, Int)]) -> [Entry] {
        var entries: [Entry] = []
        let outcomeID = section.id.hasPrefix("outcome-") ? String(section.id.dropFirst("outcome-".count)) : nil
        for (path, text) in section.texts {
            // output and indicator titles are indexed below together with their codes
            if path.hasSuffix("].title") && path.range(of: ".outputs[") != nil { continue }
            // and an outcome's title with its number, as the chapter heading prints it (tableEntries)
            if outcomeID != nil && path == section.path + ".title" { continue }
            var node: NodeRef?
            if let outcomeID { node = Self.node(for: path, outcomeID: outcomeID, in: report) }
            if section.id.hasPrefix("region-"), let id = RegionID(rawValue: String(section.id.dropFirst("region-".count))) { node = .region(id) }
            // an outcome's sources line, as Appendix II prints it (a quotation's attribution is
            // stored as printed, 资料来源： and all)
            var shown = path.hasSuffix(".sources") ? "资料来源：" + text : text
            // an appendix's caption under its number, as the report heads it (附录二 …)
            if path == section.path + ".title", let chapter = report.chapter(section.id), let name = report.appendixName(chapter) {
                shown = name + " " + text
            }
            let box = path.range(of: ".blocks[") != nil ? boxes.first { path.hasPrefix($0.0) }?.1 : nil
            let folded = Self.fold(shown)
            entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: path, text: shown,
                                 folded: folded, node: node, box: box, variants: Self.variants(of: folded)))
        }
        // codes and labels are searchable too: "3.1.2", "box 15", "专栏 15", region names in English
        if let outcomeID, let outcome = report.outcome(outcomeID) {
            for output in outcome.outputs {
                let outputLabel = "产出 \(output.code) \(output.title)" + (output.en.map { " · Output \(output.code) \($0.text)" } ?? "")
                entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: section.path,
                                     text: outputLabel, folded: Self.fold(outputLabel), node: .output(output.code)))
                for indicator in output.indicators {
                    let label = "指标 \(indicator.code) \(indicator.title)" + (indicator.en.map { " · Indicator \(indicator.code) \($0.text)" } ?? "")
                    entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: section.path,
                                         text: label, folded: Self.fold(label), node: .indicator(indicator.code)))
                }
            }
        }
        return entries
    }

    /// What is not in a section's texts: the tables as printed, the names of regions, the English
    /// labels, boxes and countries (after every section, as they always were).
    static func otherEntries(of report: Report) -> [Entry] {
        var entries: [Entry] = tableEntries(of: report)
        for region in report.regions {
            let label = "\(region.name) \(region.nameEn) \(region.id.rawValue)"
            entries.append(Entry(sectionID: "region-\(region.id.rawValue)", sectionTitle: region.name, path: "regions",
                                 text: label, folded: Self.fold(label), node: .region(region.id)))
        }
        // English labels, so a reader can search in either language
        for outcome in report.outcomes {
            guard let en = outcome.en else { continue }
            let label = "Outcome \(outcome.id) \(en.text)"
            entries.append(Entry(sectionID: "outcome-\(outcome.id)", sectionTitle: outcome.title, path: "outcomes",
                                 text: label, folded: Self.fold(label), node: .outcome(outcome.id)))
        }
        for chapter in report.chapters {
            guard let en = chapter.en else { continue }
            entries.append(Entry(sectionID: chapter.id, sectionTitle: chapter.title, path: "chapters",
                                 text: en.text, folded: Self.fold(en.text), node: .chapter(chapter.id)))
        }
        for box in report.boxes {
            let label = "专栏 \(box.number) box \(box.number) \(box.title)" + (box.en.map { " · \($0.text)" } ?? "")
            entries.append(Entry(sectionID: box.sectionID, sectionTitle: box.sectionTitle, path: box.path,
                                 text: label, folded: Self.fold(label), node: .box(box.number)))
        }
        // countries by any of their names, so "Viet Nam" or "VNM" finds 越南's page
        for country in report.countries ?? [] {
            let label = ([country.zh, country.en, country.id] + country.zhAliases + country.enAliases).joined(separator: " ")
            entries.append(Entry(sectionID: "countries", sectionTitle: "国家 Countries", path: "countries",
                                 text: label, folded: Self.fold(label), node: .country(country.id)))
        }
        return entries
    }

    /// The report's tables as the PDF prints their rows — an outcome's title with its number, Table
    /// 1's rows with their SDG codes and values, the budget tables' rows and the Appendix I shares —
    /// so a fragment copied from a table ("经常预算 94.7 84.8", "女性 5.5 5.5 6.4 6.3") is found too.
    static func tableEntries(of report: Report) -> [Entry] {
        var entries: [Entry] = []
        func add(_ sectionID: String, _ sectionTitle: String, _ path: String, _ text: String, _ node: NodeRef?) {
            entries.append(Entry(sectionID: sectionID, sectionTitle: sectionTitle, path: path, text: text, folded: fold(text), node: node))
        }
        for (o, outcome) in report.outcomes.enumerated() {
            let id = "outcome-\(outcome.id)", path = "outcomes[\(o)]"
            add(id, outcome.title, path + ".title", "成果目标 \(outcome.id)：\(outcome.title)", .outcome(outcome.id))
            if let budget = outcome.budget {
                // the column headings as every budget table prints them
                add(id, outcome.title, path + ".budget.header",
                    "\(budget.table). \(budget.title) · 资金来源 战略预算(百万美元) 实际支出(百万美元)", .outcome(outcome.id))
                for (r, row) in budget.rows.enumerated() {
                    let text = "\(budget.table). \(budget.title) · \(row.label) \(Figures.cell(row.strategic, text: row.strategicText, .zh)) \(Figures.cell(row.actual, text: row.actualText, .zh))"
                    add(id, outcome.title, path + ".budget.rows[\(r)]", text, .outcome(outcome.id))
                }
                let total = "\(budget.table). \(budget.title) · 合计 \(Figures.money(budget.total.strategic)) \(Figures.money(budget.total.actual))"
                add(id, outcome.title, path + ".budget.total", total, .outcome(outcome.id))
            }
            if let c = outcome.contributions {
                add(id, outcome.title, path + ".contributions.title", "\(c.figure). \(c.title)", .outcome(outcome.id))
                for (n, share) in c.shares.enumerated() {
                    let text = "\(c.figure) · \(share.unit) \(Figures.percent(share.percent))"
                    add(id, outcome.title, path + ".contributions.shares[\(n)]", text, .outcome(outcome.id))
                }
            }
        }
        let t = report.trends
        guard !t.rows.isEmpty, let chapter = report.chapters.first(where: { $0.id.hasPrefix("part1-world") }) else { return entries }
        func values(_ row: TrendRow) -> String {
            zip(t.years, row.values).compactMap { year, value in value.map(Figures.money) ?? ((row.noData ?? []).contains(year) ? "暂无数据" : nil) }
                .joined(separator: " ")
        }
        add(chapter.id, chapter.title, "trends.title", "\(t.table). \(t.title)", .chapter(chapter.id))
        for (r, row) in t.rows.enumerated() {
            let name = [row.label, row.labelNote, row.sdg.map { "(可持续发展目标指标 \($0))" }].compactMap { $0 }.joined(separator: " ")
            add(chapter.id, chapter.title, "trends.rows[\(r)]", "\(t.table) · \(name) \(values(row))", .chapter(chapter.id))
            for (b, part) in (row.breakdowns ?? []).enumerated() {
                add(chapter.id, chapter.title, "trends.rows[\(r)].breakdowns[\(b)]", "\(t.table) · \(row.label) · \(part.label) \(values(part))",
                    .chapter(chapter.id))
            }
        }
        add(chapter.id, chapter.title, "trends.source", "\(t.table) · 资料来源：\(t.source)", .chapter(chapter.id))
        return entries
    }

    static func node(for path: String, outcomeID: String, in report: Report) -> NodeRef? {
        // outcomes[o].outputs[p].indicators[n]... → that indicator
        guard let outcome = report.outcome(outcomeID), let range = path.range(of: ".outputs[") else { return .outcome(outcomeID) }
        let rest = path[range.upperBound...]
        guard let close = rest.firstIndex(of: "]"), let p = Int(rest[..<close]), p < outcome.outputs.count else { return .outcome(outcomeID) }
        let output = outcome.outputs[p]
        if let r2 = rest.range(of: ".indicators[") {
            let tail = rest[r2.upperBound...]
            if let c2 = tail.firstIndex(of: "]"), let n = Int(tail[..<c2]), n < output.indicators.count {
                return .indicator(output.indicators[n].code)
            }
        }
        return .output(output.code)
    }
}
