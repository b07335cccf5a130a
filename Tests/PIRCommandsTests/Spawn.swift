import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it with posix_spawn and waitpid. Output goes to files, not pipes:
/// a daemon the program starts (tmux's server) may keep inherited descriptors open for ever, and
/// Foundation's `Process` has been seen to hang waiting for such children on Linux.
enum Spawn {
    /// A program the tests run that is not installed: one line that names it and its package.
    struct Missing: Error, CustomStringConvertible {
        var program: String
        var description: String {
            let name = (program as NSString).lastPathComponent
            let package = packages[name] ?? name
            return "\(name) is not installed, and this test needs it: apt-get install \(package) (scripts/test installs it)"
        }
    }

    /// The Debian package of each program the tests run.
    static let packages = ["tmux": "tmux", "sshd": "openssh-server", "ssh": "openssh-client", "ssh-keygen": "openssh-client",
                           "pkill": "procps"]

    /// Throws `Missing` for the first of `programs` (a name looked up on PATH, or a path) that is not there.
    static func require(_ programs: String...) throws {
        for program in programs where find(program) == nil { throw Missing(program: program) }
    }

    static func find(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `run` on a thread of its own, the caller suspended meanwhile. Swift Testing runs every test
    /// on a pool of as many threads as the machine has cores (two here): a test that waits seconds
    /// for a program would hold one of them, and every other test would wait too.
    static func runSuspending(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                              cwd: String? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Swift.Result { try run(executable, arguments, environment: environment, cwd: cwd) })
            }.start()
        }
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    cwd: String? = nil) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.path
        let tag = UUID().uuidString
        let outPath = "\(dir)/spawn-\(tag).out", errPath = "\(dir)/spawn-\(tag).err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // posix_spawn_file_actions_addchdir_np is not visible to Swift here: let env(1) change directory
        let command = cwd.map { ["/usr/bin/env", "-C", $0, executable] + arguments } ?? [executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = childEnvironment(environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        let pid = try spawn(command[0], &actions, argv, env)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(status: code, stdout: stdout, stderr: stderr)
    }

    /// Starts a program without waiting for it (a fake presenter); its standard output and error
    /// go to `output`. The caller waits for it.
    static func start(_ command: [String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = childEnvironment(nil).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        return try spawn(command[0], &actions, argv, env)
    }

    /// What a child runs with: `environment` (this process's when nil), with `XDG_CACHE_HOME` in a
    /// directory of the test run's own unless the test set one, so the `--data` files pir checks
    /// are remembered there (`VerifiedCache`), never in the user's ~/.cache.
    static func childEnvironment(_ environment: [String: String]?) -> [String: String] {
        var env = environment ?? ProcessInfo.processInfo.environment
        if env["XDG_CACHE_HOME"] == nil || environment == nil { env["XDG_CACHE_HOME"] = TestCacheHome.path }
        return env
    }

    /// posix_spawnp with the default signals: the test runner may block or ignore some, and
    /// children (tmux, pir) must start with the defaults.
    static func spawn(_ executable: String, _ actions: inout posix_spawn_file_actions_t, _ argv: [UnsafeMutablePointer<CChar>?],
                      _ env: [UnsafeMutablePointer<CChar>?]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, executable, &actions, &attributes, argv, env)
        guard rc == 0 else {
            if rc == ENOENT, find(executable) == nil { throw Missing(program: executable) }
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT)
        }
        return pid
    }
}

/// The children's cache directory: made in the temporary directory when a test first starts a
/// program, removed with everything in it when the test process exits.
enum TestCacheHome {
    static let path: String = {
        var template = Array("\(FileManager.default.temporaryDirectory.path)/pir-cache.XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        let path = made.map { String(cString: $0) } ?? FileManager.default.temporaryDirectory.path + "/pir-cache-unmade"
        atexit { try? FileManager.default.removeItem(atPath: TestCacheHome.path) }
        return path
    }()
}
