#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--trace FILE`: one line per milestone with CLOCK_MONOTONIC nanoseconds, so a benchmark can tell
/// start-up, loading and each keystroke's reduce / render / draw apart. CLOCK_MONOTONIC is shared by
/// every process on the machine, so a harness can subtract its own clock reading taken before it
/// started pir. Lines are `name key=value …` and flushed at once: the harness reads them as they come.
public final class Trace: @unchecked Sendable {  // used from the main thread only
    /// Read as early in `main` as possible; everything before it is the loader's and the runtime's.
    nonisolated(unsafe) public private(set) static var processStart: UInt64 = 0

    public static func markProcessStart() { processStart = now() }

    /// When the command line had been parsed (swift-argument-parser's share of start-up).
    nonisolated(unsafe) public static var argumentsParsed: UInt64 = 0

    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    let file: UnsafeMutablePointer<FILE>

    /// Nil when the file cannot be created.
    public init?(path: String) {
        guard let file = fopen(path, "w") else { return nil }
        self.file = file
        event("main", ["t": "\(Self.processStart)"])
        if Self.argumentsParsed > 0 { event("parsed", ["t": "\(Self.argumentsParsed)"]) }
    }

    deinit { fclose(file) }

    /// Writes `name t=<now> key=value …` (fields in the order given).
    public func event(_ name: String, _ fields: KeyValuePairs<String, String> = [:], at time: UInt64 = Trace.now()) {
        var line = name
        if fields.first(where: { $0.key == "t" }) == nil { line += " t=\(time)" }
        for (key, value) in fields { line += " \(key)=\(value)" }
        line += "\n"
        fputs(line, file)
        fflush(file)
    }

    /// Peak resident set size of this process so far, in KiB (Linux `ru_maxrss`).
    public static func peakRSSKiB() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss)
    }
}
