extension Strings.Common {
    /// The Chinese table: the report's own names for its parts.
    public static let zh: Self = {
        var t = Self()
        t.outcome = "成果目标 {1}"
        t.output = "产出 {1}"
        t.indicator = "指标 {1}"
        t.box = "专栏 {1}"
        t.figure = "图 {1}"
        t.table = "表 {1}"
        t.note = "注释 {1}"
        t.country = "国家 {1}"
        t.cases = "{1} 例"
        t.casesCell = "{1}例"
        t.highlights = "亮点"
        t.results = "成果"
        t.sources = "资料来源"
        t.ratifications = "批准"
        t.knowledgeProducts = "知识产品"
        t.photo = "照片"
        t.colon = "："
        t.listSeparator = "，"
        t.enumeration = "、"
        t.sourcePrefix = "资料来源："
        t.noData = "暂无数据"
        t.notApplicable = "不适用"
        t.notSet = "未设定"
        t.translationMark = "  (译文 translation)"
        t.placeHeading = "{1}  {2}"
        t.bothNames = "{1} {2}"
        t.tooSmallNeed = "终端太小 terminal too small (need {1})"
        t.tooSmallNeedShort = "太小 terminal too small (need {1})"
        t.tooSmall = "终端太小 too small"
        t.tooSmallShort = "太小 too small"
        return t
    }()
}
