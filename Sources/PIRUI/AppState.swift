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
/// thing that changes it. The views the reader has opened are a stack (`Navigation.swift`), each
/// with its own selection, scroll, sort and filter; what is not a view's own is here.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// The views opened, the overview at the bottom and the one on screen on top; never empty.
    public var stack: [ViewState]
    /// The help, search or switcher drawn over the view, if one is open.
    public var overlay: Overlay?
    /// Language of the interface and the structural labels (`w` switches).
    public var language: Language = .zh
    /// Work for the session (export a file, copy to the clipboard); it empties the queue.
    public var effects: [Effect] = []
    /// Characters typed towards a code such as `3.1.2`.
    public var pendingCode = ""
    /// The code was begun with a view letter (`B`, `C`), which switched views: a `.` next means
    /// an enabling code (`B.2.2`) was meant, so the view switch is taken back.
    public var pendingCodeSwitchedView = false
    /// The last query, for `n` / `N` after the prompt is closed.
    public var lastQuery = ""
    public var lastHit = 0
    public var status = ""
    public var quit = false
    /// `p`: open the presentation at this node's slide (the session does; see PresentReducer).
    public var presentRequested = false
    public var mouseEnabled = true
    /// The slide (1-based) this explorer was opened from inside a presentation, where `q` and Esc
    /// go back to it; nil for the explorer on its own.
    public var fromSlide: Int?

    /// The overview at the bottom, and `screen` on it when that is another view.
    public init(width: Int, height: Int, screen: Screen = .explorer) {
        self.width = width
        self.height = height
        stack = [ViewState(.overview, origin: .root)]
        if screen != .overview { push(ViewState(screen)) }
        if screen == .contents { stack[1].list.index = 1 }
    }

    /// The view on screen. Setting it puts a fresh view of that kind in the top view's place
    /// (for tests and the start option; the reducer pushes).
    public var screen: Screen {
        get { top.screen }
        set {
            guard newValue != top.screen else { return }
            if stack.count == 1 { push(ViewState(newValue)) } else { let id = top.id; top = ViewState(newValue); top.id = id }
        }
    }

    /// The list view's selection and scrolls while `screen` is on screen (a view not on screen has none).
    public func list(_ screen: Screen) -> ListState { top.screen == screen ? top.list : ListState() }

    // The top view's fields under the names they had when the state was one flat record: the
    // reducer and the views read and write the view on screen through these.
    public var focus: Pane { get { top.explorer.focus } set { top.explorer.focus = newValue } }
    public var detailSource: Pane { get { top.explorer.detailSource } set { top.explorer.detailSource = newValue } }
    public var outcome: Int { get { top.explorer.outcome } set { top.explorer.outcome = newValue } }
    public var indicator: Int { get { top.explorer.indicator } set { top.explorer.indicator = newValue } }
    public var region: Int { get { top.explorer.region } set { top.explorer.region = newValue } }
    public var scroll: [Pane: Int] { get { top.explorer.scroll } set { top.explorer.scroll = newValue } }
    public var detailScroll: Int { get { top.explorer.detailScroll } set { top.explorer.detailScroll = newValue } }
    public var query: IndicatorQuery { get { top.query } set { top.query = newValue } }
    public var mark: String? { get { top.mark } set { top.mark = newValue } }
    public var countryOrder: CountryOrder { get { top.countries.order } set { top.countries.order = newValue } }
    public var countryRegion: RegionID? { get { top.countries.region } set { top.countries.region = newValue } }
    public var overviewIndex: Int { get { top.overview.index } set { top.overview.index = newValue } }
    public var overviewScroll: Int { get { top.overview.scroll } set { top.overview.scroll = newValue } }
    public var contentsIndex: Int { get { top.list.index } set { top.list.index = newValue } }
    public var contentsScroll: Int { get { top.list.scroll } set { top.list.scroll = newValue } }
    public var contentsText: Bool { get { top.list.textFocused } set { top.list.textFocused = newValue } }
    public var contentsTextScroll: Int { get { top.list.textScroll } set { top.list.textScroll = newValue } }

    // The overlay, as the three it can be.
    public var showHelp: Bool {
        get { if case .help = overlay { return true }; return false }
        set { if newValue { overlay = .help(scroll: 0) } else if showHelp { overlay = nil } }
    }
    public var helpScroll: Int {
        get { if case .help(let scroll)? = overlay { return scroll }; return 0 }
        set { if showHelp { overlay = .help(scroll: newValue) } }
    }
    public var search: SearchState? {
        get { if case .search(let search)? = overlay { return search }; return nil }
        set { if let newValue { overlay = .search(newValue) } else if search != nil { overlay = nil } }
    }
    public var palette: PaletteState? {
        get { if case .palette(let palette)? = overlay { return palette }; return nil }
        set { if let newValue { overlay = .palette(newValue) } else if palette != nil { overlay = nil } }
    }

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

/// `/`: a prompt whose choices are the hits.
public struct SearchState: Sendable, Equatable {
    public var prompt = Prompt()
    public var query: String { get { prompt.text } set { prompt.text = newValue } }
    public var selected: Int { get { prompt.selected } set { prompt.selected = newValue } }
    public var scroll = 0
    public init() {}
}

/// `:`: a prompt whose choices are the views, nodes and regions its text names.
public struct PaletteState: Sendable, Equatable {
    public var prompt = Prompt()
    public var text: String { get { prompt.text } set { prompt.text = newValue } }
    public var selected: Int { get { prompt.selected } set { prompt.selected = newValue } }
    public init() {}
}

public enum CountryOrder: String, Sendable, CaseIterable {
    case mentions, name, region
    /// For the title and the status line: in Chinese with the English beside it.
    public func label(_ L: Language) -> String {
        let q = L.strings.query
        switch self {
        case .mentions: return q.byMentions
        case .name: return q.byName
        case .region: return q.byRegion
        }
    }

    /// In one language only, for a narrow title.
    public func shortLabel(_ L: Language) -> String {
        let q = L.strings.query
        switch self {
        case .mentions: return q.byMentionsShort
        case .name: return q.byNameShort
        case .region: return q.byRegionShort
        }
    }
}
