import CBundledReport
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Turns bytes into a `Report`, or into exactly one `LoadError` — never a trap, never a partial model.
///
/// Order of checks: bytes (empty, UTF-8, nesting, control characters, string sizes) before the
/// decoder sees them, so hostile input is refused cheaply and with a byte offset or JSON path; then
/// decoding; then the typed checks and the invariants the report itself states.
public enum ReportLoader {
    /// Deeper nesting than any real dataset needs; refused before the decoder recurses into it.
    public static let maxDepth = 64
    /// The longest string a dataset may hold, in UTF-8 bytes (the longest paragraph of the report is a few KB).
    public static let maxStringBytes = 64 * 1024

    /// The report compiled into the binary.
    public static func bundledData() -> Data {
        Data(bytes: pir_bundled_report_bytes(), count: pir_bundled_report_size())
    }

    public static let bundledName = "<bundled pir-2020-2021.zh.json>"

    /// The bundled report: decoded without the checks when its bytes are those the tests verified
    /// (`BundledDigest`), with every check otherwise. `trustDigest: false` checks everything anyway
    /// (`pir verify`).
    public static func loadBundled(checkInvariants: Bool = true, trustDigest: Bool = true) throws(LoadError) -> Report {
        let bytes = UnsafeRawBufferPointer(start: pir_bundled_report_bytes(), count: pir_bundled_report_size())
        return try load(trusting: bytes, digest: trustDigest ? BundledDigest.verified : nil, checkInvariants: checkInvariants)
    }

    /// Decodes `bytes` without the checks when their digest is `digest`; loads them with every check
    /// otherwise (and when the fast decoder does not take them).
    static func load(trusting bytes: UnsafeRawBufferPointer, digest: UInt64?, checkInvariants: Bool) throws(LoadError) -> Report {
        if let digest, BundledDigest.of(bytes) == digest, let report = FastDecoder.decode(bytes),
           report.schemaVersion == Report.currentSchemaVersion {
            return report
        }
        return try load(Data(bytes), file: bundledName, checkInvariants: checkInvariants)
    }

    /// The largest `--data` file pir reads, checked with `fstat` before reading: 45 times the
    /// bundled report (724 KB), room for a much larger report, and at most a few hundred MB of
    /// memory while it loads. Whitespace counts: 200 MB of trailing blanks is refused like 200 MB of data.
    public static let maxFileBytes = 32 << 20

    public static func load(contentsOf path: String, checkInvariants: Bool = true) throws(LoadError) -> Report {
        let data: Data
        do {
            data = try BoundedFile.read(path, limit: maxFileBytes, what: "a dataset")
        } catch {
            throw LoadError(file: path, path: "", message: error.description)
        }
        return try load(data, file: path, checkInvariants: checkInvariants)
    }

    public static func load(_ input: Data, file: String, checkInvariants: Bool = true) throws(LoadError) -> Report {
        var data = input
        // A UTF-8 byte-order mark (some Windows editors write one) says nothing wrong: skip it.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw LoadError(file: file, path: "", message: "empty file: expected a JSON object")
        }
        if let problem = ByteScan.scan(data) {
            throw LoadError(file: file, path: problem.path, message: problem.message)
        }
        let report = try decode(data, file: file)
        if report.schemaVersion != Report.currentSchemaVersion {
            throw LoadError(file: file, path: "schemaVersion",
                            message: "expected \(Report.currentSchemaVersion), found \(report.schemaVersion)")
        }
        do {
            try Validation.check(report)
        } catch ModelError.invalid(let path, let message) {
            throw LoadError(file: file, path: jsonPath(path), message: message)
        } catch {
            throw LoadError(file: file, path: "", message: "\(error)")
        }
        if checkInvariants, let failure = Invariants.check(report).first(where: { !$0.passed }) {
            throw LoadError(file: file, path: failure.path, message: "invariant failed: \(failure.name): \(failure.detail)")
        }
        return report
    }

    /// The fast decoder reads well-formed files; for anything else JSONDecoder says what is wrong and where.
    static func decode(_ data: Data, file: String) throws(LoadError) -> Report {
        if let report = FastDecoder.decode(data) { return report }
        do {
            return try JSONDecoder().decode(Report.self, from: Data(data))
        } catch let error as DecodingError {
            throw DecodingErrorDescriber.describe(error, data: data, file: file)
        } catch ModelError.invalid(let path, let message) {
            throw LoadError(file: file, path: jsonPath(path), message: message + DecodingErrorDescriber.found(at: path, in: data))
        } catch {
            throw LoadError(file: file, path: "", message: "not valid JSON (\(error))")
        }
    }
}
