import PIRModel

/// The parts of an indicator list's pane title that say how the list is narrowed and ordered:
/// shared by the explorer's indicators pane and the indicators table, so both keep the filter
/// (most important: it hides rows) and then the sort visible at every width.
extension IndicatorQuery {
    /// Priorities of the title parts (see `TitlePart`): the filter outlasts everything, then the
    /// count of rows shown, the sort, the note that the sort groups by unit.
    public static let filterPriority = 10, countPriority = 9, sortPriority = 8, unitPriority = 7

    /// `排序 美洲 americas↓`, `按单位 …` and `筛选 低于目标 below target 3/8` as title parts; the
    /// sort by a region always names the region, even where the table has no region columns.
    /// `shown`/`total` go with the filter when given (`3/8`); `mixed` says whether the listed
    /// indicators have more than one unit (only then is the grouping worth a word).
    public func titleParts(_ L: Language, shown: Int? = nil, total: Int? = nil, mixed: Bool) -> [TitlePart] {
        var parts: [TitlePart] = []
        if sort != .code || descending {
            let arrow = descending ? "↓" : "↑"
            parts.append(TitlePart("\(L.strings.explorer.sort) \(sort.label(L))\(arrow)", short: "\(L.strings.explorer.sort) \(sort.shortLabel(L))\(arrow)", priority: Self.sortPriority))
            if mixed {
                parts.append(TitlePart(L.strings.explorer.byUnitOrder, short: L.strings.explorer.byUnit, priority: Self.unitPriority))
            }
        }
        if let filter {
            let count = shown.map { n in total.map { " \(n)/\($0)" } ?? " \(n)" } ?? ""
            parts.append(TitlePart("\(L.strings.explorer.filter) \(filter.label(L))\(count)", short: "\(L.strings.explorer.filter) \(filter.shortLabel(L))\(count)", priority: Self.filterPriority))
        }
        return parts
    }
}
