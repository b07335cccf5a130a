import Foundation
import Testing
@testable import PIRModel

/// What the scale work changed must not change what a reader gets: a search that stops after a
/// page of hits (and so indexes only the sections it read) gives the first hits of the full search,
/// and a dataset read from a file whose pages are given back while it is decoded loads as its bytes
/// do — and says what is wrong the same way when the fast decoder gives up after giving pages back.
@Suite struct IncrementalLoadTests {
    let report: Report

    init() throws { report = try ReportLoader.loadBundled() }

    @Test(arguments: ["就业", "3.1", "Viet Nam", "710 万", "专栏 5", "经常预算"])
    func aPageOfHitsIsTheStartOfEveryHit(query: String) {
        let all = SearchIndex(report: report).search(query, limit: Int.max)
        #expect(!all.isEmpty)
        for limit in [1, 5, 40] {
            let index = SearchIndex(report: report)
            let page = index.search(query, limit: limit)
            #expect(page.map(\.path) == all.prefix(limit).map(\.path), "\(query), \(limit)")
            #expect(page.map(\.range) == all.prefix(limit).map(\.range), "\(query), \(limit)")
            // the sections a short search indexed are reused by a longer one
            #expect(index.search(query, limit: Int.max).map(\.path) == all.map(\.path))
        }
    }

    /// A directory of its own for the files, removed by `body`'s caller.
    func withFile(_ bytes: Data, _ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-load-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/data.json"
        try bytes.write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    /// The bundled report with 5 MB of blanks after its first brace, so the decoder passes the
    /// point where it gives pages back before it reads a key.
    func padded(_ text: String) -> Data {
        var bytes = Data("{".utf8)
        bytes.append(Data(repeating: 0x20, count: 5 << 20))
        bytes.append(Data(text.utf8.dropFirst()))
        return bytes
    }

    @Test func aFileLoadsAsItsBytesDo() throws {
        let text = String(decoding: ReportLoader.bundledData(), as: UTF8.self)
        try withFile(padded(text)) { path in
            let loaded = try ReportLoader.load(contentsOf: path)
            #expect(loaded == report)
        }
    }

    @Test func aFileTheFastDecoderGivesUpOnIsReadAgainForTheMessage() throws {
        let text = String(decoding: ReportLoader.bundledData(), as: UTF8.self)
        // a count written as a string: the fast decoder gives up there, far past 5 MB
        let broken = text.replacingOccurrences(of: "\"achieved\" : 199", with: "\"achieved\" : \"199\"")
        #expect(broken != text)
        let bytes = padded(broken)
        let expected = #expect(throws: LoadError.self) { try ReportLoader.load(bytes, file: "data.json") }
        try withFile(bytes) { path in
            let error = #expect(throws: LoadError.self) { try ReportLoader.load(contentsOf: path) }
            #expect(error?.path == expected?.path)
            #expect(error?.message == expected?.message)
            #expect(error?.path.hasSuffix("achieved") == true, "\(error?.description ?? "")")
        }
    }

    @Test func givenBackPagesReadAsZeros() throws {
        try withFile(Data(repeating: 0x41, count: 1 << 20)) { path in
            let bytes = try BoundedFile.readReleasable(path, limit: 2 << 20, what: "a test file")
            #expect(bytes.count == 1 << 20)
            bytes.release(below: 600_000)
            #expect(bytes.bytes[0] == 0)
            #expect(bytes.bytes[600_000] == 0x41)
            #expect(bytes.bytes[(1 << 20) - 1] == 0x41)
        }
    }
}
