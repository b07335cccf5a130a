/// What a session needs of a terminal: its size and glyphs, a frame drawn, the next event. The
/// ncurses `Terminal` is one; `MemoryBackend` is another, for running sessions in tests with
/// scripted input and no terminal at all.
public protocol TerminalBackend: AnyObject {
    var glyphs: Glyphs { get }
    var size: (width: Int, height: Int) { get }
    func draw(_ frame: Frame)
    /// The next event, waiting up to `timeout` milliseconds (-1: until one comes); nil when none
    /// came in time or the input has ended.
    func nextEvent(timeout: Int32) -> Event?
    /// The input went away (the terminal closed): the session ends as on a hang-up.
    var inputEnded: Bool { get }
    /// The backend no longer knows what is on the screen (a resume after Ctrl-Z): the next frame
    /// is to be drawn even if nothing in it changed.
    var screenForgotten: Bool { get }
    /// The next frame is to clear the screen and write every cell, not only what changed: on a
    /// slide change, where xterm left stray one-pixel ticks of the slide before until it repainted.
    func invalidate()
}

extension TerminalBackend {
    public var screenForgotten: Bool { false }
    public func invalidate() {}

    /// Draws `frame`, clearing the screen first when `repaint` (a new slide).
    func draw(_ frame: Frame, repaint: Bool) {
        if repaint { invalidate() }
        draw(frame)
    }
}

/// A terminal in memory: events come from a script, frames are kept to be read. Once the script
/// is done, the next read finds the input ended, so a session run on it always stops.
public final class MemoryBackend: TerminalBackend {
    public let glyphs: Glyphs
    public private(set) var size: (width: Int, height: Int)
    /// Every frame drawn, in order.
    public private(set) var frames: [Frame] = []
    /// The events in order; nil where one burst ends and the next begins.
    private var script: [Event?]
    private var next = 0

    public convenience init(width: Int, height: Int, glyphs: Glyphs = .unicode, script: [Event]) {
        self.init(width: width, height: height, glyphs: glyphs, bursts: [script])
    }

    /// Input that arrives in bursts: a burst's events are all waiting at once (a zero timeout reads
    /// them), and a zero timeout at the end of a burst reads nothing, once, as a real terminal
    /// would before the user types again; so a loop draws a frame after each burst.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode, bursts: [[Event]]) {
        size = (width, height)
        self.glyphs = glyphs
        script = bursts.flatMap { $0.map(Optional.some) + [nil] }
    }

    public func draw(_ frame: Frame) {
        if repaintNext { repainted.insert(frames.count); repaintNext = false }
        frames.append(frame)
    }

    /// The frames (by index in `frames`) drawn on a cleared screen.
    public private(set) var repainted: Set<Int> = []
    private var repaintNext = false
    public func invalidate() { repaintNext = true }

    public func nextEvent(timeout: Int32) -> Event? {
        // a wait for the next event passes the end of a burst; a zero timeout stops at it, once
        while next < script.count, script[next] == nil {
            next += 1
            if timeout == 0 { return nil }
        }
        guard next < script.count, let event = script[next] else {
            // as on a terminal, the input has ended once a read finds nothing more to come
            inputEnded = true
            return nil
        }
        next += 1
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }

    public private(set) var inputEnded = false

    /// The last frame drawn.
    public var screen: Frame? { frames.last }
}
