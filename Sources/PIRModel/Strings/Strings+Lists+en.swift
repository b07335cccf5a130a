extension Strings {
    /// The list views' words (contents, indicators, regions, countries, budget, trends, boxes,
    /// lessons) and the pages they open. The defaults are the English table;
    /// `Strings+Lists+zh.swift` is the Chinese one.
    public struct Lists: Sendable {
        public var sort = "sort"
        public var filter = "filter"
        public var enterOpens = "Enter opens"
        public var enterOpensTopPassage = "Enter opens the passage at the top"
        public var enterGoesToSource = "Enter goes to the source"
        public var listOrText = "list/text"
        public var back = "back"
        public var nothingMatchesFilter = "nothing matches the filter · Esc clears it"
        // column heads
        public var strategic = "strategic"
        public var actual = "actual"
        public var difference = "diff."
        public var actualAgainstBudget = " vs budget"
        public var region = "region"
        public var passages = "passages"
        public var results = "results"
        public var share = "share"
        public var code = "code"
        public var indicator = "indicator"
        public var target = "target"
        public var result = "result"
        public var total = "total"
        public var attainment = "% met"
        // entries
        public var regionEntry: Template = "Region: {1}"
        public var outcomeBudget: Template = "Outcome {1} budget, {2}"
        public var partITotals = "Part I totals"
        public var regionsCompared = "Regions compared"
        public var preface = "Preface and introduction"
        public var partI = "Part I"
        public var partII = "Part II"
        public var partIII = "Part III"
        public var appendix = "Appendix"
        public var partIIILessons = "Part III: lessons learned and the way forward"
        public var regionsFigure15 = "Regions (figure 15)"
        public var byOutcomeMillions = "By outcome (US$ millions)"
        public var compared = "Compared"
        public var totals = "Totals"
        // pages
        public var boxIn: Template = "In: {1} · Enter goes to the chapter"
        public var sourcePrefix = "Source: [中文] "
        public var targetPrefix = "Target: "
        public var resultsPrefix = "Results: "
        // a country's page (the explorer's and `pir show`'s)
        public var memberState = "member State"
        public var territory = "territory"
        public var alsoWritten = "also written"
        public var ratificationsAttributed = "Ratifications the report attributes"
        public var conventionsCount: Template = "{1} conventions"
        public var protocolsCount: Template = "{1} protocols"
        public var passagesNaming: Template = "Passages naming {1} · {2}"
        public var notNamed = "the report does not name this country"
        public var enterGoesToChapter = " · Enter goes to the chapter"
        // the regions compared (Chinese keeps the English beside it, as the view always has) and Table 1's rows
        public var comparisonTitle = "The five regions compared"
        public var comparisonNote = "Results (sum of Appendix II count indicators); shading relative to each row's largest"
        public var comparisonResults = "Results (fig. 15)"
        public var comparisonShare = "% share"
        public var comparisonRatifyingStates = "ratifying States"
        public var comparisonRatifications = "ratifications"
        public var comparisonByOutcome = "By outcome"
        public var comparisonByIndicator = "By indicator"
        public var sdgIndicator = "SDG indicator"
        public var protocolName: Template = "Protocol P.{1}"
        public var conventionName: Template = "Convention C.{1}"

        public init() {}
    }
}
