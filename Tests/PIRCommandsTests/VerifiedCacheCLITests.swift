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
}
