import Testing
#if canImport(Glibc)
import Glibc
#endif
import PIRModel
@testable import PIRCommands

/// The one-shot commands hold their report until exit (`keptUntilExit`), and the tests run those
/// commands on several threads at once: unlocked, two threads replacing the held report released
/// the same one twice and the test process crashed (seen in ShowPartialDecodeTests under CI).
@Suite struct KeptReportTests {
    @Test func reportsKeptFromManyThreadsAtOnceAreEachReleasedOnce() async throws {
        let reports = try (0..<4).map { _ in try ReportLoader.loadBundled() }
        await withTaskGroup(of: Void.self) { group in
            for report in reports {
                group.addTask {
                    for _ in 0..<2_000 { _ = keptUntilExit(report) }
                }
            }
        }
        // each report is still whole after thousands of swaps by four threads
        for report in reports { #expect(report.outcomes.count == reports[0].outcomes.count) }
    }
}
