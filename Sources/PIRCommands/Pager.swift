#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRShare
#if canImport(Glibc)
import Glibc
#endif

/// Long plain output through `$PAGER`, as git does: only when standard output is a terminal and
/// the text is taller than it; `less` by default, with `LESS=FRX` (quit if one screen, keep colours,
/// leave the text on the screen) and `LV=-c` unless the user set them. `PAGER=` or `PAGER=cat`
/// turns it off, as `--no-pager` does. Output to a pipe or file is never paged.
enum Pager {
    /// Writes `text` to standard output, through the pager when `allowed` and it applies.
    /// The environment is read (`ProcessInfo`, every variable) only when the output is a terminal.
    static func emit(_ text: String, allowed: Bool, environment given: [String: String]? = nil) {
        guard allowed, isatty(STDOUT_FILENO) == 1, let rows = terminalRows(), lineCount(text) >= rows else {
            PIRCommands.emit(text)
            return
        }
        let environment = given ?? ProcessInfo.processInfo.environment
        if let command = command(environment), page(text, through: command, environment: environment) { return }
        PIRCommands.emit(text)
    }

    /// The shell command to page with, or nil for none.
    static func command(_ environment: [String: String]) -> String? {
        if let pager = environment["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
        return found ? "less" : nil
    }

    static func lineCount(_ text: String) -> Int { text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }

    static func terminalRows() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Runs `sh -c command` with the text on its standard input and waits for it. pir ignores
    /// Ctrl-C and Ctrl-\ meanwhile, so they reach the pager alone and pir does not leave it drawing
    /// on a terminal the shell has taken back. False when the pager could not be started.
    static func page(_ text: String, through command: String, environment: [String: String]) -> Bool {
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        if env["LV"] == nil { env["LV"] = "-c" }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        // the pager starts with every signal at its default and none blocked, whatever pir set
        let spawned = ChildProcess.spawn(["/bin/sh", "-c", command], environment: env.map { "\($0.key)=\($0.value)" },
                                         searchPath: false, actions: &actions)
        close(readEnd)
        guard case .success(let pid) = spawned else { close(writeEnd); return false }
        let interrupt = signal(SIGINT, SIG_IGN), quit = signal(SIGQUIT, SIG_IGN), broken = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGINT, interrupt); signal(SIGQUIT, quit); signal(SIGPIPE, broken) }
        // a pager that quits before the end (q in less) closes the pipe: EPIPE, and nothing to say
        _ = Writing.write(writeEnd, text)
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return true
    }
}
