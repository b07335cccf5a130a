import Foundation
import PIRModel
import PIRUI
import Testing

/// The presenter and a follower in two tmux sessions of different sizes on one machine: every
/// change the presenter makes shows on the follower, drilling into the explorer and back keeps
/// the slide and step, and the follower comes back when the presenter restarts.
@Suite(.serialized) final class PresentEndToEndTests {
    let tmux: TmuxServer
    let presenter: String
    let follower: String
    let name: String
    let runtime: String

    init() throws {
        let server = TmuxServer("pir-present")
        tmux = server
        presenter = server.name + "-p"
        follower = server.name + "-f"
        name = "e2e-\(UUID().uuidString.prefix(8))"
        // a runtime directory of its own, so no other presentation is in the way
        runtime = FileManager.default.temporaryDirectory.appendingPathComponent(server.name).path
        try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// After every test, pass or fail: the server ended once the presenter and follower have
    /// exited (a presenter removes its socket as it goes), then the runtime directory removed.
    deinit {
        tmux.stop()
        try? FileManager.default.removeItem(atPath: runtime)
    }

    func screen(_ session: String) throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    func waitFor(_ session: String, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        try settledScreen("\(what) in \(session)", capture: { try screen(session) }, predicate)
    }

    func command(_ args: String, marker: String) throws -> String {
        let binary = try #require(Binary.url, "pir not built")
        return "env LANG=C.UTF-8 TERM=xterm-256color XDG_RUNTIME_DIR=\(runtime) \(binary.path) \(args); echo \"\(marker)=$?\"; sleep 60"
    }

    func start(_ session: String, width: Int, height: Int, _ args: String, marker: String) throws {
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session, try command(args, marker: marker)])
        try tmux(["set-option", "-t", session, "status", "off"])
    }

    func keys(_ session: String, _ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// A screen's rows without trailing spaces, as many as the terminal has.
    func lines(_ text: String, _ height: Int) -> [String] {
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(height)
            .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        return rows + Array(repeating: "", count: max(0, height - rows.count))
    }

    /// The footer's `5 / 16`, from the last line of a screen.
    func position(_ text: String) -> String? {
        guard let last = text.split(separator: "\n").last else { return nil }
        return last.range(of: #"\d+ / \d+( · \d+/\d+)?\s*$"#, options: .regularExpression).map { String(last[$0]).trimmingCharacters(in: .whitespaces) }
    }

    @Test func presentFollowJumpDrillAndComeBack() throws {
        try start(presenter, width: 100, height: 30, "present --share \(name)", marker: "PRESENTER")
        _ = try waitFor(presenter, "the title slide") { $0.contains("国际劳工组织 2020–2021 两年期计划执行报告") && position($0) == "1 / 16" }
        try start(follower, width: 80, height: 24, "follow \(name)", marker: "FOLLOWER")
        _ = try waitFor(follower, "the follower on slide 1") { position($0) == "1 / 16" && $0.contains("跟随 \(name)") }

        // slide 5 by number: outcome 1, on both, each at its own size
        try keys(presenter, "5", "Enter")
        var text = try waitFor(presenter, "slide 5") { position($0) == "5 / 16" }
        #expect(text.contains("成果目标 1：强有力的三方成员与具有影响力和包容性的社会对话"))
        text = try waitFor(follower, "the follower on slide 5") { position($0) == "5 / 16" }
        #expect(text.contains("成果目标 1"))
        // each screen is exactly the frame the UI core renders for that terminal's size
        let report = try ReportLoader.loadBundled()
        let view = PresentView(report: report, deck: Deck.standard(report))
        _ = try waitFor(presenter, "the presenter's frame at 100x30") { lines($0, 30) == lines(view.render(PresentState(width: 100, height: 30, slide: 4)).text, 30) }
        var followed = PresentState(width: 80, height: 24, slide: 4)
        followed.following = "跟随 \(name)"
        _ = try waitFor(follower, "the follower's frame at 80x24") { lines($0, 24) == lines(view.render(followed).text, 24) }

        // a step: the first indicator highlighted on both
        try keys(presenter, "Right")
        _ = try waitFor(presenter, "step 1") { position($0) == "5 / 16 · 1/8" && $0.contains("► 1.1.1") }
        _ = try waitFor(follower, "the follower at step 1") { position($0) == "5 / 16 · 1/8" && $0.contains("► 1.1.1") }

        // Enter drills into the explorer at that indicator; the follower keeps the slide and says so
        try keys(presenter, "Enter")
        text = try waitFor(presenter, "the explorer at 1.1.1") { $0.contains("浏览 › 成果目标 1 › 产出 1.1 › 指标 1.1.1") }
        #expect(text.contains("幻灯片 5 / 16"))
        _ = try waitFor(follower, "the follower told the presenter explores") { $0.contains("演示者在浏览") && position($0) == "5 / 16 · 1/8" }
        // explorer keys work: down to the next indicator
        try keys(presenter, "Down")
        _ = try waitFor(presenter, "indicator 1.1.2") { $0.contains("指标 1.1.2") }

        // Esc: back to slide 5, step 1
        try keys(presenter, "Escape")
        _ = try waitFor(presenter, "back on slide 5 step 1") { position($0) == "5 / 16 · 1/8" && $0.contains("► 1.1.1") }
        _ = try waitFor(follower, "the follower no longer told") { !$0.contains("演示者在浏览") && position($0) == "5 / 16 · 1/8" }

        // the last slide, then blank and back
        try keys(presenter, "End")
        _ = try waitFor(presenter, "the end") { position($0) == "16 / 16" && $0.contains("谢谢") }
        _ = try waitFor(follower, "the follower at the end") { position($0) == "16 / 16" && $0.contains("谢谢") }
        try keys(presenter, "b")
        _ = try waitFor(presenter, "blank") { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        _ = try waitFor(follower, "the follower blank") { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try keys(presenter, "b")
        _ = try waitFor(follower, "the follower back from blank") { position($0) == "16 / 16" }

        // the presenter quits: the follower waits, then comes back when the presenter restarts
        try keys(presenter, "q")
        _ = try waitFor(presenter, "the presenter's exit") { $0.contains("PRESENTER=0") }
        _ = try waitFor(follower, "the follower waiting") { $0.contains("等待演示者") }
        try tmux(["respawn-pane", "-k", "-t", presenter, try command("present --share \(name) --start 3", marker: "PRESENTER")])
        _ = try waitFor(follower, "the follower reconnected on slide 3") { position($0) == "3 / 16" && $0.contains("按区域分列的成果") }

        // followers cannot drive
        try keys(follower, "Right", "5", "Enter")
        text = try waitFor(follower, "the follower's note") { $0.contains("only the presenter") }
        #expect(position(text) == "3 / 16")
        try keys(follower, "q")
        _ = try waitFor(follower, "the follower's exit") { $0.contains("FOLLOWER=0") }
        try keys(presenter, "Q")
        _ = try waitFor(presenter, "the presenter's exit") { $0.contains("PRESENTER=0") }
        #expect(!FileManager.default.fileExists(atPath: "\(runtime)/pir-\(name).sock"), "the socket is removed")
    }

    @Test func anEnglishFollowerFollowsAChinesePresenterEachInItsOwnLanguage() throws {
        try start(presenter, width: 100, height: 30, "present --share \(name)", marker: "PRESENTER")
        _ = try waitFor(presenter, "the title slide") { $0.contains("国际劳工组织 2020–2021 两年期计划执行报告") && position($0) == "1 / 16" }
        // wide enough for the footer to say in full what the presenter explores
        try start(follower, width: 120, height: 30, "follow \(name) --lang en", marker: "FOLLOWER")
        _ = try waitFor(follower, "the English follower on slide 1") {
            position($0) == "1 / 16" && $0.contains("ILO Programme Implementation Report 2020–21") && $0.contains("following \(name)")
        }
        // outcome 1 with its first indicator highlighted: Chinese there, English here, the same place
        try keys(presenter, "5", "Enter", "Right")
        _ = try waitFor(presenter, "step 1 of slide 5") { position($0) == "5 / 16 · 1/8" && $0.contains("成果目标 1：") }
        var text = try waitFor(follower, "the follower at step 1 of slide 5") { position($0) == "5 / 16 · 1/8" && $0.contains("► 1.1.1") }
        #expect(text.contains("Outcome 1: ") && !text.contains("成果目标 1："))
        // exactly the frame the UI core renders in English for this size
        let report = try ReportLoader.loadBundled()
        let view = PresentView(report: report, deck: Deck.standard(report))
        var followed = PresentState(width: 120, height: 30, slide: 4, step: 1)
        followed.language = .en
        followed.following = "following \(name)"
        _ = try waitFor(follower, "the follower's English frame at 120x30") { lines($0, 30) == lines(view.render(followed).text, 30) }
        // the presenter explores: the follower says so in English
        try keys(presenter, "Enter")
        _ = try waitFor(follower, "the follower told in English") { $0.contains("presenter exploring Indicator 1.1.1") }
        try keys(presenter, "Escape")
        _ = try waitFor(follower, "the follower no longer told") { !$0.contains("presenter exploring") && position($0) == "5 / 16 · 1/8" }
        // each switches its own language: the follower to Chinese, then the presenter to English
        try keys(follower, "w")
        _ = try waitFor(follower, "the follower in Chinese") { $0.contains("成果目标 1：") && $0.contains("跟随 \(name)") && position($0) == "5 / 16 · 1/8" }
        try keys(presenter, "w")
        _ = try waitFor(presenter, "the presenter in English") { $0.contains("Outcome 1: ") && position($0) == "5 / 16 · 1/8" }
        try keys(presenter, "Right")
        text = try waitFor(follower, "the follower at step 2, still in Chinese") { position($0) == "5 / 16 · 2/8" && $0.contains("► 1.1.2") }
        #expect(text.contains("成果目标 1：") && !text.contains("Outcome 1: "))
        try keys(follower, "q")
        _ = try waitFor(follower, "the follower's exit") { $0.contains("FOLLOWER=0") }
        try keys(presenter, "Q")
        _ = try waitFor(presenter, "the presenter's exit") { $0.contains("PRESENTER=0") }
    }

    @Test func presenterViewShowsNotesAndTheNextSlide() throws {
        try start(presenter, width: 100, height: 30, "present --share \(name) --start 11", marker: "PRESENTER")
        _ = try waitFor(presenter, "slide 11") { position($0) == "11 / 16" }
        try start(follower, width: 100, height: 30, "present --notes \(name)", marker: "NOTES")
        // the frame arrives in pieces over the pty: wait for its last region (the notes) before judging it
        let text = try waitFor(follower, "the presenter view") { $0.contains("现在 Now  11 / 16") && $0.contains("下一张 Next") && $0.contains("167 项成果") }
        #expect(text.contains("成果目标 7：为所有人提供充分和有效的劳动保护"))
        #expect(text.contains("下一张 Next  12 / 16  成果目标 8"))
        // outcome 7's notes are the report's own sentences
        #expect(text.contains("167 项成果"))
        try keys(presenter, "Right", "Right")
        _ = try waitFor(follower, "step 2 in the presenter view") { $0.contains("11 / 16 · 2/11") && $0.contains("► 7.1.2") }
        try keys(follower, "q")
        _ = try waitFor(follower, "exit") { $0.contains("NOTES=0") }
        try keys(presenter, "q")
    }

    @Test func theExplorersPPresentsInItsLanguageAndTheLanguageComesBack() throws {
        try start(presenter, width: 100, height: 30, "--lang en --view explorer", marker: "EXPLORER")
        try keys(presenter, "3", ".", "1", ".", "2", "Enter")
        _ = try waitFor(presenter, "indicator 3.1.2 in English") { $0.contains("Indicator 3.1.2") }
        try keys(presenter, "p")
        _ = try waitFor(presenter, "outcome 3's slide in English") { position($0) == "7 / 16 · 2/7" && $0.contains("Outcome 3: ") && $0.contains("► 3.1.2") }
        try keys(presenter, "w")
        _ = try waitFor(presenter, "the slide in Chinese") { position($0) == "7 / 16 · 2/7" && $0.contains("成果目标 3：") }
        try keys(presenter, "q")
        _ = try waitFor(presenter, "the explorer again, in Chinese") { $0.contains("指标 3.1.2") && !$0.contains("Indicator 3.1.2") }
        try keys(presenter, "q")
        _ = try waitFor(presenter, "exit") { $0.contains("EXPLORER=0") }
    }

    @Test func theExplorersPOpensTheDeckAtTheFocusedIndicatorAndQComesBack() throws {
        try start(presenter, width: 100, height: 30, "--view explorer", marker: "EXPLORER")
        _ = try waitFor(presenter, "the explorer") { $0.contains("成果目标 Outcomes") }
        try keys(presenter, "3", ".", "1", ".", "2", "Enter")
        _ = try waitFor(presenter, "indicator 3.1.2") { $0.contains("指标 3.1.2") }
        try keys(presenter, "p")
        let text = try waitFor(presenter, "outcome 3's slide at 3.1.2") { position($0) == "7 / 16 · 2/7" }
        #expect(text.contains("► 3.1.2"))
        try keys(presenter, "q")
        _ = try waitFor(presenter, "the explorer again") { $0.contains("成果目标 Outcomes") && $0.contains("指标 3.1.2") }
        try keys(presenter, "q")
        _ = try waitFor(presenter, "exit") { $0.contains("EXPLORER=0") }
    }
}

/// The socket of `pir present --share` goes with the presenter however it ends: `q`, a hang-up
/// (tmux kill-session, a dropped SSH link), SIGTERM, Ctrl-C, or the terminal closing under it —
/// a fatal signal restores the terminal, removes the socket and re-raises, so the status still says which.
@Suite(.serialized) struct PresentSocketCleanupTests {
    @Test(arguments: [("HUP", 129), ("TERM", 143), ("INT", 130), ("q", 0)])
    func theSocketIsRemoved(how: String, status: Int) async throws {
        let o = try await PTY.run("pty-scenarios", ["present-signal", how])
        #expect(o.bool("started") == true && o.bool("shared") == true, "\(o)")
        #expect(o.int("status") == status, "\(how): \(o)")
        #expect(o.bool("socket_left") == false, "\(how) left the socket: \(o)")
        #expect(o.strings("modes_left_on") == [], "\(how): \(o)")
        #expect(o.bool("tty_restored") == true, "\(how): \(o)")
    }

    @Test func theTerminalClosingRemovesTheSocket() async throws {
        let o = try await PTY.run("pty-scenarios", ["present-signal", "close"])
        #expect(o.bool("started") == true && o.bool("shared") == true, "\(o)")
        #expect(o.int("status") == 129, "\(o)")
        #expect(o.bool("socket_left") == false, "\(o)")
    }
}
