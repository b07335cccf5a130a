#if canImport(Glibc)
import Glibc
#endif

/// Starting another program (ssh for `follow --via`, the CLI's pager) with posix_spawn. The child
/// starts with every signal at its default and none blocked, whatever pir set for its own
/// terminal handling: ssh or less that inherited pir's ignored SIGINT could not be interrupted.
/// Lives here because PIRShare is the lowest module that starts a program; the CLI uses it too.
public enum ChildProcess {
    /// Spawns `arguments[0]` (looked up on PATH when `searchPath`) with `actions` applied; the
    /// child's environment is `environment` (`KEY=value`), else this process's. Returns the pid,
    /// or the errno posix_spawn gave.
    public static func spawn(_ arguments: [String], environment: [String]? = nil, searchPath: Bool,
                             actions: inout posix_spawn_file_actions_t) -> Result<pid_t, SpawnError> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { $0.map { strdup($0) } + [nil] }
        defer { envp?.forEach { free($0) } }
        var pid: pid_t = 0
        let rc: Int32 = envp.map { envp in
            searchPath ? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
                       : posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        } ?? (searchPath ? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
                         : posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ))
        return rc == 0 ? .success(pid) : .failure(SpawnError(code: rc))
    }

    /// posix_spawn's error number.
    public struct SpawnError: Error, Sendable {
        public var code: Int32
    }
}
