extension Strings.Query {
    /// The Chinese table: the label with its English beside it, the short one Chinese alone.
    public static let zh: Self = {
        var t = Self()
        t.code = "代码 code"
        t.codeShort = "代码"
        t.result = "成果 result"
        t.resultShort = "成果"
        t.target = "目标 target"
        t.targetShort = "目标"
        t.attainment = "完成% of target"
        t.attainmentShort = "完成%"
        t.belowTarget = "低于目标 below target"
        t.belowTargetShort = "低于目标"
        t.met = "达到目标 met"
        t.metShort = "达到目标"
        t.resultsIn = "{1}有成果 results in {2}"
        t.resultsInShort = "{1}有成果"
        t.unit = "单位 unit {1}"
        t.unitShort = "单位 {1}"
        t.byMentions = "提及次数 mentions"
        t.byMentionsShort = "提及次数"
        t.byName = "名称 name"
        t.byNameShort = "名称"
        t.byRegion = "区域 region"
        t.byRegionShort = "区域"
        return t
    }()
}
