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

/// `pir present` and the explorer's `p` on the ncurses terminal: the share's socket, the signals
/// that remove it, and `PresentLoop` started with this terminal, the sockets and the real clock.
public enum PresentSession {
    public struct Options: Sendable {
        /// `--theme` or `PIR_THEME`; `auto` follows the terminal's background.
        public var theme: ThemeName = .auto
        public var ascii = false
        public var mouse = true
        public var maxWidth = SlideView.defaultMaxWidth
        /// `--share NAME`, and whether the group may follow (`--group`).
        public var share: String?
        public var group = false
        public var startSlide = 0
        /// `--lang`: the language the presentation starts in; `w` switches.
        public var language: Language = .zh
        public init() {}

        /// The explorer's look and language, for a deck opened from it.
        public init(explorer: ExplorerSession.Options) {
            theme = explorer.theme
            ascii = explorer.ascii
            mouse = explorer.mouse
            language = explorer.language
        }
    }

    /// `pir present`: takes the terminal until the presenter quits.
    public static func run(report: Report, deck: Deck, options: Options) throws -> Int32 {
        // the socket first: a name already in use is said on a plain terminal, before curses starts
        // the handlers first, so that a signal from the moment the socket exists removes it
        let decks = Decks(deck, report: report)
        // a deck followers could not be told is refused now, on a plain terminal, not found out
        // by every follower showing nothing
        if options.share != nil, let problem = ShareLimits.problem(sharing: PresentLoop.hello(decks)) {
            throw TerminalError(description: problem)
        }
        if options.share != nil { Signals.install() }
        let server: ShareServer?
        do {
            server = try options.share.map { try ShareServer(name: $0, group: options.group) }
        } catch let error as ShareError {
            throw TerminalError(description: error.message(in: options.language))
        }
        // every way out removes the socket: `q` and errors here, SIGHUP (a closed window, a
        // dropped SSH link), SIGTERM, SIGINT and crashes in the signal handlers
        if let server { Signals.removeOnFatalSignal(server.path) }
        defer {
            Signals.removeOnFatalSignal(nil)
            server?.close()
        }
        let terminal = try Terminal(theme: options.theme, slides: true, ascii: options.ascii, mouse: options.mouse)
        defer { terminal.stop() }
        terminal.recogniseHomeAndEndVariants()
        let reducer = Reducer(report: report)
        var state = PresentState(width: terminal.size.width, height: terminal.size.height, slide: options.startSlide)
        state.language = options.language
        if !terminal.utf8 { state.status = "Chinese text needs a UTF-8 locale (e.g. LANG=C.UTF-8)" }
        if let server { state.status = options.language.strings.slides.sharingPrefix + "pir follow \(options.share!) · \(server.path)" }
        _ = run(terminal: terminal, report: report, decks: decks, reducer: reducer, state: state, options: options, server: server)
        return terminal.inputEnded ? 128 + SIGHUP : 0
    }

    /// From the explorer's `p`: the deck opens at the node's slide in the same terminal, in
    /// `options.language`; `q` comes back. Returns false when the presenter quit pir altogether
    /// (`Q`), and the language the presentation ended in, for the explorer to carry on in.
    public static func present(in terminal: Terminal, report: Report, reducer: Reducer, at node: SlideNode?,
                               options: Options) -> (stay: Bool, language: Language) {
        let decks = Decks(Deck.standard(report), report: report)
        terminal.recogniseHomeAndEndVariants()
        var state = PresentState(width: terminal.size.width, height: terminal.size.height)
        state.language = options.language
        if let node, let position = decks.zh.position(for: node, in: report) {
            state.slide = position.slide
            state.step = position.step
        }
        state.status = options.language.strings.slides.qBackToTheExplorer
        let end = run(terminal: terminal, report: report, decks: decks, reducer: reducer, state: state, options: options, server: nil)
        terminal.invalidate()
        return (!end.quitAll, end.language)
    }

    /// `PresentLoop` on the ncurses terminal: one `poll` waits on the keys and the share's sockets,
    /// so a follower never holds up a key and the clock ticks without a key.
    static func run(terminal: Terminal, report: Report, decks: Decks, reducer: Reducer, state initial: PresentState,
                    options: Options, server: ShareServer?) -> PresentState {
        let presentReducer = PresentReducer(report: report, decks: decks, explorer: reducer)
        let view = PresentView(report: report, decks: decks, glyphs: terminal.glyphs, maxWidth: options.maxWidth, reducer: reducer)
        server?.setHello(.hello(PresentLoop.hello(decks)))
        let world = PresentLoop.World(
            now: { Date().timeIntervalSince1970 },
            clock: { clock(Date(timeIntervalSince1970: $0)) },
            wait: { tick in
                // and, while the listener rests (descriptors ran out), wake for when it is polled again
                let timeout: Int32 = server?.millisecondsToWake.map { tick < 0 ? $0 : min(tick, $0) } ?? tick
                let (polled, input, hangup) = terminal.wait(with: server?.pollDescriptors ?? [], timeout: timeout)
                server?.handle(polled)
                return input || hangup
            },
            publish: { server?.publish(.state($0)) },
            perform: { effect, language in Effects.perform(effect, language: language) })
        return PresentLoop.run(initial, on: terminal, reducer: presentReducer, view: view, world: world)
    }

    /// Local wall-clock time, `14:05`.
    static func clock(_ date: Date) -> String {
        var seconds = time_t(Int(saturating: date.timeIntervalSince1970, rounding: .down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return "" }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min))"
    }
}
