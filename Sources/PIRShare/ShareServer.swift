#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The presenter's end of `--share`: a listening Unix-domain socket and the followers on it.
///
/// Nothing here ever blocks. Sockets are non-blocking; each follower has at most one message in
/// flight (the part the kernel has not taken yet) and one newest state waiting behind it, so a
/// follower that stops reading costs a few hundred bytes and holds nobody up: states it missed
/// are replaced by the latest, never queued.
///
/// Nothing a peer does makes it spin either: a follower that sends anything is dropped (followers
/// have nothing to say, so input is either a hang-up or not a follower); at most `maxFollowers`
/// are served and the rest are told so and closed; and when `accept` fails (a full descriptor
/// table) the listener rests for `acceptRest` instead of being polled, readable, again at once.
public final class ShareServer {
    public let path: String
    let listener: Int32
    var followers: [Int32: Follower] = [:]
    var hello = Data()
    var state: Data?
    /// A descriptor kept open to give up when the table is full, so a connection can still be
    /// accepted to be told `full` and closed rather than left waiting in the backlog.
    var reserve: Int32 = -1
    /// While set (`ShareClock`), the listener is not polled.
    var restingUntil: Double?

    /// The most followers served at once. Each costs a descriptor and, while it does not read, up
    /// to two messages of memory; 256 is more than any meeting room and, under the usual limit of
    /// 1,024 descriptors, leaves the rest for the terminal and pir's own files.
    public static let maxFollowers = 256
    /// How long the listener rests after `accept` failed for want of descriptors or memory.
    public static let acceptRest = 0.5

    struct Follower {
        /// The rest of the message being written.
        var inFlight = Data()
        /// The newest state, sent when `inFlight` is done; replaced, never queued.
        var next: Data?
    }

    /// Binds the socket: mode 0600, or 0660 for the group with `group`. A socket left behind by a
    /// presenter that died is replaced; a live one, or one another user owns, is an error.
    public init(name: String, group: Bool, places: SharePlaces = .current) throws(ShareError) {
        try SharePath.validate(name)
        let directory = places.directory(group: group)
        try SharePath.prepare(directory, uid: places.uid, group: group)
        let path = "\(directory)/\(name).sock"
        self.path = path
        guard var address = SharePath.address(path) else { throw ShareError(.pathTooLong(path)) }
        var info = stat()
        if lstat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFSOCK, info.st_uid == places.uid else {
                throw ShareError(.notYourSocket(path))
            }
            if ShareClient.probe(path) {
                throw ShareError(.alreadyShared(path: path, name: name))
            }
            unlink(path)  // stale: its presenter is gone
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ShareError(.cannotCreateSocket(reason: String(cString: strerror(errno)))) }
        let mode: mode_t = group ? 0o660 : 0o600
        let oldMask = umask(0o777 & ~mode)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        umask(oldMask)
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            closeDescriptor(fd)
            throw ShareError(.cannotBind(path: path, reason: reason))
        }
        chmod(path, mode)
        guard listen(fd, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            closeDescriptor(fd); unlink(path)
            throw ShareError(.cannotListen(path: path, reason: reason))
        }
        Self.setNonBlocking(fd)
        listener = fd
        reserve = Self.openReserve()
    }

    static func openReserve() -> Int32 { open("/dev/null", O_RDONLY | O_CLOEXEC) }

    deinit { close() }

    public var followerCount: Int { followers.count }

    /// Says goodbye (best effort) and removes the socket.
    public func close() {
        guard listener >= 0, !closed else { return }
        closed = true
        let bye = ShareMessage.bye.line()
        for fd in followers.keys {
            bye.withUnsafeBytes { _ = send(fd, $0.baseAddress, $0.count, sendFlags) }
            closeDescriptor(fd)
        }
        followers = [:]
        if reserve >= 0 { closeDescriptor(reserve) }
        closeDescriptor(listener)
        unlink(path)
    }
    var closed = false

    static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }

    /// The deck, sent first to every follower that connects.
    public func setHello(_ message: ShareMessage) { hello = message.line() }

    /// The newest state: goes out at once where a socket has room, else waits as the one next state.
    public func publish(_ message: ShareMessage) {
        let line = message.line()
        state = line
        for fd in Array(followers.keys) {
            guard var follower = followers[fd] else { continue }
            if follower.inFlight.isEmpty { follower.inFlight = line } else { follower.next = line }
            followers[fd] = follower
            flush(fd)
        }
    }

    /// What to poll: the listener, and each follower for input (to see it leave) and, while it
    /// has something left to take, for room to write.
    public var pollDescriptors: [pollfd] {
        var out: [pollfd] = []
        if let until = restingUntil, ShareClock.now() < until {} else {
            restingUntil = nil
            out.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0))
        }
        for (fd, follower) in followers {
            let wantsOut = !follower.inFlight.isEmpty || follower.next != nil
            out.append(pollfd(fd: fd, events: Int16(POLLIN) | (wantsOut ? Int16(POLLOUT) : 0), revents: 0))
        }
        return out
    }

    /// Milliseconds until the listener is polled again, for the caller's poll timeout; nil when it is.
    public var millisecondsToWake: Int32? {
        guard let until = restingUntil else { return nil }
        return Int32(max(0, until - ShareClock.now()) * 1000) + 1
    }

    /// Handles what `poll` reported for `pollDescriptors`: new followers, room to write, followers gone.
    public func handle(_ polled: [pollfd]) {
        for entry in polled {
            if entry.fd == listener {
                if entry.revents & Int16(POLLIN) != 0 { acceptAll() }
                continue
            }
            guard followers[entry.fd] != nil else { continue }
            if entry.revents & Int16(POLLIN) != 0 || entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                // followers do not talk: input is either nothing (they left) or not a follower's
                var scratch: UInt8 = 0
                let n = recv(entry.fd, &scratch, 1, Int32(MSG_DONTWAIT))
                if n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { drop(entry.fd); continue }
            }
            if entry.revents & Int16(POLLOUT) != 0 { flush(entry.fd) }
        }
    }

    func acceptAll() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE:
                    // out of descriptors: give up the reserve, and with that one descriptor tell
                    // every follower waiting that there is no room; rest only if even that fails
                    if reserve >= 0 {
                        closeDescriptor(reserve)
                        var told = 0
                        while true {
                            let refused = accept(listener, nil, nil)
                            if refused < 0 { break }
                            refuse(refused)
                            told += 1
                        }
                        reserve = Self.openReserve()
                        if told > 0 && reserve >= 0 { return }
                    }
                    restingUntil = ShareClock.now() + Self.acceptRest
                    return
                case EAGAIN, EWOULDBLOCK: return
                default:  // ENOBUFS, ENOMEM and the like: the listener stays readable, so rest too
                    restingUntil = ShareClock.now() + Self.acceptRest
                    return
                }
            }
            guard followers.count < Self.maxFollowers else { refuse(fd); continue }
            Self.setNonBlocking(fd)
            var follower = Follower()
            follower.inFlight = hello + (state ?? Data())
            followers[fd] = follower
            flush(fd)
        }
    }

    /// Writes as much as the socket takes now; never waits.
    func flush(_ fd: Int32) {
        while var follower = followers[fd] {
            if follower.inFlight.isEmpty {
                guard let next = follower.next else { return }
                follower.inFlight = next
                follower.next = nil
            }
            let n = follower.inFlight.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, sendFlags) }
            if n < 0 {
                followers[fd] = follower
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
                drop(fd)
                return
            }
            follower.inFlight.removeFirst(n)
            followers[fd] = follower
        }
    }

    /// One line, `full`, for a follower turned away (best effort), and the connection closed.
    func refuse(_ fd: Int32) {
        ShareMessage.full.line().withUnsafeBytes { _ = send(fd, $0.baseAddress, $0.count, sendFlags) }
        closeDescriptor(fd)
    }

    func drop(_ fd: Int32) {
        followers[fd] = nil
        closeDescriptor(fd)
    }
}

/// `close(2)`, callable from inside types that have a `close()` of their own.
func closeDescriptor(_ fd: Int32) { _ = close(fd) }

#if os(Linux)
/// Never wait, and never raise SIGPIPE on a follower that left (the write fails with EPIPE instead).
let sendFlags = Int32(MSG_NOSIGNAL | MSG_DONTWAIT)
#else
let sendFlags = Int32(MSG_DONTWAIT)
#endif
