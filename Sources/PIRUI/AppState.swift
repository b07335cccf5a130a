import PIRModel

/// The views of the report, each a way into the same model; `Views.swift` has their names and keys.
public enum Screen: String, Sendable, Equatable, Hashable, CaseIterable {
    case overview, explorer, indicators, regions, countries, budget, trends, enabling, boxes, lessons, contents
}

/// Selection and scroll of a list-and-text view (contents, regions, budget …).
public struct ListState: Sendable, Equatable {
    public var index = 0
    public var scroll = 0
    /// Whether the text beside the list has the focus (arrows scroll it).
    public var textFocused = false
    public var textScroll = 0
    public init() {}
}

/// Something the reducer asks the terminal session to do, since the reducer itself stays pure.
public enum Effect: Sendable, Equatable {
    /// Write `contents` to a new file in the current directory named after `stem`.
    case export(stem: String, fileExtension: String, contents: String, rows: Int)
    /// Put text on the clipboard (OSC 52).
    case copy(String)
}

/// The explorer's panes, in drill-down order.
public enum Pane: Int, Sendable, CaseIterable, Hashable {
    case outcomes, indicators, regions, detail
}

/// Everything the screen shows is a function of this value and the report; the reducer is the only
/// thing that changes it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var screen: Screen = .explorer
    public var focus: Pane = .outcomes
    /// The list-and-text views' selection and scroll, per view.
    public var lists: [Screen: ListState] = [:]
    /// Sort and filter of every indicator list (explorer pane, indicators table, export).
    public var query = IndicatorQuery()
    /// Views left by switching, for Esc.
    public var history: [Screen] = []
    /// The countries view: order (by mentions, name or region) and the region it is narrowed to.
    public var countryOrder: CountryOrder = .mentions
    public var countryRegion: RegionID?
    /// Language of the interface and the structural labels (`w` switches).
    public var language: Language = .zh
    /// The `:` view switcher while it is open.
    public var palette: PaletteState?
    /// A search term to mark in the text shown (set when a search hit is opened; Esc clears it).
    public var mark: String?
    /// Work for the session (export a file, copy to the clipboard); it empties the queue.
    public var effects: [Effect] = []
    /// The overview screen: selected row and scroll.
    public var overviewIndex = 1
    public var overviewScroll = 0
    /// Index into `report.outcomes`.
    public var outcome = 0
    /// Index into the selected outcome's indicators (flattened over outputs).
    public var indicator = 0
    /// Index into `report.regions`.
    public var region = 0
    /// First visible row of each list pane, kept so selection moves without the list jumping.
    public var scroll: [Pane: Int] = [:]
    public var detailScroll = 0
    /// Whose text the detail area shows while it has the focus.
    public var detailSource: Pane = .outcomes
    public var showHelp = false
    public var helpScroll = 0
    /// Characters typed towards a code such as `3.1.2`.
    public var pendingCode = ""
    /// The code was begun with a view letter (`B`, `C`), which switched views: a `.` next means
    /// an enabling code (`B.2.2`) was meant, so the view switch is taken back.
    public var pendingCodeSwitchedView = false
    /// The `/` search prompt while it is open.
    public var search: SearchState?
    /// The last query, for `n` / `N` after the prompt is closed.
    public var lastQuery = ""
    public var lastHit = 0
    public var status = ""
    public var quit = false
    /// `p`: open the presentation at this node's slide (the session does; see PresentReducer).
    public var presentRequested = false
    public var mouseEnabled = true

    public init(width: Int, height: Int, screen: Screen = .explorer) {
        self.width = width
        self.height = height
        self.screen = screen
        lists[.contents] = ListState()
        lists[.contents]?.index = 1
    }

    public func list(_ screen: Screen) -> ListState { lists[screen] ?? ListState() }

    // The contents screen's fields under their earlier names.
    public var contentsIndex: Int { get { list(.contents).index } set { lists[.contents, default: ListState()].index = newValue } }
    public var contentsScroll: Int { get { list(.contents).scroll } set { lists[.contents, default: ListState()].scroll = newValue } }
    public var contentsText: Bool { get { list(.contents).textFocused } set { lists[.contents, default: ListState()].textFocused = newValue } }
    public var contentsTextScroll: Int { get { list(.contents).textScroll } set { lists[.contents, default: ListState()].textScroll = newValue } }

    /// The smallest terminal pir draws in; below it, a "terminal too small" notice.
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}

/// Node the explorer is on, derived from the state — for the breadcrumb, the detail area and `y`.
public enum Focused: Equatable, Sendable {
    case outcome(Outcome)
    case indicator(Outcome, Output, Indicator)
    case region(Region, Outcome, Indicator?)
}

extension AppState {
    public func focused(in report: Report) -> Focused {
        let outcome = report.outcomes[min(self.outcome, report.outcomes.count - 1)]
        let count = entryCount(of: outcome)
        let pane = focus == .detail ? detailSource : focus
        switch pane {
        case .outcomes, .detail:
            return .outcome(outcome)
        case .indicators, .regions:
            guard count > 0, let (output, indicator) = entry(min(self.indicator, count - 1), of: outcome) else { return .outcome(outcome) }
            if pane == .regions {
                return .region(report.regions[min(region, report.regions.count - 1)], outcome, indicator)
            }
            return .indicator(outcome, output, indicator)
        }
    }
}

extension AppState {
    /// The selected outcome's indicators as the indicators pane lists them: sorted and filtered.
    public func entries(of outcome: Outcome) -> [(Output, Indicator)] {
        query.apply(outcome.indicatorEntries) { $0.1 }
    }

    /// How many the pane lists; counted from the outputs without building the list in report order.
    public func entryCount(of outcome: Outcome) -> Int {
        query.isDefault ? outcome.indicatorCount : entries(of: outcome).count
    }

    /// The pane's `index`th indicator.
    public func entry(_ index: Int, of outcome: Outcome) -> (output: Output, indicator: Indicator)? {
        if query.isDefault { return outcome.indicatorEntry(index) }
        let all = entries(of: outcome)
        return index >= 0 && index < all.count ? (all[index].0, all[index].1) : nil
    }
}

extension Outcome {
    /// Indicators with their output, in report order: what the indicators pane lists.
    public var indicatorEntries: [(Output, Indicator)] {
        outputs.flatMap { output in output.indicators.map { (output, $0) } }
    }
}

public struct SearchState: Sendable, Equatable {
    public var query = ""
    public var selected = 0
    public var scroll = 0
    public init() {}
}

public struct PaletteState: Sendable, Equatable {
    public var text = ""
    public var selected = 0
    public init() {}
}

public enum CountryOrder: String, Sendable, CaseIterable {
    case mentions, name, region
    public var label: String {
        switch self {
        case .mentions: return "提及次数 mentions"
        case .name: return "名称 name"
        case .region: return "区域 region"
        }
    }
}
