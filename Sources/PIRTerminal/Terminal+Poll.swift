#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import PIRUI

/// Waiting on input together with sockets and a clock: run loops `poll` standard input with
/// everything else, then take every key that is ready with `nextEvent(timeout: 0)`.
extension Terminal {
    /// Waits until standard input or one of `others` is ready, or `timeout` ms pass (-1: no limit).
    /// Returns the other descriptors as `poll` filled them, whether input is ready, and whether the
    /// terminal hung up (an SSH link dropped).
    public func wait(with others: [pollfd], timeout: Int32) -> (polled: [pollfd], input: Bool, hangup: Bool) {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)] + others
        let n = poll(&fds, nfds_t(fds.count), timeout)
        // EINTR: a resize or a resume; ncurses has the event for the next read
        if n < 0 { return (others, true, false) }
        let input = fds[0].revents
        return (Array(fds.dropFirst()), input & Int16(POLLIN) != 0, input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0)
    }
}

extension Terminal {
    /// Home and End as tmux, screen and the Linux console send them (`ESC [1~`, `ESC [4~`), and as
    /// xterm sends them outside keypad mode (`ESC [H`, `ESC [F`): terminfo for `xterm-256color`
    /// lists only `ESC OH` / `ESC OF`, so under tmux with that TERM — a common setup — End would
    /// otherwise arrive as Esc, `[`, `4`, `~`, and `[` would turn a slide back.
    public func recogniseHomeAndEndVariants() {
        for (sequence, key) in [("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
                                ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END)] {
            // only where the terminal description does not already define the sequence
            if key_defined(sequence) == 0 { define_key(sequence, key) }
        }
    }
}
