import PIRText

/// Names and keys of the views, for the footer, the help, the `:` switcher and the title line.
extension Screen {
    public var chineseName: String {
        switch self {
        case .overview: return "概览"
        case .explorer: return "浏览"
        case .indicators: return "指标"
        case .regions: return "区域"
        case .countries: return "国家"
        case .budget: return "预算"
        case .trends: return "趋势"
        case .enabling: return "保障性成果"
        case .boxes: return "专栏"
        case .lessons: return "经验教训"
        case .contents: return "目录"
        }
    }

    public var englishName: String {
        switch self {
        case .overview: return "Overview"
        case .explorer: return "Explorer"
        case .indicators: return "Indicators"
        case .regions: return "Regions"
        case .countries: return "Countries"
        case .budget: return "Budget"
        case .trends: return "Trends"
        case .enabling: return "Enabling outcomes"
        case .boxes: return "Boxes"
        case .lessons: return "Lessons"
        case .contents: return "Contents"
        }
    }

    /// What the view shows, for the switcher.
    public var summary: String {
        switch self {
        case .overview: return "要点、成果与目标、区域、预算 headline figures"
        case .explorer: return "成果目标、指标、区域窗格 outcomes › indicators › regions"
        case .indicators: return "全部政策指标，可排序筛选 all policy indicators, sort and filter"
        case .regions: return "五个区域及其比较 the five regions, compared"
        case .countries: return "报告提及的国家及段落 countries the report names, with every passage"
        case .budget: return "战略预算和支出 strategic budget vs expenditure"
        case .trends: return "表 1 体面劳动指标趋势 Table 1 trends"
        case .enabling: return "保障性成果目标 A/B/C enabling outcomes"
        case .boxes: return "全部专栏 all boxes"
        case .lessons: return "第三部分 Part III lessons learned"
        case .contents: return "全部章节 every chapter"
        }
    }

    /// The function key that opens the view (F1 is help).
    public var functionKey: Int {
        switch self {
        case .contents: return 2
        case .overview: return 3
        case .explorer: return 4
        case .indicators: return 5
        case .regions: return 6
        case .countries: return 12
        case .budget: return 7
        case .trends: return 8
        case .enabling: return 9
        case .boxes: return 10
        case .lessons: return 11
        }
    }

    /// The letter that opens the view.
    public var letter: Character {
        switch self {
        case .contents: return "t"
        case .overview: return "o"
        case .explorer: return "e"
        case .indicators: return "i"
        case .regions: return "r"
        case .countries: return "C"
        case .budget: return "$"
        case .trends: return "T"
        case .enabling: return "E"
        case .boxes: return "B"
        case .lessons: return "L"
        }
    }

    /// Order in the switcher.
    public static let switcherOrder: [Screen] = [.overview, .explorer, .indicators, .regions, .countries, .budget, .trends, .enabling, .boxes, .lessons, .contents]

    static func forFunctionKey(_ n: Int) -> Screen? { allCases.first { $0.functionKey == n } }
    static func forLetter(_ c: Character) -> Screen? { allCases.first { $0.letter == c } }

    /// Views whose name, Chinese or English, or key matches what was typed after `:`.
    public static func matching(_ text: String) -> [Screen] {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return switcherOrder }
        let prefix = prefixed(by: text)
        let inner = switcherOrder.filter { !prefix.contains($0) && ($0.englishName.lowercased().contains(key) || $0.chineseName.contains(key) || $0.summary.lowercased().contains(key)) }
        return prefix + inner
    }

    /// Views whose name, Chinese or English, begins with what was typed.
    public static func prefixed(by text: String) -> [Screen] {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return [] }
        return switcherOrder.filter { $0.rawValue.hasPrefix(key) || $0.englishName.lowercased().hasPrefix(key) || $0.chineseName.hasPrefix(key) }
    }
}
