/// The bundled report is fixed when pir is built, so its checks need to pass once, not at every
/// start: `ReportLoaderTrustTests` loads Resources/pir-2020-2021.zh.json with every check (the byte
/// scan, validation, the invariants) and checks that its digest is `verified`. At start pir hashes
/// the bytes compiled into it and, when they are those bytes, decodes them without the checks —
/// about 2 ms of a 20 ms start. Anything else (a build from changed data whose digest was not
/// brought up to date, any `--data FILE`, `pir verify`) gets every check, so a stale digest costs
/// time, never safety.
///
/// The digest guards against mistakes (an edited dataset compiled in without the tests run), not
/// against an attacker: one who can change the binary can change the check too.
public enum BundledDigest {
    /// The digest of the dataset the tests verified. When the dataset changes, the test that compares
    /// them fails and prints the new value to put here.
    public static let verified: UInt64 = 0x0123c2cb47d3e839

    /// A 64-bit FNV-1a-style hash over 8-byte words (the tail byte by byte), seeded with the length:
    /// one multiply per word, about 0.1 ms for the bundled 724 KB.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* prime
            offset += 1
        }
        return hash
    }
}
