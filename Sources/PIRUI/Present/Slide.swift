import PIRModel

/// A slide as data: what to show, not where. Built from the model by `DeckBuilder`, drawn by
/// `SlideView` at whatever size the terminal has, written out by `DeckExport` — so the projector,
/// every follower and the exported file show the same figures, all taken from the report.
public struct Slide: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Title and end slides: everything centred on the screen.
        case cover
        case content
    }
    public var entry: DeckEntry
    public var kind: Kind = .content
    /// Chinese title, centred and bold.
    public var title: String
    /// A second line under the title (English, or where the figures come from).
    public var subtitle: String?
    public var elements: [SlideElement]
    /// Where Enter takes the presenter when no step is highlighted.
    public var node: SlideNode?
    public var notes: String?
    /// Index into `elements` of the list that step-through walks, one item at a time.
    public var stepElement: Int?

    public init(entry: DeckEntry, kind: Kind = .content, title: String, subtitle: String? = nil,
                elements: [SlideElement], node: SlideNode? = nil, notes: String? = nil, stepElement: Int? = nil) {
        self.entry = entry
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.elements = elements
        self.node = node
        self.notes = notes
        self.stepElement = stepElement
    }

    /// Items step-through walks: step 0 highlights nothing, step k the k-th item.
    public var steps: Int {
        guard let index = stepElement, index < elements.count else { return 0 }
        return elements[index].items.count
    }

    /// Where Enter goes at `step`: the highlighted item's node, else the slide's.
    public func node(atStep step: Int) -> SlideNode? {
        guard step > 0, let index = stepElement, index < elements.count else { return node }
        let items = elements[index].items
        guard step <= items.count else { return node }
        return items[step - 1].node ?? node
    }

    /// Text that `/` finds a slide by.
    public var searchText: String {
        ([title, subtitle ?? "", entry.text] + elements.flatMap(\.searchText)).joined(separator: " ")
    }
}

/// Where a slide or one of its items leads in the explorer. An item of an indicator's slide is a
/// region *of that indicator*, so a region carries the indicator it was shown for.
public enum SlideNode: Hashable, Sendable {
    case overview
    case outcome(String)
    case indicator(String)
    case region(RegionID, indicator: String?)
    case box(Int)
    case chapter(String)

    /// Label for the footer of followers while the presenter explores.
    public var label: String { label(.zh) }

    /// The label in the follower's language.
    public func label(_ L: Language) -> String {
        switch self {
        case .overview: return L.strings.slides.overview
        case .outcome(let id): return L.outcome(id)
        case .indicator(let code): return L.indicator(code)
        case .region(let id, let indicator): return indicator.map { "\(L.indicator($0)) · \(id.rawValue)" } ?? L.strings.slides.regionPrefix + id.rawValue
        case .box(let n): return L.box(n)
        case .chapter(let id): return id
        }
    }

    /// The node as words, the way a deck file names things (`indicator 3.1.2`, `region africa
    /// indicator 3.1.2`): what a presenter tells followers, so each labels it in its own language.
    public var key: String {
        switch self {
        case .overview: return "overview"
        case .outcome(let id): return "outcome \(id)"
        case .indicator(let code): return "indicator \(code)"
        case .region(let id, let indicator): return "region \(id.rawValue)" + (indicator.map { " indicator \($0)" } ?? "")
        case .box(let n): return "box \(n)"
        case .chapter(let id): return "chapter \(id)"
        }
    }

    /// Reads `key` back; nil for anything else (a presenter of another version, or not a presenter).
    public init?(key: String) {
        let words = key.split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("overview"?, 1): self = .overview
        case ("outcome"?, 2): self = .outcome(words[1])
        case ("indicator"?, 2): self = .indicator(words[1])
        case ("region"?, 2): guard let id = RegionID(rawValue: words[1]) else { return nil }; self = .region(id, indicator: nil)
        case ("region"?, 4) where words[2] == "indicator":
            guard let id = RegionID(rawValue: words[1]) else { return nil }
            self = .region(id, indicator: words[3])
        case ("box"?, 2): guard let n = Int(words[1]) else { return nil }; self = .box(n)
        case ("chapter"?, 2): self = .chapter(words[1])
        default: return nil
        }
    }
}

public enum SlideElement: Sendable, Equatable {
    /// Key numbers drawn large.
    case figures([Figure])
    /// Bullet bars: a value against a target, one row each.
    case bars(BarList)
    /// Bulleted text (highlights, lessons, outputs).
    case bullets(BulletList)
    case paragraph(String)
    case quote(text: String, source: String?)
    case table(TrendTable)
    /// A short dim line (a source, a total).
    case caption(String)

    /// What step-through can walk.
    public var items: [ListItem] {
        switch self {
        case .bars(let list): return list.items.map { ListItem(text: $0.label, short: $0.short, node: $0.node) }
        case .bullets(let list): return list.items
        default: return []
        }
    }

    var searchText: [String] {
        switch self {
        case .figures(let figures): return figures.flatMap { [$0.value, $0.label] }
        case .bars(let list): return [list.heading ?? ""] + list.items.map(\.label)
        case .bullets(let list): return [list.heading ?? ""] + list.items.map(\.text)
        case .paragraph(let text), .caption(let text): return [text]
        case .quote(let text, let source): return [text, source ?? ""]
        case .table(let table): return [table.title] + table.rows.map(\.label)
        }
    }
}

/// A key number: the digits to draw large, what they count, and a mark for met / below target
/// (a glyph, so the meaning survives without colour).
public struct Figure: Sendable, Equatable {
    public enum Mark: Sendable, Equatable { case met, below }
    /// Digits and `.,%+-/:` only, so it can be drawn with block glyphs.
    public var value: String
    public var label: String
    /// The figure as the report prints it, when that says more than the digits (约有 45%).
    public var detail: String?
    public var mark: Mark?
    public init(value: String, label: String, detail: String? = nil, mark: Mark? = nil) {
        self.value = value; self.label = label; self.detail = detail; self.mark = mark
    }
}

public struct BarList: Sendable, Equatable {
    public var heading: String?
    public var items: [BarItem]
    public init(heading: String? = nil, items: [BarItem]) { self.heading = heading; self.items = items }
}

public struct BarItem: Sendable, Equatable {
    public var label: String
    /// What the row shows where `label` does not fit whole (`ListTitle`): an indicator's code and short label.
    public var short: String?
    public var value: Double
    public var target: Double?
    /// Full scale of the bar: shared by a list whose items compare (regions), or the item's own.
    public var scale: Double
    /// The numbers beside the bar, e.g. `199 / 179` or `329 · 37%`.
    public var text: String
    public var met: Bool?
    public var node: SlideNode?
    public init(label: String, short: String? = nil, value: Double, target: Double? = nil, scale: Double, text: String, met: Bool? = nil, node: SlideNode? = nil) {
        self.label = label; self.short = short; self.value = value; self.target = target; self.scale = scale; self.text = text; self.met = met; self.node = node
    }
}

public struct BulletList: Sendable, Equatable {
    public var heading: String?
    public var items: [ListItem]
    public init(heading: String? = nil, items: [ListItem]) { self.heading = heading; self.items = items }
}

public struct ListItem: Sendable, Equatable {
    public var text: String
    /// What a one-line row shows where `text` does not fit whole (`ListTitle`).
    public var short: String?
    /// A dim line under the text (an enabling outcome's result, say).
    public var detail: String?
    public var node: SlideNode?
    public init(text: String, short: String? = nil, detail: String? = nil, node: SlideNode? = nil) {
        self.text = text; self.short = short; self.detail = detail; self.node = node
    }
}

/// Table 1 as the slide shows it: a row per indicator, a column per year, and a sparkline.
public struct TrendTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var values: [Double?]
        /// Years the report prints 暂无数据 (no data) rather than leaving blank.
        public var noData: Set<Int>
        /// A breakdown (women, youth…) under its headline row.
        public var isBreakdown: Bool
    }
    public var title: String
    public var years: [Int]
    public var rows: [Row]
    public var source: String
    /// What a cell the report prints as 暂无数据 says, in the deck's language.
    public var noDataText = Strings.zh.common.noData
}
