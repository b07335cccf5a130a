#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCursesShim

/// Whatever ends the process — Ctrl-C, kill, a dropped SSH link (SIGHUP), SIGQUIT, a crash — the
/// terminal is restored first: leave curses, then let the signal do what it would have done, so the
/// exit status still says what happened. A file registered with `removeOnFatalSignal` (the socket of
/// `pir present --share`) is removed on the way, as the normal exits remove it.
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

    /// A file for the fatal-signal handlers to unlink, or nil to forget it (once it has been
    /// removed the ordinary way). Only one at a time: the process shares one presentation.
    static func removeOnFatalSignal(_ path: String?) {
        if let path { _ = pir_remove_on_signal(path) } else { _ = pir_remove_on_signal(nil) }
    }
}

private func restoreAndReraise(_ sig: Int32) {
    pir_signal_remove()
    pir_stop()
    signal(sig, SIG_DFL)
    raise(sig)
}
