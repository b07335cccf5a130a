import PIRModel

/// The entries of each list-and-text view. Built once per report, except the indicators table,
/// whose rows follow the sort and filter.
public enum Catalog {
    public static func entries(_ screen: Screen, _ report: Report, query: IndicatorQuery = IndicatorQuery(),
                               countries: CountryIndex? = nil, countryOrder: CountryOrder = .mentions, countryRegion: RegionID? = nil) -> [ContentsEntry] {
        switch screen {
        case .contents: return Contents.entries(report)
        case .regions:
            return [.part(Strings.zh.lists.compared), .comparison, .part(Strings.zh.lists.regionsFigure15)] + report.regions.map { .region($0.id) }
        case .budget:
            var out: [ContentsEntry] = [.part(Strings.zh.lists.totals), .budgetTotals, .part(Strings.zh.lists.byOutcomeMillions)]
            out += report.outcomes.filter { $0.budget != nil }.map { .budget($0.id) }
            return out
        case .trends:
            var out: [ContentsEntry] = [.part("\(report.trends.table). \(report.trends.title)")]
            for row in report.trends.rows {
                out.append(.trend(row.id))
                out += (row.breakdowns ?? []).map { .trend($0.id) }
            }
            return out
        case .enabling:
            var out: [ContentsEntry] = []
            for outcome in report.outcomes where !outcome.isPolicy {
                out.append(.outcome(outcome.id))
                out += outcome.indicators.map { .indicator($0.code) }
            }
            return out
        case .boxes:
            var out: [ContentsEntry] = []
            var section = ""
            for box in report.boxes {
                if box.sectionID != section {
                    section = box.sectionID
                    out.append(.part(box.sectionTitle))
                }
                out.append(.box(box.number))
            }
            return out
        case .lessons:
            var out: [ContentsEntry] = [.part(Strings.zh.lists.partIIILessons)]
            out += report.chapters.filter { $0.part == .III }.map { .chapter($0.id) }
            return out
        case .indicators:
            return query.apply(report.policyIndicators) { $0.indicator }.map { .indicator($0.indicator.code) }
        case .countries:
            guard let index = countries else { return [] }
            var named = index.named.filter { countryRegion == nil || $0.region == countryRegion }
            let count = { (c: Country) in index.mentions(of: c.id).count }
            switch countryOrder {
            case .mentions: named.sort { count($0) != count($1) ? count($0) > count($1) : $0.id < $1.id }
            case .name: named.sort { $0.en.lowercased() < $1.en.lowercased() }
            case .region:
                var out: [ContentsEntry] = []
                for region in report.regions where countryRegion == nil || region.id == countryRegion {
                    let members = named.filter { $0.region == region.id }.sorted { count($0) != count($1) ? count($0) > count($1) : $0.id < $1.id }
                    guard !members.isEmpty else { continue }
                    out.append(.part("\(region.name) \(region.nameEn)"))
                    out += members.map { .country($0.id) }
                }
                return out
            }
            return named.map { .country($0.id) }
        case .overview, .explorer:
            return []
        }
    }

    /// The first entry a reader can select.
    static func firstSelectable(_ entries: [ContentsEntry]) -> Int {
        entries.firstIndex(where: \.isSelectable) ?? 0
    }
}
