extension Strings.Views {
    /// The Chinese table: the names alone (the title line adds the English), the summaries and
    /// help rows with their English beside them.
    public static let zh: Self = {
        var t = Self()
        t.overview = "概览"
        t.explorer = "浏览"
        t.indicators = "指标"
        t.regions = "区域"
        t.countries = "国家"
        t.budget = "预算"
        t.trends = "趋势"
        t.enabling = "保障性成果"
        t.boxes = "专栏"
        t.lessons = "经验教训"
        t.contents = "目录"
        t.overviewSummary = "要点、成果与目标、区域、预算 headline figures"
        t.explorerSummary = "成果目标、指标、区域窗格 outcomes › indicators › regions"
        t.indicatorsSummary = "全部政策指标，可排序筛选 all policy indicators, sort and filter"
        t.regionsSummary = "五个区域及其比较 the five regions, compared"
        t.countriesSummary = "报告提及的国家及段落 countries the report names, with every passage"
        t.budgetSummary = "战略预算和支出 strategic budget vs expenditure"
        t.trendsSummary = "表 1 体面劳动指标趋势 Table 1 trends"
        t.enablingSummary = "保障性成果目标 A/B/C enabling outcomes"
        t.boxesSummary = "全部专栏 all boxes"
        t.lessonsSummary = "第三部分 Part III lessons learned"
        t.contentsSummary = "全部章节 every chapter"
        t.overviewHelp = "概览 overview: headline figures (start screen)"
        t.explorerHelp = "浏览 explorer: outcomes › indicators › regions"
        t.indicatorsHelp = "指标表 all indicators, sortable and filterable"
        t.regionsHelp = "区域 regions, each and compared"
        t.budgetHelp = "预算 budget vs expenditure"
        t.trendsHelp = "趋势 Table 1 trends"
        t.enablingHelp = "保障性成果 enabling outcomes A/B/C"
        t.boxesHelp = "专栏 all boxes"
        t.lessonsHelp = "经验教训 Part III lessons"
        t.contentsHelp = "目录 contents: every chapter, region and box"
        t.countriesHelp = "国家 countries the report names"
        return t
    }()
}
