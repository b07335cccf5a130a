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
    public static let verified: UInt64 = 0x5d6e91c5412f6403

    /// `DataDigest` with key 0: the one hash pir takes of a dataset's bytes (a `--data` file's is keyed
    /// per cache), about 0.1 ms for the bundled 724 KB.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 { DataDigest.of(bytes, key: 0) }
}
