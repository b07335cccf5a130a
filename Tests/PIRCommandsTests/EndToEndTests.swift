import Foundation
import PIRModel
import PIRUI
import Testing

/// The real binary in a real terminal: tmux runs it at a given size, keys are sent with
/// `send-keys`, the screen is read with `capture-pane`.
@Suite(.serialized) final class EndToEndTests {
    // a server, session and status file of its own for every test, so no test sees another's
    let tmux = TmuxServer("pir-e2e")
    var session: String { tmux.name }
    var statusFile: String { FileManager.default.temporaryDirectory.appendingPathComponent("\(session).status").path }

    /// After every test, pass or fail: the server ended, its socket and the status file removed.
    deinit {
        tmux.stop()
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// Polls the screen until `predicate` holds on a settled frame, or ten seconds pass.
    func waitFor(_ what: String, _ predicate: (String) -> Bool) throws -> String {
        try settledScreen(what, capture: screen, predicate)
    }

    /// Starts pir in the explorer unless a test asks for the view it really starts in.
    func start(width: Int, height: Int, extra: String = "", view: String = "explorer",
               directory: String = FileManager.default.temporaryDirectory.path) throws {
        let binary = try #require(Binary.url, "pir not built")
        // the shell traps SIGINT (a trap, not an ignore, so pir still gets the default) to outlive
        // a Ctrl-C and record pir's exit status
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session,
                  "cd \(directory); trap : INT; env LANG=C.UTF-8 TERM=xterm-256color \(binary.path) --view \(view) \(extra); echo \"EXIT=$?\" > \(statusFile); echo PIR-ENDED; sleep 60"])
        try tmux(["set-option", "-t", session, "status", "off"])
    }

    func statusCode() -> String? {
        (try? String(contentsOfFile: statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    @Test func navigateToAnIndicatorResizeAndQuit() throws {
        try start(width: 120, height: 40)
        _ = try waitFor("the explorer") { $0.contains("成果目标 Outcomes") && $0.contains("199/179") }

        // go to indicator 7.5.2 by typing its code, and read its figures from the screen
        try keys("7", ".", "5", ".", "2", "Enter")
        var text = try waitFor("indicator 7.5.2") { $0.contains("浏览 › 成果目标 7 › 产出 7.5 › 指标 7.5.2") }
        #expect(text.contains("目标 10"))
        #expect(text.contains("成果 29"))

        // drill into the regions and move to Asia and the Pacific: 13
        try keys("Enter", "Down", "Down", "Down")
        text = try waitFor("Asia-Pacific") { $0.contains("指标 7.5.2 在亚太地区：13") }

        // resize to 80x24: the three panes in their narrow forms (issue 14), place kept
        try tmux(["resize-window", "-t", session, "-x", "80", "-y", "24"])
        text = try waitFor("narrow layout") { $0.split(separator: "\n").first.map { $0.contains("pir") } == true && !$0.contains("成果目标 Outcomes") && $0.contains("指标 7.5.2") }
        #expect(text.contains("亚太地区"))
        #expect(text.contains("┌─ 成果目标 ─") && text.contains("167/164"))

        // back out to the outcomes with Esc (the status line names the outcome), then quit
        try keys("Escape", "Escape")
        _ = try waitFor("outcomes pane") { $0.contains("成果目标 7 · 7/") }
        try keys("q")
        text = try waitFor("exit") { $0.contains("PIR-ENDED") }
        #expect(statusCode() == "EXIT=0")
        // the alternate screen was left: nothing of the explorer remains
        #expect(!text.contains("成果目标 Outcomes"))
    }

    @Test func wideTerminalShowsAllThreePanes() throws {
        try start(width: 200, height: 60)
        let text = try waitFor("three panes") { $0.contains("成果目标 Outcomes") && $0.contains("指标 Indicators") && $0.contains("区域 · 成果目标 1") }
        #expect(text.contains("60"))  // Africa's sum for outcome 1
        try keys("Q")
        _ = try waitFor("exit") { $0.contains("PIR-ENDED") }
        #expect(statusCode() == "EXIT=0")
    }

    @Test func tooSmallThenResizedBack() throws {
        try start(width: 30, height: 8)
        _ = try waitFor("too small notice") { $0.contains("too small") }
        try tmux(["resize-window", "-t", session, "-x", "100", "-y", "30"])
        _ = try waitFor("explorer after resize") { $0.contains("成果目标 Outcomes") }
        // Ctrl-C is SIGINT: the terminal is restored and the status says "interrupted" (128 + 2)
        try keys("C-c")
        let text = try waitFor("exit") { $0.contains("PIR-ENDED") }
        #expect(statusCode() == "EXIT=130")
        #expect(!text.contains("成果目标 Outcomes"))
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try start(width: 100, height: 30)
        _ = try waitFor("the explorer") { $0.contains("成果目标 Outcomes") }
        let pid = try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // the shell's child is pir
        _ = try Spawn.run("pkill", ["-TERM", "-P", pid, "pir"])
        let text = try waitFor("exit") { $0.contains("PIR-ENDED") }
        #expect(statusCode() == "EXIT=143")  // 128 + SIGTERM
        #expect(!text.contains("成果目标 Outcomes"))
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let binary = try #require(Binary.url)
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", "-s", session, "env PS1='$ ' bash --norc --noprofile"])
        try tmux(["set-option", "-t", session, "status", "off"])
        try keys("LANG=C.UTF-8 TERM=xterm-256color \(binary.path)", "Enter")
        _ = try waitFor("the overview, the start screen") { $0.contains("概览 Overview") && $0.contains("896 项成果") }
        try keys("5")
        _ = try waitFor("outcome 5") { $0.contains("浏览 › 成果目标 5") }
        try keys("C-z")
        let stopped = try waitFor("the shell") { $0.contains("Stopped") }
        #expect(!stopped.contains("成果目标 Outcomes"))
        try keys("fg", "Enter")
        _ = try waitFor("full redraw on resume") { $0.contains("成果目标 Outcomes") && $0.contains("浏览 › 成果目标 5") }
        try keys("q")
        try keys("echo status=$?", "Enter")
        _ = try waitFor("exit status 0") { $0.contains("status=0") }
    }

    /// What the terminal shows must be exactly the frame the UI core renders for the same keys:
    /// this catches cells the backend's diff failed to repaint.
    @Test(arguments: [(40, 10), (100, 30)])
    func screenEqualsTheRenderedFrame(width: Int, height: Int) throws {
        let report = try ReportLoader.loadBundled()
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        var state = reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
        try start(width: width, height: height, view: "overview")
        _ = try waitFor("the explorer") { $0.contains("pir") }
        let steps: [(tmux: [String], events: [Event])] = [
            (["8", ".", "2", ".", "1", "Enter"], Event.keys("8.2.1\r")),
            (["Enter"], [.key(.enter)]),
            (["Down", "Down"], [.key(.down), .key(.down)]),
            (["Escape", "Escape"], [.key(.escape), .key(.escape)]),
            (["3"], Event.keys("3")),
            (["t"], Event.keys("t")),
            (["j", "j", "j", "Enter"], Event.keys("jjj\r")),
            (["Escape", "Escape"], [.key(.escape), .key(.escape)]),
            (["?"], Event.keys("?")),
            (["Escape"], [.key(.escape)]),
        ]
        for (keys, events) in steps {
            try tmux(["send-keys", "-t", session] + keys)
            state = reducer.reduce(state, events)
            let expected = view.render(state).lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            let screen = try waitFor("frame after \(keys)") { text in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(height)
                    .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
                return Array(lines) == expected
            }
            _ = screen
        }
        try keys("q")
        _ = try waitFor("exit") { $0.contains("PIR-ENDED") }
    }

    @Test func searchAChineseQueryAndJumpToTheHit() throws {
        try start(width: 120, height: 40, view: "overview")
        _ = try waitFor("the overview") { $0.contains("896 项成果") }
        try keys("/")
        _ = try waitFor("the search prompt") { $0.contains("搜索 Search") }
        // a phrase from Part III's quotations; typed as UTF-8 like any paste
        try tmux(["send-keys", "-t", session, "-l", "伙伴关系"])
        let hits = try waitFor("hits") { $0.contains("/ 伙伴关系") && $0.contains("处") }
        #expect(hits.contains("伙伴关系"))
        try keys("Enter")
        let opened = try waitFor("the hit opened") { !$0.contains("搜索 Search ·") && $0.contains("伙伴关系") }
        #expect(opened.contains("概览 › "))  // the breadcrumb: the stack, the overview at its bottom
        try keys("n")
        _ = try waitFor("the next hit") { $0.contains("/伙伴关系 · 2/") }
        try keys("Q")
        _ = try waitFor("exit") { $0.contains("PIR-ENDED") }
    }

    @Test func exportKeyWritesTheFilteredTableAndSaysWhere() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-export-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try start(width: 120, height: 40, view: "indicators", directory: directory)
        _ = try waitFor("the indicators table") { $0.contains("55/55") }
        try keys("f")
        _ = try waitFor("the filter") { $0.contains("筛选 低于目标") }
        try keys("x")
        let status = try waitFor("the status line") { $0.contains("已导出") }
        #expect(status.contains("./pir-indicators.csv"))
        let csv = try String(contentsOfFile: directory + "/pir-indicators.csv", encoding: .utf8)
        let report = try ReportLoader.loadBundled()
        let below = report.policyIndicators.filter { $0.indicator.isMet == false }.count
        #expect(csv.split(separator: "\n").count == below + 1)
        // a second export never overwrites the first
        try keys("x")
        _ = try waitFor("the second file") { $0.contains("./pir-indicators-2.csv") }
        try keys("Q")
        _ = try waitFor("exit") { $0.contains("PIR-ENDED") }
    }
}
