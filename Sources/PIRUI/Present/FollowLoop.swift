import PIRModel
import PIRShare

/// What a follower needs of its connection to the presenter: `ShareClient` is one (its socket,
/// its trust checks and its back-off stay its own); a test's is a script of messages.
public protocol PresenterLink: AnyObject {
    var isConnected: Bool { get }
    /// Why the last attempt failed (not there, not trusted …), for the waiting notice.
    var problem: String? { get }
    /// Whose share this is (`--from USER`).
    var owner: String? { get }
    /// Tries to connect if its back-off allows now; true when connected by it.
    func attemptNow() -> Bool
    /// Milliseconds until the next attempt is due; nil while connected or never.
    func millisecondsToNextAttempt() -> Int32?
    /// The messages that arrived, range-checked; nil when the connection was lost.
    func receive() -> [ShareMessage]?
    func disconnect()
}

/// The follower's run loop, on any backend: `pir follow NAME` and `pir present --notes NAME`
/// mirror a shared presentation at this terminal's own size. While no presenter is there — not
/// yet, restarting, or refused as not trusted — the screen says so and why, and the link tries
/// again when its back-off says. The presenter's messages are the follower's events
/// (`FollowedPresentation.apply`), its keys go to `Following.reduce`, and the clock is the world's.
public enum FollowLoop {
    /// Whom the follower follows, for what its footer and its waiting notice say.
    public struct Share: Sendable {
        public var name: String
        /// `--from USER`: another user's `--group` share.
        public var from: String?
        /// `--via user@host`.
        public var via: String?
        /// The presenter view (timer, notes, next slide) instead of the slides.
        public var notes = false
        public var maxWidth = SlideView.defaultMaxWidth
        public init(name: String, from: String? = nil, via: String? = nil, notes: Bool = false, maxWidth: Int = SlideView.defaultMaxWidth) {
            self.name = name
            self.from = from
            self.via = via
            self.notes = notes
            self.maxWidth = maxWidth
        }
    }

    public struct World {
        /// Seconds since 1970, for the timer (a fake clock in tests).
        public var now: () -> Double
        /// The local wall-clock time at `now`, `14:05`.
        public var clock: (Double) -> String
        /// Waits until the presenter's messages or input are ready, or `timeout` ms pass (-1: no
        /// limit); true when input is ready (or the terminal hung up). The link is read after
        /// every wait while it is connected.
        public var wait: (Int32) -> Bool

        public init(now: @escaping () -> Double, clock: @escaping (Double) -> String = { _ in "" },
                    wait: @escaping (Int32) -> Bool) {
            self.now = now
            self.clock = clock
            self.wait = wait
        }
    }

    /// Runs until the follower leaves or its input ends; returns the last state.
    @discardableResult
    public static func run(_ initial: PresentState, on backend: TerminalBackend, report: Report, reducer: Reducer,
                           share: Share, link: PresenterLink, world: World) -> PresentState {
        var state = initial
        state.showTimer = initial.showTimer || share.notes
        var followed = FollowedPresentation(report: report)
        var view = PresentView(report: report, decks: followed.decks, glyphs: backend.glyphs, maxWidth: share.maxWidth, reducer: reducer)
        var notesView = NotesView(decks: followed.decks, glyphs: backend.glyphs)
        var drawn: (PresentState, PresentTime)?
        // a deck (re)loaded forgets what was drawn, but the screen still holds it: the next frame
        // (the first slide after the waiting notice) is drawn on a cleared screen
        var reloaded = false
        while true {
            if !link.isConnected && link.attemptNow() { state.notice = nil }
            if !link.isConnected { state.notice = waiting(share, link, state.language) }
            state.following = label(share, link, state.language)
                + (followed.exploring.map { state.language.strings.slides.presenterExploring + Following.exploring($0, state.language) } ?? "")
            if state.status.isEmpty, let warning = followed.warning { state.status = warning.text(state.language) }
            let now = world.now()
            let time = PresentTime(elapsed: followed.elapsed(now: now), clock: world.clock(now))
            // a wake-up that changed nothing on screen (a piece of a long message) draws nothing
            if backend.screenForgotten || drawn.map({ $0.0 != state || $0.1 != time }) ?? true {
                backend.draw(share.notes ? notesView.render(state, time: time) : view.render(state, time: time),
                             repaint: reloaded || (drawn.map { PresentLoop.isNewScreen($0.0, state) } ?? false))
                drawn = (state, time)
                reloaded = false
            }
            if state.quitAll || state.quit { break }
            let tick: Int32 = state.showTimer ? Int32(1000 - Int(saturating: now * 1000, rounding: .towardZero) % 1000) + 2 : -1
            let retry = link.millisecondsToNextAttempt()
            let timeout: Int32 = retry.map { tick < 0 ? $0 : min(tick, $0) } ?? tick
            let input = world.wait(timeout)
            if link.isConnected {
                if let received = link.receive() {
                    for message in received {
                        if message.type == .bye { link.disconnect() }
                        if followed.apply(message, to: &state, report: report) {
                            view = PresentView(report: report, decks: followed.decks, glyphs: backend.glyphs, maxWidth: share.maxWidth, reducer: reducer)
                            notesView = NotesView(decks: followed.decks, glyphs: backend.glyphs)
                            reloaded = reloaded || drawn != nil
                            drawn = nil
                        }
                    }
                    if !link.isConnected { state.notice = waiting(share, link, state.language); followed.lost(&state) }
                } else {
                    state.notice = waiting(share, link, state.language)
                    followed.lost(&state)
                }
            }
            if input {
                while let event = backend.nextEvent(timeout: 0) {
                    state = Following.reduce(state, event)
                }
                if backend.inputEnded { break }
            }
        }
        return state
    }

    /// The notice while no presenter answers, in the follower's language (`w` may change it).
    static func waiting(_ share: Share, _ link: PresenterLink, _ language: Language) -> String {
        let command = "pir present --share \(share.name)" + (share.from != nil ? " --group" : "")
        var text = language.strings.slides.waitingForThePresenterOf + " \"\(share.name)\""
        if let via = share.via { text += " on \(via)" }
        if let problem = link.problem { return text + " — " + problem }
        return text + " … (\(command))"
    }

    /// The footer's `following NAME (owner) @ host`.
    static func label(_ share: Share, _ link: PresenterLink, _ language: Language) -> String {
        var text = language.strings.slides.followingPrefix + share.name
        if let owner = link.owner { text += " (\(owner))" }
        if let via = share.via { text += " @ \(via)" }
        return text
    }
}
