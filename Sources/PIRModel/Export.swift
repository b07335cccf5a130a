#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// What `pir export` can write.
public enum ExportSubject: String, CaseIterable, Sendable {
    case all, indicators, outcomes, regions, budget, trends, countries
}

public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json, markdown
}

public enum ExportError: Error, CustomStringConvertible {
    case unsupported(ExportSubject, ExportFormat)
    public var description: String {
        switch self {
        case .unsupported(let subject, let format):
            return "--what \(subject.rawValue) cannot be written as \(format.rawValue); use --format json"
        }
    }
}

/// Tables and the whole dataset as CSV, JSON or Markdown — the figures as the report prints them,
/// percentages as plain numbers, missing values empty (never zero).
public enum Exporter {
    /// `language` picks the label columns (`title`, `label`): the report's Chinese, or the English
    /// label (`[中文]` and the Chinese where there is none); in English the Chinese name columns of
    /// regions and countries are marked `[中文]` as all Chinese is.
    public static func export(_ report: Report, what: ExportSubject, format: ExportFormat, language: Language = .zh) throws -> String {
        if what == .all {
            guard format == .json else { throw ExportError.unsupported(what, format) }
            return try json(report)
        }
        let table = self.table(report, what, language: language)
        switch format {
        case .csv: return table.csv
        case .markdown: return table.markdown
        case .json: return table.json
        }
    }

    /// The dataset in the bundled file's schema: pretty-printed, keys sorted, so an export diffs cleanly
    /// against `Resources/pir-2020-2021.zh.json` and loads again with `--data`.
    public static func json(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    public static func table(_ report: Report, _ what: ExportSubject, language: Language = .zh) -> Table {
        switch what {
        case .indicators, .all: return indicators(report, language: language)
        case .outcomes: return outcomes(report, language: language)
        case .regions: return regions(report, language: language)
        case .budget: return budget(report, language: language)
        case .trends: return trends(report, language: language)
        case .countries: return countries(report, index: CountryIndex(report: report), language: language)
        }
    }

    public static func indicators(_ report: Report, language: Language = .zh) -> Table {
        var rows: [[String?]] = []
        for outcome in report.outcomes where outcome.isPolicy {
            for output in outcome.outputs {
                for indicator in output.indicators {
                    rows.append([outcome.id, output.code, indicator.code, indicator.unit?.rawValue,
                                 number(indicator.target), number(indicator.total)]
                                + RegionID.allCases.map { number(indicator.results?[$0]) }
                                + [language.label(indicator.title, indicator.en)])
                }
            }
        }
        return Table(header: ["outcome", "output", "indicator", "unit", "target", "total"]
                     + RegionID.allCases.map(\.rawValue) + ["title"], rows: rows,
                     numeric: ["target", "total"] + RegionID.allCases.map(\.rawValue))
    }

    public static func outcomes(_ report: Report, language: Language = .zh) -> Table {
        let rows: [[String?]] = report.outcomes.map { outcome in
            [outcome.id, outcome.kind.rawValue, outcome.isPolicy ? number(Invariants.countedTotals(outcome).achieved) : nil,
             outcome.isPolicy ? number(Invariants.countedTotals(outcome).target) : nil, money(outcome.budget?.total.strategic),
             money(outcome.budget?.total.actual), String(outcome.indicators.count), language.label(outcome.title, outcome.en)]
        }
        return Table(header: ["outcome", "kind", "results", "target", "strategic_budget_usd_m", "expenditure_usd_m", "indicators", "title"], rows: rows,
                     numeric: ["results", "target", "strategic_budget_usd_m", "expenditure_usd_m", "indicators"])
    }

    public static func regions(_ report: Report, language: Language = .zh) -> Table {
        let rows: [[String?]] = report.regions.map { region in
            [region.id.rawValue, language.narrativeMark + region.name, region.nameEn, String(region.results), number(region.sharePercent),
             String(region.ratifications.memberStates), String(region.ratifications.instruments)]
        }
        return Table(header: ["region", "name", "name_en", "results", "share_percent", "ratifying_member_states", "ratifications"], rows: rows,
                     numeric: ["results", "share_percent", "ratifying_member_states", "ratifications"])
    }

    /// The budget tables, one row per source and a total per outcome. The numeric columns hold
    /// numbers or nothing: where a table prints a word instead of a figure (`未设定` not set,
    /// `不适用` not applicable, in the RBSA rows), the cell is empty and `note` says which column
    /// and what the report prints (`strategic_budget_usd_m: 未设定`).
    public static func budget(_ report: Report, language: Language = .zh) -> Table {
        var rows: [[String?]] = []
        for outcome in report.outcomes {
            guard let budget = outcome.budget else { continue }
            for row in budget.rows {
                var notes: [String] = []
                if row.strategic == nil, let text = row.strategicText { notes.append("strategic_budget_usd_m: \(Figures.word(text, language))") }
                if row.actual == nil, let text = row.actualText { notes.append("expenditure_usd_m: \(Figures.word(text, language))") }
                rows.append([outcome.id, language.table(budget.table), row.source.rawValue, language.label(row.label, row.en),
                             money(row.strategic), money(row.actual), notes.isEmpty ? nil : notes.joined(separator: "; ")])
            }
            rows.append([outcome.id, language.table(budget.table), "total", language.strings.document.total, money(budget.total.strategic), money(budget.total.actual), nil])
        }
        return Table(header: ["outcome", "table", "source", "label", "strategic_budget_usd_m", "expenditure_usd_m", "note"], rows: rows,
                     numeric: ["strategic_budget_usd_m", "expenditure_usd_m"])
    }

    /// Table 1 with a column per year. A year's cell is empty both where the report prints
    /// 暂无数据 (no data) and where it leaves the cell blank; `no_data_years` lists the years it
    /// prints 暂无数据 (`2021`, several separated by `;`), so the two stay apart.
    public static func trends(_ report: Report, language: Language = .zh) -> Table {
        let years = report.trends.years
        func noData(_ listed: [Int]?) -> String? {
            let marked = years.filter { (listed ?? []).contains($0) }
            return marked.isEmpty ? nil : marked.map(String.init).joined(separator: ";")
        }
        var rows: [[String?]] = []
        for row in report.trends.rows {
            rows.append([row.id, nil, language.label(row.label, row.en), row.sdg] + row.values.map(oneDecimal) + [noData(row.noData)])
            for breakdown in row.breakdowns ?? [] {
                rows.append([breakdown.id, row.id, language.label(breakdown.label, breakdown.en), breakdown.sdg ?? row.sdg] + breakdown.values.map(oneDecimal) + [noData(breakdown.noData)])
            }
        }
        return Table(header: ["row", "parent", "label", "sdg"] + years.map(String.init) + ["no_data_years"], rows: rows,
                     numeric: years.map(String.init))
    }

    /// A budget cell as the report's tables print it, in US$ millions to one decimal: `11.0`, not
    /// `11` (the dataset stores the number; the PDF's reader compares the printed form).
    public static func money(_ value: Double?) -> String? { oneDecimal(value) }

    /// `6.0` for 6: Table 1 and the budget tables print every cell to one decimal.
    public static func oneDecimal(_ value: Double?) -> String? {
        value.map { String(format: "%.1f", $0) }
    }

    /// `25` for 25.0, `101.8` for 101.8, nil for nil.
    public static func number(_ value: Double?) -> String? {
        guard let value else { return nil }
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

/// A rectangular table with a header; cells may be missing.
public struct Table: Sendable {
    public var header: [String]
    public var rows: [[String?]]
    /// Columns whose cells are numbers (JSON writes them as numbers, everything else as strings).
    /// A list, not a set: a few names are found as fast in it, and the first `Set<String>` of a
    /// process costs `pir export` a generic metadata instantiation and conformance look-ups.
    public var numeric: [String]
    /// A table of several parts (the overview's headline figures, outcomes, regions, budget): the
    /// column naming each row's part, and each part's heading in order. CSV and JSON keep the
    /// column; Markdown writes one table per part under its heading, without it.
    public var sectionColumn: String?
    public var sections: [(key: String, title: String)]

    public init(header: [String], rows: [[String?]], numeric: [String] = [], sectionColumn: String? = nil, sections: [(key: String, title: String)] = []) {
        self.header = header
        self.rows = rows
        self.numeric = numeric
        self.sectionColumn = sectionColumn
        self.sections = sections
    }

    public var csv: String {
        ([header.map(Self.csvField)] + rows.map { $0.map { Self.csvField($0 ?? "") } })
            .map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    public var markdown: String {
        guard let column = sectionColumn, let at = header.firstIndex(of: column) else { return Self.markdown(header, rows) }
        // one table per part, each with only the columns its rows fill
        var parts: [String] = []
        let keys = sections.map(\.key) + rows.compactMap { $0[at] }.filter { key in !sections.contains { $0.key == key } }
        var seen = Set<String>()
        for key in keys where seen.insert(key).inserted {
            let part = rows.filter { $0[at] == key }
            guard !part.isEmpty else { continue }
            let columns = header.indices.filter { i in i != at && part.contains { ($0[i] ?? "").isEmpty == false } }
            let title = sections.first { $0.key == key }?.title ?? key
            parts.append("## \(Self.markdownCell(title))\n\n" + Self.markdown(columns.map { header[$0] }, part.map { row in columns.map { row[$0] } }))
        }
        return parts.joined(separator: "\n")
    }

    static func markdownCell(_ s: String?) -> String {
        (s ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    static func markdown(_ header: [String], _ rows: [[String?]]) -> String {
        var lines = ["| " + header.map(markdownCell).joined(separator: " | ") + " |",
                     "|" + header.map { _ in " --- |" }.joined()]
        lines += rows.map { "| " + $0.map(markdownCell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An array of objects keyed by the header, numbers as JSON numbers where the cell is one.
    public var json: String {
        let objects: [JSONValue] = rows.map { row in
            var object: [String: JSONValue] = [:]
            // room for every column at once: grown one by one, the dictionary was rehashed four
            // times a row, a twentieth of `pir export --what indicators`
            object.reserveCapacity(header.count)
            for (key, value) in zip(header, row) {
                if let value, numeric.contains(key), let number = Double(value), number.isFinite { object[key] = .number(number) }
                else { object[key] = value.map(JSONValue.string) ?? .null }
            }
            return .object(object)
        }
        return JSONValue.array(objects).pretty() + "\n"
    }
}

extension Exporter {
    /// The indicators table for some indicators, in the order given (a view's sort and filter).
    public static func indicators(_ report: Report, codes: [String]) -> Table {
        let all = indicators(report)
        let byCode = Dictionary(all.rows.map { ($0[2] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        return Table(header: all.header, rows: codes.compactMap { byCode[$0] }, numeric: all.numeric)
    }

    /// Each region's results per policy outcome (count indicators), with its total and share.
    public static func regionsByOutcome(_ report: Report, language: Language = .zh) -> Table {
        let policy = report.outcomes.filter(\.isPolicy)
        let rows: [[String?]] = report.regions.map { region in
            [region.id.rawValue, language.narrativeMark + region.name, region.nameEn, String(region.results), number(region.sharePercent)]
            + policy.map { o in number(o.indicators.filter { ($0.unit ?? .count) == .count }.compactMap { $0.results?[region.id] }.reduce(0, +)) }
            + [String(region.ratifications.memberStates), String(region.ratifications.instruments)]
        }
        let outcomeColumns = policy.map { "outcome_\($0.id)" }
        return Table(header: ["region", "name", "name_en", "results", "share_percent"] + outcomeColumns + ["ratifying_member_states", "ratifications"],
                     rows: rows, numeric: ["results", "share_percent", "ratifying_member_states", "ratifications"] + outcomeColumns)
    }

    /// The enabling outcomes' indicators with their textual targets and results.
    public static func enabling(_ report: Report) -> Table {
        var rows: [[String?]] = []
        for outcome in report.outcomes where !outcome.isPolicy {
            for output in outcome.outputs {
                for i in output.indicators {
                    rows.append([outcome.id, output.code, i.code, i.targetText, i.resultText, i.title])
                }
            }
        }
        return Table(header: ["outcome", "output", "indicator", "target", "result", "title"], rows: rows)
    }
}

extension Exporter {
    /// Countries with their names, region and how many passages name them; `ids` gives the rows and
    /// their order (a view's), all countries by default.
    public static func countries(_ report: Report, index: CountryIndex, ids: [String]? = nil, language: Language = .zh) -> Table {
        let all = report.countries ?? []
        let chosen = ids.map { ids in ids.compactMap { id in all.first { $0.id == id } } } ?? all
        let rows: [[String?]] = chosen.map { c in
            [c.id, language.narrativeMark + c.zh, c.en, c.region.rawValue, c.memberState ? "true" : "false", String(index.mentions(of: c.id).count)]
        }
        return Table(header: ["id", "name_zh", "name_en", "region", "member_state", "mentions"], rows: rows, numeric: ["mentions"])
    }
}
