import Foundation
import PIRTestSupport
import Testing
@testable import PIRModel

/// pir trusts the bundled report at start because of these tests: the data compiled in passes every
/// check, and `BundledDigest.verified` is its digest. Data with another digest gets every check.
@Suite struct BundledDigestTests {
    @Test func theBundledDataPassesEveryCheck() throws {
        let full = try ReportLoader.load(ReportLoader.bundledData(), file: ReportLoader.bundledName, checkInvariants: true)
        let failed = Invariants.check(full).filter { !$0.passed }.map(\.name)
        #expect(failed.isEmpty, "\(failed)")
        // what start-up decodes without the checks is the same report
        #expect(try ReportLoader.loadBundled() == full)
    }

    @Test func theVerifiedDigestIsTheBundledData() {
        let data = ReportLoader.bundledData()
        let digest = data.withUnsafeBytes { BundledDigest.of($0) }
        #expect(digest == BundledDigest.verified, """
            Resources/pir-2020-2021.zh.json has changed: its digest is 0x\(String(digest, radix: 16)). Once \
            theBundledDataPassesEveryCheck passes, put that value in BundledDigest.verified \
            (Sources/PIRModel/BundledDigest.swift); until then pir checks the bundled data at every start.
            """)
    }

    @Test func anyChangeGetsEveryCheck() throws {
        // a region's printed share of the results that the results do not give: decodable, refused
        // by an invariant
        let root = try JSONSerialization.jsonObject(with: ReportLoader.bundledData())
        let path: [Any] = ["regions", 0, "sharePercent"]
        let changed = try JSONSerialization.data(withJSONObject: JSONPatch.set(root, path[...], 99.5))
        try changed.withUnsafeBytes { bytes in
            #expect(throws: LoadError.self) {
                try ReportLoader.load(trusting: bytes, digest: BundledDigest.verified, checkInvariants: true)
            }
            #expect(throws: LoadError.self) {
                try ReportLoader.load(trusting: bytes, digest: nil, checkInvariants: true)
            }
            // the trust is the digest's: these bytes under their own digest are decoded unchecked
            let unchecked = try ReportLoader.load(trusting: bytes, digest: BundledDigest.of(bytes), checkInvariants: true)
            #expect(unchecked.regions[0].sharePercent == 99.5)
        }
    }

    @Test func everyByteCounts() {
        var bytes = [UInt8](ReportLoader.bundledData())
        let original = bytes.withUnsafeBytes { BundledDigest.of($0) }
        for offset in [0, 1, 7, 8, bytes.count / 2, bytes.count - 9, bytes.count - 1] {
            bytes[offset] ^= 0x01
            #expect(bytes.withUnsafeBytes { BundledDigest.of($0) } != original, "byte \(offset)")
            bytes[offset] ^= 0x01
        }
        #expect(bytes.dropLast().withUnsafeBytes { BundledDigest.of($0) } != original)
    }
}
