import Foundation
import Testing
@testable import PIRModel

/// A large file checked before is decoded on two threads (`SectionSplit`): what it gives must be
/// what one thread gives, a split that does not fit the bytes must give up (never a wrong report),
/// and the split kept in `VerifiedCache` must be used only with the bytes it was found in.
@Suite struct ParallelDecodeTests {
    let bundled = ReportLoader.bundledData()

    /// The report from one thread (or two, with `split`), and the split it would record.
    func decoded(_ data: Data, split: SectionSplit? = nil) -> (report: Report, split: SectionSplit?)? {
        data.withUnsafeBytes { FastDecoder.decode($0, releasing: nil, split: split) }
    }

    /// The arrays the full check could split, as it read them, and its total weight.
    func splittable() throws -> (arrays: [SplittableArray], total: Int) {
        try bundled.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self))
            _ = try reader.report()
            reader.skipSpace()
            return (reader.arrays, reader.weight)
        }
    }

    @Test func aSplitAtAnyElementGivesTheSameReport() throws {
        let report = try #require(decoded(bundled)?.report)
        let (arrays, _) = try splittable()
        #expect(Set(arrays.map(\.key)) == Set(SectionSplit.Key.allCases))
        let bytes = [UInt8](bundled)
        for array in arrays {
            #expect(bytes[array.start] == UInt8(ascii: "[") && bytes[array.end - 1] == UInt8(ascii: "]"))
            let picked = [array.elements.first, array.elements[array.elements.count / 2], array.elements.last].compactMap { $0 }
            for element in picked {
                #expect(bytes[element.offset] == UInt8(ascii: "{"))
                let split = SectionSplit(key: array.key, arrayStart: array.start, range: element.offset..<array.end)
                let parallel = try #require(decoded(bundled, split: split), "\(split.field)")
                #expect(parallel.report == report, "\(split.field)")
            }
        }
    }

    @Test func aSplitThatDoesNotFitTheBytesGivesUp() throws {
        let facts = try #require(try splittable().arrays.first { $0.key == .facts })
        let outcomes = try #require(try splittable().arrays.first { $0.key == .outcomes })
        let middle = facts.elements[facts.elements.count / 2].offset
        let wrong = [
            SectionSplit(key: .facts, arrayStart: facts.start + 1, range: middle..<facts.end),
            SectionSplit(key: .facts, arrayStart: facts.start, range: middle + 1..<facts.end),
            SectionSplit(key: .facts, arrayStart: facts.start, range: middle..<facts.end - 1),
            SectionSplit(key: .facts, arrayStart: facts.start, range: middle..<bundled.count + 10),
            SectionSplit(key: .outcomes, arrayStart: facts.start, range: middle..<facts.end),
            // an element of another array: the facts end before it
            SectionSplit(key: .facts, arrayStart: facts.start, range: outcomes.elements[1].offset..<outcomes.end),
        ]
        for split in wrong { #expect(decoded(bundled, split: split) == nil, "\(split.field)") }
    }

    @Test func theSplitLeavesEachThreadClosestToHalfAndOnlyInLargeFiles() {
        let arrays = [SplittableArray(key: .chapters, start: 0, end: 10, endWeight: 30, elements: [(1, 10), (5, 20)]),
                      SplittableArray(key: .facts, start: 20, end: 60, endWeight: 90, elements: [(21, 40), (30, 55), (40, 62), (50, 80)])]
        // of 70, a second thread from weight 55 to 90 does exactly half; of 60, from 62 it does 28,
        // the nearest to 30 (from 55 it would do 35, chapters' second element 10)
        let large = SectionSplit.minimumFileBytes
        #expect(SectionSplit.best(of: arrays, total: 70, count: large) == SectionSplit(key: .facts, arrayStart: 20, range: 30..<60))
        #expect(SectionSplit.best(of: arrays, total: 60, count: large) == SectionSplit(key: .facts, arrayStart: 20, range: 40..<60))
        #expect(SectionSplit.best(of: arrays, total: 70, count: large - 1) == nil)
    }

    @Test func aSplitFieldReadsBackAndNothingElseDoes() {
        let split = SectionSplit(key: .outcomes, arrayStart: 100, range: 120..<4567)
        #expect(SectionSplit(field: Substring(split.field)) == split)
        for bad in ["outcomes:100-4567-120", "outcomes:120-120-4567", "outcomes:1-2-2", "regions:1-2-3", "facts:1-2", "facts:-1-2-5",
                    "facts:1--2-5", "facts:a-b-c", "facts"] {
            #expect(SectionSplit(field: Substring(bad)) == nil, "\(bad)")
        }
    }

    /// The bundled report with blanks after its first brace, over `SectionSplit.minimumFileBytes`.
    var large: Data {
        var bytes = Data("{".utf8)
        bytes.append(Data(repeating: 0x20, count: SectionSplit.minimumFileBytes))
        bytes.append(bundled.dropFirst())
        return bytes
    }

    func withDirectory(_ body: (_ path: String, _ cache: VerifiedCache) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-split-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory + "/data.json", VerifiedCache(path: directory + "/cache/pir/verified"))
    }

    @Test func aLargeFileCheckedOnceIsDecodedOnTwoThreadsAfterwards() throws {
        try withDirectory { path, cache in
            try large.write(to: URL(fileURLWithPath: path))
            let checked = try ReportLoader.load(contentsOf: path, cache: cache)
            let line = try #require(try String(contentsOfFile: cache.path, encoding: .utf8).split(separator: "\n").last)
            let field = try #require(line.split(separator: " ").dropFirst(3).first, "\(line)")
            let split = try #require(SectionSplit(field: field))
            // the split is at an element of that array in the file (the loader passed no byte-order mark)
            let bytes = [UInt8](large)
            #expect(bytes[split.arrayStart] == UInt8(ascii: "[") && bytes[split.range.lowerBound] == UInt8(ascii: "{"))
            #expect(bytes[split.range.upperBound - 1] == UInt8(ascii: "]"))
            #expect(try ReportLoader.load(contentsOf: path, cache: cache) == checked)
            #expect(checked == (try ReportLoader.loadBundled()))
        }
    }

    /// A cache entry whose split is wrong for its bytes (edited by hand) costs a full check, not a
    /// wrong report.
    @Test func aWrongSplitInTheCacheLoadsWithEveryCheck() throws {
        try withDirectory { path, cache in
            try large.write(to: URL(fileURLWithPath: path))
            let checked = try ReportLoader.load(contentsOf: path, cache: cache)
            let text = try String(contentsOfFile: cache.path, encoding: .utf8)
            var lines = text.split(separator: "\n").map(String.init)
            var fields = lines[lines.count - 1].split(separator: " ").map(String.init)
            let split = try #require(SectionSplit(field: Substring(fields[3])))
            fields[3] = SectionSplit(key: split.key, arrayStart: split.arrayStart, range: split.range.lowerBound + 2..<split.range.upperBound).field
            lines[lines.count - 1] = fields.joined(separator: " ")
            try (lines.joined(separator: "\n") + "\n").write(toFile: cache.path, atomically: true, encoding: .utf8)
            #expect(try ReportLoader.load(contentsOf: path, cache: cache) == checked)
        }
    }
}
