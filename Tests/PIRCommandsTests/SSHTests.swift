import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A private sshd on loopback, run by the test as the current user: its own host key, key-only
/// authentication from a temporary authorized_keys, no PAM.
struct SSHServer {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let directory: URL
    let port: Int
    var key: String { directory.appendingPathComponent("id").path }

    static let sshd = "/usr/sbin/sshd"

    static func start() throws -> SSHServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-sshd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["hostkey", "id"] {
            let result = try Spawn.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", directory.appendingPathComponent(name).path])
            guard result.status == 0 else { throw Failure(description: "ssh-keygen failed: \(result.stderr)") }
        }
        try FileManager.default.copyItem(at: directory.appendingPathComponent("id.pub"), to: directory.appendingPathComponent("authorized_keys"))
        // sshd started as root insists on its privilege-separation directory
        if geteuid() == 0 && !FileManager.default.fileExists(atPath: "/run/sshd") {
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        let user = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        var lastError = ""
        for _ in 0..<5 {
            let port = Int.random(in: 20_000...60_000)
            let config = """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(directory.path)/hostkey
                PidFile \(directory.path)/sshd.pid
                AuthorizedKeysFile \(directory.path)/authorized_keys
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                UsePAM no
                StrictModes no
                PermitRootLogin prohibit-password
                AllowUsers \(user)
                X11Forwarding no
                AllowTcpForwarding no
                PrintMotd no
                LogLevel VERBOSE

                """
            let configFile = directory.appendingPathComponent("sshd_config")
            try config.write(to: configFile, atomically: true, encoding: .utf8)
            let log = directory.appendingPathComponent("sshd.log").path
            // sshd forks into the background itself once it listens; its pid goes to the PidFile
            let result = try Spawn.run(sshd, ["-f", configFile.path, "-E", log])
            let server = SSHServer(directory: directory, port: port)
            if result.status == 0, (try? server.ssh(["true"]))?.status == 0 { return server }
            server.stop(removing: false)
            lastError = "sshd: \(result.stderr) \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")"
        }
        try? FileManager.default.removeItem(at: directory)
        throw Failure(description: "sshd did not start on loopback: \(lastError.suffix(800))")
    }

    var clientOptions: [String] {
        ["-i", key, "-p", String(port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10"]
    }

    func ssh(_ command: [String]) throws -> Spawn.Result {
        try Spawn.run("ssh", clientOptions + ["127.0.0.1"] + command)
    }

    /// Ends sshd and waits for it to exit before removing its directory: sshd removes its pid file
    /// as it goes, and a removal racing with that stops half way, leaving the directory behind.
    func stop(removing: Bool = true) {
        if let text = try? String(contentsOf: directory.appendingPathComponent("sshd.pid"), encoding: .utf8),
           let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
            _ = Processes.waitUntilGone { $0.pid == pid }
        }
        if removing { try? FileManager.default.removeItem(at: directory) }
    }
}

/// pir over a real SSH session on loopback, in a tmux window: it draws, takes keys and resizes
/// through the link, and when the ssh client dies (the link drops) pir ends and leaves nothing behind.
@Suite(.serialized) struct SSHTests {
    let tmux = TmuxServer("pir-ssh")

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "ssh"]) }

    func waitFor(_ what: String, seconds: Int = 15, _ predicate: (String) -> Bool) throws -> String {
        try settledScreen(what, seconds: seconds, capture: screen, predicate)
    }

    /// The live processes whose environment carries `mark`: the pir this test started on the far side.
    static func processes(marked mark: String) -> [pid_t] {
        Processes.live().filter { $0.environment.contains("PIR_SSH_MARK=\(mark)") }.map(\.pid)
    }

    @Test func overALoopbackSSHSession() throws {
        try Spawn.require(SSHServer.sshd, "ssh", "ssh-keygen", "tmux")
        let binary = try #require(Binary.url)
        let server = try SSHServer.start()
        defer { server.stop() }
        defer { tmux.stop() }
        let mark = UUID().uuidString
        let remote = "env LANG=C.UTF-8 TERM=xterm-256color PIR_SSH_MARK=\(mark) \(binary.path) --view explorer"
        let client = (["ssh", "-t", "-t"] + server.clientOptions + ["127.0.0.1", "'\(remote)'"]).joined(separator: " ")
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", "-s", "ssh", "exec " + client])
        try tmux(["set-option", "-t", "ssh", "status", "off"])
        _ = try waitFor("the explorer over ssh") { $0.contains("成果目标 Outcomes") && $0.contains("199/179") }
        let pirs = Self.processes(marked: mark)
        #expect(pirs.count == 1, "pir processes: \(pirs)")

        // navigate: indicator 3.1.3 by its code, then the regions
        try tmux(["send-keys", "-t", "ssh", "3", ".", "1", ".", "3", "Enter"])
        var text = try waitFor("indicator 3.1.3") { $0.contains("浏览 › 成果目标 3 › 产出 3.1 › 指标 3.1.3") }
        #expect(text.contains("目标 12"))
        // resize through the link: SIGWINCH crosses ssh, pir lays out for 80x24
        try tmux(["resize-window", "-t", "ssh", "-x", "80", "-y", "24"])
        text = try waitFor("the narrow layout") { !$0.contains("成果目标 Outcomes") && $0.contains("指标 3.1.3") }
        try tmux(["send-keys", "-t", "ssh", "?"])
        text = try waitFor("help over ssh") { $0.contains("帮助 Help") }

        // the link drops: the ssh client is killed outright
        let sshPid = try #require(pid_t(try tmux(["display-message", "-p", "-t", "ssh", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(sshPid, SIGKILL)
        // pir ends within ten seconds, and nothing of the session is left: no pir and no sshd
        // session process carrying the mark
        let gone = Processes.waitUntilGone { pirs.contains($0.pid) }
        #expect(gone, "pir still running after the ssh client died: \(pirs)")
        #expect(Processes.waitUntilGone(seconds: 5) { $0.environment.contains("PIR_SSH_MARK=\(mark)") },
                "left behind: \(Self.processes(marked: mark))")
    }
}
