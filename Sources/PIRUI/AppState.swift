import PIRModel

/// The two screens: the outcome/indicator/region explorer, and the report's contents.
public enum Screen: Sendable, Equatable { case explorer, contents, overview }

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
    /// The contents screen: selected entry, list scroll, whether the text has the focus, text scroll.
    public var contentsIndex = 1
    public var contentsScroll = 0
    public var contentsText = false
    public var contentsTextScroll = 0
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
    /// The `/` search prompt while it is open.
    public var search: SearchState?
    /// The last query, for `n` / `N` after the prompt is closed.
    public var lastQuery = ""
    public var lastHit = 0
    public var status = ""
    public var quit = false
    public var mouseEnabled = true

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
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
        let count = outcome.indicatorCount
        let pane = focus == .detail ? detailSource : focus
        switch pane {
        case .outcomes, .detail:
            return .outcome(outcome)
        case .indicators, .regions:
            guard count > 0, let (output, indicator) = outcome.indicatorEntry(min(self.indicator, count - 1)) else { return .outcome(outcome) }
            if pane == .regions {
                return .region(report.regions[min(region, report.regions.count - 1)], outcome, indicator)
            }
            return .indicator(outcome, output, indicator)
        }
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
