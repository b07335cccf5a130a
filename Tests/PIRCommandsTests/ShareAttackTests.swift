import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The attacks of issue 17 on `present --share` and `follow`, against the real binary in tmux: a
/// second local account (`nobody`, reached with setpriv or a fake presenter that becomes it), a
/// hostile peer, a follower that floods, a full descriptor table and a deck too large to announce.
/// Written against the command line and raw sockets only, so each also ran against the pir
/// before the fixes and failed there.
@Suite(.serialized) struct ShareAttackTests {
    let tmuxServer = TmuxServer("pir-attack")
    let name: String
    let runtime: String
    static let nobody: uid_t = 65534
    static var canBecomeNobody: Bool { geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") }

    init() throws {
        let tag = "pir-attack-\(getpid())-\(UUID().uuidString.prefix(8))"
        name = "atk-\(UUID().uuidString.prefix(8))"
        runtime = FileManager.default.temporaryDirectory.appendingPathComponent(tag).path
        try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func cleanUp() {
        // stop() waits for what ran in the panes (pir, the fake presenters) and removes tmux's socket
        tmuxServer.stop()
        try? FileManager.default.removeItem(atPath: runtime)
    }

    @discardableResult
    func tmux(_ args: [String]) throws -> String { try tmuxServer(args) }
    /// A screen's words on one line: a notice wraps wherever the terminal's width puts it.
    func screen(_ session: String) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", session]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    func waitFor(_ session: String, _ what: String, seconds: Int = 15, _ predicate: (String) -> Bool) throws -> String {
        try settledScreen("\(what) in \(session)", seconds: seconds, capture: { try screen(session) }, predicate)
    }

    /// pir in a tmux session, its exit status printed as `MARKER=N` when it ends. `environment`
    /// replaces XDG_RUNTIME_DIR's setting (`-u XDG_RUNTIME_DIR` for none); `prefix` runs first
    /// (`ulimit -n 48;`), `runAs` before pir (setpriv).
    func start(_ session: String, _ args: String, marker: String, environment: String? = nil, prefix: String = "", runAs: String = "") throws {
        let binary = try #require(Binary.url, "pir not built")
        let env = environment ?? "XDG_RUNTIME_DIR=\(runtime)"
        let command = "\(prefix) \(runAs) env \(env) LANG=C.UTF-8 TERM=xterm-256color \(binary.path) \(args); echo \"\(marker)=$?\"; sleep 60"
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", "-s", session, command])
        try tmux(["set-option", "-t", session, "status", "off"])
    }

    /// The pir running in a session.
    func pir(_ session: String) throws -> pid_t {
        let pane = try #require(pid_t(try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        for _ in 0..<100 {
            if let pid = ShareTestSupport.child(of: pane, named: "pir") { return pid }
            usleep(50_000)
        }
        throw SSHServer.Failure(description: "no pir under pane \(pane)")
    }

    /// A fake presenter (scripts/fake-presenter.py) in the background; returns its pid and report file.
    func fakePresenter(_ arguments: [String], seconds: Double, runAs: [String] = []) throws -> (pid: pid_t, report: String) {
        let report = "\(runtime)/fake-\(UUID().uuidString.prefix(6)).json"
        let script = Binary.packageRoot.appendingPathComponent("scripts/fake-presenter.py").path
        let pid = try Spawn.start(runAs + ["/usr/bin/python3", script, "--seconds", String(seconds), "--report", "-"] + arguments, output: report)
        return (pid, report)
    }

    func accepted(_ report: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: report),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["accepted"] as? Int
    }

    static let hello = #"{"type":"hello","hello":{"version":1,"entries":["title","overview","end"],"notes":[null,null,null],"titles":[]}}"#
    static func state(slide: String = "1", step: String = "0", startedAt: String) -> String {
        #"{"type":"state","state":{"slide":\#(slide),"step":\#(step),"blank":false,"startedAt":\#(startedAt)}}"#
    }

    // MARK: trust

    @Test(.enabled(if: canBecomeNobody, "needs root and setpriv to act as a second account"))
    func anotherAccountsSocketInTmpIsNeverFollowed() throws {
        defer { cleanUp() }
        // the second account binds the name in /tmp, where followers used to fall back to, and
        // sends what crashed them
        let squat = "/tmp/pir-\(name).sock"
        defer { unlink(squat) }
        let fake = try fakePresenter(["--path", squat, "--line", Self.hello, "--line", Self.state(startedAt: "1e308")], seconds: 4,
                                     runAs: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
        usleep(500_000)
        try start("f", "follow \(name)", marker: "FOLLOWER", environment: "-u XDG_RUNTIME_DIR")
        ShareTestSupport.finish(fake.pid)
        let text = try waitFor("f", "the follower still waiting") { $0.contains("等待演示者") }
        #expect(!text.contains("FOLLOWER="), "the follower ended:\n\(text)")
        #expect(accepted(fake.report) == 0, "the follower connected to another account's socket")
        // and the real presenter can take its name
        try start("p", "present --share \(name)", marker: "PRESENTER", environment: "-u XDG_RUNTIME_DIR")
        let presenter = try waitFor("p", "the presenter") { $0.contains("1 / 16") || $0.contains("PRESENTER=") }
        #expect(!presenter.contains("PRESENTER="), "the presenter could not share:\n\(presenter)")
        try tmux(["send-keys", "-t", "p", "Q"])
        _ = try waitFor("p", "the presenter's exit") { $0.contains("PRESENTER=0") }
        try? FileManager.default.removeItem(atPath: "/tmp/pir-\(geteuid())/\(name).sock")
        rmdir("/tmp/pir-\(geteuid())")  // only when empty: another presentation may be live there
    }

    @Test(.enabled(if: canBecomeNobody, "needs root to make a socket that another account serves"))
    func aPresenterRunningAsAnotherUserIsRefusedWithAReason() throws {
        defer { cleanUp() }
        // in the follower's own runtime directory, a socket whose listener runs as nobody
        let paths = ["\(runtime)/pir/\(name).sock", "\(runtime)/pir-\(name).sock"]
        let fake = try fakePresenter(paths.flatMap { ["--path", $0] } + ["--make-dirs", "--uid", "65534", "--line", Self.hello,
                                                                           "--line", Self.state(startedAt: "1700000000")], seconds: 4)
        defer { ShareTestSupport.finish(fake.pid) }
        usleep(500_000)
        try start("f", "follow \(name)", marker: "FOLLOWER")
        let text = try waitFor("f", "the refusal") { $0.contains("refused") && $0.contains("nobody") }
        #expect(text.contains("not by root"), "\(text)")
        #expect(!text.contains("1 / 3"), "the follower showed the deck of a presenter it does not trust:\n\(text)")
    }

    @Test(.enabled(if: canBecomeNobody, "needs root and setpriv to present as a second account"))
    func anotherAccountsGroupShareIsFollowedWithFrom() throws {
        defer { cleanUp() }
        let directory = "/tmp/pir-\(Self.nobody)"
        let existed = FileManager.default.fileExists(atPath: directory)
        defer { if !existed { try? FileManager.default.removeItem(atPath: directory) } }
        // the presenter is nobody, sharing with its group; root follows it by name
        try start("p", "present --share \(name) --group", marker: "PRESENTER", environment: "-u XDG_RUNTIME_DIR HOME=/",
                  runAs: "setpriv --reuid=65534 --regid=65534 --clear-groups")
        _ = try waitFor("p", "nobody presenting") { $0.contains("1 / 16") }
        var info = stat()
        #expect(lstat(directory, &info) == 0 && info.st_uid == Self.nobody && info.st_mode & 0o777 == 0o710)
        try start("f", "follow \(name) --from nobody", marker: "FOLLOWER")
        _ = try waitFor("f", "the follower of nobody") { $0.contains("1 / 16") && $0.contains("跟随 \(name) (nobody)") }
        try tmux(["send-keys", "-t", "p", "5", "Enter"])
        _ = try waitFor("f", "the follower on slide 5") { $0.contains("5 / 16") }
        // without --from a follower looks only in its own places, and says how it waits
        try start("o", "follow \(name)", marker: "OWN")
        _ = try waitFor("o", "the follower of its own") { $0.contains("等待演示者") }
        try tmux(["send-keys", "-t", "p", "Q"])
        _ = try waitFor("p", "the presenter's exit") { $0.contains("PRESENTER=0") }
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/\(name).sock"), "the socket is removed")
    }

    // MARK: numbers

    @Test func hostileNumbersDoNotTrapAFollowerOrThePresenterView() throws {
        defer { cleanUp() }
        let paths = ["\(runtime)/pir/\(name).sock", "\(runtime)/pir-\(name).sock"]
        let hostile = ["1e308", "1e19", "-1e19", "9.3e18"].map { Self.state(startedAt: $0) }
            + [Self.state(slide: "9300000000000000000", startedAt: "0"), Self.state(slide: "-5", step: "-9", startedAt: "0"),
               Self.state(slide: "1e400", startedAt: "1e400")]
        let fake = try fakePresenter(paths.flatMap { ["--path", $0] } + ["--make-dirs", "--line", Self.hello] + hostile.flatMap { ["--line", $0] }, seconds: 4)
        defer { ShareTestSupport.finish(fake.pid) }
        usleep(500_000)
        try start("f", "follow \(name)", marker: "FOLLOWER")
        try start("n", "present --notes \(name)", marker: "NOTES")
        for session in ["f", "n"] {
            let text = try waitFor(session, "the bad message said") { $0.contains("cannot use") || $0.contains("FOLLOWER=") || $0.contains("NOTES=") }
            #expect(text.contains("cannot use") && text.contains("startedAt"), "\(session):\n\(text)")
        }
        usleep(1_000_000)
        for session in ["f", "n"] {
            let text = try screen(session)
            #expect(!text.contains("FOLLOWER=") && !text.contains("NOTES="), "\(session) ended:\n\(text)")
        }
    }

    // MARK: the presenter under load

    @Test func aFollowerThatSendsIsDroppedAndCostsThePresenterLittle() throws {
        defer { cleanUp() }
        try start("p", "present --share \(name)", marker: "PRESENTER")
        _ = try waitFor("p", "the presenter") { $0.contains("1 / 16") }
        let presenter = try pir("p")
        let path = try #require(ShareTestSupport.socket(under: runtime))
        let fd = try #require(ShareTestSupport.connect(path))
        defer { close(fd) }
        let before = try #require(ShareTestSupport.cpuSeconds(presenter))
        let chunk = [UInt8](repeating: 0x41, count: 512)
        var dropped = false
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            let n = send(fd, chunk, chunk.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            if n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR { dropped = true; break }
            if n < 0 { usleep(1_000) }
        }
        let cost = try #require(ShareTestSupport.cpuSeconds(presenter)) - before
        #expect(dropped, "the presenter kept a follower that talks")
        #expect(cost < 0.5, "the flood cost the presenter \(cost) s of CPU")
        try tmux(["send-keys", "-t", "p", "Q"])
        _ = try waitFor("p", "the presenter's exit") { $0.contains("PRESENTER=0") }
    }

    @Test func followersPastTheCapAreToldSoAndClosed() throws {
        defer { cleanUp() }
        try start("p", "present --share \(name)", marker: "PRESENTER")
        _ = try waitFor("p", "the presenter") { $0.contains("1 / 16") }
        let path = try #require(ShareTestSupport.socket(under: runtime))
        var fds: [Int32] = []
        defer { fds.forEach { close($0) } }
        for _ in 0..<300 { if let fd = ShareTestSupport.connect(path) { fds.append(fd) } }
        #expect(fds.count == 300)
        let first = fds.map { ShareTestSupport.firstLine($0) }
        let full = first.filter { $0 == #"{"type":"full"}"# }.count
        let hello = first.filter { $0?.hasPrefix(#"{"hello":"#) == true }.count
        #expect(hello == 256 && full == 44, "hello \(hello), full \(full), other \(first.filter { $0 == nil }.count)")
        try tmux(["send-keys", "-t", "p", "Q"])
        _ = try waitFor("p", "the presenter's exit") { $0.contains("PRESENTER=0") }
    }

    @Test func aFullDescriptorTableDoesNotMakeThePresenterSpin() throws {
        defer { cleanUp() }
        try start("p", "present --share \(name)", marker: "PRESENTER", prefix: "ulimit -n 48;")
        _ = try waitFor("p", "the presenter") { $0.contains("1 / 16") }
        let presenter = try pir("p")
        let path = try #require(ShareTestSupport.socket(under: runtime))
        var fds: [Int32] = []
        defer { fds.forEach { close($0) } }
        for _ in 0..<120 { if let fd = ShareTestSupport.connect(path) { fds.append(fd) } }
        usleep(1_000_000)
        let before = try #require(ShareTestSupport.cpuSeconds(presenter))
        usleep(3_000_000)
        let cost = try #require(ShareTestSupport.cpuSeconds(presenter)) - before
        #expect(cost < 0.6, "with its descriptors used up the presenter took \(cost) s of CPU in 3 s")
        // those it had no room for were told, not left hanging
        let first = fds.suffix(20).map { ShareTestSupport.firstLine($0, seconds: 3) }
        #expect(first.contains(#"{"type":"full"}"#), "\(first)")
        try tmux(["send-keys", "-t", "p", "Q"])
        _ = try waitFor("p", "the presenter's exit") { $0.contains("PRESENTER=0") }
    }

    // MARK: a deck too large for one message

    @Test func aDeckTooLargeToAnnounceIsRefusedBeforeTheTerminalIsTaken() throws {
        defer { cleanUp() }
        // within every limit of a deck (400 slides, a 600 KB file), but its notes quote a lot:
        // each `"` is two bytes in JSON, so followers would be told it in about 1.2 MB
        let deck = "\(runtime)/big-deck.txt"
        let entry = "indicator 3.1.2\n> " + String(repeating: "\"", count: 1_500) + "\n"
        try String(repeating: entry, count: 400).write(toFile: deck, atomically: true, encoding: .utf8)
        try start("p", "present --share \(name) --deck \(deck)", marker: "PRESENTER")
        let text = try waitFor("p", "the refusal") { $0.contains("PRESENTER=") }
        #expect(text.contains("PRESENTER=2"), "\(text)")
        #expect(text.contains("cannot be shared") && text.contains("1048576") && text.contains("400 entries"), "\(text)")
        #expect(ShareTestSupport.socket(under: runtime) == nil, "a socket was made")
    }

    @Test func aFollowerBacksOffFromAPresenterWhoseDeckIsTooLarge() throws {
        defer { cleanUp() }
        let paths = ["\(runtime)/pir/\(name).sock", "\(runtime)/pir-\(name).sock"]
        let fake = try fakePresenter(paths.flatMap { ["--path", $0] } + ["--make-dirs", "--big-line", "1200000"], seconds: 5)
        usleep(300_000)
        try start("f", "follow \(name)", marker: "FOLLOWER")
        let follower = try pir("f")
        // from its first refusal of the deck (past the start-up's own work)
        let text = try waitFor("f", "the follower saying why") { $0.contains("too large") }
        #expect(text.contains("\(1 << 20) bytes"), "\(text)")
        let before = try #require(ShareTestSupport.cpuSeconds(follower))
        usleep(3_000_000)
        let cost = try #require(ShareTestSupport.cpuSeconds(follower)) - before
        ShareTestSupport.finish(fake.pid)
        let count = try #require(accepted(fake.report))
        // 0, 0.25, 0.75, 1.75, 3.75 s: five tries in five seconds, not a tight loop
        #expect(count <= 8, "the follower reconnected \(count) times in 5 s")
        #expect(cost < 0.5, "the follower used \(cost) s of CPU in 3 s")
    }
}
