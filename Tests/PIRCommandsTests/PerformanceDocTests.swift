import Foundation
import Testing

/// docs/performance.md is written by benchmarks/report.py from benchmarks/results.json, never by
/// hand: this fails when the page and the results it claims to show have come apart.
@Suite struct PerformanceDocTests {
    @Test func performancePageIsWhatTheResultsGive() throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("no /usr/bin/python3 to run benchmarks/report.py: apt-get install python3")
            return
        }
        let script = Binary.packageRoot.appendingPathComponent("benchmarks/report.py").path
        let run = try Spawn.run(python, [script, "--check"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func theCheckNoticesAnEditedPage() throws {
        // the check itself must be able to fail: a copy of the page with one figure changed
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { return }
        let page = try String(contentsOf: Binary.packageRoot.appendingPathComponent("docs/performance.md"), encoding: .utf8)
        let edited = FileManager.default.temporaryDirectory.appendingPathComponent("pir-perf-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: edited) }
        try page.replacingOccurrences(of: "| yes |", with: "|  NO |").write(to: edited, atomically: true, encoding: .utf8)
        let script = Binary.packageRoot.appendingPathComponent("benchmarks/report.py").path
        let run = try Spawn.run(python, [script, "--check", "--out", edited.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("differs from what"))
    }
}
