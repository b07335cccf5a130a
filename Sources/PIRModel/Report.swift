/// The whole Programme Implementation Report as one value: everything pir shows comes from here.
///
/// The JSON schema is this type's `Codable` form; `pir export --what all --format json` writes it and
/// `--data` reads it back, so the bundled file, an export and a user's edited copy share one shape.
public struct Report: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var meta: Meta
    /// Front matter, Part I, the Part II overview, Part III and the appendix introduction, in report order.
    public var chapters: [Chapter]
    /// Figures the prose states, each with the sentence it comes from.
    public var facts: [Fact]
    /// Table 1: decent-work trends 2018–2021.
    public var trends: Trends
    /// Figure 2: the four-pillar policy framework.
    public var pillars: [Pillar]
    /// The SDG targets the overview names.
    public var sdgTargets: [SDGTarget]
    /// The five ILO regions, in the report's order.
    public var regions: [Region]
    /// The 8 policy outcomes, then the enabling outcomes A, B, C.
    public var outcomes: [Outcome]
    /// Ratifications the report attributes to named member States.
    public var ratifications: [Ratification]
    /// The ILO's member States and the territories the report counts (optional in `--data` files).
    public var countries: [Country]?
    /// Strings that contain a country's name without naming it (发展中国家 holds 中国): the country
    /// index skips them, since Chinese has no word boundaries to tell them apart.
    public var countryNameExclusions: [String]?

    public init(schemaVersion: Int, meta: Meta, chapters: [Chapter], facts: [Fact], trends: Trends,
                pillars: [Pillar], sdgTargets: [SDGTarget], regions: [Region], outcomes: [Outcome],
                ratifications: [Ratification], countries: [Country]? = nil, countryNameExclusions: [String]? = nil) {
        self.schemaVersion = schemaVersion
        self.meta = meta
        self.chapters = chapters
        self.facts = facts
        self.trends = trends
        self.pillars = pillars
        self.sdgTargets = sdgTargets
        self.regions = regions
        self.outcomes = outcomes
        self.ratifications = ratifications
        self.countries = countries
        self.countryNameExclusions = countryNameExclusions
    }

    /// The schema version this build reads and writes.
    public static let currentSchemaVersion = 1

    /// Top-level arrays a command that reads none of them may leave empty (`ReportLoader.loadBundled(skipping:)`).
    public enum SkippableSection: String, Sendable, CaseIterable {
        case chapters, facts, pillars, sdgTargets, ratifications, countries, countryNameExclusions
    }
}

public struct Meta: Codable, Sendable, Equatable {
    public var title: String
    public var titleEn: String
    public var biennium: String
    public var language: String
    public var links: [Link]
    /// Where the data was taken from, and how.
    public var source: String
}

public struct Link: Codable, Sendable, Equatable {
    public var url: String
    public var label: String
}
