/// The interface words the node documents use, in both languages, in one place so they can move
/// into the string table (issue 15's third part) as they are. Report text is never here.
public enum DocumentWords {
    public static func highlights(_ L: Language) -> String { L("亮点", "Highlights") }
    public static func narrative(_ L: Language) -> String { L("正文", "Text (Chinese)") }
    public static func notes(_ L: Language) -> String { L("注释", "Notes") }
    public static func links(_ L: Language) -> String { L("链接", "Links") }
    public static func aboutSource(_ L: Language) -> String { L("来源说明", "About the source") }
    public static func target(_ L: Language) -> String { L("目标", "target") }
    public static func result(_ L: Language) -> String { L("成果", "result") }
    public static func results(_ L: Language) -> String { L("成果", "results") }
    public static func ofTarget(_ L: Language) -> String { L("完成率", "of target") }
    public static func met(_ L: Language) -> String { L("达到目标", "target met") }
    public static func below(_ L: Language) -> String { L("低于目标", "below target") }
    public static func unit(_ L: Language) -> String { L("单位", "unit") }
    public static func unitName(_ unit: IndicatorUnit?, _ L: Language) -> String {
        switch unit {
        case .percent?: return L("百分比", "percent")
        case .cases?: return L("事例", "cases")
        case .count?, nil: return L("数目", "count")
        }
    }
    public static func byRegion(_ L: Language) -> String { L("按区域", "By region") }
    public static func byOutcome(_ L: Language) -> String { L("按成果目标 (附录二，计数指标)", "By outcome (Appendix II, count indicators)") }
    public static func byIndicator(_ L: Language) -> String { L("按指标 (附录二)", "By indicator (Appendix II)") }
    public static func region(_ L: Language) -> String { L("区域", "region") }
    public static func outcomeColumn(_ L: Language) -> String { L("成果目标", "outcome") }
    public static func indicatorColumn(_ L: Language) -> String { L("指标", "indicator") }
    public static func title(_ L: Language) -> String { L("标题", "title") }
    public static func total(_ L: Language) -> String { L("合计", "Total") }
    public static func targetHeading(_ L: Language) -> String { L("目标", "Target") }
    public static func resultsHeading(_ L: Language) -> String { L("取得的成果", "Results") }
    public static func figuresHeading(_ L: Language) -> String { L("数字", "Figures") }
    public static func baseline(_ L: Language) -> String { L("基线", "baseline") }
    public static func year(_ y: Int, _ L: Language) -> String { L("\(y) 年", "\(y)") }
    public static func note(_ L: Language) -> String { L("注", "Note") }
    public static func source(_ L: Language) -> String { L("资料来源：", "Source: ") }
    public static func outputsHeading(_ L: Language) -> String { L("产出与指标", "Outputs and indicators") }
    public static func fundingSource(_ L: Language) -> String { L("资金来源", "source") }
    public static func strategic(_ L: Language) -> String { L("战略预算", "strategic budget") }
    public static func actual(_ L: Language) -> String { L("实际支出", "expenditure") }
    public static func difference(_ L: Language) -> String { L("差额", "difference") }
    public static func usMillions(_ L: Language) -> String { L("(百万美元)", "(US$ millions)") }
    public static func share(_ L: Language) -> String { L("占比", "share") }
    public static func unitShare(_ L: Language) -> String { L("司局/区域计划", "department / regional programme") }
    public static func photo(_ L: Language) -> String { L("照片", "Photo") }
    public static func figure(_ L: Language) -> String { L("图", "Figure") }
    public static func ratifications(_ L: Language) -> String { L("批准", "Ratifications") }
    public static func progress(_ L: Language) -> String { L("进展", "Progress") }
    public static func knowledgeProducts(_ L: Language) -> String { L("知识产品 (专栏 5)", "Knowledge products (box 5)") }
    public static func countriesNamed(_ L: Language) -> String { L("本报告提及的国家", "Countries named") }
    public static func inSection(_ L: Language) -> String { L("见 ", "In: ") }
    public static func headline(_ L: Language) -> String { L("要点", "Headline figures") }
    public static func outcomesAgainstTarget(_ L: Language) -> String { L("成果目标：成果与目标", "Outcomes: results against target") }
    public static func regionsFigure(_ L: Language) -> String { L("区域 (图 15)", "Regions (figure 15)") }
    public static func regionResults(_ results: Int, _ share: String, _ L: Language) -> String {
        L("成果 \(results) 项 · 占全部成果的 \(share) (图 15)", "\(results) results · \(share) of all results (figure 15)")
    }
    public static func indicatorIn(_ code: String, _ region: String, _ L: Language) -> String {
        L("指标 \(code) 在\(region)：", "Indicator \(code) in \(region): ")
    }
    public static func budgetTotals(_ L: Language) -> String { L("预算总数", "Budget totals") }
    public static func partOneBudget(_ L: Language) -> String { L("第一部分 预算和支出重点", "Part I: budget and expenditure highlights") }
    public static func tablesSummed(_ last: Int, _ L: Language) -> String {
        L("表 2–\(last) 合计 (百万美元)", "Tables 2–\(last) summed (US$ millions)")
    }
    public static func notSummed(_ L: Language) -> String {
        L("报告中以文字列出的单元格（未设定、不适用）不计入合计", "cells the report leaves as words (not set, not applicable) are not summed")
    }
}
