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
        /// The first view; the overview unless the user asks for another.
        public var start: Screen = .overview
        public var language: Language = .zh
        /// `--trace FILE`: timings of start-up and of every frame (see `Trace`).
        public var trace: Trace?
        public init() {}
    }

    /// Runs the explorer until the user quits or the terminal goes away; the terminal is restored on
    /// every path out.
    public static func run(report: Report, options: Options) throws -> Int32 {
        let trace = options.trace
        let terminal = try Terminal(themeName: options.theme, ascii: options.ascii, mouse: options.mouse)
        defer { terminal.stop() }
        trace?.event("terminal")
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, glyphs: terminal.glyphs, reducer: reducer)
        trace?.event("ready")
        let (width, height) = terminal.size
        var state = reducer.reduce(AppState(width: width, height: height, screen: options.start), .resize(width: width, height: height))
        state.mouseEnabled = options.mouse
        state.language = options.language
        if !terminal.utf8 {
            state.status = "Chinese text needs a UTF-8 locale (e.g. LANG=C.UTF-8); showing ASCII."
        }
        // A real trap with the explorer on screen, so tests can check that a crash restores the terminal.
        let crashForTesting = getenv("PIR_TEST_CRASH") != nil
        var frames = 0
        var cause = "start", reduceTime: UInt64 = 0
        while true {
            let start = trace != nil ? Trace.now() : 0
            let frame = view.render(state)
            let rendered = trace != nil ? Trace.now() : 0
            terminal.draw(frame)
            if crashForTesting { fatalError("PIR_TEST_CRASH is set: crashing on purpose") }
            if let trace {
                let flushed = Trace.now()
                trace.event("frame", ["n": "\(frames)", "cause": cause, "reduce_ns": "\(reduceTime)",
                                      "render_ns": "\(rendered - start)", "draw_ns": "\(flushed - rendered)",
                                      "rss_kib": "\(Trace.peakRSSKiB())"], at: flushed)
            }
            frames += 1
            if state.quit { break }
            guard let event = terminal.nextEvent() else { break }
            let received = trace != nil ? Trace.now() : 0
            state = reducer.reduce(state, event)
            if trace != nil {
                reduceTime = Trace.now() - received
                cause = "\(event)".filter { !$0.isWhitespace }
            }
            // Keys already waiting (a paste, a held key, a burst of resizes) are applied before the
            // next frame, so a long paste costs one frame rather than one per character.
            var applied = 0
            while !state.quit, !state.presentRequested, applied < 1_000, let next = terminal.nextEvent(timeout: 0) {
                state = reducer.reduce(state, next)
                applied += 1
            }
            if !state.effects.isEmpty {
                // draw first so an OSC 52 sequence goes out after the frame, never inside it
                let effects = state.effects
                state.effects = []
                terminal.draw(view.render(state))
                state.status = effects.map { Effects.perform($0, language: state.language) }.joined(separator: " · ")
            }
            if state.presentRequested {
                // `p`: the deck at this node's slide, in this terminal; `q` there comes back here
                state.presentRequested = false
                // in the explorer's language now (w may have changed it), and back in the deck's
                var presentOptions = PresentSession.Options(explorer: options)
                presentOptions.language = state.language
                let (stay, language) = PresentSession.present(in: terminal, report: report, reducer: reducer,
                                                              at: state.slideNode(in: report, reducer: reducer), options: presentOptions)
                if !stay { break }
                state.language = language
                state = reducer.reduce(state, .resize(width: terminal.size.width, height: terminal.size.height))
            }
        }
        // The terminal went away under us (hang-up without SIGHUP, e.g. the pty closed): say so as a
        // hang-up would.
        return terminal.inputEnded ? 128 + SIGHUP : 0
    }
}
