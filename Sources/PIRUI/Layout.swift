/// Where each part of the explorer goes for a terminal size. A pure function of the size (and the
/// focused pane in the one-column layout), read by the view alone: the mouse hit-tests the snapshot built from it.
public struct ExplorerLayout: Equatable, Sendable {
    public enum Mode: Sendable { case wide, narrow, tooSmall }
    public var mode: Mode
    public var header: Rect
    public var breadcrumb: Rect
    /// Rectangles of the list panes that are visible (all three from `compactWidth`, the focused one below).
    public var panes: [Pane: Rect]
    public var detail: Rect
    public var footer: Rect
    public var status: Rect

    /// From this width the three panes stand side by side with room for titles and bars.
    public static let wideWidth = 100
    /// From this width (80 columns among them) the three panes still stand side by side, narrow;
    /// below it one pane shows at a time.
    public static let compactWidth = 70

    public init(width: Int, height: Int, focus: Pane, detailSource: Pane) {
        let all = Rect(x: 0, y: 0, width: width, height: height)
        if width < AppState.minimumWidth || height < AppState.minimumHeight {
            mode = .tooSmall
            header = all; breadcrumb = Rect(x: 0, y: 0, width: 0, height: 0)
            panes = [:]; detail = breadcrumb; footer = breadcrumb; status = breadcrumb
            return
        }
        // header, breadcrumb, the panes and the detail, footer, status
        let column = Splitter.split(all, .vertical, [.fixed(1), .fixed(1), .fill(1), .fixed(1), .fixed(1)])
        (header, breadcrumb, footer, status) = (column[0], column[1], column[3], column[4])
        let rest = column[2]
        if width >= Self.wideWidth {
            mode = .wide
            // lists get a bit over half the height; the detail text the rest
            let parts = Splitter.split(rest, .vertical, [.ratio(11, 20, min: 7), .fill(1)])
            let lists = parts[0]
            detail = parts[1]
            let row = Splitter.split(lists, .horizontal, [.ratio(28, 100, min: 30, max: 44), .fill(1), .ratio(25, 100, min: 28, max: 40)])
            panes = [.outcomes: row[0], .indicators: row[1], .regions: row[2]]
        } else if width >= Self.compactWidth {
            // the three panes together in their narrow forms: ids and totals, codes and figures, regions
            mode = .narrow
            let (lists, lower) = Self.narrowSplit(rest)
            detail = lower
            let row = Splitter.split(lists, .horizontal, [.fixed(19), .fill(1), .fixed(24)])
            panes = [.outcomes: row[0], .indicators: row[1], .regions: row[2]]
        } else {
            mode = .narrow
            let shown: Pane = focus == .detail ? detailSource : focus
            let (list, lower) = Self.narrowSplit(rest)
            panes = [shown: list]
            detail = lower
        }
    }

    /// Below `wideWidth` the lists take a row more than half the height (at least 5 rows) and
    /// the detail the rest; a detail under three rows cannot show a line of text, so its rows go
    /// to the lists.
    static func narrowSplit(_ rest: Rect) -> (lists: Rect, detail: Rect) {
        let parts = Splitter.split(rest, .vertical, [.fixed(max(5, min(rest.height - 4, rest.height / 2 + 1))), .fill(1)])
        return parts[1].height < 3 ? (rest, Rect(x: rest.x, y: rest.maxY, width: rest.width, height: 0)) : (parts[0], parts[1])
    }

    /// The pane whose rectangle contains the point, if any.
    public func pane(at x: Int, _ y: Int) -> Pane? {
        for (pane, rect) in panes where x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY { return pane }
        if x >= detail.x && x < detail.maxX && y >= detail.y && y < detail.maxY { return .detail }
        return nil
    }
}

extension ExplorerLayout {
    /// The rows of a list pane that hold list entries: inside the border, below the column header
    /// that the indicators pane has. Read by the view to draw, to move the pane's window and to map
    /// rows to items in the layout snapshot.
    public static func listArea(_ pane: Pane, _ rect: Rect) -> Rect {
        let inner = rect.inset(1)
        return pane == .indicators ? inner.top(1).1 : inner
    }
}
