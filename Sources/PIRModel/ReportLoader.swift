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
    /// With `skipping`, the trusted bundled report is decoded without those sections (left empty),
    /// and in `scope`, with no more of the chapters and outcomes than that, for a command that reads
    /// none of the rest; checked, it is decoded whole.
    public static func loadBundled(checkInvariants: Bool = true, trustDigest: Bool = true, skipping: Report.SkippedSections = [],
                                   scope: Report.Scope = .whole) throws(LoadError) -> Report {
        let bytes = UnsafeRawBufferPointer(start: pir_bundled_report_bytes(), count: pir_bundled_report_size())
        return try load(trusting: bytes, digest: trustDigest ? BundledDigest.verified : nil, checkInvariants: checkInvariants,
                        skipping: skipping, scope: scope)
    }

    /// Decodes `bytes` without the checks when their digest is `digest`; loads them with every check
    /// otherwise (and when the fast decoder does not take them).
    static func load(trusting bytes: UnsafeRawBufferPointer, digest: UInt64?, checkInvariants: Bool, skipping: Report.SkippedSections = [],
                     scope: Report.Scope = .whole) throws(LoadError) -> Report {
        if let digest, BundledDigest.of(bytes) == digest, let report = FastDecoder.decode(bytes, skipping: skipping, trusted: true, scope: scope),
           report.schemaVersion == Report.currentSchemaVersion {
            return report
        }
        return try load(Data(bytes), file: bundledName, checkInvariants: checkInvariants)
    }

    /// The largest `--data` file pir reads, checked with `fstat` before reading: 90 times the
    /// bundled report (724 KB) — the benchmarks' 100× dataset (54 MB, the report grown 100-fold and
    /// indented as `synth.py` writes it) must load — and at most a few hundred MB of memory while it
    /// loads. Whitespace counts: 200 MB of trailing blanks is refused like 200 MB of data.
    public static let maxFileBytes = 64 << 20

    /// A `--data` file: decoded without the checks when `cache` holds its bytes' digest from a full
    /// check before (`VerifiedCache`), with every check otherwise — and then remembered there when
    /// they all passed.
    public static func load(contentsOf path: String, checkInvariants: Bool = true,
                            cache: VerifiedCache? = nil) throws(LoadError) -> Report {
        let (report, entry) = try load(file: path, checkInvariants: checkInvariants, cache: cache, trustCache: true)
        if let entry { cache?.remember(entry) }
        return report
    }

    /// `pir verify --data`: every check but the invariants (verify reports each of them), whether
    /// or not the bytes were checked before; and, for bytes `cache` does not hold yet, the entry
    /// (digest and two-thread split) to remember once verify has found that every invariant holds,
    /// so a start on a file just verified is as quick as on one loaded before.
    public static func loadForVerifying(contentsOf path: String, cache: VerifiedCache?) throws(LoadError) -> (report: Report, entry: VerifiedCache.Entry?) {
        try load(file: path, checkInvariants: false, cache: cache, trustCache: false)
    }

    /// A `--data` file, and the cache entry for its bytes when every check ran on them here
    /// (the invariants too, when `checkInvariants`) and `cache` does not hold them yet.
    /// `trustCache: false` checks bytes the cache holds all the same.
    private static func load(file path: String, checkInvariants: Bool, cache: VerifiedCache?,
                             trustCache: Bool) throws(LoadError) -> (Report, VerifiedCache.Entry?) {
        let bytes = try read(path)
        // the digest is taken before the decoder gives the pages back; a load that skips the
        // invariants remembers nothing unless its caller checks them (verify)
        let known = checkInvariants || !trustCache ? cache?.lookup(bytes.bytes) : nil
        return try load(read: bytes, file: path, known: known, checkInvariants: checkInvariants, trustCache: trustCache)
    }

    /// A `--data` file's bytes, read whole into pages the decoder can give back.
    static func read(_ path: String) throws(LoadError) -> ReleasableBytes {
        do {
            return try BoundedFile.readReleasable(path, limit: maxFileBytes, what: "a dataset")
        } catch {
            throw LoadError(file: path, path: "", message: error.description)
        }
    }

    /// `load(file:…)` on bytes already read, with their cache look-up (`known`, taken before any
    /// page was given back): the staged load reads and digests a file once whichever way it goes.
    static func load(read bytes: ReleasableBytes, file path: String, known: (entry: VerifiedCache.Entry, known: Bool)?,
                     checkInvariants: Bool = true, trustCache: Bool = true) throws(LoadError) -> (Report, VerifiedCache.Entry?) {
        do {
            if trustCache, let known, known.known {
                // bytes checked before; should the decoder give up on them all the same, the pages it
                // passed are gone: they are read again below, with every check
                if let (report, _) = try load(releasing: bytes, file: path, checks: false, split: known.entry.split) { return (report, nil) }
            } else if let (report, split) = try load(releasing: bytes, file: path, checks: true, checkInvariants: checkInvariants) {
                guard var entry = known?.entry, known?.known == false else { return (report, nil) }
                entry.split = split
                return (report, entry)
            }
            // the fast decoder gave up, having given back the bytes it had read: read the file again
            // for JSONDecoder, which says what is wrong and where
            let data = try BoundedFile.read(path, limit: maxFileBytes, what: "a dataset")
            return (try load(data, file: path, checkInvariants: checkInvariants), nil)
        } catch let error as BoundedFile.Refusal {
            throw LoadError(file: path, path: "", message: error.description)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(file: path, path: "", message: "\(error)")
        }
    }

    /// The checks of `load(_:file:)` with the fast decoder, which gives the file's pages back as it
    /// passes them, so the file and the report are not both in memory whole; nil when the fast
    /// decoder gives up (the bytes it passed are gone by then). With the report, the split to
    /// decode these bytes on two threads next time (`SectionSplit`), when they are large enough.
    /// `checks: false` decodes bytes checked before (`VerifiedCache`) and checks only the schema
    /// version, which the decoder needs; `split`, found when they were checked, has a second thread
    /// decode that section meanwhile.
    static func load(releasing buffer: ReleasableBytes, file: String, checks: Bool = true, checkInvariants: Bool = true,
                     split: SectionSplit? = nil) throws(LoadError) -> (Report, SectionSplit?)? {
        var raw = buffer.bytes
        let skipped = raw.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        raw = UnsafeRawBufferPointer(rebasing: raw.dropFirst(skipped))
        if checks, let problem = problem(before: raw, file: file) { throw problem }
        let release: (Range<Int>) -> Void = { buffer.release($0.lowerBound + skipped..<$0.upperBound + skipped) }
        guard let (report, found) = FastDecoder.decode(raw, releasing: release, split: checks ? nil : split) else { return nil }
        if checks {
            try check(report, file: file, checkInvariants: checkInvariants)
        } else if report.schemaVersion != Report.currentSchemaVersion {
            return nil
        }
        return (report, found)
    }

    public static func load(_ input: Data, file: String, checkInvariants: Bool = true) throws(LoadError) -> Report {
        var data = input
        if data.starts(with: byteOrderMark) { data = data.dropFirst(byteOrderMark.count) }
        if let problem = data.withUnsafeBytes({ problem(before: $0, file: file) }) { throw problem }
        let report = try decode(data, file: file)
        try check(report, file: file, checkInvariants: checkInvariants)
        return report
    }

    /// A UTF-8 byte-order mark (some Windows editors write one) says nothing wrong: it is skipped.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// What is wrong with the bytes before the decoder may see them: nothing but blanks, or what
    /// `ByteScan` refuses.
    static func problem(before raw: UnsafeRawBufferPointer, file: String) -> LoadError? {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return LoadError(file: file, path: "", message: "empty file: expected a JSON object")
        }
        if let problem = ByteScan.scan(raw.bindMemory(to: UInt8.self)) {
            return LoadError(file: file, path: problem.path, message: problem.message)
        }
        return nil
    }

    /// What a decoded report must satisfy: its schema version, the typed checks, the invariants.
    static func check(_ report: Report, file: String, checkInvariants: Bool) throws(LoadError) {
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
