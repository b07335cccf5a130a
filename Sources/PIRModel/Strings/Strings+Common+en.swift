extension Strings {
    /// The English names of the report's parts, as the ILO's English edition writes them; the
    /// defaults are the English table (`Strings+Common+zh.swift` is the Chinese one).
    public struct Common: Sendable {
        public var outcome: Template = "Outcome {1}"
        public var output: Template = "Output {1}"
        public var indicator: Template = "Indicator {1}"
        public var box: Template = "Box {1}"
        public var figure: Template = "Figure {1}"
        public var table: Template = "Table {1}"
        public var note: Template = "Note {1}"
        /// A country, named in the reader's language.
        public var country: Template = "Country {1}"
        /// A count of cases (the unit of the standards indicators): `45 cases`; in a narrow table
        /// cell the number alone in English, whose column already says what it counts.
        public var cases: Template = "{1} cases"
        public var casesCell: Template = "{1}"
        public var highlights = "Highlights"
        public var results = "Results"
        public var sources = "Sources"
        public var ratifications = "Ratifications"
        public var knowledgeProducts = "Knowledge products"
        public var photo = "Photo"
        /// The colon after a label: `: ` in English, full width in Chinese.
        public var colon = ": "
        /// Between the items of a list written on one line.
        public var listSeparator = ", "
        /// Between names listed in a sentence (`、` in Chinese).
        public var enumeration = ", "
        /// Before a source citation the report prints as 资料来源：.
        public var sourcePrefix = "Source: "
        public var noData = "no data"
        public var notApplicable = "n/a"
        public var notSet = "not set"

        public init() {}
    }
}
