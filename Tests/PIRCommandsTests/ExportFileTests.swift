import Foundation
import Testing
@testable import PIRTerminal
#if canImport(Glibc)
import Glibc
#endif

/// The explorer's `x` / `X` export writes a whole file or nothing: on a full disk, a read-only or a
/// missing directory nothing is left behind (it left truncated and empty files, one more per retry),
/// and with the working directory removed it says so (it wrote `/pir-indicators.csv` while saying
/// `./pir-indicators.csv`).
@Suite(.serialized) struct ExportFileTests {
    /// 200 KB of CSV: more than the 64 KB file system below holds.
    static let contents = String(repeating: "3.1.2,count,18,12,…\n", count: 10_000)

    func entries(_ directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? ["(unreadable)"]
    }

    func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pir-export-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aWholeFileOrNothing() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try Effects.write(Self.contents, stem: "pir-budget", fileExtension: "csv", directory: directory) == "./pir-budget.csv")
        #expect(try Effects.write("a,b\n", stem: "pir-budget", fileExtension: "csv", directory: directory) == "./pir-budget-2.csv")
        #expect(entries(directory).sorted() == ["pir-budget-2.csv", "pir-budget.csv"])
        #expect(try String(contentsOfFile: directory + "/pir-budget.csv", encoding: .utf8) == Self.contents)
        // a directory that is not there: an error, and nothing anywhere
        #expect(throws: EffectError.self) { try Effects.write("x", stem: "pir-budget", fileExtension: "csv", directory: directory + "/gone") }
        #expect(entries(directory).count == 2)
    }

    /// A 64 KB tmpfs (pir's tests run as root; without mount rights the test says so and stops):
    /// full, then read-only. Each failed export is an error and leaves the directory empty.
    @Test(.enabled(if: getuid() == 0)) func aFullDiskOrAReadOnlyDirectoryLeavesNothing() throws {
        let mountPoint = try scratch()
        defer { try? FileManager.default.removeItem(atPath: mountPoint) }
        let mounted = try Spawn.run("mount", ["-t", "tmpfs", "-o", "size=64k", "pir-test", mountPoint])
        guard mounted.status == 0 else {
            print("ExportFileTests: no tmpfs (\(mounted.stderr.trimmingCharacters(in: .whitespacesAndNewlines))); the full-disk case is not run")
            return
        }
        defer { _ = try? Spawn.run("umount", [mountPoint]) }
        for attempt in 1...3 {
            #expect(throws: EffectError.self, "attempt \(attempt)") {
                try Effects.write(Self.contents, stem: "pir-indicators", fileExtension: "csv", directory: mountPoint)
            }
            #expect(entries(mountPoint).isEmpty, "attempt \(attempt) left \(entries(mountPoint))")
        }
        do {
            _ = try Effects.write(Self.contents, stem: "pir-indicators", fileExtension: "csv", directory: mountPoint)
        } catch {
            #expect("\(error)".contains("No space left on device"), "\(error)")
            #expect("\(error)".hasSuffix("nothing was written"), "\(error)")
        }
        // a small one fits
        #expect(try Effects.write("a,b\n", stem: "pir-indicators", fileExtension: "csv", directory: mountPoint) == "./pir-indicators.csv")
        try #require(Spawn.run("mount", ["-o", "remount,ro", mountPoint]).status == 0)
        do {
            _ = try Effects.write("a,b\n", stem: "pir-indicators", fileExtension: "csv", directory: mountPoint)
            Issue.record("wrote to a read-only file system")
        } catch {
            #expect("\(error)".contains("Read-only file system"), "\(error)")
        }
        #expect(entries(mountPoint) == ["pir-indicators.csv"])
    }
}
