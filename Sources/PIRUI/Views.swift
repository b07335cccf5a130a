import PIRModel
import PIRText

/// Names and keys of the views, for the footer, the help, the `:` switcher and the title line.
extension Screen {
    /// The view's name in a language, from the string table.
    public func name(_ L: Language) -> String {
        let v = L.strings.views
        switch self {
        case .overview: return v.overview
        case .explorer: return v.explorer
        case .indicators: return v.indicators
        case .regions: return v.regions
        case .countries: return v.countries
        case .budget: return v.budget
        case .trends: return v.trends
        case .enabling: return v.enabling
        case .boxes: return v.boxes
        case .lessons: return v.lessons
        case .contents: return v.contents
        }
    }

    /// The Chinese and the English name: the switcher finds a view by either, and the Chinese
    /// title line shows both (the way back from either language).
    public var chineseName: String { name(.zh) }
    public var englishName: String { name(.en) }

    /// What the view shows, for the switcher.
    public func summary(_ L: Language) -> String {
        let v = L.strings.views
        switch self {
        case .overview: return v.overviewSummary
        case .explorer: return v.explorerSummary
        case .indicators: return v.indicatorsSummary
        case .regions: return v.regionsSummary
        case .countries: return v.countriesSummary
        case .budget: return v.budgetSummary
        case .trends: return v.trendsSummary
        case .enabling: return v.enablingSummary
        case .boxes: return v.boxesSummary
        case .lessons: return v.lessonsSummary
        case .contents: return v.contentsSummary
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
        let inner = switcherOrder.filter { screen in
            !prefix.contains(screen) && (screen.englishName.lowercased().contains(key) || screen.chineseName.contains(key)
                || Language.allCases.contains { screen.summary($0).lowercased().contains(key) })
        }
        return prefix + inner
    }

    /// Views whose name, Chinese or English, begins with what was typed.
    public static func prefixed(by text: String) -> [Screen] {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return [] }
        return switcherOrder.filter { $0.rawValue.hasPrefix(key) || $0.englishName.lowercased().hasPrefix(key) || $0.chineseName.hasPrefix(key) }
    }
}
