import Foundation
import Testing
@testable import PIRModel

/// A large file checked before loads in two stages for the explorer (`ReportLoader.loadStaged`):
/// the first stage must hold what the overview draws, the whole report must be exactly the one a
/// load at once gives, and bytes the second stage cannot read must give the full check's one-line
/// error with the file and the JSON path.
@Suite struct StagedLoadTests {
    let bundled = ReportLoader.bundledData()

    /// The bundled report over `SectionSplit.minimumFileBytes`, and a directory for it and a cache.
    let large = ParallelDecodeTests().large
    func withDirectory(_ body: (_ path: String, _ cache: VerifiedCache) throws -> Void) throws {
        try ParallelDecodeTests().withDirectory(body)
    }

    @Test func aFileCheckedBeforeComesInTwoStagesAndTheWholeIsTheSame() throws {
        try withDirectory { path, cache in
            try large.write(to: URL(fileURLWithPath: path))
            // not checked before: the whole report at once, checked and remembered
            let checked = try ReportLoader.loadStaged(contentsOf: path, cache: cache)
            #expect(checked.rest == nil)
            #expect(checked.first == (try ReportLoader.loadBundled()))
            let (first, rest) = try ReportLoader.loadStaged(contentsOf: path, cache: cache)
            let pending = try #require(rest)
            // the first stage: no chapters, no narrative, only the overview's facts, the rest as whole
            #expect(first.chapters.isEmpty)
            #expect(first.outcomes.allSatisfy { $0.blocks.isEmpty && $0.highlights.isEmpty })
            let wanted = OverviewFacts.headline + OverviewFacts.budget
            #expect(first.facts.map(\.id).sorted() == checked.first.facts.map(\.id).filter(wanted.contains).sorted())
            for id in wanted { #expect(first.fact(id) == checked.first.fact(id), "\(id)") }
            #expect(first.regions == checked.first.regions && first.meta == checked.first.meta && first.trends == checked.first.trends)
            for (a, b) in zip(first.outcomes, checked.first.outcomes) {
                #expect(a.outputs == b.outputs && a.budget == b.budget && a.results == b.results && a.title == b.title)
            }
            #expect(try pending.wait() == checked.first)
            #expect(pending.joined, "the stages gave up and the file was loaded again")
            #expect(try pending.wait() == checked.first)
        }
    }

    /// Only the first fact with an id is what `Report.fact(_:)` finds; a later one with the same id
    /// must not take its place in the first stage.
    @Test func theFirstStageKeepsTheFirstFactOfEachID() throws {
        var report = try ReportLoader.loadBundled()
        var copy = try #require(report.fact("results_total"))
        copy.label = "a later fact with the same id"
        report.facts.append(copy)
        let json = try JSONEncoder().encode(report)
        let first = try json.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self))
            reader.trusted = true
            return try reader.reportFirstPart(facts: ["results_total"])
        }
        #expect(first.facts == [try #require(report.fact("results_total"))])
    }

    /// A session that ends before its first key never waits for the rest: dropping it must join the
    /// thread before the bytes it reads are unmapped.
    @Test func theRestCanBeDroppedUnasked() throws {
        try withDirectory { path, cache in
            try large.write(to: URL(fileURLWithPath: path))
            _ = try ReportLoader.load(contentsOf: path, cache: cache)
            for _ in 0..<3 {
                let (_, rest) = try ReportLoader.loadStaged(contentsOf: path, cache: cache)
                #expect(rest != nil)
            }
        }
    }

    /// Bytes remembered as checked that the second stage cannot read (a cache entry made for them by
    /// hand: pir itself remembers only bytes that passed) give the full check's error on `wait()`.
    @Test func aDataErrorInTheRestGivesTheFullChecksError() throws {
        try withDirectory { path, cache in
            // a block's kind a number in the first chapter: the first stage passes over the
            // chapters, the second gives up
            var text = String(decoding: large, as: UTF8.self)
            let chapters = try #require(text.range(of: "\"chapters\""))
            let kind = try #require(text.range(of: "\"kind\" : \"paragraph\"", range: chapters.upperBound..<text.endIndex))
            text.replaceSubrange(kind, with: "\"kind\" : 7")
            let bytes = Data(text.utf8)
            try bytes.write(to: URL(fileURLWithPath: path))
            cache.remember(bytes.withUnsafeBytes { cache.lookup($0).entry })
            let (first, rest) = try ReportLoader.loadStaged(contentsOf: path, cache: cache)
            #expect(!first.outcomes.isEmpty)
            let pending = try #require(rest)
            do throws(LoadError) {
                _ = try pending.wait()
                Issue.record("the rest loaded")
            } catch {
                #expect(error.file == path)
                #expect(error.path.hasPrefix("chapters[0]"), "\(error.description)")
                #expect(!error.description.contains("\n"))
            }
            // the same answer again, without a second load
            #expect(throws: LoadError.self) { try pending.wait() }
        }
    }
}
