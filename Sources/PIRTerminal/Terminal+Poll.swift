#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCursesShim
import PIRUI

/// Reading input without blocking, for run loops that also wait on sockets and a clock: they
/// `poll` standard input with everything else, then take every key that is ready.
extension Terminal {
    /// The next event if one is ready now; nil when none is.
    public func pendingEvent() -> Event? {
        while true {
            var ch: UInt32 = 0
            let kind = pir_read(&ch, 0)
            if kind < 0 { return nil }
            if kind == 1 {
                if Int32(ch) == pir_key_resize() {
                    let (w, h) = size
                    invalidate()
                    return .resize(width: w, height: h)
                }
                if Int32(ch) == pir_key_mouse() {
                    var y: Int32 = 0, x: Int32 = 0
                    switch pir_mouse(&y, &x) {
                    case 1: return .mouse(Mouse(.press, x: Int(x), y: Int(y)))
                    case 2: return .mouse(Mouse(.wheelUp, x: Int(x), y: Int(y)))
                    case 3: return .mouse(Mouse(.wheelDown, x: Int(x), y: Int(y)))
                    default: continue
                    }
                }
                if let key = Self.functionKey(Int32(ch)) { return .key(key) }
                continue
            }
            if let key = Self.characterKey(ch) { return .key(key) }
        }
    }

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
