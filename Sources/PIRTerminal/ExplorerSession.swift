#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PIRModel
import PIRUI

/// Wires report, reducer, view and the ncurses terminal together and runs `ExplorerLoop` on them,
/// with the effects (files, the clipboard, the presentation) carried out here.
public enum ExplorerSession {
    public struct Options: Sendable {
        /// `--theme` or `PIR_THEME`; `auto` follows the terminal's background.
        public var theme: ThemeName = .auto
        public var ascii = false
        public var mouse = true
        /// The first view; the overview unless the user asks for another.
        public var start: Screen = .overview
        public var language: Language = .zh
        /// `--trace FILE`: timings of start-up and of every frame (see `Trace`).
        public var trace: Trace?
        /// The rest of a report whose first part `run` is given (`ReportLoader.loadStaged`): the
        /// first frame is drawn from that part, and the first event waits for the whole report.
        public var rest: PendingReport?
        public init() {}
    }

    /// Runs the explorer until the user quits or the terminal goes away; the terminal is restored on
    /// every path out. With `options.rest`, a `LoadError` of the rest ends the session and is thrown
    /// once the terminal is restored.
    public static func run(report first: Report, options: Options) throws -> Int32 {
        let trace = options.trace
        let terminal = try Terminal(theme: options.theme, slides: false, ascii: options.ascii, mouse: options.mouse)
        defer { terminal.stop() }
        trace?.event("terminal")
        // the first state, reducer and view on a report: the first part's, then the whole one's
        func start(_ report: Report) -> (state: AppState, reducer: Reducer, view: ExplorerView) {
            let reducer = Reducer(report: report)
            let view = ExplorerView(report: report, glyphs: terminal.glyphs, reducer: reducer)
            let (width, height) = terminal.size
            var state = reducer.reduce(AppState(width: width, height: height, screen: options.start), .resize(width: width, height: height))
            state.mouseEnabled = options.mouse
            state.language = options.language
            if !terminal.utf8 {
                state.status = "Chinese text needs a UTF-8 locale (e.g. LANG=C.UTF-8); showing ASCII."
            }
            return (state, reducer, view)
        }
        let started = start(first)
        var (report, reducer) = (first, started.reducer)
        trace?.event("ready")
        var failure: LoadError?
        // The frames of the likely next keys, drawn while the explorer waits (FramesAhead): on the
        // whole report only. While the rest of a staged report decodes, the first event waits for it
        // and starts the session again, so frames drawn from the first part would never be shown.
        var ahead: FramesAhead? = options.rest == nil ? FramesAhead(reducer: started.reducer, view: started.view) : nil
        let whole: ExplorerLoop.Whole? = options.rest.map { rest in
            {
                do throws(LoadError) {
                    report = try rest.wait()
                } catch {
                    failure = error
                    return nil
                }
                let made = start(report)
                reducer = made.reducer
                ahead = FramesAhead(reducer: made.reducer, view: made.view)
                trace?.event("whole")
                return made
            }
        }
        // A real trap with the explorer on screen, so tests can check that a crash restores the terminal.
        let crashForTesting = getenv("PIR_TEST_CRASH") != nil
        var frames = 0
        let idleWorker = IdleWorker()
        let world = ExplorerLoop.World(
            perform: { effect, language in Effects.perform(effect, language: language) },
            present: { state in
                // `p`: the deck at this node's slide, in this terminal; `q` there comes back here,
                // in the explorer's language now (w may have changed it), and back in the deck's
                var presentOptions = PresentSession.Options(explorer: options)
                presentOptions.language = state.language
                return PresentSession.present(in: terminal, report: report, reducer: reducer,
                                              at: state.slideNode(in: report, reducer: reducer), options: presentOptions)
            },
            drawn: { _, event, timing in
                if crashForTesting { fatalError("PIR_TEST_CRASH is set: crashing on purpose") }
                guard let trace else { return }
                // key_ns: from the key read to its frame written (what benchmarks/run holds to 1 ms)
                let cause = event.map { "\($0)".filter { !$0.isWhitespace } } ?? "start"
                trace.event("frame", ["n": "\(frames)", "cause": cause, "reduce_ns": "\(timing.reduce)",
                                      "render_ns": "\(timing.render)", "draw_ns": "\(timing.draw)",
                                      "key_ns": "\(timing.read > 0 ? timing.drawnAt - timing.read : 0)",
                                      "rss_kib": "\(Trace.peakRSSKiB())"], at: timing.drawnAt)
                frames += 1
            },
            now: { trace != nil ? Trace.now() : 0 },
            idle: { state, layout in
                guard let ahead else { return }
                let work = ahead.work(after: state, layout: layout)
                // none for this screen: what was waiting is dropped, and the terminal is not polled;
                // otherwise only while no key is waiting: keys already typed are read and drawn first
                if work.isEmpty || !terminal.wait(with: [], timeout: 0).input { idleWorker.submit(work) }
            },
            drawnAhead: { ahead?.frame(for: $0) })
        ExplorerLoop.run(started.state, on: terminal, reducer: reducer, view: started.view, world: world, whole: whole)
        if let failure { throw failure }
        // The terminal went away under us (hang-up without SIGHUP, e.g. the pty closed): say so as a
        // hang-up would.
        return terminal.inputEnded ? 128 + SIGHUP : 0
    }
}

extension Terminal: TerminalBackend {}
