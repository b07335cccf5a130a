import Foundation
import Testing
import PIRModel

/// The explorer on a large `--data` file checked before draws its first frame before the rest of
/// the file is decoded (`ReportLoader.loadStaged`). Bytes the rest cannot be read from (here a
/// cache entry made by hand for a changed file: pir remembers only files that passed) must still
/// end in the full check's one-line error, with the file and the JSON path, exit 2, and the
/// terminal as it was found.
@Suite(.serialized) struct StagedLoadCLITests {
    @Test func aDataErrorInThePartDecodedLaterEndsTheSessionWithItsError() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-staged-cli-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let good = LargeDataset.bytes
        let path = directory + "/data.json"
        try good.write(to: URL(fileURLWithPath: path))
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = directory + "/cache"
        let checked = try Binary.run(["--data", path, "export", "--what", "indicators"], environment: environment)
        #expect(checked.status == 0, "\(checked.stderr)")

        // a block's kind in the first chapter made a number, the file's length kept; its entry put
        // in the cache in place of the good file's, under the cache's own key
        var text = String(decoding: good, as: UTF8.self)
        let chapters = try #require(text.range(of: "\"chapters\""))
        let kind = try #require(text.range(of: "\"kind\" : \"paragraph\"", range: chapters.upperBound..<text.endIndex))
        text.replaceSubrange(kind, with: "\"kind\" : 7          ")
        let bad = Data(text.utf8)
        #expect(bad.count == good.count)
        try bad.write(to: URL(fileURLWithPath: path))
        let cacheFile = directory + "/cache/pir/verified"
        var lines = try String(contentsOfFile: cacheFile, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        let keyField = try #require(lines[1].split(separator: " ").last)
        let key = try #require(UInt64(keyField, radix: 16))
        let digest = bad.withUnsafeBytes { DataDigest.of($0, key: key) }
        var fields = lines[2].split(separator: " ").map(String.init)
        fields[0] = String(digest, radix: 16).leftPadded(to: 16)
        lines[2] = fields.joined(separator: " ")
        try (lines.joined(separator: "\n") + "\n").write(toFile: cacheFile, atomically: true, encoding: .utf8)

        let o = try await PTY.run("pty-scenarios", ["run", "--env", "XDG_CACHE_HOME=\(directory)/cache", "--size", "120x40",
                                                    "--keys", "6a", "--", "--data", path])
        // the first frame was drawn (the explorer started) before the rest was found wrong
        #expect(o.bool("first_frame") == true && o.bool("explorer") == true, "\(o)")
        #expect(o.int("status") == 2, "\(o)")
        let stderr = o.string("stderr").split(separator: "\n")
        #expect(stderr.count == 1, "\(o.string("stderr"))")
        #expect(o.string("stderr").contains(path) && o.string("stderr").contains("chapters[0]"), "\(o.string("stderr"))")
        #expect(o.strings("modes_left_on") == [], "\(o)")
        #expect(o.bool("tty_restored") == true, "\(o)")
    }
}

/// The bundled report with 4 MiB of blanks after its first brace: as large as a file pir loads in
/// stages and splits between two threads (`SectionSplit.minimumFileBytes`), with the same report.
enum LargeDataset {
    static var bytes: Data {
        var bytes = Data("{".utf8)
        bytes.append(Data(repeating: 0x20, count: 4 << 20))
        bytes.append(ReportLoader.bundledData().dropFirst())
        return bytes
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
