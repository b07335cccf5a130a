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

/// The `--data` files this pir has checked in full and found good, remembered by a digest of their
/// bytes, so the next start with the same bytes decodes them without the byte scan, validation and
/// invariants (at 100 times the report's size they were about half of the load). It is the
/// bundled report's `BundledDigest` for files pir reads at run time.
///
/// What it trusts, and why that is safe enough:
/// - the digest is taken of the bytes pir read into memory of its own and then decodes, so no change
///   to the file between the hash and the decoding can slip through; one changed byte changes the
///   digest (and the length is part of the entry), and a changed file gets every check again;
/// - the digest is keyed with 64 random bits made when the cache is first written and kept in it:
///   one who cannot read the cache cannot make a file that collides with one checked before (and one
///   who can write it has the account anyway);
/// - an entry also names this binary (size and modification time of `/proc/self/exe`) and the
///   schema version, so a pir built with other checks checks again;
/// - the file is small and bounded (`maxEntries` lines, `maxBytes` read at most); anything in it
///   that does not parse is ignored, so a corrupt cache costs a full check, never a wrong answer;
///   it is replaced whole (a new file renamed over it), never edited in place.
///
/// `pir verify` never reads it. Where it lives: `$XDG_CACHE_HOME/pir/verified`, else
/// `$HOME/.cache/pir/verified`; with neither (or a relative one) nothing is cached.
public struct VerifiedCache: Sendable {
    /// The cache file.
    public let path: String

    public static let maxEntries = 32
    static let maxBytes = 16 << 10
    static let header = "pir verified-data 1"

    public init(path: String) { self.path = path }

    /// The cache for this environment, or nil when it names no absolute directory.
    public static func current(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> VerifiedCache? {
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return VerifiedCache(path: xdg + "/pir/verified") }
        if let home = environment("HOME"), home.hasPrefix("/") { return VerifiedCache(path: home + "/.cache/pir/verified") }
        return nil
    }

    /// One checked file: its keyed digest, its length, and what checked it.
    public struct Entry: Hashable, Sendable {
        /// The key the digest was taken with (the file's, not written on the entry's line).
        var key: UInt64
        var digest: UInt64
        var count: Int
        var checker: String
        /// Where to split it between two threads (a fourth field), when it is large.
        var split: SectionSplit? = nil

        var line: String { "\(hex(digest)) \(count) \(checker)" + (split.map { " " + $0.field } ?? "") }

        /// The same bytes checked by the same build, whatever else the entry says.
        func names(_ other: Entry) -> Bool {
            (key, digest, count, checker) == (other.key, other.digest, other.count, other.checker)
        }
    }

    /// What is in the file: its key and entries; a fresh key and none when it is missing or unreadable.
    struct Contents {
        var key: UInt64
        var entries: [Entry]
    }

    /// This binary and the schema it reads: entries written by another build do not match.
    static let checker: String = {
        var info = stat()
        let binary = stat("/proc/self/exe", &info) == 0 ? "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)" : "unknown"
        return "schema\(Report.currentSchemaVersion)-\(binary)"
    }()

    func read() -> Contents? {
        guard let data = try? BoundedFile.read(path, limit: Self.maxBytes, what: "a cache") else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count >= 2, lines[0] == Self.header, lines[1].hasPrefix("key "),
              let key = UInt64(lines[1].dropFirst(4), radix: 16) else { return nil }
        var entries: [Entry] = []
        for line in lines.dropFirst(2).prefix(Self.maxEntries) {
            let fields = line.split(separator: " ")
            guard fields.count == 3 || fields.count == 4, let digest = UInt64(fields[0], radix: 16), let count = Int(fields[1]) else { continue }
            var entry = Entry(key: key, digest: digest, count: count, checker: String(fields[2]))
            if fields.count == 4 {
                guard let split = SectionSplit(field: fields[3]), split.range.upperBound <= count else { continue }
                entry.split = split
            }
            entries.append(entry)
        }
        return Contents(key: key, entries: entries)
    }

    /// The entry `bytes` would have under this cache's key (a new key when there is no cache yet),
    /// and whether it is there (the entry is then the one remembered, with its `split`).
    public func lookup(_ bytes: UnsafeRawBufferPointer) -> (entry: Entry, known: Bool) {
        let contents = read() ?? Contents(key: UInt64.random(in: 1...UInt64.max), entries: [])
        let entry = Entry(key: contents.key, digest: DataDigest.of(bytes, key: contents.key), count: bytes.count, checker: Self.checker)
        if let known = contents.entries.first(where: { $0.names(entry) }) { return (known, true) }
        return (entry, false)
    }

    /// Remembers an entry whose bytes passed every check. Failing to write only costs the next start
    /// time; an entry made under another key than the file's now (another pir wrote it meanwhile)
    /// is dropped.
    public func remember(_ entry: Entry) {
        var contents = read() ?? Contents(key: entry.key, entries: [])
        guard contents.key == entry.key, !contents.entries.contains(where: { $0.names(entry) }) else { return }
        contents.entries = Array((contents.entries + [entry]).suffix(Self.maxEntries))
        write(contents)
    }

    func write(_ contents: Contents) {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard makeDirectories(directory) else { return }
        let text = ([Self.header, "key " + hex(contents.key)] + contents.entries.map(\.line)).joined(separator: "\n") + "\n"
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// The directory and its parents, made private to the user where they are new.
    func makeDirectories(_ directory: String) -> Bool {
        var info = stat()
        if stat(directory, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR }
        guard let slash = directory.lastIndex(of: "/"), slash > directory.startIndex else { return false }
        guard makeDirectories(String(directory[..<slash])) else { return false }
        return mkdir(directory, 0o700) == 0 || errno == EEXIST
    }
}

func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}

/// A keyed 64-bit digest of a file's bytes for `VerifiedCache`: four independent lanes of the
/// multiply-xorshift step of FNV-1a over words, 32 bytes a round, so the multiplications overlap
/// instead of waiting on each other (a single lane spends about 6 cycles on every 8 bytes: some
/// 14 ms for the 55 MB benchmark dataset). Not a cryptographic hash: see `VerifiedCache` for
/// why the key makes it enough.
public enum DataDigest {
    public static func of(_ bytes: UnsafeRawBufferPointer, key: UInt64) -> UInt64 {
        let prime: UInt64 = 0x100_0000_01b3
        let count = bytes.count
        var a = key ^ 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        var b = key &* 0x9e37_79b9_7f4a_7c15 ^ 0x2545_f491_4f6c_dd1d
        var c = (key >> 7 | key << 57) ^ 0x6a09_e667_f3bc_c908
        var d = ~key ^ 0xbb67_ae85_84ca_a73b
        guard let base = bytes.baseAddress else { return a }
        var offset = 0
        while offset + 32 <= count {
            a = (a ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime; a ^= a >> 29
            b = (b ^ base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime; b ^= b >> 29
            c = (c ^ base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime; c ^= c >> 29
            d = (d ^ base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime; d ^= d >> 29
            offset += 32
        }
        while offset < count {
            a = (a ^ UInt64(base.load(fromByteOffset: offset, as: UInt8.self))) &* prime; a ^= a >> 29
            offset += 1
        }
        // the lanes folded in turn, each through the mixing step, so no lane's bits cancel another's
        var hash = a
        for lane in [b, c, d] {
            hash = (hash ^ lane) &* prime
            hash ^= hash >> 29
        }
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        return hash ^ (hash >> 33)
    }
}
