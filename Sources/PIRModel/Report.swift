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

    /// A set of `SkippableSection`s as bits. A `Set<SkippableSection>` instantiated its generic
    /// metadata and looked its conformances up on every `pir show` and `pir export` start (about
    /// 0.25 M instructions, more than reading the set ever costs); these bits need neither.
    public struct SkippedSections: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public init(_ section: SkippableSection) {
            switch section {
            case .chapters: self = .chapters
            case .facts: self = .facts
            case .pillars: self = .pillars
            case .sdgTargets: self = .sdgTargets
            case .ratifications: self = .ratifications
            case .countries: self = .countries
            case .countryNameExclusions: self = .countryNameExclusions
            }
        }
        public static var chapters: Self { Self(rawValue: 1 << 0) }
        public static var facts: Self { Self(rawValue: 1 << 1) }
        public static var pillars: Self { Self(rawValue: 1 << 2) }
        public static var sdgTargets: Self { Self(rawValue: 1 << 3) }
        public static var ratifications: Self { Self(rawValue: 1 << 4) }
        public static var countries: Self { Self(rawValue: 1 << 5) }
        public static var countryNameExclusions: Self { Self(rawValue: 1 << 6) }
        /// Every `SkippableSection`.
        public static var all: Self { Self(rawValue: 0x7f) }
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
