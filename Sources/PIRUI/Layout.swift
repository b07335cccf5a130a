/// Where each part of the explorer goes for a terminal size. A pure function of the size (and the
/// focused pane in the one-column layout), shared by rendering and mouse hit-testing.
public struct ExplorerLayout: Equatable, Sendable {
    public enum Mode: Sendable { case wide, narrow, tooSmall }
    public var mode: Mode
    public var header: Rect
    public var breadcrumb: Rect
    /// Rectangles of the list panes that are visible (all three when wide, the focused one when narrow).
    public var panes: [Pane: Rect]
    public var detail: Rect
    public var footer: Rect
    public var status: Rect

    /// Below this width the three panes no longer fit side by side.
    public static let wideWidth = 100

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
            let (o, afterOutcomes) = lists.left(outcomesWidth)
            let (i, r) = afterOutcomes.left(afterOutcomes.width - regionsWidth)
            panes = [.outcomes: o, .indicators: i, .regions: r]
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
