import CBundledReport
import Foundation
import PIRTestSupport
import Testing
@testable import PIRModel

/// `pir search` reads the bundled report's search entries from Resources/search-index.txt, compiled
/// in (`PreparedSearch`): it must be what `PreparedSearch.generate` makes of the bundled report now,
/// or pir would print the hits of an older report or an older index. PreparedSearchOutputTests
/// compares what both paths print.
@Suite struct PreparedSearchTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/search-index.txt")
    static let regenerate = "PIR_WRITE_SEARCH_INDEX=1 swift test --filter PreparedSearchTests"

    /// The file compiled in and the file in the checkout are both what the bundled report makes
    /// now. With PIR_WRITE_SEARCH_INDEX=1 the test writes the file instead (then build and run it again).
    @Test func theFileIsWhatTheBundledReportMakes() throws {
        let report = try ReportLoader.load(ReportLoader.bundledData(), file: ReportLoader.bundledName, checkInvariants: true)
        let bytes = UnsafeRawBufferPointer(start: pir_bundled_report_bytes(), count: pir_bundled_report_size())
        let made = try PreparedSearch.generate(from: report, bytes: bytes)
        if ProcessInfo.processInfo.environment["PIR_WRITE_SEARCH_INDEX"] == "1" {
            try Data(made.utf8).write(to: Self.file)
        }
        // compared first, so a failure prints the command to run rather than both files
        let onDiskIsFresh = try String(contentsOf: Self.file, encoding: .utf8) == made
        #expect(onDiskIsFresh, "Resources/search-index.txt is not what the bundled report and the search index make now: run `\(Self.regenerate)`, then build again")
        let compiledIsFresh = String(decoding: UnsafeBufferPointer(start: pir_bundled_search_bytes(), count: pir_bundled_search_size()), as: UTF8.self) == made
        #expect(compiledIsFresh, "the search entries compiled into pir are stale: run `\(Self.regenerate)`, then build again")
        #expect(PreparedSearch.bundled() != nil, "the search entries compiled in were not made from the report compiled in: run `\(Self.regenerate)`")
    }

    /// Entries made from other bytes are not used for these: a report changed by one byte, or of
    /// another length, finds the compiled entries refused (and `pir search` then builds the index).
    @Test func entriesOfOtherBytesAreRefused() throws {
        let prepared = UnsafeBufferPointer(start: pir_bundled_search_bytes(), count: pir_bundled_search_size())
        var report = [UInt8](ReportLoader.bundledData())
        report.withUnsafeBytes { #expect(PreparedSearch(prepared, for: $0) != nil) }
        report[report.count / 2] ^= 0x01
        report.withUnsafeBytes { #expect(PreparedSearch(prepared, for: $0) == nil) }
        report[report.count / 2] ^= 0x01
        report.append(0x20)
        report.withUnsafeBytes { #expect(PreparedSearch(prepared, for: $0) == nil) }
    }

    /// `pir_find_bytes` (a `memchr` for the needle's least common byte) finds what a scan for the
    /// first byte finds, from anywhere in the entries, for needles cut at random from them (CJK,
    /// ASCII, mixed, across the separators) and for needles that are nowhere.
    @Test func theByteSearchFindsTheFirstPlace() throws {
        let hay = UnsafeBufferPointer(start: pir_bundled_search_bytes(), count: pir_bundled_search_size())
        var random = SplitMix64(state: 18)
        var needles: [[UInt8]] = [Array("就业".utf8), Array("3.1".utf8), Array("e".utf8), Array("无此词语无此词语".utf8), [0x1F, 0x31], [0xBF, 0xBF, 0xBF]]
        for _ in 0..<300 {
            let start = Int(random.next() % UInt64(hay.count - 16)), length = 1 + Int(random.next() % 12)
            needles.append(Array(hay[start..<(start + length)]))
        }
        for needle in needles {
            let from = Int(random.next() % UInt64(hay.count / 2))
            let part = UnsafeBufferPointer(rebasing: hay[from...])
            let found = needle.withUnsafeBufferPointer { pin in
                pir_find_bytes(part.baseAddress!, part.count, pin.baseAddress!, pin.count).map { part.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            }
            let expected = needle.withUnsafeBufferPointer { Self.firstByteScan($0, in: part) }
            #expect(found == expected, "\(needle) from \(from)")
        }
        // a needle longer than the hay, and one that only the hay's last bytes hold
        let tail = Array(hay.suffix(5))
        tail.withUnsafeBufferPointer { pin in
            #expect(pir_find_bytes(pin.baseAddress!, 3, pin.baseAddress!, 5) == nil)
            let found = pir_find_bytes(hay.baseAddress!, hay.count, pin.baseAddress!, pin.count)
            #expect(found != nil && found.map { hay.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } == Self.firstByteScan(pin, in: hay))
        }
    }

    /// The first place of `needle` in `hay` by `memchr` for its first byte and `memcmp` there.
    static func firstByteScan(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = hay.baseAddress, let pin = needle.baseAddress, needle.count <= hay.count else { return nil }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            guard let hit = memchr(base + i, Int32(needle[0]), last - i + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, pin, needle.count) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// A file cut short or with counts that do not add up is refused, never read past its end.
    @Test func aDamagedFileIsRefused() throws {
        let report = UnsafeRawBufferPointer(start: pir_bundled_report_bytes(), count: pir_bundled_report_size())
        let whole = [UInt8](UnsafeBufferPointer(start: pir_bundled_search_bytes(), count: pir_bundled_search_size()))
        let firstLine = whole.firstIndex(of: 0x1E) ?? whole.count
        for cut in [0, 10, firstLine, firstLine + 1] {
            let part = Array(whole.prefix(cut))
            part.withUnsafeBufferPointer { #expect(PreparedSearch($0, for: report) == nil, "cut at \(cut)") }
        }
        let header = String(decoding: whole[..<firstLine], as: UTF8.self)
        let counts = header.split(separator: " ").suffix(3).compactMap { Int($0) }
        try #require(counts.count == 3)
        let more = header.dropLast("\(counts[2])".count) + "\(counts[2] + 1_000_000)"
        let damaged = Array(more.utf8) + whole[firstLine...]
        damaged.withUnsafeBufferPointer { #expect(PreparedSearch($0, for: report) == nil) }
    }
}
