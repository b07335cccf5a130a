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

/// Where shared presentations' sockets live, and which of those places pir trusts.
///
/// A socket is only as trustworthy as the directory it is in: whoever can create entries there can
/// put a socket of their own under a presentation's name while no presenter is live. So sockets
/// live in a directory of their owner's that no one else can write:
/// `$XDG_RUNTIME_DIR/pir/` when that runtime directory is the user's own, else `/tmp/pir-UID/`,
/// created 0700 (0710 for `--group`, so the group can reach the socket, which is then 0660, but
/// still not create anything beside it). A directory found owned by someone else, or writable by
/// others, is refused with a line that says so, never used; there is no fallback to a
/// world-writable place.
public struct SharePlaces: Sendable, Equatable {
    /// `$XDG_RUNTIME_DIR`, as the environment gives it.
    public var runtime: String?
    /// Where `pir-UID/` directories are made: `/tmp`, or a test's own directory.
    public var temporary: String
    /// Whose presentations these are: the effective uid, the one sockets and directories get.
    public var uid: uid_t

    public init(runtime: String?, temporary: String = "/tmp", uid: uid_t = geteuid()) {
        self.runtime = runtime.flatMap { $0.isEmpty ? nil : $0 }
        self.temporary = temporary
        self.uid = uid
    }

    /// This process's places.
    public static var current: SharePlaces { SharePlaces(runtime: ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"]) }

    /// The runtime directory when it is usable: a real directory of ours that no one else may write.
    var usableRuntime: String? {
        guard let runtime, SharePath.problem(with: runtime, owner: uid) == nil else { return nil }
        return runtime
    }

    /// `/tmp/pir-UID`: the directory of `owner`'s sockets outside a runtime directory, and the
    /// only place for `--group` shares (others cannot enter a runtime directory).
    public func temporaryDirectory(of owner: uid_t) -> String { "\(temporary)/pir-\(owner)" }

    /// The directory a presenter's socket goes in.
    public func directory(group: Bool) -> String {
        if !group, let runtime = usableRuntime { return "\(runtime)/pir" }
        return temporaryDirectory(of: uid)
    }

    /// Where a follower looks for `name`, in order: its own places, or only `owner`'s group
    /// directory when told to follow another user (`--from USER`).
    public func candidates(for name: String, from owner: uid_t? = nil) -> [String] {
        if let owner, owner != uid { return ["\(temporaryDirectory(of: owner))/\(name).sock"] }
        var out: [String] = []
        if let runtime = usableRuntime { out.append("\(runtime)/pir/\(name).sock") }
        out.append("\(temporaryDirectory(of: uid))/\(name).sock")
        return out
    }
}

public enum SharePath {
    public static func validate(_ name: String) throws(ShareError) {
        guard isSafeWord(name) else {
            throw ShareError(.badName(ShareText.inert(name)))
        }
    }

    /// Letters, digits, `.`, `_`, `-`, not starting with `.` or `-`, 1–64 long: safe as a file name
    /// and as a word on a remote shell's command line (`pir relay NAME --from USER`).
    public static func isSafeWord(_ word: String) -> Bool {
        let allowed = word.unicodeScalars.allSatisfy { $0.isASCII && (($0.properties.isAlphabetic || $0.properties.numericType != nil) || "._-".unicodeScalars.contains($0)) }
        return !word.isEmpty && word.unicodeScalars.count <= 64 && allowed && word.first != "." && word.first != "-"
    }

    /// Why `directory` cannot hold `owner`'s sockets, or nil when it can: it must be a real
    /// directory (not a link to one), owned by `owner`, and writable by no one else.
    public static func problem(with directory: String, owner: uid_t) -> ShareError? {
        var info = stat()
        guard lstat(directory, &info) == 0 else { return ShareError(.directoryUnreadable(directory: directory, reason: String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return ShareError(.notADirectory(directory)) }
        guard info.st_uid == owner else {
            return ShareError(.directoryOwnedByOther(directory: directory, owner: userName(info.st_uid), expected: userName(owner)))
        }
        guard info.st_mode & 0o022 == 0 else {
            return ShareError(.directoryWritableByOthers(directory: directory, mode: String(info.st_mode & 0o777, radix: 8)))
        }
        return nil
    }

    /// Makes (or checks) a presenter's directory: 0700, or 0710 for `--group`.
    static func prepare(_ directory: String, uid: uid_t, group: Bool) throws(ShareError) {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw ShareError(.cannotCreateDirectory(directory: directory, reason: String(cString: strerror(errno))))
        }
        if let problem = problem(with: directory, owner: uid) { throw problem }
        // for the group: passable by the group the socket gets (this process's), whatever group
        // the directory was made with before (`newgrp meeting` since the last presentation)
        var info = stat()
        if group, lstat(directory, &info) == 0 {
            guard (info.st_gid == getegid() || chown(directory, uid_t.max, getegid()) == 0),
                  (info.st_mode & 0o010 != 0 || chmod(directory, (info.st_mode & 0o777) | 0o010) == 0) else {
                throw ShareError(.cannotLetGroupReach(directory: directory, reason: String(cString: strerror(errno))))
            }
        }
    }

    /// A user's name for messages (`nobody`), or `uid N` when it has none.
    public static func userName(_ uid: uid_t) -> String {
        getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(uid)"
    }

    /// `--from USER`: a user name or a numeric uid.
    public static func uid(of user: String) throws(ShareError) -> uid_t {
        if let entry = getpwnam(user) { return entry.pointee.pw_uid }
        if let number = UInt32(user) { return uid_t(number) }
        throw ShareError(.noSuchUser(ShareText.inert(user)))
    }

    /// A `sockaddr_un` for a path, or nil when the path is too long for one.
    static func address(_ path: String) -> sockaddr_un? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
            raw[bytes.count] = 0
        }
        return address
    }

    /// The uid of the process at the other end of a connected Unix socket: for a presenter, the
    /// one that called `listen` — whoever owns the file, and whatever its mode.
    static func peerUID(_ fd: Int32) -> uid_t? {
        #if os(Linux)
        // struct ucred { pid_t pid; uid_t uid; gid_t gid; }, which Glibc's module does not export
        var credentials: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout.size(ofValue: credentials))
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0, length == 12 else { return nil }
        return uid_t(credentials.uid)
        #else
        var uid = uid_t(), gid = gid_t()
        guard getpeereid(fd, &uid, &gid) == 0 else { return nil }
        return uid
        #endif
    }
}


/// Text that came from a peer or the command line, safe to show: each control character shown as
/// U+FFFD, as pir's other echoes do (a terminal never gets an escape sequence from it, and what was
/// typed stays recognisable), and no longer than a line.
public enum ShareText {
    public static func inert(_ text: some StringProtocol, limit: Int = 160) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard out.count < limit else { out.append("…"); break }
            out.append(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }
}
