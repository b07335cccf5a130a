import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `pir follow NAME --via user@host` through the private loopback sshd of SSHTests: a presenter in
/// Chinese here, a follower in English "on another machine" whose ssh runs `pir relay NAME` on the
/// presenter's side. The follower lays the slides out itself, at its size and in its language.
/// (A suite of its own, beside SSHTests, so changes to that file's waits merge cleanly.)
@Suite(.serialized) struct SSHFollowTests {
    let tmuxServer = TmuxServer("pir-via")
    let name = "via-\(UUID().uuidString.prefix(8))"

    @discardableResult
    func tmux(_ args: [String]) throws -> String { try tmuxServer(args) }
    func screen(_ session: String) throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }
    func waitFor(_ session: String, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        try settledScreen("\(what) in \(session)", seconds: 20, capture: { try screen(session) }, predicate)
    }

    /// `pir relay` processes serving this test's presentation.
    func relays() -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard let line = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let words = line.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.contains("relay") && words.contains(name) && Processes.live().contains { $0.pid == pid }
        }
    }

    @Test func anEnglishFollowerOnAnotherMachineFollowsAChinesePresenterThroughSSH() throws {
        try Spawn.require(SSHServer.sshd, "ssh", "ssh-keygen", "tmux")
        let binary = try #require(Binary.url)
        let server = try SSHServer.start()
        // stop() waits for sshd to exit before removing its directory
        defer { server.stop() }
        defer { tmuxServer.stop() }
        let directory = server.directory.path
        let runtime = "\(directory)/run"
        try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        // the follower's ssh: this test's key and port (PIR_SSH); the far side's pir: the one
        // built here, looking in the presenter's runtime directory (--remote-pir)
        let ssh = "\(directory)/ssh"
        try "#!/bin/sh\nexec ssh \(server.clientOptions.joined(separator: " ")) \"$@\"\n".write(toFile: ssh, atomically: true, encoding: .utf8)
        let remote = "\(directory)/remote-pir"
        try "#!/bin/sh\nXDG_RUNTIME_DIR=\(runtime) exec \(binary.path) \"$@\"\n".write(toFile: remote, atomically: true, encoding: .utf8)
        for script in [ssh, remote] { chmod(script, 0o755) }
        let user = String(cString: getpwuid(geteuid())!.pointee.pw_name)

        let presenter = "env LANG=C.UTF-8 TERM=xterm-256color XDG_RUNTIME_DIR=\(runtime) \(binary.path) present --share \(name); echo PRESENTER=$?; sleep 60"
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", "-s", "p", presenter])
        try tmux(["set-option", "-t", "p", "status", "off"])
        _ = try waitFor("p", "the presenter in Chinese") { $0.contains("国际劳工组织 2020–2021 两年期计划执行报告") && $0.contains("1 / 16") }

        // the follower has no runtime directory of the presenter's: only ssh leads there
        let follower = "env -u XDG_RUNTIME_DIR LANG=C.UTF-8 TERM=xterm-256color PIR_SSH=\(ssh) \(binary.path) follow \(name) --lang en"
            + " --via \(user)@127.0.0.1 --remote-pir \(remote); echo FOLLOWER=$?; sleep 60"
        try tmux(["new-session", "-d", "-x", "120", "-y", "30", "-s", "f", follower])
        try tmux(["set-option", "-t", "f", "status", "off"])
        _ = try waitFor("f", "the English follower on slide 1") {
            $0.contains("ILO Programme Implementation Report 2020–21") && $0.contains("1 / 16") && $0.contains("following \(name)")
        }
        #expect(relays().count == 1, "relays: \(relays())")

        // the presenter moves on, in Chinese; the follower shows the same slide in English
        try tmux(["send-keys", "-t", "p", "5", "Enter", "Right"])
        _ = try waitFor("p", "slide 5 in Chinese") { $0.contains("5 / 16 · 1/8") && $0.contains("成果目标 1：") }
        let text = try waitFor("f", "the follower on slide 5 in English") { $0.contains("5 / 16 · 1/8") && $0.contains("► 1.1.1") }
        #expect(text.contains("Outcome 1: ") && !text.contains("成果目标 1："), "\(text)")

        // the follower leaves: its ssh goes, and the relay on the far side with it
        try tmux(["send-keys", "-t", "f", "q"])
        _ = try waitFor("f", "the follower's exit") { $0.contains("FOLLOWER=0") }
        var gone = false
        for _ in 0..<100 {  // up to five seconds
            if relays().isEmpty { gone = true; break }
            usleep(50_000)
        }
        #expect(gone, "a relay outlived its follower: \(relays())")

        // followed again, then the presenter ends: the follower waits, and says what the far side
        // said when it tried again
        try tmux(["respawn-pane", "-k", "-t", "f", follower])
        _ = try waitFor("f", "the follower back on slide 5") { $0.contains("5 / 16 · 1/8") && $0.contains("Outcome 1: ") }
        try tmux(["send-keys", "-t", "p", "Q"])
        _ = try waitFor("p", "the presenter's exit") { $0.contains("PRESENTER=0") }
        let waiting = try waitFor("f", "the far side's reason") { $0.contains("nobody is presenting") }
        #expect(waiting.contains("waiting for the presenter of"), "\(waiting)")
        try tmux(["send-keys", "-t", "f", "q"])
        _ = try waitFor("f", "the follower's exit") { $0.contains("FOLLOWER=0") }
    }
}
