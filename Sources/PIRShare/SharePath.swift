import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a shared presentation's socket lives: `$XDG_RUNTIME_DIR/pir-NAME.sock` (a directory only
/// its user can enter), else `/tmp/pir-NAME.sock`. With `--group` it is always in /tmp, because
/// other members of the group cannot enter the presenter's runtime directory.
public enum SharePath {
    public static func validate(_ name: String) throws(ShareError) {
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        guard !name.isEmpty, name.count <= 64, allowed, name.first != ".", name.first != "-" else {
            throw ShareError("bad presentation name \"\(name)\": use 1–64 letters, digits, '.', '_' or '-', not starting with '.' or '-'")
        }
    }

    static var runtimeDirectory: String? {
        guard let dir = ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"], !dir.isEmpty else { return nil }
        var info = stat()
        guard stat(dir, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { return nil }
        return dir
    }

    /// Where a presenter creates the socket.
    public static func path(for name: String, group: Bool) -> String {
        let directory = group ? "/tmp" : (runtimeDirectory ?? "/tmp")
        return "\(directory)/pir-\(name).sock"
    }

    /// Where a follower looks, in order.
    public static func candidates(for name: String) -> [String] {
        var out: [String] = []
        if let dir = runtimeDirectory { out.append("\(dir)/pir-\(name).sock") }
        out.append("/tmp/pir-\(name).sock")
        return out
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
}

public struct ShareError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
