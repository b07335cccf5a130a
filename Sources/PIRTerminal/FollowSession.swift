#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRShare
import PIRUI

/// `pir follow NAME` and `pir present --notes NAME` on the ncurses terminal: the connection
/// (`ShareClient`, with its trust checks and back-off, through ssh for `--via`) and `FollowLoop`
/// started with this terminal, that connection and the real clock.
public enum FollowSession {
    public struct Options: Sendable {
        /// `--theme` or `PIR_THEME`; `auto` follows the terminal's background.
        public var theme: ThemeName = .auto
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
        } catch let error as ShareError { throw TerminalError(description: error.message(in: options.language)) }
        let terminal = try Terminal(theme: options.theme, slides: true, ascii: options.ascii, mouse: false)
        defer { terminal.stop() }
        // built once: a view made per frame would build the report's search index every time
        let reducer = Reducer(report: report)
        var state = PresentState(width: terminal.size.width, height: terminal.size.height)
        state.language = options.language
        let share = FollowLoop.Share(name: name, from: options.from, via: options.via, notes: options.notes, maxWidth: options.maxWidth)
        let world = FollowLoop.World(
            now: { Date().timeIntervalSince1970 },
            clock: { PresentSession.clock(Date(timeIntervalSince1970: $0)) },
            wait: { timeout in
                let socket = client.isConnected ? [pollfd(fd: client.fd, events: Int16(POLLIN), revents: 0)] : []
                let (_, input, hangup) = terminal.wait(with: socket, timeout: timeout)
                return input || hangup
            })
        FollowLoop.run(state, on: terminal, report: report, reducer: reducer, share: share, link: client, world: world)
        return terminal.inputEnded ? 128 + SIGHUP : 0
    }
}

/// The share client is the follower loop's link to the presenter, on the share's own clock.
extension ShareClient: PresenterLink {
    public func attemptNow() -> Bool { attempt() }
    public func millisecondsToNextAttempt() -> Int32? { millisecondsToRetry() }
    public func receive() -> [ShareMessage]? { read() }
}
