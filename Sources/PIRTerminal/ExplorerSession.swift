#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PIRModel
import PIRUI

/// Wires report, reducer, view and terminal together: render, draw, wait for an event, reduce.
/// Nothing is drawn on a timer; a frame is made only after an event.
public enum ExplorerSession {
    public struct Options: Sendable {
        public var theme = "dark"
        public var ascii = false
        public var mouse = true
        public init() {}
    }

    /// Runs the explorer until the user quits or the terminal goes away; the terminal is restored on
    /// every path out.
    public static func run(report: Report, options: Options) throws -> Int32 {
        let terminal = try Terminal(themeName: options.theme, ascii: options.ascii, mouse: options.mouse)
        defer { terminal.stop() }
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, glyphs: terminal.glyphs, reducer: reducer)
        let (width, height) = terminal.size
        var state = reducer.reduce(AppState(width: width, height: height), .resize(width: width, height: height))
        state.mouseEnabled = options.mouse
        if !terminal.utf8 {
            state.status = "Chinese text needs a UTF-8 locale (e.g. LANG=C.UTF-8); showing ASCII."
        }
        // A real trap with the explorer on screen, so tests can check that a crash restores the terminal.
        let crashForTesting = getenv("PIR_TEST_CRASH") != nil
        while true {
            terminal.draw(view.render(state))
            if crashForTesting { fatalError("PIR_TEST_CRASH is set: crashing on purpose") }
            if state.quit { break }
            guard let event = terminal.nextEvent() else { break }
            state = reducer.reduce(state, event)
            // Keys already waiting (a paste, a held key, a burst of resizes) are applied before the
            // next frame, so a long paste costs one frame rather than one per character.
            var applied = 0
            while !state.quit, applied < 1_000, let next = terminal.nextEvent(timeout: 0) {
                state = reducer.reduce(state, next)
                applied += 1
            }
        }
        // The terminal went away under us (hang-up without SIGHUP, e.g. the pty closed): say so as a
        // hang-up would.
        return terminal.inputEnded ? 128 + SIGHUP : 0
    }
}
