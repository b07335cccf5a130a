import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tmux server of one test's own (`tmux -L NAME`), so no test sees another's sessions.
///
/// `stop()` leaves nothing behind: tmux 3.3 keeps its socket file after `kill-server`, and what ran
/// in the panes (pir, a shell's `sleep`) outlives the server for a moment, long enough to write
/// into a directory the test is removing; so it ends the server, waits until those processes
/// have exited, then removes the socket.
struct TmuxServer {
    let name: String

    /// `prefix` names what the server is for; the test process's id and a random tag make it unique.
    init(_ prefix: String) {
        name = "\(prefix)-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    @discardableResult
    func callAsFunction(_ arguments: [String]) throws -> String {
        try Spawn.run("tmux", ["-L", name] + arguments).stdout
    }

    /// Where tmux puts the socket of `-L NAME`: `$TMUX_TMPDIR` (else /tmp), `tmux-UID`, the name.
    var socketPath: String {
        let environment = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? ""
        return "\(environment.isEmpty ? "/tmp" : environment)/tmux-\(getuid())/\(name)"
    }

    func stop() {
        // each pane's process leads a session of its own; everything it started is in that session
        let leaders = ((try? self(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "").split(separator: "\n").compactMap { pid_t($0) }
        _ = try? self(["kill-server"])
        _ = Processes.waitUntilGone { Set(leaders).contains($0.session) }
        unlink(socketPath)
    }
}

/// The processes of this machine, read from /proc: what a test started and must see end.
enum Processes {
    struct Entry {
        var pid: pid_t
        var state: Character
        var session: pid_t
        var environment: [String] {
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return [] }
            return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The live processes (zombies, exited and waiting to be reaped, are not).
    static func live() -> [Entry] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.compactMap { pid in
            // pid (comm) state ppid pgrp session …: comm may hold spaces and parentheses, so read after the last ")"
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 3, let state = fields[0].first, state != "Z", let session = pid_t(fields[3]) else { return nil }
            return Entry(pid: pid, state: state, session: session)
        }
    }

    /// Polls until no live process matches, or `seconds` pass; whether none is left.
    static func waitUntilGone(seconds: Double = 10, _ matches: (Entry) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !live().contains(where: matches) { return true }
            usleep(20_000)
        }
        return !live().contains(where: matches)
    }
}
