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

        public init() {}
    }
}
