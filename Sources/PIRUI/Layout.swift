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
        var (head, rest) = all.top(1)
        header = head
        (breadcrumb, rest) = rest.top(1)
        var bottom: Rect
        (rest, bottom) = rest.bottom(2)
        (footer, status) = bottom.top(1)
        if width >= Self.wideWidth {
            mode = .wide
            // lists get a bit over half the height; the detail text the rest
            let listHeight = max(7, min(rest.height - 5, (rest.height * 11) / 20))
            let (lists, lower) = rest.top(listHeight)
            detail = lower
            let outcomesWidth = min(44, max(30, width * 28 / 100))
            let regionsWidth = min(40, max(28, width * 25 / 100))
            let row = Splitter.split(lists, .horizontal, [.fixed(outcomesWidth), .fill(1), .fixed(regionsWidth)])
            panes = [.outcomes: row[0], .indicators: row[1], .regions: row[2]]
        } else if width >= Self.compactWidth {
            // the three panes together in their narrow forms: ids and totals, codes and figures, regions
            mode = .narrow
            var listHeight = max(5, min(rest.height - 4, rest.height / 2 + 1))
            if rest.height - listHeight < 3 { listHeight = rest.height }
            let (lists, lower) = rest.top(listHeight)
            detail = lower
            let row = Splitter.split(lists, .horizontal, [.fixed(19), .fill(1), .fixed(24)])
            panes = [.outcomes: row[0], .indicators: row[1], .regions: row[2]]
        } else {
            mode = .narrow
            let shown: Pane = focus == .detail ? detailSource : focus
            var listHeight = max(5, min(rest.height - 4, rest.height / 2 + 1))
            // a detail area under three rows cannot show a line of text: give the rows to the list
            if rest.height - listHeight < 3 { listHeight = rest.height }
            let (list, lower) = rest.top(listHeight)
            panes = [shown: list]
            detail = lower
        }
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
