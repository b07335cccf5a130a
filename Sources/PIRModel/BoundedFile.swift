#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Reads a file that a user named (`--data`, `--deck`) only when it is what it claims to be and no
/// larger than its documented limit — both decided with `fstat` on the opened descriptor, before a
/// byte is read. `Data(contentsOf:)` would read a 1 GB file whole (2.1 GB of memory for a dataset),
/// block forever on a FIFO, and say only "cannot be read" of a directory.
public enum BoundedFile {
    /// Why a file was not read, in words for the one-line error after the file's name.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The file's bytes, or a `Refusal` that says why not: "no such file", "is a directory",
    /// "is a FIFO", "is not a regular file", "is empty", or that it is over `limit` bytes.
    /// `what` names the kind of file in the size message ("a dataset").
    public static func read(_ path: String, limit: Int, what: String) throws(Refusal) -> Data {
        let bytes = try readReleasable(path, limit: limit, what: what)
        return Data(bytesNoCopy: bytes.base, count: bytes.count, deallocator: .custom { _, _ in withExtendedLifetime(bytes) {} })
    }

    /// The same bytes in memory whose pages can be given back as they are read (`ReleasableBytes`).
    public static func readReleasable(_ path: String, limit: Int, what: String) throws(Refusal) -> ReleasableBytes {
        // what the name is, first: a socket cannot even be opened (ENXIO), a FIFO would block
        var info = stat()
        guard stat(path, &info) == 0 else { throw Refusal(description: reason(errno)) }
        try kind(info, what: what)
        // O_NONBLOCK: were the name swapped for a FIFO now, opening it would wait for a writer for
        // ever; fstat on what was opened decides, whatever the name pointed to a moment ago
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal(description: reason(errno)) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw Refusal(description: reason(errno)) }
        try kind(info, what: what)
        let size = Int(info.st_size)
        if size == 0 { throw Refusal(description: "is an empty file: expected \(what)") }
        if size > limit {
            throw Refusal(description: "is \(describe(bytes: size)), over the limit of \(describe(bytes: limit)) for \(what)")
        }
        return try readAll(fd, size: size, limit: limit, what: what)
    }

    /// Nothing, for a regular file; else a refusal that says what the file is.
    static func kind(_ info: stat, what: String) throws(Refusal) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Refusal(description: "is a directory, not \(what)")
        case S_IFIFO: throw Refusal(description: "is a FIFO (a named pipe), not a regular file: pir reads \(what) whole, from a file")
        case S_IFSOCK: throw Refusal(description: "is not a regular file but a socket")
        case S_IFCHR: throw Refusal(description: "is not a regular file but a character device (such as /dev/null)")
        case S_IFBLK: throw Refusal(description: "is not a regular file but a block device")
        default: throw Refusal(description: "is not a regular file")
        }
    }

    /// At most `limit` + 1 bytes: a file that grows after fstat is refused all the same. The
    /// mapping reserves them all; only the pages the file fills take memory.
    static func readAll(_ fd: Int32, size: Int, limit: Int, what: String) throws(Refusal) -> ReleasableBytes {
        let capacity = limit + 1
        guard let data = ReleasableBytes(capacity: capacity) else {
            throw Refusal(description: "cannot be read: no memory for \(describe(bytes: size))")
        }
        var offset = 0
        while offset < capacity {
            let n = Glibc.read(fd, data.base + offset, capacity - offset)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Refusal(description: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            offset += n
        }
        data.count = offset
        if offset > limit {
            throw Refusal(description: "grew past the limit of \(describe(bytes: limit)) for \(what) while it was read")
        }
        if offset == 0 { throw Refusal(description: "is an empty file: expected \(what)") }
        return data
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "cannot be read: permission denied"
        case ENOTDIR: return "no such file (a part of the path is not a directory)"
        case ELOOP: return "cannot be read: too many symbolic links"
        case ENXIO: return "is not a regular file (no such device or address)"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    /// `32 MiB`, `40.7 MiB`, `900 bytes`: sizes as a reader compares them.
    public static func describe(bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (scale, unit) in units where bytes >= scale {
            return bytes % scale == 0 ? "\(bytes / scale) \(unit)" : String(format: "%.1f \(unit)", Double(bytes) / Double(scale))
        }
        return "\(bytes) bytes"
    }
}

/// A file's bytes in memory of their own (an anonymous mapping, so nothing another process does to
/// the file can change or take them), whose pages can be given back to the system once read: the
/// loader frees a large dataset's bytes as the decoder passes them, so the file and the report
/// decoded from it are not both in memory whole (at 100 times the report that was 54 MB).
public final class ReleasableBytes: @unchecked Sendable {  // written once by `readAll`, then only read
    let base: UnsafeMutableRawPointer
    let capacity: Int
    public internal(set) var count = 0
    /// The pages below this offset have been given back.
    private var released = 0

    init?(capacity: Int) {
        guard let mapped = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), mapped != MAP_FAILED else {
            return nil
        }
        // huge pages where the system gives them on request: a 55 MB dataset read into 4 KB pages
        // took some 13,000 page faults, each zeroing its page
        _ = madvise(mapped, capacity, MADV_HUGEPAGE)
        base = mapped
        self.capacity = capacity
    }

    deinit { munmap(base, capacity) }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Gives back the whole pages below `offset`: they read as zeros afterwards.
    public func release(below offset: Int) {
        guard offset > released else { return }
        release(released..<offset)
        released = max(released, min(offset, count) / Self.pageSize * Self.pageSize)
    }

    /// Gives back the pages that lie wholly in `range`. Two threads may give back ranges of their
    /// own at once: no state is kept here.
    public func release(_ range: Range<Int>) {
        let page = Self.pageSize
        let start = (max(range.lowerBound, 0) + page - 1) / page * page
        let end = min(range.upperBound, count) / page * page
        guard end > start else { return }
        _ = madvise(base + start, end - start, MADV_DONTNEED)
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
}
