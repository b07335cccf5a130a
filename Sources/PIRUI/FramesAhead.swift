import PIRBasics

/// Frames drawn before their key is pressed (issue 18). An outcome switch at 200×60 cost about a
/// millisecond from the key read to the frame written, over half of it laying out the new
/// outcome's text and rendering the frame; while the explorer waits for a key, the session's world
/// has another thread reduce the likeliest next keys (`j` and `k` in the focused list) and render
/// their frames here. When the state a key leads to equals one drawn ahead, the run loop draws that
/// frame instead of rendering it again: the state is all a frame is drawn from (the caches it
/// reads are memos of it), so the frame is the one rendering would make (`FramesAheadTests`).
/// Nothing here changes the state, so no event comes back: a key that comes before its frame is
/// ready renders its own, as before, and never waits on this work.
public final class FramesAhead: @unchecked Sendable {  // `ready` is read and written under `lock`
    let reducer: Reducer
    let view: ExplorerView
    private var ready: [(state: AppState, frame: Frame, layout: LayoutSnapshot)] = []
    private let lock = Lock()
    /// The frames of the last state's two keys, and of the one before, are kept.
    static let capacity = 4

    public init(reducer: Reducer, view: ExplorerView) {
        self.reducer = reducer
        self.view = view
    }

    /// The keys drawn ahead: a move down and up in the explorer's outcomes or indicators pane.
    static let keys: [Event] = [.key(.char("j")), .key(.char("k"))]

    /// Work that draws the frames of the likely next keys from `state` (the frame of `layout` on
    /// screen), one piece per key, each reducing its key there too; empty where nothing is drawn
    /// ahead (other screens and panes, an overlay open).
    public func work(after state: AppState, layout: LayoutSnapshot?) -> [@Sendable () -> Void] {
        guard state.screen == .explorer, state.focus == .outcomes || state.focus == .indicators,
              state.palette == nil, state.search == nil, !state.showHelp, !state.quit, state.effects.isEmpty
        else { return [] }
        return Self.keys.map { key in
            { [self] in
                let next = reducer.reduce(state, key, after: layout)
                guard next != state, next.effects.isEmpty, !next.presentRequested, frame(for: next) == nil else { return }
                let (frame, layout) = view.laidOut(next)
                keep(next, frame, layout)
            }
        }
    }

    /// The frame and layout drawn ahead for exactly this state, if one was.
    public func frame(for state: AppState) -> (frame: Frame, layout: LayoutSnapshot)? {
        lock.lock()
        defer { lock.unlock() }
        return ready.last(where: { $0.state == state }).map { ($0.frame, $0.layout) }
    }

    private func keep(_ state: AppState, _ frame: Frame, _ layout: LayoutSnapshot) {
        lock.lock()
        defer { lock.unlock() }
        if ready.count >= Self.capacity { ready.removeFirst(ready.count - Self.capacity + 1) }
        ready.append((state, frame, layout))
    }
}
