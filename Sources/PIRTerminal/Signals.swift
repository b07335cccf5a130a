#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCursesShim

/// Whatever ends the process — Ctrl-C, kill, a dropped SSH link (SIGHUP), SIGQUIT, a crash — the
/// terminal is restored first: leave curses, then let the signal do what it would have done, so the
/// exit status still says what happened.
enum Signals {
    static let fatal: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        // A parent may have started us with signals blocked; resizes, Ctrl-C, Ctrl-Z and kill must work.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in fatal + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for sig in fatal {
            signal(sig, restoreAndReraise)
        }
        // A write to a closed pipe or a hung-up terminal must not kill us before we restore it;
        // the write fails with EPIPE instead and the read loop sees the end.
        signal(SIGPIPE, SIG_IGN)
    }
}

private func restoreAndReraise(_ sig: Int32) {
    pir_stop()
    signal(sig, SIG_DFL)
    raise(sig)
}
