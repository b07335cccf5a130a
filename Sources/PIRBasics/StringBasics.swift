#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
// The C library, as Foundation re-exported it: the modules that imported Foundation call
// memchr, write and the like through it.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif

// The few conveniences of full Foundation that pir uses, written over the standard library and
// FoundationEssentials. Any use of full Foundation's own string API (`replacingOccurrences`,
// `String(format:)`, …) links all of it, and its ICU data was two thirds of the static binary
// (62 MB stripped; 14 MB without it). Each is `@_disfavoredOverload`, so where a file (a test)
// imports full Foundation too, Foundation's is the one called and nothing is ambiguous.

/// Which characters `trimmingCharacters(in:)` removes: Foundation's `CharacterSet` members of the
/// same names, by Unicode property.
public struct TrimmedCharacters: Sendable {
    let contains: @Sendable (Unicode.Scalar) -> Bool

    /// Space separators (Zs) and tab, as `CharacterSet.whitespaces`.
    public static let whitespaces = TrimmedCharacters { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    /// LF, VT, FF, CR, NEL, LS and PS, as `CharacterSet.newlines`.
    public static let newlines = TrimmedCharacters { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    /// Both, as `CharacterSet.whitespacesAndNewlines`.
    public static let whitespacesAndNewlines = TrimmedCharacters { whitespaces.contains($0) || newlines.contains($0) }
}

extension StringProtocol {
    /// Every occurrence of `target` replaced, left to right, as Foundation's.
    @_disfavoredOverload
    public func replacingOccurrences<Target: StringProtocol, Replacement: StringProtocol>(of target: Target, with replacement: Replacement) -> String {
        guard !target.isEmpty else { return String(self) }
        return String(self).replacing(String(target), with: String(replacement))
    }

    /// The first occurrence of `target`, found by its UTF-8 bytes (`memchr`, `memcmp`), as Foundation's
    /// `range(of:options: .literal)`: the search index asks this of every path it builds, and the
    /// standard library's `firstRange(of:)` compares Characters, several times slower. Only a
    /// combining mark after the match could make it differ from a Character search; the report's
    /// text is NFC and the targets are codes and paths.
    @_disfavoredOverload
    public func range<Target: StringProtocol>(of target: Target) -> Range<Index>? {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return nil }
        let found = utf8.withContiguousStorageIfAvailable { haystack -> Int? in
            guard let base = haystack.baseAddress else { return nil }
            var from = 0
            while from + needle.count <= haystack.count {
                guard let hit = memchr(base + from, Int32(first), haystack.count - needle.count - from + 1) else { return nil }
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if memcmp(base + at, needle, needle.count) == 0 { return at }
                from = at + 1
            }
            return nil
        }
        guard let found else { return firstRange(of: target) }
        guard let offset = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.count)
    }

    /// Without the leading and trailing scalars in `set`.
    @_disfavoredOverload
    public func trimmingCharacters(in set: TrimmedCharacters) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(Substring(scalars[first...last]))
    }

    /// Compares case-blind (lower-cased), as Foundation's for the ASCII codes and English names pir compares.
    @_disfavoredOverload
    public func caseInsensitiveCompare<Other: StringProtocol>(_ other: Other) -> ComparisonResult {
        let a = lowercased(), b = other.lowercased()
        return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
    }
}

extension String {
    /// printf-style formatting, as Foundation's `String(format:)` without a locale: the C library's
    /// `vsnprintf` in the C locale (a decimal point whatever LC_NUMERIC says).
    @_disfavoredOverload
    public init(format: String, _ arguments: CVarArg...) {
        let previous = uselocale(CLocale.numeric)
        defer { uselocale(previous) }
        var buffer = [CChar](repeating: 0, count: 128)
        var needed = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        if needed >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(needed) + 1)
            needed = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        self = needed < 0 ? "" : String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The C locale, made once, for formatting numbers whatever the process's locale says.
enum CLocale {
    nonisolated(unsafe) static let numeric: locale_t = newlocale(1 << LC_NUMERIC, "C", nil)
}

/// A mutex, as Foundation's `NSLock`, for state a background thread shares (the search index
/// built in the background, lazily built caches).
public final class Lock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init() { pthread_mutex_init(mutex, nil) }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }

    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}

extension Array where Element == String {
    /// The strings with `separator` between them, as the standard library's `joined(separator:)`,
    /// which this one shadows for `[String]` in every module that imports PIRBasics: that one is
    /// generic over the collection, and its first call in a process asks the runtime for `Array`'s
    /// associated types, 0.19 M instructions, a fortieth of what `pir show` runs (issue 18).
    public func joined(separator: String = "") -> String {
        guard let first else { return "" }
        var bytes = separator.utf8.count * (count - 1)
        for string in self { bytes += string.utf8.count }
        var out = first
        out.reserveCapacity(bytes)
        for string in self[1...] {
            out += separator
            out += string
        }
        return out
    }
}
