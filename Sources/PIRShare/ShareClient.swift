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

/// A follower's end: connects to a shared presentation by name and reads its messages. The
/// caller polls `fd`; when the connection ends it shows "waiting" and calls `attempt` again, so
/// followers come back by themselves when the presenter restarts.
///
/// Only a presenter this follower trusts is followed: its socket must be in a directory that only
/// the expected user can write (`SharePlaces`), and the process listening on it must run as that
/// user (`SO_PEERCRED`): this user, or the one named with `--from USER` for a `--group` share.
/// Anything else is refused and `problem` says what was found. Attempts that fail — nobody there,
/// refused, a connection dropped before a deck arrived — back off exponentially up to
/// `maxDelay`, so a broken or hostile presenter never makes a follower spin.
public final class ShareClient {
    public let name: String
    public private(set) var fd: Int32 = -1
    /// The socket connected to (or `user@host` with `--via`).
    public private(set) var path: String?
    /// Whom this follows when it is another user (`--from USER`), for the footer.
    public let owner: String?
    /// Why the last attempt failed or the connection ended, in words safe to show; nil while all is well.
    public private(set) var problem: String?
    let expectedUID: uid_t
    let places: SharePlaces
    let tunnel: ShareTunnel?
    var reader = MessageReader()

    /// Seconds before the first retry, and the most between two.
    public static let firstDelay = 0.25
    public static let maxDelay = 5.0
    var delay = 0.0
    /// When the next attempt is due (`ShareClock`); 0: now.
    public private(set) var retryAt = 0.0

    /// `from`: the presenter's user (name or uid) when following another user's `--group` share.
    /// `via`: an SSH destination whose `pir relay` connects there, with these same checks made
    /// on that machine — so `from` then names a user there and is not looked up here.
    public init(name: String, from: String? = nil, via: ShareTunnel? = nil, places: SharePlaces = .current) throws(ShareError) {
        try SharePath.validate(name)
        self.name = name
        self.places = places
        self.tunnel = via
        if let from, !SharePath.isSafeWord(from) { throw ShareError(.badFromUser(ShareText.inert(from))) }
        if via != nil {
            expectedUID = places.uid
            owner = from
            fromWord = from
        } else {
            if let from { expectedUID = try SharePath.uid(of: from) } else { expectedUID = places.uid }
            owner = expectedUID == places.uid ? nil : SharePath.userName(expectedUID)
            fromWord = nil
        }
    }
    /// `--from` as given, passed on to the far side's relay with `--via`.
    let fromWord: String?

    deinit { disconnect() }

    public var isConnected: Bool { fd >= 0 }

    /// Connects when an attempt is due; true when connected.
    @discardableResult
    public func attempt(now: Double = ShareClock.now()) -> Bool {
        if isConnected { return true }
        guard now >= retryAt else { return false }
        if connect() { return true }
        backOff(now)
        return false
    }

    /// Milliseconds until the next attempt is due, for a poll's timeout; nil while connected.
    public func millisecondsToRetry(now: Double = ShareClock.now()) -> Int32? {
        guard !isConnected else { return nil }
        return Int32(max(0, min(Self.maxDelay, retryAt - now)) * 1000) + 1
    }

    func backOff(_ now: Double) {
        delay = delay == 0 ? Self.firstDelay : min(Self.maxDelay, delay * 2)
        retryAt = now + delay
    }

    /// Tries each place the socket may be, now; false when no trusted presenter is there (yet).
    @discardableResult
    public func connect() -> Bool {
        disconnect()
        reader = MessageReader()
        if let tunnel {
            switch tunnel.open(name: name, from: fromWord) {
            case .success(let opened): fd = opened; path = tunnel.destination; problem = nil; return true
            case .failure(let error): problem = error.description; return false
            }
        }
        var refused: String?
        for candidate in places.candidates(for: name, from: expectedUID) {
            // the folder the socket is in (NSString's deletingLastPathComponent, for absolute paths)
            let directory = candidate.lastIndex(of: "/").map { $0 == candidate.startIndex ? "/" : String(candidate[..<$0]) } ?? ""
            var info = stat()
            // no directory: nobody has presented here yet; a directory someone else made is refused
            if lstat(directory, &info) != 0 { continue }
            if let wrong = SharePath.problem(with: directory, owner: expectedUID) { refused = wrong.description; continue }
            guard let socketFD = Self.open(candidate) else { continue }
            let peer = SharePath.peerUID(socketFD)
            guard peer == expectedUID else {
                closeDescriptor(socketFD)
                let who = peer.map(SharePath.userName) ?? "an unknown user"
                refused = "refused \(candidate): it is served by \(who), not by \(SharePath.userName(expectedUID))"
                continue
            }
            fd = socketFD
            path = candidate
            problem = nil
            return true
        }
        problem = refused
        return false
    }

    public func disconnect() {
        if fd >= 0 { closeDescriptor(fd) }
        fd = -1
        if let reason = tunnel?.close() { problem = reason }
    }

    /// Messages that have arrived; nil when the connection has ended (the presenter went, or
    /// sent something no presenter sends: `problem` says which). A hello resets the back-off.
    public func read(now: Double = ShareClock.now()) -> [ShareMessage]? {
        guard fd >= 0 else { return nil }
        var messages: [ShareMessage] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        func end(_ reason: String?) -> [ShareMessage]? {
            disconnect()
            if let reason { problem = reason }
            backOff(now)
            return messages.isEmpty ? nil : messages
        }
        while true {
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if n > 0 {
                do {
                    let got = try reader.feed(Data(buffer[0..<n]))
                    if got.contains(where: { $0.type == .hello }) { delay = 0 }
                    messages += got
                } catch .tooLong {
                    messages = []
                    return end("the presenter sent a message over \(ShareLimits.maxLine) bytes (its deck is too large to share); retrying")
                } catch {
                    guard case .malformed(let why) = error else { continue }
                    messages = []
                    return end("the presenter sent a message pir cannot use (\(why)); retrying")
                }
                if let full = messages.firstIndex(where: { $0.type == .full }) {
                    messages.removeSubrange(full...)
                    return end("the presenter has as many followers as it takes (\(ShareServer.maxFollowers)); retrying")
                }
                continue
            }
            if n == 0 { return end(nil) }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { return messages }
            return end(nil)
        }
    }

    static func open(_ path: String) -> Int32? {
        guard var address = SharePath.address(path) else { return nil }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connectDescriptor(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { close(fd); return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }

    /// Whether a presenter is listening at `path`.
    static func probe(_ path: String) -> Bool {
        guard let fd = open(path) else { return false }
        close(fd)
        return true
    }
}

/// A monotonic clock in seconds, for back-offs: wall-clock changes do not move them.
public enum ShareClock {
    public static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// `connect(2)`, callable from inside a type that has a `connect()` of its own.
func connectDescriptor(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}
