import PIRModel
import PIRShare

/// The presenter's run loop, on any backend: draw the slide, publish it to followers, wait for a
/// key, a follower or the next second of the timer, reduce. As in `ExplorerLoop`, what the
/// presentation asks of the world outside (a file or the clipboard from the explorer opened on a
/// slide) is carried out by the world and its result comes back as an event (`.done`); opening the
/// explorer on a slide, coming back and quitting are the reducer's. The clock is the world's, so
/// the timer runs in tests on a fake one.
public enum PresentLoop {
    /// The session's side effects, handed in so that the loop runs in tests without a terminal.
    public struct World {
        /// Seconds since 1970, for the timer (a fake clock in tests).
        public var now: () -> Double
        /// The local wall-clock time at `now`, `14:05`, for the footer.
        public var clock: (Double) -> String
        /// Waits until input is ready or `timeout` ms pass (-1: no limit), looking after what else
        /// the session waits on meanwhile (followers coming and going); true when input is ready.
        public var wait: (Int32) -> Bool
        /// Tells followers the state (sharing); only called when it changed. Nothing comes back.
        public var publish: (ShareState) -> Void
        /// Carries out an effect of the explorer opened on a slide (export, copy) and says how it
        /// went, for the status line.
        public var perform: (Effect, Language) -> String

        public init(now: @escaping () -> Double, clock: @escaping (Double) -> String = { _ in "" },
                    wait: @escaping (Int32) -> Bool = { _ in true },
                    publish: @escaping (ShareState) -> Void = { _ in },
                    perform: @escaping (Effect, Language) -> String = { _, _ in "" }) {
            self.now = now
            self.clock = clock
            self.wait = wait
            self.publish = publish
            self.perform = perform
        }
    }

    /// Runs until the presenter leaves (`q`, `Q`) or the input ends (then `quitAll`, as on a
    /// hang-up); returns the last state.
    @discardableResult
    public static func run(_ initial: PresentState, on backend: TerminalBackend, reducer: PresentReducer, view: PresentView,
                           world: World) -> PresentState {
        var state = reducer.reduce(initial, .resize(width: initial.width, height: initial.height))
        state.status = initial.status
        let startedAt = world.now()
        var published: ShareState?
        // what is on the screen: a wake-up that changed neither (a follower came or went) draws nothing;
        // a forgotten screen (a resume) is drawn again
        var drawn: (PresentState, PresentTime)?
        // while the presenter explores a slide's node: what the explorer's frame showed, which
        // paging and clicks read with the next event, as in the explorer's own loop
        var layout: LayoutSnapshot?
        while true {
            let now = world.now()
            let time = PresentTime(elapsed: elapsed(now, since: startedAt), clock: world.clock(now))
            if backend.screenForgotten || drawn.map({ $0.0 != state || $0.1 != time }) ?? true {
                backend.draw(view.render(state, time: time), repaint: drawn.map { PresentLoop.isNewScreen($0.0, state) } ?? false)
                drawn = (state, time)
                layout = view.explorerLayout(state)
            }
            if let effects = state.explorer?.effects, !effects.isEmpty {
                // drawn first so an OSC 52 sequence goes out after the frame, never inside it
                state.explorer?.effects = []
                let language = state.explorer?.language ?? state.language
                let results = effects.map { world.perform($0, language) }
                state = reducer.reduce(state, .done(results.joined(separator: " · ")))
                continue
            }
            let shared = ShareState(slide: state.slide, step: state.step, blank: state.blank, startedAt: startedAt,
                                    exploring: state.explorer.flatMap { $0.slideNode(in: reducer.report, reducer: reducer.explorer)?.key })
            if shared != published {
                world.publish(shared)
                published = shared
            }
            if state.quit || state.quitAll { break }
            // with the clock on screen, wake for the next second; otherwise only for input
            let tick: Int32 = state.showTimer ? Int32(1000 - Int(saturating: (now - startedAt) * 1000, rounding: .towardZero) % 1000) + 2 : -1
            guard world.wait(tick) else { continue }
            // everything waiting is read, keys after a `q` too: typed at the presentation, they are
            // not for the explorer it returns to
            while let event = backend.nextEvent(timeout: 0) {
                state = reducer.reduce(state, event, after: layout)
            }
            // the terminal is gone (an SSH link dropped): stop, as a hang-up would
            if backend.inputEnded { state.quitAll = true; break }
        }
        return state
    }

    /// Another slide, the explorer opened or left, or a notice (the follower's waiting) shown in
    /// place of the slide or gone: the screen is cleared before it is drawn.
    static func isNewScreen(_ was: PresentState, _ now: PresentState) -> Bool {
        was.slide != now.slide || (was.explorer == nil) != (now.explorer == nil) || was.blank != now.blank
            || (was.notice == nil) != (now.notice == nil)
    }

    /// Whole seconds from `start` to `now`: never negative, and no clock can make it trap.
    public static func elapsed(_ now: Double, since start: Double) -> Int {
        max(0, Int(saturating: now - start, rounding: .towardZero))
    }

    /// What followers are told (`Decks.announcement`): the same whatever language the presenter shows.
    public static func hello(_ decks: Decks) -> Hello {
        let a = decks.announcement
        return Hello(title: a.title, entries: a.entries, notes: a.notes, titles: a.titles)
    }
}
