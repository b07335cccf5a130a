/// How an indicator list is ordered and narrowed: shared by the explorer's indicator pane, the
/// indicators table and `pir export`, so what a reader sees is what an export writes.
public struct IndicatorQuery: Hashable, Sendable {
    public enum SortKey: Hashable, Sendable {
        /// Report order (1.1.1, 1.1.2 …).
        case code
        case result
        case target
        /// Result as a share of the target.
        case attainment
        /// One region's result.
        case region(RegionID)
    }

    public enum Filter: Hashable, Sendable {
        case belowTarget
        case met
        /// Indicators with a non-zero result in the region.
        case region(RegionID)
        case unit(IndicatorUnit)
    }

    public var sort: SortKey = .code
    public var descending = false
    public var filter: Filter?

    public init(sort: SortKey = .code, descending: Bool = false, filter: Filter? = nil) {
        self.sort = sort
        self.descending = descending
        self.filter = filter
    }

    public var isDefault: Bool { sort == .code && !descending && filter == nil }

    public func keeps(_ indicator: Indicator) -> Bool {
        switch filter {
        case nil: return true
        case .belowTarget?: return indicator.isMet == false
        case .met?: return indicator.isMet == true
        case .region(let id)?: return (indicator.results?[id] ?? 0) > 0
        case .unit(let unit)?: return (indicator.unit ?? .count) == unit
        }
    }

    func value(_ indicator: Indicator) -> Double? {
        switch sort {
        case .code: return nil
        case .result: return indicator.total
        case .target: return indicator.target
        case .attainment: return indicator.attainment
        case .region(let id): return indicator.results?[id]
        }
    }

    /// Whether the sort compares figures in the indicators' own units (results, targets, a region's
    /// result): a count, a number of cases and a percentage are not one scale, so such a sort
    /// orders by unit first. % of target is a share in every unit and needs no grouping.
    public var groupsByUnit: Bool {
        switch sort {
        case .result, .target, .region: return true
        case .code, .attainment: return false
        }
    }

    /// The order of the unit groups: counts (most indicators), then cases, then percentages.
    public static let unitOrder: [IndicatorUnit] = [.count, .cases, .percent]

    static func unitRank(_ indicator: Indicator) -> Int {
        unitOrder.firstIndex(of: indicator.unit ?? .count) ?? 0
    }

    /// True when a unit-grouped sort has more than one unit among these indicators, so the title
    /// has to say that the list is grouped.
    public func mixesUnits(_ indicators: [Indicator]) -> Bool {
        groupsByUnit && Set(indicators.map { $0.unit ?? .count }).count > 1
    }

    /// Filters, then orders stably; indicators without the sorted figure go last either way, so
    /// reversing never puts blanks first. Sorts by a figure in the indicators' units keep the
    /// units apart: counts, then cases, then percentages, each group in the chosen direction.
    public func apply<T>(_ items: [T], indicator: (T) -> Indicator) -> [T] {
        let kept = items.enumerated().filter { keeps(indicator($0.element)) }
        guard sort != .code else { return (descending ? kept.reversed() : kept).map(\.element) }
        let grouped = groupsByUnit
        return kept.sorted { a, b in
            let ia = indicator(a.element), ib = indicator(b.element)
            if grouped, Self.unitRank(ia) != Self.unitRank(ib) { return Self.unitRank(ia) < Self.unitRank(ib) }
            let va = value(ia), vb = value(ib)
            switch (va, vb) {
            case let (x?, y?) where x != y: return descending ? x > y : x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

extension IndicatorQuery.SortKey {
    /// For pane titles and the status line: in Chinese with the English beside it.
    public func label(_ L: Language) -> String {
        let q = L.strings.query
        switch self {
        case .code: return q.code
        case .result: return q.result
        case .target: return q.target
        case .attainment: return q.attainment
        case .region(let id): return L.strings.common.bothNames(id.chineseName, id.englishName)
        }
    }

    /// The label in one language only, for a narrow title.
    public func shortLabel(_ L: Language) -> String {
        let q = L.strings.query
        switch self {
        case .code: return q.codeShort
        case .result: return q.resultShort
        case .target: return q.targetShort
        case .attainment: return q.attainmentShort
        case .region(let id): return L == .en ? id.shortEnglish : id.chineseName
        }
    }
}

extension IndicatorQuery.Filter {
    /// For pane titles and the status line: in Chinese with the English beside it.
    public func label(_ L: Language) -> String {
        let q = L.strings.query
        switch self {
        case .belowTarget: return q.belowTarget
        case .met: return q.met
        case .region(let id): return q.resultsIn(id.chineseName, id.englishName)
        case .unit(let unit): return q.unit(unit.rawValue)
        }
    }

    /// The label in one language only, for a narrow title.
    public func shortLabel(_ L: Language) -> String {
        let q = L.strings.query
        switch self {
        case .belowTarget: return q.belowTargetShort
        case .met: return q.metShort
        case .region(let id): return q.resultsInShort(id.chineseName, id.shortEnglish)
        case .unit(let unit): return q.unitShort(unit.rawValue)
        }
    }
}

extension RegionID {
    /// The report's name for the region, for labels built without the report at hand.
    public var chineseName: String {
        switch self {
        case .africa: return "非洲"
        case .americas: return "美洲"
        case .arabStates: return "阿拉伯国家"
        case .asiaPacific: return "亚太地区"
        case .europeCentralAsia: return "欧洲和中亚"
        }
    }

    /// The region's English name as the ILO writes it, for labels built without the report at hand.
    public var englishName: String {
        switch self {
        case .africa: return "Africa"
        case .americas: return "Americas"
        case .arabStates: return "Arab States"
        case .asiaPacific: return "Asia and the Pacific"
        case .europeCentralAsia: return "Europe and Central Asia"
        }
    }
}
