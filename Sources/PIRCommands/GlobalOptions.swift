import ArgumentParser
import Foundation
import PIRModel

/// Options every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load another dataset of the same schema instead of the bundled report.", valueName: "FILE"))
    public var data: String?

    public init() {}

    /// The report, or exit 2 with a one-line message naming the file and JSON path.
    public func loadReport(checkInvariants: Bool = true) throws -> Report {
        do {
            if let data { return try ReportLoader.load(contentsOf: data, checkInvariants: checkInvariants) }
            return try ReportLoader.loadBundled(checkInvariants: checkInvariants)
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
