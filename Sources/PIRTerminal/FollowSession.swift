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
/// terminal's own size. While no presenter is there — not yet, or restarting — the screen says
/// so and the follower tries again twice a second.
public enum FollowSession {
    public struct Options: Sendable {
        public var theme = "dark"
        public var ascii = false
        public var maxWidth = SlideView.defaultMaxWidth
        /// The presenter view (timer, notes, next slide) instead of the slides.
        public var notes = false
        /// `--lang`: this follower's language, whatever the presenter's; `w` switches.
        public var language: Language = .zh
        public init() {}
    }

    public static func run(report: Report, name: String, options: Options) throws -> Int32 {
        let client: ShareClient
        do { client = try ShareClient(name: name) } catch { throw TerminalError(description: error.description) }
        let terminal = try Terminal(themeName: options.theme, ascii: options.ascii, mouse: false)
        defer { terminal.stop() }
        var decks = Decks(only: Deck(spec: DeckSpec(items: []), report: report))
        // built once: a view made per frame would build the report's search index every time
        let reducer = Reducer(report: report)
        var view = PresentView(report: report, decks: decks, glyphs: terminal.glyphs, maxWidth: options.maxWidth, reducer: reducer)
        var notesView = NotesView(decks: decks, glyphs: terminal.glyphs)
        var state = PresentState(width: terminal.size.width, height: terminal.size.height)
        state.showTimer = options.notes
        state.language = options.language
        var startedAt: Double?
        var warning: Following.Warning?
        // said in the follower's language, which `w` may change at any time
        func waiting() -> String {
            state.language("等待演示者 waiting for the presenter of", "waiting for the presenter of") + " \"\(name)\" … (pir present --share \(name))"
        }
        func label() -> String {
            var text = state.language("跟随 ", "following ") + name
            if let owner = client.owner { text += " (\(owner))" }
            return text
        }
        // what the presenter explores, as the presenter said it: a node, labelled here
        var exploring: String?
        while true {
            if !client.isConnected && client.connect() { state.notice = nil }
            if !client.isConnected { state.notice = waiting() }
            state.following = label() + (exploring.map { state.language(" · 演示者在浏览 exploring ", " · presenter exploring ") + Following.exploring($0, state.language) } ?? "")
            if state.status.isEmpty, let warning { state.status = warning.text(state.language) }
            let now = Date()
            let elapsed = startedAt.map { max(0, Int(now.timeIntervalSince1970 - $0)) } ?? 0
            let time = PresentTime(elapsed: elapsed, clock: PresentSession.clock(now))
            if options.notes {
                terminal.draw(notesView.render(state, time: time))
            } else {
                terminal.draw(view.render(state, time: time))
            }
            if state.quitAll || state.quit { break }
            let socket = client.isConnected ? [pollfd(fd: client.fd, events: Int16(POLLIN), revents: 0)] : []
            let tick: Int32 = state.showTimer ? Int32(1000 - Int(now.timeIntervalSince1970 * 1000) % 1000) + 2 : -1
            let timeout: Int32 = client.isConnected ? tick : (tick < 0 ? 500 : min(tick, 500))
            let (_, input, hangup) = terminal.wait(with: socket, timeout: timeout)
            if client.isConnected {
                if let messages = client.read() {
                    for message in messages {
                        switch message.type {
                        case .hello:
                            guard let hello = message.hello else { continue }
                            let (deck, problem) = Following.deck(entries: hello.entries, notes: hello.notes, title: hello.title,
                                                                 presenterTitles: hello.titles, report: report)
                            warning = problem
                            decks = Decks(deck, report: report)
                            view = PresentView(report: report, decks: decks, glyphs: terminal.glyphs, maxWidth: options.maxWidth, reducer: reducer)
                            notesView = NotesView(decks: decks, glyphs: terminal.glyphs)
                            state.slide = min(state.slide, max(0, decks.zh.slides.count - 1))
                            state.step = 0
                            state.status = ""
                        case .state:
                            guard let shared = message.state else { continue }
                            let slides = decks.zh.slides
                            state.slide = max(0, min(slides.count - 1, shared.slide))
                            // a state is taken as a hint, not trusted: a step the slide lacks is no step
                            state.step = slides.isEmpty ? 0 : max(0, min(slides[state.slide].steps, shared.step))
                            state.blank = shared.blank
                            startedAt = shared.startedAt
                            exploring = shared.exploring
                        case .bye:
                            client.disconnect()
                            state.blank = false
                        }
                    }
                    if !client.isConnected { state.notice = waiting(); exploring = nil }
                } else {
                    state.notice = waiting()
                    state.blank = false
                    exploring = nil
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
