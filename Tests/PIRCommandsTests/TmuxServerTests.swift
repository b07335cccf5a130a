import Foundation
import Testing

/// The end-to-end tests' clean-up: after `TmuxServer.stop()` neither the server's socket (which
/// tmux 3.3 leaves after `kill-server`) nor anything that ran in its panes is left. scripts/test
/// checks a whole run for leftovers; this checks the mechanism under a plain `swift test` too.
@Suite struct TmuxServerTests {
    @Test func stopLeavesNoSocketAndNoProcess() throws {
        let tmux = TmuxServer("pir-tmux-check")
        defer { tmux.stop() }
        try tmux(["new-session", "-d", "-s", "check", "sleep 60 & sleep 60"])
        let leader = try #require(pid_t(try tmux(["display-message", "-p", "-t", "check", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // where stop() looks for the socket is where tmux put it
        #expect(FileManager.default.fileExists(atPath: tmux.socketPath), "no socket at \(tmux.socketPath)")
        // the pane's shell starts its sleeps a moment after tmux returns (under load, later than
        // the first look): wait for them, up to 10 s, before checking they are there
        for _ in 0..<500 where Processes.live().filter({ $0.session == leader }).count < 2 { usleep(20_000) }
        #expect(Processes.live().filter { $0.session == leader }.count >= 2, "the pane's shell and its sleeps")
        tmux.stop()
        #expect(!FileManager.default.fileExists(atPath: tmux.socketPath), "\(tmux.socketPath) left")
        #expect(Processes.live().filter { $0.session == leader }.map(\.pid) == [])
    }
}
