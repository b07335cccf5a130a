extension Strings {
    /// The words of the node documents (`NodeDocument`: `pir show`, the explorer's detail pane,
    /// Markdown export) around the report's text: headings, column heads, figure words. The defaults
    /// are the English table; `Strings+Document+zh.swift` is the Chinese one.
    public struct Document: Sendable {
        public var narrative = "Text (Chinese)"
        public var notes = "Notes"
        public var links = "Links"
        public var aboutSource = "About the source"
        public var target = "target"
        public var result = "result"
        public var results = "results"
        public var ofTarget = "of target"
        public var met = "target met"
        public var below = "below target"
        public var unit = "unit"
        public var byRegion = "By region"
        public var byOutcome = "By outcome (Appendix II, count indicators)"
        public var byIndicator = "By indicator (Appendix II)"
        public var region = "region"
        public var outcomeColumn = "outcome"
        public var indicatorColumn = "indicator"
        public var title = "title"
        public var total = "Total"
        public var targetHeading = "Target"
        public var resultsHeading = "Results"
        public var figuresHeading = "Figures"
        public var baseline = "baseline"
        public var note = "Note"
        public var outputsHeading = "Outputs and indicators"
        public var fundingSource = "source"
        public var strategic = "strategic budget"
        public var actual = "expenditure"
        public var difference = "difference"
        public var usMillions = "(US$ millions)"
        public var share = "share"
        public var unitShare = "department / regional programme"
        public var figure = "Figure"
        public var progress = "Progress"
        public var knowledgeProducts = "Knowledge products (box 5)"
        public var countriesNamed = "Countries named"
        public var inSection = "In: "
        public var headline = "Headline figures"
        public var outcomesAgainstTarget = "Outcomes: results against target"
        public var regionsFigure = "Regions (figure 15)"
        public var budgetTotals = "Budget totals"
        public var partOneBudget = "Part I: budget and expenditure highlights"
        /// The line under `pir --plain`'s overview that says how to go further.
        public var showHint = "pir show CODE — an outcome (3, A), output (3.1), indicator (3.1.2), region (africa), box (box 15)"
        public var notSummed = "cells the report leaves as words (not set, not applicable) are not summed"
        public var unitPercent = "percent"
        public var unitCases = "cases"
        public var unitCount = "count"
        public var year: Template = "{1}"
        public var regionResults: Template = "{1} results · {2} of all results (figure 15)"
        public var indicatorIn: Template = "Indicator {1} in {2}: "
        public var tablesSummed: Template = "Tables 2–{1} summed (US$ millions)"

        public init() {}

        /// The name of what an indicator counts.
        public func unitName(_ unit: IndicatorUnit?) -> String {
            switch unit {
            case .percent?: return unitPercent
            case .cases?: return unitCases
            case .count?, nil: return unitCount
            }
        }
    }
}
