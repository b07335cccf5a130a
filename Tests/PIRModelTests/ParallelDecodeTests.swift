import Foundation
import Testing
@testable import PIRModel

/// A large file checked before is decoded on two threads (`SectionSplit`): what it gives must be
/// what one thread gives, a split that does not fit the bytes must give up (never a wrong report),
/// and the split kept in `VerifiedCache` must be used only with the bytes it was found in.
@Suite struct ParallelDecodeTests {
    let bundled = ReportLoader.bundledData()

    /// The report from one thread, and where its sections lay.
    func decoded(_ data: Data, split: SectionSplit? = nil) -> (report: Report, sections: [SectionSplit])? {
        data.withUnsafeBytes { FastDecoder.decode($0, releasing: nil, split: split) }
    }

    @Test func eachSectionDecodedOnASecondThreadGivesTheSameReport() throws {
        let (report, sections) = try #require(decoded(bundled))
        #expect(Set(sections.map(\.key)) == Set(SectionSplit.Key.allCases))
        for split in sections {
            let bytes = [UInt8](bundled)
            #expect(bytes[split.range.lowerBound] == UInt8(ascii: "["), "\(split.field)")
            #expect(bytes[split.range.upperBound - 1] == UInt8(ascii: "]"), "\(split.field)")
            let parallel = try #require(decoded(bundled, split: split), "\(split.field)")
            #expect(parallel.report == report, "\(split.field)")
            // the section the other thread read is not recorded again
            #expect(!parallel.sections.contains { $0.key == split.key })
        }
    }

    @Test func aSplitThatDoesNotFitTheBytesGivesUp() throws {
        let facts = try #require(decoded(bundled)?.sections.first { $0.key == .facts })
        let wrong = [
            SectionSplit(key: .facts, range: facts.range.lowerBound + 1..<facts.range.upperBound),
            SectionSplit(key: .facts, range: facts.range.lowerBound..<facts.range.upperBound - 1),
            SectionSplit(key: .facts, range: facts.range.lowerBound..<bundled.count + 10),
            SectionSplit(key: .outcomes, range: facts.range),
        ]
        for split in wrong { #expect(decoded(bundled, split: split) == nil, "\(split.field)") }
    }

    @Test func theSplitClosestToHalfIsChosenOnlyForLargeFiles() {
        let sections = [SectionSplit(key: .chapters, range: 0..<10), SectionSplit(key: .facts, range: 10..<60),
                        SectionSplit(key: .outcomes, range: 60..<90)]
        #expect(SectionSplit.best(of: sections, count: 100) == nil)
        let large = SectionSplit.minimumFileBytes
        let scaled = sections.map { SectionSplit(key: $0.key, range: $0.range.lowerBound * large / 100..<$0.range.upperBound * large / 100) }
        #expect(SectionSplit.best(of: scaled, count: large)?.key == .facts)
    }

    @Test func aSplitFieldReadsBackAndNothingElseDoes() {
        let split = SectionSplit(key: .outcomes, range: 120..<4567)
        #expect(SectionSplit(field: Substring(split.field)) == split)
        for bad in ["outcomes:4567-120", "outcomes:1-1", "regions:1-2", "facts:1", "facts:-1-5", "facts:a-b", "facts"] {
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
            // the split is where that section lies in the file (the loader passed no byte-order mark)
            let bytes = [UInt8](large)
            #expect(bytes[split.range.lowerBound] == UInt8(ascii: "[") && bytes[split.range.upperBound - 1] == UInt8(ascii: "]"))
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
            fields[3] = SectionSplit(key: split.key, range: split.range.lowerBound + 2..<split.range.upperBound).field
            lines[lines.count - 1] = fields.joined(separator: " ")
            try (lines.joined(separator: "\n") + "\n").write(toFile: cache.path, atomically: true, encoding: .utf8)
            #expect(try ReportLoader.load(contentsOf: path, cache: cache) == checked)
        }
    }
}
