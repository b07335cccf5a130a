import PIRBasics

/// The last cells drawn of the parts of a frame most keys leave as they were — the title line,
/// the footer's hints, the explorer's outcomes pane — with what they were drawn from. A row move
/// in the indicators pane drew all three again on every key, a fifth of its render at 200×60
/// (issue 18, callgrind of a session); now it copies their cells. A part's key is everything its
/// drawing reads, and a copy is made only onto blank cells, where the drawing started from, so it
/// is the frame the drawing would have made (`PaneCacheTests`).
public final class PaneCache: @unchecked Sendable {  // every access holds `lock`
    enum Part: Hashable { case header, footer, outcomes }

    private var saved: [Part: (key: AnyHashable, rect: Rect, cells: [Cell])] = [:]
    private let lock = Lock()

    public init() {}

    /// Copies `part`'s cells into `rect` when they were last drawn there from an equal `key`;
    /// otherwise draws them with `draw`, which writes inside `rect` alone and reads nothing of the
    /// frame outside it, and keeps them. A rect that is not blank is drawn as it always was.
    func draw<Key: Hashable>(_ part: Part, key: Key, _ rect: Rect, into frame: inout Frame, _ draw: (inout Frame) -> Void) {
        guard frame.isBlank(rect) else { return draw(&frame) }
        let key = AnyHashable(key)
        lock.lock()
        let hit = saved[part].flatMap { $0.key == key && $0.rect == rect ? $0.cells : nil }
        lock.unlock()
        if let hit, frame.paste(hit, in: rect) { return }
        draw(&frame)
        let cells = frame.cells(in: rect)
        lock.lock()
        saved[part] = (key, rect, cells)
        lock.unlock()
    }
}

extension Frame {
    /// Whether every cell of `rect` (within the frame) is a blank, as a new frame's are.
    func isBlank(_ rect: Rect) -> Bool {
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX where self[x, y] != .blank { return false }
        }
        return true
    }

    /// The cells of `rect` (within the frame), row after row: what `paste` puts back.
    func cells(in rect: Rect) -> [Cell] {
        let r = rect.intersection(bounds)
        var out: [Cell] = []
        out.reserveCapacity(r.width * r.height)
        for y in r.y..<r.maxY { out += cells[(y * width + r.x)..<(y * width + r.maxX)] }
        return out
    }
}
