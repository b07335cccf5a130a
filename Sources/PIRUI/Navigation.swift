import PIRModel

/// One view on the navigation stack and everything that is its own: where it is (selection,
/// scroll, the explorer's focused pane), how it lists (sort, filter) and what it marks. Two views
/// never share one of these, so a sort or filter set in one view cannot show up in another; the
/// fields a view does not use keep their defaults.
public struct ViewState: Sendable, Equatable {
    public var screen: Screen
    /// Tells this view from the others on the stack (given when it is pushed): a view keeps it
    /// while it is on the stack, whatever moves within it.
    public var id = 0
    /// How the view was opened: decides what Esc does before it leaves the view.
    public var origin: Origin
    /// The explorer's panes: selected outcome, indicator and region, focused pane, scrolls.
    public var explorer = ExplorerPosition()
    /// The overview's selected row and scroll.
    public var overview = OverviewPosition()
    /// A list-and-text view's selection and scrolls (contents, regions, budget, indicators …).
    public var list = ListState()
    /// Sort and filter of the indicator list this view shows (the explorer's pane, the indicators table).
    public var query = IndicatorQuery()
    /// The countries view's order and the region it is narrowed to.
    public var countries = CountryQuery()
    /// A search term marked in the text shown (set by whatever opened the view on a hit or a figure).
    public var mark: String?
    /// Where the view's text is to be scrolled to when it is next drawn; until then, the text's
    /// scroll counts from the anchor's line (see `TextAnchor`).
    public var anchor: TextAnchor?

    public init(_ screen: Screen, origin: Origin = .key) {
        self.screen = screen
        self.origin = origin
    }

    /// How a view came onto the stack.
    public enum Origin: Sendable, Equatable {
        /// The bottom of the stack: the overview.
        case root
        /// A view's key, `:` or the start option: Esc first steps back inside the view (pane,
        /// text → list), then leaves it.
        case key
        /// Opened on something (Enter on a row, a code, a node from `:`): Esc leaves it at once.
        case source
        /// Opened on a search hit: Esc leaves it at once and reopens the search where it was.
        case search(SearchState)
    }
}

/// A place in a view's text to scroll to — a search hit's paragraph, a box in its chapter, the
/// sentence a figure comes from — said by the reducer as intent. Only the view knows on which line
/// it falls (that depends on the width, the language and the glyphs it draws with), so the view
/// finds the line when it draws, scrolls there (plus any lines the reader scrolled since) and
/// hands the scroll back in the layout snapshot; with the next event the reducer takes that scroll
/// and drops the anchor. The reducer thus never lays out text.
public struct TextAnchor: Sendable, Equatable {
    /// The text the anchor is in: an outcome's text in the explorer's detail pane, or a list
    /// view's entry. A view showing another text ignores the anchor.
    public enum Text: Sendable, Equatable {
        case outcome(String)
        case entry(ContentsEntry)
    }
    public var text: Text
    /// A named place in the text (`box:12`, `budget`, `trends`), tried first.
    public var name: String?
    /// Otherwise the paragraph holding this text, as stored (footnote references as `[^5]`: the
    /// view prints them as it prints the text, raised or bracketed).
    public var paragraph: String?

    public init(_ text: Text, name: String? = nil, paragraph: String? = nil) {
        self.text = text
        self.name = name
        self.paragraph = paragraph
    }
}

/// The explorer's place: what each pane has selected, which pane has the focus, the scrolls.
public struct ExplorerPosition: Sendable, Equatable {
    public var focus: Pane = .outcomes
    /// Whose text the detail area shows while it has the focus.
    public var detailSource: Pane = .outcomes
    /// Index into `report.outcomes`.
    public var outcome = 0
    /// Index into the selected outcome's indicators as the pane lists them (sorted, filtered).
    public var indicator = 0
    /// Index into `report.regions`; also the region a sort or filter by region uses.
    public var region = 0
    /// First visible row of each list pane, kept so selection moves without the list jumping.
    public var scroll: [Pane: Int] = [:]
    public var detailScroll = 0
    public init() {}
}

public struct OverviewPosition: Sendable, Equatable {
    /// Row 0 is a heading: the first figure is selected.
    public var index = 1
    public var scroll = 0
    public init() {}
}

/// The countries view's order and region.
public struct CountryQuery: Sendable, Equatable {
    public var order: CountryOrder = .mentions
    public var region: RegionID?
    public init() {}
}

/// What is drawn over the view, one at a time: the help, the `/` search or the `:` switcher.
/// Esc closes it before anything else.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case search(SearchState)
    case palette(PaletteState)
}

extension AppState {
    /// The deepest the stack goes: the oldest views above the overview give way beyond it.
    public static let maximumDepth = 24

    /// The view on top of the stack: the one on screen.
    public var top: ViewState {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// The screens on the stack, bottom first: what the breadcrumb shows.
    public var path: [Screen] { stack.map(\.screen) }

    /// Puts a view on the stack. The overview stays at the bottom; past `maximumDepth` the oldest
    /// view above it is dropped. A view of a screen already on the stack under another one moves
    /// that screen to the top: the earlier view of it goes, so `e i e i` leaves the overview, the
    /// explorer and the indicators, and Esc passes each screen once on its way back, never
    /// switching back and forth between two (issue 14). A view pushed over one of its own screen
    /// (a move within it, `Reducer.pushing`) stays above it.
    public mutating func push(_ view: ViewState) {
        var view = view
        view.id = (stack.map(\.id).max() ?? 0) + 1
        if view.screen != top.screen {
            stack = [stack[0]] + stack.dropFirst().filter { $0.screen != view.screen }
        }
        stack.append(view)
        if stack.count > Self.maximumDepth { stack.remove(at: 1) }
    }

    /// Back to the overview at the bottom of the stack, with its own selection as it was.
    public mutating func home() {
        stack.removeSubrange(1...)
        overlay = nil
    }
}
