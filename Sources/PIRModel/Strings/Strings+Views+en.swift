extension Strings {
    /// The views' names (title line, breadcrumb, `:` switcher), what each shows (the switcher) and
    /// its row in the help. The defaults are the English table.
    public struct Views: Sendable {
        public var overview = "Overview"
        public var explorer = "Explorer"
        public var indicators = "Indicators"
        public var regions = "Regions"
        public var countries = "Countries"
        public var budget = "Budget"
        public var trends = "Trends"
        public var enabling = "Enabling outcomes"
        public var boxes = "Boxes"
        public var lessons = "Lessons"
        public var contents = "Contents"
        // what the view shows, in the switcher
        public var overviewSummary = "headline figures"
        public var explorerSummary = "outcomes › indicators › regions"
        public var indicatorsSummary = "all policy indicators, sort and filter"
        public var regionsSummary = "the five regions, compared"
        public var countriesSummary = "countries the report names, with every passage"
        public var budgetSummary = "strategic budget vs expenditure"
        public var trendsSummary = "Table 1 trends"
        public var enablingSummary = "enabling outcomes A/B/C"
        public var boxesSummary = "all boxes"
        public var lessonsSummary = "Part III lessons learned"
        public var contentsSummary = "every chapter"
        // the view's row in the help (its name first)
        public var overviewHelp = "overview: headline figures (start screen)"
        public var explorerHelp = "explorer: outcomes › indicators › regions"
        public var indicatorsHelp = "all indicators, sortable and filterable"
        public var regionsHelp = "regions, each and compared"
        public var budgetHelp = "budget vs expenditure"
        public var trendsHelp = "Table 1 trends"
        public var enablingHelp = "enabling outcomes A/B/C"
        public var boxesHelp = "all boxes"
        public var lessonsHelp = "Part III lessons"
        public var contentsHelp = "contents: every chapter, region and box"
        public var countriesHelp = "countries the report names"

        public init() {}
    }
}
