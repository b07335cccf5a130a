#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PIRModel
import PIRShare
import PIRUI

/// `pir follow NAME` and `pir present --notes NAME`: mirror a shared presentation at this
/// terminal's own size. While no presenter is there — not yet, restarting, or refused as not
/// trusted — the screen says so and why, and the follower tries again, less often each time
/// (`ShareClient`'s back-off) until a presenter answers with its deck.
public enum FollowSession {
    public struct Options: Sendable {
        public var theme = "dark"
        public var ascii = false
        public var maxWidth = SlideView.defaultMaxWidth
        /// The presenter view (timer, notes, next slide) instead of the slides.
        public var notes = false
        /// `--lang`: this follower's language, whatever the presenter's; `w` switches.
        public var language: Language = .zh
        /// `--from USER`: another user's `--group` share.
        public var from: String?
        /// `--via user@host`: the presenter is on another machine, reached with ssh; and the pir
        /// to run there (`--remote-pir`).
        public var via: String?
        public var remotePir = "pir"
        public init() {}
    }

    public static func run(report: Report, name: String, options: Options) throws -> Int32 {
        let client: ShareClient
        do {
            let tunnel = try options.via.map { try ShareTunnel(destination: $0, remotePir: options.remotePir) }
            client = try ShareClient(name: name, from: options.from, via: tunnel)
        } catch let error as ShareError { throw TerminalError(description: error.description) }
        let terminal = try Terminal(themeName: options.theme, ascii: options.ascii, mouse: false)
        defer { terminal.stop() }
        var followed = FollowedPresentation(report: report)
        // built once: a view made per frame would build the report's search index every time
        let reducer = Reducer(report: report)
        var view = PresentView(report: report, decks: followed.decks, glyphs: terminal.glyphs, maxWidth: options.maxWidth, reducer: reducer)
        var notesView = NotesView(decks: followed.decks, glyphs: terminal.glyphs)
        var state = PresentState(width: terminal.size.width, height: terminal.size.height)
        state.showTimer = options.notes
        state.language = options.language
        // said in the follower's language, which `w` may change at any time
        func waiting() -> String {
            let command = "pir present --share \(name)" + (options.from != nil ? " --group" : "")
            var text = state.language("等待演示者 waiting for the presenter of", "waiting for the presenter of") + " \"\(name)\""
            if let via = options.via { text += " on \(via)" }
            if let problem = client.problem { return text + " — " + problem }
            return text + " … (\(command))"
        }
        func label() -> String {
            var text = state.language("跟随 ", "following ") + name
            if let owner = client.owner { text += " (\(owner))" }
            if let via = options.via { text += " @ \(via)" }
            return text
        }
        var drawn: (PresentState, PresentTime)?
        while true {
            if !client.isConnected && client.attempt() { state.notice = nil }
            if !client.isConnected { state.notice = waiting() }
            state.following = label() + (followed.exploring.map { state.language(" · 演示者在浏览 exploring ", " · presenter exploring ") + Following.exploring($0, state.language) } ?? "")
            if state.status.isEmpty, let warning = followed.warning { state.status = warning.text(state.language) }
            let now = Date()
            let time = PresentTime(elapsed: followed.elapsed(now: now.timeIntervalSince1970), clock: PresentSession.clock(now))
            // a wake-up that changed nothing on screen (a piece of a long message) draws nothing
            if terminal.previous == nil || drawn.map({ $0.0 != state || $0.1 != time }) ?? true {
                terminal.draw(options.notes ? notesView.render(state, time: time) : view.render(state, time: time))
                drawn = (state, time)
            }
            if state.quitAll || state.quit { break }
            let socket = client.isConnected ? [pollfd(fd: client.fd, events: Int16(POLLIN), revents: 0)] : []
            let tick: Int32 = state.showTimer ? Int32(1000 - Int(saturating: now.timeIntervalSince1970 * 1000, rounding: .towardZero) % 1000) + 2 : -1
            let retry = client.millisecondsToRetry()
            let timeout: Int32 = retry.map { tick < 0 ? $0 : min(tick, $0) } ?? tick
            let (_, input, hangup) = terminal.wait(with: socket, timeout: timeout)
            if client.isConnected {
                if let messages = client.read() {
                    for message in messages {
                        if message.type == .bye { client.disconnect() }
                        if followed.apply(message, to: &state, report: report) {
                            view = PresentView(report: report, decks: followed.decks, glyphs: terminal.glyphs, maxWidth: options.maxWidth, reducer: reducer)
                            notesView = NotesView(decks: followed.decks, glyphs: terminal.glyphs)
                            drawn = nil
                        }
                    }
                    if !client.isConnected { state.notice = waiting(); followed.lost(&state) }
                } else {
                    state.notice = waiting()
                    followed.lost(&state)
                }
            }
            if input || hangup {
                while let event = terminal.nextEvent(timeout: 0) {
                    state = Following.reduce(state, event)
                }
                if terminal.inputEnded { break }
            }
        }
        return terminal.inputEnded ? 128 + SIGHUP : 0
    }
}
