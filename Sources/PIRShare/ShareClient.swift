import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A follower's end: connects to a shared presentation by name and reads its messages. The
/// caller polls `fd`; on end of stream it shows "waiting" and calls `connect` again, so followers
/// come back by themselves when the presenter restarts.
public final class ShareClient {
    public let name: String
    public private(set) var fd: Int32 = -1
    /// The socket connected to, and its owner when that is another user (a `--group` share).
    public private(set) var path: String?
    public private(set) var owner: String?
    var reader = MessageReader()

    public init(name: String) throws(ShareError) {
        try SharePath.validate(name)
        self.name = name
    }

    deinit { disconnect() }

    public var isConnected: Bool { fd >= 0 }

    /// Tries each place the socket may be; false when no presenter is there (yet).
    @discardableResult
    public func connect() -> Bool {
        disconnect()
        for candidate in SharePath.candidates(for: name) {
            guard let socketFD = Self.open(candidate) else { continue }
            fd = socketFD
            path = candidate
            var info = stat()
            if stat(candidate, &info) == 0, info.st_uid != getuid() {
                owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(info.st_uid)"
            } else {
                owner = nil
            }
            reader = MessageReader()
            return true
        }
        return false
    }

    public func disconnect() {
        if fd >= 0 { closeDescriptor(fd) }
        fd = -1
    }

    /// Messages that have arrived; nil when the presenter has gone (the connection is closed).
    public func read() -> [ShareMessage]? {
        guard fd >= 0 else { return nil }
        var messages: [ShareMessage] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if n > 0 {
                do {
                    messages += try reader.feed(Data(buffer[0..<n]))
                } catch {
                    disconnect()
                    return nil
                }
                continue
            }
            if n == 0 { disconnect(); return messages.isEmpty ? nil : messages }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { return messages }
            disconnect()
            return messages.isEmpty ? nil : messages
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

/// `connect(2)`, callable from inside a type that has a `connect()` of its own.
func connectDescriptor(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}
