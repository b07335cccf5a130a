extension Strings {
    /// The explorer's words: pane titles, column heads, overlays and the status line. The defaults
    /// are the English table; `Strings+Explorer+zh.swift` is the Chinese one, which keeps the
    /// English beside the Chinese where a meeting mixes readers.
    public struct Explorer: Sendable {
        // the help overlay
        public var help = "Help"
        public var helpShort = "Help"
        public var escCloses = "Esc closes"
        public var scrollHint = "↑↓ PgDn scroll"
        // the search overlay
        public var search = "Search"
        public var searchHits: Template = "Search · {1} hits"
        public var escClosesSuffix = " · Esc closes"
        public var searchPrompt = "type text (Chinese or English labels), a code (3.1.2), a region or a box (box 15)"
        public var noMatch = "no match"
        // the `:` switcher
        public var paletteTitle = "Views · Tab completes · Enter opens · Esc closes"
        public var noSuchView = "no such view"
        public var goTo = "go to"
        public var region: Template = "region {1}"
        public var chapter: Template = "chapter {1}"
        public var country: Template = "country {1}"
        // the explorer's panes
        public var outcomes = "Outcomes"
        public var outcomesShort = "Outcomes"
        public var indicatorCount: Template = "{1} ind."
        public var indicators = "Indicators"
        public var indicatorsShort = "Ind."
        public var nothingMatchesFilter = "nothing matches the filter · Esc clears it"
        public var code = "code"
        public var indicatorColumn = "indicator"
        public var indicatorTextColumn = "indicator (targets and results are text, below)"
        public var targetColumn = "tgt"
        public var resultColumn = "res."
        public var attainmentColumn = "%met"
        public var resultAgainstTarget = "result/target"
        public var regionsOfIndicator: Template = "Regions · indicator {1}"
        public var regionsOfOutcome: Template = "Regions · outcome {1}"
        public var noRegionalBreakdown = "enabling outcomes have no regional breakdown"
        // the overview
        public var overviewTitle = "Overview · Enter opens the source"
        public var overviewStatus = "Overview · Enter opens the source · : views · w 中文"
        // the title line: the view's name (in Chinese both names, the way back from either language)
        public var viewTag: Template = "[{2}]"
        // the overview's headings
        public var headlineFigures = "Headline figures"
        public var resultsAgainstTarget = "Results against target (Appendix II)"
        public var resultsByRegion = "Results by region (figure 15)"
        public var budgetAndExpenditure = "Budget and expenditure (US$ millions)"
        // what an export or a copy did
        public var exported: Template = "exported {1} rows → {2}"
        public var exportFailed: Template = "export failed: {1}"
        // the status line
        public var target = "target"
        public var result = "result"
        /// A region's line: its names, the selected indicator's value there, its results in all.
        public var regionStatus: Template = "{2}{3} · {4} results in all"
        public var quits = "q quits"
        public var filterCleared = "filter cleared"
        public var languageSwitched = "English labels; narrative stays Chinese, marked [中文] · w 中文"
        public var goToCode: Template = "go to {1}"
        public var noMatchFor: Template = "no match for {1}"
        public var noSuchCode: Template = "no outcome, output or indicator {1}"
        public var noSearchYet = "no search yet: / to search"
        public var boxHit: Template = "Box {1}"
        public var inOutcomeText: Template = "in the text of outcome {1}"
        /// A hit in an outcome's budget table or its contributions: {1} the outcome, {2} the
        /// table's name as the hit gives it (Chinese, which the Chinese table shows).
        public var inOutcomeBudget: Template = "outcome {1}: budget and expenditure"
        public var inOutcomeContributions: Template = "outcome {1}: contributions (Appendix I)"
        // sort, filter and copy (the reducer's status lines)
        public var countrySortStatus: Template = "sort: {2} · s next"
        public var sortAppliesToIndicatorLists = "sort applies to indicator lists (e, i) and countries (C)"
        public var rPicksTheSortRegion = "R picks the sort region in indicator lists (e, i)"
        public var sortStatus: Template = "sort: {3} {2} · s next · S reverse · R region"
        public var countryFilterStatus: Template = "filter: {3} · {2} countries · f next · Esc clears"
        public var filterAppliesToIndicatorLists = "filter applies to indicator lists (e, i) and countries (C)"
        public var filterStatus: Template = "filter: {3} · {2} · f next · Esc clears"
        public var nothingToCopy = "nothing to copy"
        public var regionCopy: Template = "{2} — {3} results ({4}%)"
        public var outcomeBudgetCopy: Template = "Outcome {1} {5} — strategic budget {3} · expenditure {4} US$ millions"
        public var namedInPassages: Template = "named in {1} passages"
        public var resultsWord = "results"
        public var noSuchViewPrefix = "no such view: "
        public var notNamedInTheReportPrefix = "not named in the report: "
        public var sort = "sort"
        public var byUnitOrder = "by unit: count›cases›%"
        public var byUnit = "by unit"
        public var filter = "filter"
        public var tmuxHint = " (tmux needs set-clipboard on)"
        public var sentToClipboard: Template = "sent to the clipboard (OSC 52){1}: "
        public var noPassage = "no passage"
        public var passage = "passage"

        public init() {}
    }
}
