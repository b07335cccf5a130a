import Foundation
import Testing
@testable import PIRModel

/// A `--data` file checked in full once is trusted by its bytes' digest afterwards (`VerifiedCache`):
/// a hit skips the checks, a miss, a changed byte, a corrupt or missing cache all get every check
/// (and the error they find), and the cache stays small. Each test has a directory of its own for
/// the dataset and the cache, removed when it ends.
@Suite struct VerifiedCacheTests {
    let text = String(decoding: ReportLoader.bundledData(), as: UTF8.self)

    /// The bundled report with one figure changed: it decodes, but an invariant fails (outcome 1
    /// states 199 results and its indicators add up to 199). Same length as the good file.
    var badText: String { text.replacingOccurrences(of: "\"achieved\" : 199", with: "\"achieved\" : 198") }

    func withDirectory(_ body: (_ directory: String, _ cache: VerifiedCache) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-cache-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory, VerifiedCache(path: directory + "/cache/pir/verified"))
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func entries(_ cache: VerifiedCache) -> [String] {
        guard let text = try? String(contentsOfFile: cache.path, encoding: .utf8) else { return [] }
        return Array(text.split(separator: "\n").dropFirst(2).map(String.init))
    }

    func bytes(_ text: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        Array(text.utf8).withUnsafeBytes(body)
    }

    @Test func aFileCheckedInFullIsRememberedAndLoadsTheSameFromTheCache() throws {
        #expect(badText != text)
        try withDirectory { directory, cache in
            let path = directory + "/data.json"
            try write(text, to: path)
            let checked = try ReportLoader.load(contentsOf: path, cache: cache)
            #expect(entries(cache).count == 1)
            let attributes = try FileManager.default.attributesOfItem(atPath: cache.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            bytes(text) { #expect(cache.lookup($0).known) }
            let trusted = try ReportLoader.load(contentsOf: path, cache: cache)
            #expect(trusted == checked)
            // nothing is added for a file already there
            #expect(entries(cache).count == 1)
        }
    }

    /// A hit really skips the checks: bytes that fail an invariant, put in the cache by hand, load;
    /// without the cache (`pir verify`) or with one that does not hold them they fail.
    @Test func aHitSkipsTheChecksAndAMissDoesNot() throws {
        try withDirectory { directory, cache in
            let path = directory + "/bad.json"
            try write(badText, to: path)
            #expect(throws: LoadError.self) { try ReportLoader.load(contentsOf: path, cache: cache) }
            #expect(entries(cache).isEmpty, "a file that failed a check is not remembered")
            bytes(badText) { cache.remember(cache.lookup($0).entry) }
            #expect(entries(cache).count == 1)
            _ = try ReportLoader.load(contentsOf: path, cache: cache)
            #expect(throws: LoadError.self) { try ReportLoader.load(contentsOf: path, cache: nil) }
        }
    }

    /// One byte changed after the good file was remembered: every check runs again, and the error
    /// names the file, the JSON path and the values.
    @Test func aChangedByteGetsEveryCheckAndItsError() throws {
        try withDirectory { directory, cache in
            let path = directory + "/data.json"
            try write(text, to: path)
            _ = try ReportLoader.load(contentsOf: path, cache: cache)
            try write(badText, to: path)
            do {
                _ = try ReportLoader.load(contentsOf: path, cache: cache)
                Issue.record("the changed file loaded")
            } catch let error as LoadError {
                #expect(error.file == path)
                #expect(error.path.hasPrefix("outcomes[") && error.path.hasSuffix("].results.achieved"), "\(error.path)")
                #expect(error.message.contains("198") && error.message.contains("199"), "\(error.message)")
            } catch {
                Issue.record("not a LoadError: \(error)")
            }
            #expect(entries(cache).count == 1, "the changed file was not remembered")
        }
    }

    func loadError(_ body: () throws -> Report) -> LoadError? {
        do { _ = try body(); return nil } catch let error as LoadError { return error } catch { return nil }
    }

    /// Bytes in the cache that the fast decoder gives up on all the same (a digest collision) are
    /// not decoded from the pages it gave back: the file is read again, with every check, and the
    /// error is the one it has without the cache.
    @Test func aCachedFileTheDecoderGivesUpOnIsReadAgainWithEveryCheck() throws {
        // a count written as a string, 5 MB in: the decoder has given pages back when it gives up
        var bytes = Data("{".utf8)
        bytes.append(Data(repeating: 0x20, count: 5 << 20))
        bytes.append(Data(text.replacingOccurrences(of: "\"achieved\" : 199", with: "\"achieved\" : \"199\"").utf8.dropFirst()))
        try withDirectory { directory, cache in
            let path = directory + "/data.json"
            try bytes.write(to: URL(fileURLWithPath: path))
            Array(bytes).withUnsafeBytes { cache.remember(cache.lookup($0).entry) }
            let unchecked = loadError { try ReportLoader.load(contentsOf: path, cache: nil) }
            let trusted = loadError { try ReportLoader.load(contentsOf: path, cache: cache) }
            #expect(unchecked?.path.hasSuffix("results.achieved") == true, "\(String(describing: unchecked))")
            #expect(trusted == unchecked)
        }
    }

    @Test(arguments: ["", "garbage\n", "pir verified-data 1\nkey zz\n", "pir verified-data 1\nkey 12\nnot an entry\n\u{0}\u{1}\n",
                      String(repeating: "x", count: 64 << 10)])
    func aCorruptCacheCostsAFullCheckAndIsReplaced(corrupt: String) throws {
        try withDirectory { directory, cache in
            let path = directory + "/data.json"
            try write(text, to: path)
            try FileManager.default.createDirectory(atPath: directory + "/cache/pir", withIntermediateDirectories: true)
            try write(corrupt, to: cache.path)
            bytes(text) { #expect(!cache.lookup($0).known) }
            let loaded = try ReportLoader.load(contentsOf: path, cache: cache)
            #expect(loaded.outcomes.count > 0)
            #expect(entries(cache).count == 1)
            bytes(text) { #expect(cache.lookup($0).known) }
        }
    }

    @Test func theCacheKeepsItsLatestEntriesOnly() throws {
        try withDirectory { _, cache in
            for n in 0..<(VerifiedCache.maxEntries + 8) {
                bytes("file \(n)") { cache.remember(cache.lookup($0).entry) }
            }
            #expect(entries(cache).count == VerifiedCache.maxEntries)
            bytes("file 0") { #expect(!cache.lookup($0).known) }
            bytes("file \(VerifiedCache.maxEntries + 7)") { #expect(cache.lookup($0).known) }
        }
    }

    @Test func whereTheCacheLives() {
        #expect(VerifiedCache.current { ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"][$0] }?.path == "/x/cache/pir/verified")
        #expect(VerifiedCache.current { ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"][$0] }?.path == "/home/u/.cache/pir/verified")
        #expect(VerifiedCache.current { _ in nil } == nil)
    }

    /// Every byte counts, in every lane and in the tail, and the key changes the digest.
    @Test func theDigestSeesEveryByte() {
        var data = Array(text.utf8.prefix(1000))
        let base = data.withUnsafeBytes { DataDigest.of($0, key: 7) }
        #expect(data.withUnsafeBytes { DataDigest.of($0, key: 8) } != base)
        for position in [0, 8, 16, 24, 31, 500, 998, 999] {
            data[position] ^= 1
            #expect(data.withUnsafeBytes { DataDigest.of($0, key: 7) } != base, "byte \(position)")
            data[position] ^= 1
        }
        #expect(data.withUnsafeBytes { DataDigest.of(UnsafeRawBufferPointer(rebasing: $0.dropLast()), key: 7) } != base)
    }
}
