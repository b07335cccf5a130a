/// A figure stated in the prose, kept with the sentence it comes from so a reader can find it in the PDF.
public struct Fact: Codable, Sendable, Equatable {
    public enum Unit: String, Codable, Sendable, CaseIterable {
        case count, percent, usdMillion = "usd_million", peopleMillion = "people_million", people,
             hoursPercent = "hours_percent", ratio, year, percentPoints = "percent_points", months
    }
    public enum Qualifier: String, Codable, Sendable {
        case over, about, upTo = "up_to", under, nearly
    }
    public var id: String
    public var label: String
    public var value: Double
    public var unit: Unit
    /// The figure exactly as printed; a substring of `text`.
    public var printed: String
    public var text: String
    /// Id of the chapter (or `outcome-N`, `region-ID`) the sentence is in.
    public var section: String
    public var qualifier: Qualifier?
    /// English label (a translation of ours, as `label` is); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
}

/// Table 1.
public struct Trends: Codable, Sendable, Equatable {
    public var table: String
    public var title: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var years: [Int]
    public var unit: String
    public var source: String
    public var rows: [TrendRow]
}

public struct TrendRow: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var labelNote: String?
    public var sdg: String?
    /// Aligned with `Trends.years`; nil where the cell is blank or says 暂无数据 — missing, never zero.
    public var values: [Double?]
    /// Years the table prints as 暂无数据 (a blank cell is just nil).
    public var noData: [Int]?
    public var breakdowns: [TrendRow]?
}

public struct Pillar: Codable, Sendable, Equatable {
    public var number: Int
    public var title: String
    public var items: [String]
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var itemsEn: [EnglishLabel]?
}

public struct SDGTarget: Codable, Sendable, Equatable {
    public var code: String
    public var text: String
    public var section: String
}

public struct Ratification: Codable, Sendable, Equatable {
    /// The country's name as the report prints it.
    public var country: String
    /// Its id in `countries` (ISO 3166-1 alpha-3), where the dataset has the table.
    public var countryID: String?
    /// `C144`, `P029` … as the report names them; empty where it only gives numbers.
    public var instruments: [String]
    /// Numbers of conventions and protocols, where the report gives numbers instead of names.
    public var conventions: Int?
    public var protocols: Int?
    public var date: String?
    public var text: String
    public var section: String
}

/// The facts the overview shows, in its order: the explorer's overview, `pir --plain` and the
/// overview's export read the same lists, so the plain text cannot leave one out.
public enum OverviewFacts {
    /// The headline figures.
    public static let headline = ["results_total", "member_states", "territories", "over_target_percent", "covid_response_percent",
                                  "gender_principal_percent", "gender_significant_percent", "disability_percent", "sdg8_percent"]
    /// Part I's budget figures.
    public static let budget = ["regular_budget", "regular_budget_expenditure", "extrabudgetary_expenditure",
                                "policy_outcomes_expenditure", "voluntary_approved"]
}
