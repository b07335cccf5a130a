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
}

/// A terminal in memory: events come from a script, frames are kept to be read. Once the script
/// is done the input has ended, so a session run on it always stops.
public final class MemoryBackend: TerminalBackend {
    public let glyphs: Glyphs
    public private(set) var size: (width: Int, height: Int)
    /// Every frame drawn, in order.
    public private(set) var frames: [Frame] = []
    private var script: [Event]
    private var next = 0

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode, script: [Event]) {
        size = (width, height)
        self.glyphs = glyphs
        self.script = script
    }

    public func draw(_ frame: Frame) { frames.append(frame) }

    public func nextEvent(timeout: Int32) -> Event? {
        guard next < script.count else { return nil }
        // a burst waiting in the input is what a zero timeout reads; the script has it all waiting
        defer { next += 1 }
        if case .resize(let width, let height) = script[next] { size = (width, height) }
        return script[next]
    }

    public var inputEnded: Bool { next >= script.count }

    /// The last frame drawn.
    public var screen: Frame? { frames.last }
}
