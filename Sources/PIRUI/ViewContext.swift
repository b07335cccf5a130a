import PIRModel
import PIRText

/// What the reducer and the views read besides the state: the report and what is built from it
/// once (the search index, the catalog lists, the overview's rows, the country index, the cache of
/// laid-out texts). Read-only: a view draws from this and the state, never from the reducer.
public struct ViewContext: Sendable {
    public let report: Report
    public let index: SearchIndex
    /// Built on first use, like the lists below: at 100 times the report's size the lists took a
    /// share of the first frame, which shows only one of them.
    let contentsBox: Lazy<[ContentsEntry]>
    public var contents: [ContentsEntry] { contentsBox.value }
    let overviewBox: Lazy<[OverviewRow]>
    public var overview: [OverviewRow] { overviewBox.value }
    /// The fixed lists of the list-and-text views, each built when its view is first shown.
    let catalogs: [Screen: Lazy<[ContentsEntry]>]
    /// Built on first use: a reader who never opens a country page does not pay for the scan.
    let countryIndexBox: Lazy<CountryIndex>
    public var countries: CountryIndex { countryIndexBox.value }
    /// Wrapped texts, shared by the reducer and the views so a key wraps its node's text once.
    public let details = DetailCache()
    /// The title line, the footer and the outcomes pane as last drawn, for keys that leave them.
    public let panes = PaneCache()
    /// Each outcome's counted totals and its results per region (in `report.regions`' order),
    /// summed over its indicators once: the outcomes pane shows every outcome's totals and the
    /// regions pane an outcome's sums on every frame, which at 100 times the report was a pass
    /// over every indicator per key.
    let outcomeSumsBox: Lazy<[OutcomeSums]>
    public var outcomeSums: [OutcomeSums] { outcomeSumsBox.value }

    public init(report: Report) {
        self.report = report
        self.index = SearchIndex(report: report)
        self.contentsBox = Lazy { Contents.entries(report) }
        self.overviewBox = Lazy { Overview.rows(report) }
        var catalogs: [Screen: Lazy<[ContentsEntry]>] = [:]
        for screen in Screen.allCases where screen != .indicators && screen != .countries {
            catalogs[screen] = Lazy { Catalog.entries(screen, report) }
        }
        self.catalogs = catalogs
        self.countryIndexBox = Lazy { CountryIndex(report: report) }
        self.outcomeSumsBox = Lazy { report.outcomes.map { OutcomeSums($0, regions: report.regions) } }
    }

    /// What a list-and-text view lists in this state (the indicators table follows its sort and
    /// filter, the countries view its order and region).
    public func entries(_ screen: Screen, _ state: AppState) -> [ContentsEntry] {
        if screen == .indicators { return Catalog.entries(.indicators, report, query: state.query) }
        if screen == .countries {
            return Catalog.entries(.countries, report, countries: countries, countryOrder: state.countryOrder, countryRegion: state.countryRegion)
        }
        return catalogs[screen]?.value ?? []
    }

    /// Hits for the open prompt (computed per keystroke; the index makes it cheap).
    public func hits(_ state: AppState) -> [SearchHit] {
        guard let search = state.search else { return [] }
        return index.search(search.query, limit: SearchIndex.pageLimit)
    }

    /// What the switcher offers for its text: views, then a code or name it resolves.
    /// A view whose name only the text begins comes before a country it also names (`ind` is the
    /// indicators before India's code IND); a code of the report itself (`b` for outcome B, `3.1.2`)
    /// comes first.
    public func paletteChoices(_ text: String) -> [PaletteChoice] {
        var out = Screen.matching(text).map { PaletteChoice.view($0) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, let node = report.resolve(trimmed) {
            var at = 0
            if case .country = node, Screen.prefixed(by: trimmed).count == 1 { at = 1 }
            out.insert(.node(node, trimmed), at: at)
        }
        return out
    }
}

/// An outcome's figures summed over its counted indicators (`Invariants.countedTotals`, and the
/// same per region), worked out once per session by `ViewContext`.
public struct OutcomeSums: Sendable, Equatable {
    public var achieved: Double
    public var target: Double
    /// One sum per region of the report, in its order.
    public var regional: [Double]

    public init(_ outcome: Outcome, regions: [Region]) {
        (achieved, target) = Invariants.countedTotals(outcome)
        regional = regions.map { region in
            var sum = 0.0
            for output in outcome.outputs {
                for indicator in output.indicators where indicator.unit == .count { sum += indicator.results?[region.id] ?? 0 }
            }
            return sum
        }
    }
}
