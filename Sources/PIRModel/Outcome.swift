/// A policy outcome (1–8, Part II and Appendix II) or an enabling outcome (A–C, Appendix III).
public struct Outcome: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case policy, enabling }
    public var id: String
    public var kind: Kind
    public var title: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var highlights: [String]
    public var blocks: [Block]
    public var footnotes: [Footnote]
    public var links: [String]
    public var quirks: [String]
    /// The results-vs-target statement of the chapter (policy outcomes).
    public var results: ResultsStatement?
    /// The chapter's budget table (policy outcomes).
    public var budget: BudgetTable?
    /// Appendix I: each office's share of the work on this outcome (policy outcomes).
    public var contributions: Contributions?
    /// Appendix II or III.
    public var outputs: [Output]
    /// The source line under the Appendix table.
    public var sources: String?

    public var isPolicy: Bool { kind == .policy }
    /// Every indicator of every output, in code order as printed.
    public var indicators: [Indicator] { outputs.flatMap(\.indicators) }
}

/// What a chapter says of its results against target. Chapters word it differently — a target
/// (199 vs 179), a percentage (高出 30%), a difference (少 25 项) — so each form is kept as printed
/// and checked against Appendix II in its own way.
public struct ResultsStatement: Codable, Sendable, Equatable {
    public var achieved: Int
    public var target: Int?
    /// Signed percentage over (+) or under (−) target, as printed.
    public var targetPercent: Double?
    /// Signed difference from target in results, as printed.
    public var targetDifference: Int?
    public var statement: String
    /// Where the statement is, when not in the outcome's own chapter.
    public var section: String?
}

public struct BudgetTable: Codable, Sendable, Equatable {
    public var table: String
    public var title: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var rows: [BudgetRow]
    public var total: BudgetTotal
    /// The paragraph that introduces the table, verbatim.
    public var statement: String
    /// Percentage shares of expenditure by source that the statement gives.
    public var shares: [String: Double]?
    public var paragraphs: [String]?
}

/// The funding sources of the budget tables.
public enum FundingSource: String, Codable, Sendable, CaseIterable {
    case regularBudget = "regular_budget"
    case extrabudgetary
    case rbsa
}

public struct BudgetRow: Codable, Sendable, Equatable {
    public var source: FundingSource
    public var label: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    /// Strategic budget in USD millions; nil where the table prints text (`strategicText`).
    public var strategic: Double?
    public var strategicText: String?
    /// Actual expenditure in USD millions.
    public var actual: Double?
    public var actualText: String?
}

public struct BudgetTotal: Codable, Sendable, Equatable {
    public var strategic: Double
    public var actual: Double
}

public struct Contributions: Codable, Sendable, Equatable {
    public var figure: String
    public var title: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var shares: [Share]
    public struct Share: Codable, Sendable, Equatable {
        public var unit: String
        public var percent: Double
    }
}

public struct Output: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    /// A few words that tell this output from its siblings where a list has no room for the title
    /// (`劳务移民`); written by hand from the title, never cut from it. `ShortLabel` says when it is used.
    public var shortTitle: String
    /// The same in English (`Labour migration`).
    public var shortTitleEn: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var indicators: [Indicator]
}

/// What an indicator counts. Appendix II mixes counts of member States with percentages and with
/// "cases" (2.2.1), and the outcome totals add up only the counts.
public enum IndicatorUnit: String, Codable, Sendable, CaseIterable {
    case count, percent, cases
}

public struct Indicator: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    /// A few words that tell this indicator from its siblings where a list has no room for the
    /// title (`基本原则和权利综合计划`); written by hand from the title, never cut from it.
    public var shortTitle: String
    /// The same in English (`FPRW integrated programmes`).
    public var shortTitleEn: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    // Appendix II (policy outcomes): numbers.
    public var unit: IndicatorUnit?
    public var target: Double?
    public var total: Double?
    public var results: RegionalResults?
    /// The 1.4.2 split of results by kind (collective bargaining / workplace cooperation).
    public var split: [ResultSplit]?
    // Appendix III (enabling outcomes): words, plus the numbers they contain.
    public var targetText: String?
    public var resultText: String?
    public var measures: [Measure]?
    /// The table's notes that concern this indicator, verbatim.
    public var notes: [String]?

    /// Result as a share of target (1.0 = met), for numeric indicators.
    public var attainment: Double? {
        guard let target, let total, target > 0 else { return nil }
        return total / target
    }
    public var isMet: Bool? { attainment.map { $0 >= 1 } }
}

public struct ResultSplit: Codable, Sendable, Equatable {
    public var label: String
    public var total: Double
    public var results: RegionalResults
}

/// A number inside an enabling-outcome indicator's target or result text.
public struct Measure: Codable, Sendable, Equatable {
    public enum Unit: String, Codable, Sendable, CaseIterable {
        case count, percent, percentPoints = "percent_points", months, usdMillion = "usd_million",
             people, peopleMillion = "people_million"
    }
    public var label: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var unit: Unit
    public var target: Double?
    public var result: Double?
    public var baseline: Double?
    public var year: Int?
}
