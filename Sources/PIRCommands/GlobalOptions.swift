import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel

/// Options every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load another dataset of the same schema instead of the bundled report.", valueName: "FILE"))
    public var data: String?

    public init() {}

    /// The report, or exit 2 with a one-line message naming the file and JSON path. The bundled
    /// report is checked only when `trustDigest` is false (`pir verify`) or its digest is not the
    /// one the tests verified (`BundledDigest`); a `--data` file always is.
    public func loadReport(checkInvariants: Bool = true, trustDigest: Bool = true) throws -> Report {
        try Self.loadReport(data: data, checkInvariants: checkInvariants, trustDigest: trustDigest)
    }

    /// `pir verify`: the report with every check but the invariants (verify reports them one by
    /// one), and what to call once they all hold: it remembers a `--data` file as checked
    /// (`VerifiedCache`), so the next start on it does not check it all again.
    public func loadReportForVerifying() throws -> (report: Report, allInvariantsHold: () -> Void) {
        do {
            guard let data else { return (try ReportLoader.loadBundled(checkInvariants: false, trustDigest: false), {}) }
            let cache = VerifiedCache.current()
            let (report, entry) = try ReportLoader.loadForVerifying(contentsOf: data, cache: cache)
            return (report, { if let entry { cache?.remember(entry) } })
        } catch {
            throw Failure.badInput(error.description)
        }
    }

    static func loadReport(data: String?, checkInvariants: Bool = true, trustDigest: Bool = true) throws -> Report {
        do {
            if let data { return try ReportLoader.load(contentsOf: data, checkInvariants: checkInvariants, cache: trustDigest ? VerifiedCache.current() : nil) }
            return try ReportLoader.loadBundled(checkInvariants: checkInvariants, trustDigest: trustDigest)
        } catch {
            throw Failure.badInput(error.description)
        }
    }
}

/// How pir fails: a one-line message on stderr and the documented exit status.
public enum Failure: Error, CustomStringConvertible {
    /// Exit 1: nothing matches, or a check failed.
    case notFound(String)
    /// Exit 2: bad input (a dataset, an argument).
    case badInput(String)

    public var description: String {
        switch self {
        case .notFound(let m), .badInput(let m): return m
        }
    }
    public var exitStatus: Int32 {
        switch self {
        case .notFound: return 1
        case .badInput: return 2
        }
    }
}
