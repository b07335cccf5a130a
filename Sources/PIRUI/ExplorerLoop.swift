import PIRModel

/// The explorer's run loop, on any backend: render, draw, wait for an event, reduce. Nothing is
/// drawn on a timer; a frame is made only after an event. What the reducer asks of the world
/// outside (a file, the clipboard, the presentation) is carried out by `World`, and its result
/// comes back into the reducer as an event, so nothing but the reducer changes the state.
public enum ExplorerLoop {
    /// The session's side effects, handed in so that the loop runs in tests without a terminal.
    public struct World {
        /// Carries out an effect (export, copy) and says how it went, for the status line.
        public var perform: (Effect, Language) -> String
        /// `p`: the presentation at this state's node; whether to come back, and in which language.
        public var present: (AppState) -> (stay: Bool, language: Language)
        /// After each frame is drawn (the trace, a crash on purpose in tests): the state drawn,
        /// the event that caused it (nil for the first) and how long reducing, rendering and
        /// drawing took by `now`. The event, not its description: describing an enum by reflection
        /// was work on every key that only the trace reads.
        public var drawn: (AppState, Event?, FrameTiming) -> Void
        /// The clock the timings are read from (monotonic nanoseconds; a fake one in tests).
        public var now: () -> UInt64
        /// After a frame is drawn, before waiting for the next event, with the state drawn and its
        /// layout: the session has another thread draw the likely next frames (`FramesAhead`). It
        /// must return at once; nothing it does reaches the state.
        public var idle: (AppState, LayoutSnapshot?) -> Void
        /// A frame drawn ahead for exactly this state (`FramesAhead.frame(for:)`), drawn instead of
        /// rendering it again.
        public var drawnAhead: (AppState) -> (frame: Frame, layout: LayoutSnapshot)?

        public init(perform: @escaping (Effect, Language) -> String,
                    present: @escaping (AppState) -> (stay: Bool, language: Language) = { _ in (false, .zh) },
                    drawn: @escaping (AppState, Event?, FrameTiming) -> Void = { _, _, _ in },
                    now: @escaping () -> UInt64 = { 0 },
                    idle: @escaping (AppState, LayoutSnapshot?) -> Void = { _, _ in },
                    drawnAhead: @escaping (AppState) -> (frame: Frame, layout: LayoutSnapshot)? = { _ in nil }) {
            self.perform = perform
            self.present = present
            self.drawn = drawn
            self.now = now
            self.idle = idle
            self.drawnAhead = drawnAhead
        }
    }

    /// Nanoseconds spent on one frame's event, by the world's clock.
    public struct FrameTiming: Sendable, Equatable {
        public var reduce: UInt64 = 0, render: UInt64 = 0, draw: UInt64 = 0
        /// When the event was read (the backend handed it over; 0 for the first frame) and when
        /// the frame was drawn: `drawnAt - read` is the key's whole cost in pir, with what lies
        /// between the three parts (keys already waiting, effects).
        public var read: UInt64 = 0, drawnAt: UInt64 = 0
    }

    /// The explorer on the whole report, for a session whose first frame was drawn from part of it
    /// (`PendingReport`): its first state, reducer and view, made as the first ones were; nil when
    /// the rest could not be had (the session then ends, and says why).
    public typealias Whole = () -> (state: AppState, reducer: Reducer, view: ExplorerView)?

    /// Runs until the user quits or the input ends; returns the last state. With `whole`, the
    /// first frame is drawn from `reducer` and `view`, and the first event waits for `whole` and is
    /// reduced by its reducer, from its first state: a report still decoding changes when the
    /// answer to a key comes, never what it is.
    @discardableResult
    public static func run(_ state: AppState, on backend: TerminalBackend, reducer: Reducer, view: ExplorerView, world: World,
                           whole: Whole? = nil) -> AppState {
        var (state, reducer, view, whole) = (state, reducer, view, whole)
        var cause: Event?
        var timing = FrameTiming()
        // what the frame on screen showed where: paging and the mouse read it with the next event
        var layout: LayoutSnapshot?
        while true {
            let start = world.now()
            let (frame, drawnLayout) = world.drawnAhead(state) ?? view.laidOut(state)
            layout = drawnLayout
            let rendered = world.now()
            backend.draw(frame)
            timing.drawnAt = world.now()
            timing.render = rendered - start
            timing.draw = timing.drawnAt - rendered
            world.drawn(state, cause, timing)
            if state.quit { break }
            world.idle(state, layout)
            guard let event = backend.nextEvent(timeout: -1) else { break }
            timing.read = world.now()
            if let pending = whole {
                whole = nil
                guard let made = pending() else { break }
                (state, reducer, view) = made
                // the same frame as the one on screen when the first part drew it all: ncurses then
                // sends nothing; the layout is the whole report's for the event
                let (frame, drawnLayout) = view.laidOut(state)
                layout = drawnLayout
                backend.draw(frame)
            }
            state = reducer.reduce(state, event, after: layout)
            timing.reduce = world.now() - timing.read
            cause = event
            // Keys already waiting (a paste, a held key, a burst of resizes) are applied before the
            // next frame, so a long paste costs one frame rather than one per character.
            var applied = 0
            while !state.quit, !state.presentRequested, applied < 1_000, let next = backend.nextEvent(timeout: 0) {
                state = reducer.reduce(state, next, after: layout)
                applied += 1
            }
            if !state.effects.isEmpty {
                // drawn first so an OSC 52 sequence goes out after the frame, never inside it
                let effects = state.effects
                state.effects = []
                let (effectFrame, effectLayout) = view.laidOut(state)
                layout = effectLayout
                backend.draw(effectFrame)
                let results = effects.map { world.perform($0, state.language) }
                state = reducer.reduce(state, .done(results.joined(separator: " · ")))
            }
            if state.presentRequested {
                let (stay, language) = world.present(state)
                state = reducer.reduce(state, .presented(stay: stay, language: language))
                if state.quit { break }
                state = reducer.reduce(state, .resize(width: backend.size.width, height: backend.size.height))
            }
        }
        return state
    }
}
