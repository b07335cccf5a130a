import Foundation
import Testing
import PIRModel

/// `pir --data FILE` as a user runs it twice: the first run checks everything and remembers the
/// file in `$XDG_CACHE_HOME/pir/verified`, the second prints the same from the cache, and a file
/// changed by one byte gets every check again and its one-line error (file, JSON path, values),
/// exit 2.
@Suite struct VerifiedCacheCLITests {
    @Test func theSecondRunUsesTheCacheAndAChangedByteIsCheckedAgain() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-cli-cache-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = String(decoding: ReportLoader.bundledData(), as: UTF8.self)
        let path = directory + "/data.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = directory + "/cache"
        let cacheFile = directory + "/cache/pir/verified"

        let first = try Binary.run(["--data", path, "show", "3.1.3"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let cached = try String(contentsOfFile: cacheFile, encoding: .utf8)
        #expect(cached.split(separator: "\n").count == 3, "header, key and one entry: \(cached)")

        let second = try Binary.run(["--data", path, "show", "3.1.3"], environment: environment)
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(try String(contentsOfFile: cacheFile, encoding: .utf8) == cached)

        let changed = text.replacingOccurrences(of: "\"achieved\" : 199", with: "\"achieved\" : 198")
        #expect(changed.utf8.count == text.utf8.count)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
        let third = try Binary.run(["--data", path, "show", "3.1.3"], environment: environment)
        #expect(third.status == 2)
        #expect(third.stdout.isEmpty)
        let lines = third.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(third.stderr)")
        #expect(third.stderr.contains(path) && third.stderr.contains(".results.achieved") && third.stderr.contains("198"), "\(third.stderr)")
        #expect(try String(contentsOfFile: cacheFile, encoding: .utf8) == cached, "a file that failed is not remembered")
    }

    /// `pir verify --data FILE` runs every check whatever the cache holds, and remembers a file whose
    /// invariants all hold the way a load does (a large file with the split for two threads): the
    /// explorer started on a file just verified does not check it all again. A file with an
    /// invariant that fails is not remembered.
    @Test func verifyRemembersAFileWhoseChecksAllPass() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-cli-verify-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let good = LargeDataset.bytes
        let path = directory + "/data.json"
        try good.write(to: URL(fileURLWithPath: path))
        func environment(_ cache: String) -> [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CACHE_HOME"] = directory + "/" + cache
            return environment
        }
        func entries(_ cache: String) throws -> [String] {
            let file = directory + "/" + cache + "/pir/verified"
            guard FileManager.default.fileExists(atPath: file) else { return [] }
            return Array(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst(2).map(String.init))
        }

        let verified = try Binary.run(["--data", path, "verify"], environment: environment("verified"))
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("all 12 invariants hold"), "\(verified.stdout)")
        let loaded = try Binary.run(["--data", path, "export", "--what", "indicators"], environment: environment("loaded"))
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let byVerify = try entries("verified"), byLoad = try entries("loaded")
        #expect(byVerify.count == 1 && byLoad.count == 1, "\(byVerify) \(byLoad)")
        // digest (keyed by each cache's own key) aside: the same length, build and split
        #expect(byVerify.first?.split(separator: " ").dropFirst() == byLoad.first?.split(separator: " ").dropFirst())
        #expect(byVerify.first?.split(separator: " ").count == 4, "a split for two threads: \(byVerify)")
        // the explorer's loader takes verify's entry as it is: nothing more is remembered
        let after = try Binary.run(["--data", path, "export", "--what", "indicators"], environment: environment("verified"))
        #expect(after.status == 0 && after.stdout == loaded.stdout)
        #expect(try entries("verified") == byVerify)
        // verify checks a file the cache holds all over again
        #expect(try Binary.run(["--data", path, "verify"], environment: environment("verified")).stdout == verified.stdout)

        // one result lowered: an invariant fails, verify says which (exit 1), and remembers nothing
        let text = String(decoding: good, as: UTF8.self)
        let changed = text.replacingOccurrences(of: "\"achieved\" : 199", with: "\"achieved\" : 198")
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
        let failed = try Binary.run(["--data", path, "verify"], environment: environment("failed"))
        #expect(failed.status == 1, "\(failed.stdout)\(failed.stderr)")
        #expect(failed.stdout.contains("✗"), "\(failed.stdout)")
        #expect(try entries("failed").isEmpty)
    }
}
