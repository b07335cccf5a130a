extension Strings {
    /// The indicators' sort keys and filters and the countries' orders, as pane titles and the
    /// status line name them: a label, and a short one for a narrow title. The defaults are the
    /// English table.
    public struct Query: Sendable {
        public var code = "code"
        public var codeShort = "code"
        public var result = "result"
        public var resultShort = "result"
        public var target = "target"
        public var targetShort = "target"
        public var attainment = "% of target"
        public var attainmentShort = "% of target"
        public var belowTarget = "below target"
        public var belowTargetShort = "below target"
        public var met = "target met"
        public var metShort = "target met"
        /// Indicators with results in a region: {1} its Chinese name, {2} its English one.
        public var resultsIn: Template = "results in {2}"
        public var resultsInShort: Template = "results in {2}"
        public var unit: Template = "unit {1}"
        public var unitShort: Template = "unit {1}"
        // the countries' orders
        public var byMentions = "mentions"
        public var byMentionsShort = "mentions"
        public var byName = "name"
        public var byNameShort = "name"
        public var byRegion = "region"
        public var byRegionShort = "region"

        public init() {}
    }
}
