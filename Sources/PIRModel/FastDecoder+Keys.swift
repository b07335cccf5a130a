#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An object's key as the fast decoder reads it: the bytes between its quotes, matched against the
/// decoders' literal keys (`case "id":`) without making a `String` of them. A dataset holds about
/// as many keys as values (some 1.4 million at 100 times the report), and making each a String —
/// validating its UTF-8, then comparing it case by case — was a fifth of decoding.
///
/// A key written with escapes (`"i\u0064"`) is decoded as `string()` decodes it and matched as that
/// string, so it means what it means to `JSONDecoder`.
struct JSONKey {
    /// The key's bytes, when it has no escapes.
    let raw: UnsafeBufferPointer<UInt8>
    /// The key, when it has escapes.
    let escaped: String?

    init(_ read: (raw: UnsafeBufferPointer<UInt8>, escaped: String?)) { (raw, escaped) = read }

    /// The key as a String, for the few objects whose keys are data (regions, shares).
    var string: String { escaped ?? String(decoding: raw, as: UTF8.self) }

    /// Lengths first: most cases of a `switch` differ in length from the key.
    @inline(__always)
    static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard let escaped = key.escaped else {
            return key.raw.count == count && memcmp(key.raw.baseAddress!, pattern.utf8Start, count) == 0
        }
        return escaped.utf8.elementsEqual(UnsafeBufferPointer(start: pattern.utf8Start, count: count))
    }
}

/// Which fields of an object have been seen: a repeated key gives up (JSONDecoder's choice between
/// the two is not ours to guess), and so does a missing required one.
struct SeenFields {
    var bits: UInt32 = 0
    mutating func mark(_ n: Int) throws {
        let bit: UInt32 = 1 << UInt32(n)
        guard bits & bit == 0 else { throw GiveUp() }
        bits |= bit
    }
}

/// Unwraps a required field.
func required<T>(_ value: T?) throws -> T {
    guard let value else { throw GiveUp() }
    return value
}
