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
        public var notApplicable = "not applicable"
        public var notSet = "not set"
        /// After an English title that is pir's translation, not the ILO's own wording.
        public var translationMark = "  (translation)"
        /// A country's or a region's heading: its name, then the other language's (Chinese marked as report text).
        public var placeHeading: Template = "{2}  [中文] {1}"
        /// A name with the other language's beside it in Chinese (a region, a view), in English alone.
        public var bothNames: Template = "{2}"
        /// The terminal is smaller than the views need, from the longest wording down to a few
        /// cells; the view shows the first that fits (Chinese falls back to the English ones).
        public var tooSmallNeed: Template = "terminal too small (need {1})"
        public var tooSmallNeedShort: Template = "too small (need {1})"
        public var tooSmall = "too small"
        public var tooSmallShort = "small"

        public init() {}
    }
}
