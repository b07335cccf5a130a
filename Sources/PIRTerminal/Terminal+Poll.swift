#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
