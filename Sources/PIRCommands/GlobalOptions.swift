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

    static func loadReport(data: String?, checkInvariants: Bool = true, trustDigest: Bool = true) throws -> Report {
        do {
            let report: Report
            if let data {
                report = try ReportLoader.load(contentsOf: data, checkInvariants: checkInvariants)
            } else {
                report = try ReportLoader.loadBundled(checkInvariants: checkInvariants, trustDigest: trustDigest)
            }
            keptUntilExit = report
            return report
        } catch {
            throw Failure.badInput(error.description)
        }
    }

    /// The last report loaded, held until the process exits: a command is done with it when it
    /// returns, and freeing its tens of thousands of strings and arrays one by one then was about
    /// 6 % of the instructions of `pir show 3.1.3`; the exit gives the memory back at once.
    nonisolated(unsafe) static var keptUntilExit: Report?
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
