#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A large `--data` file checked before (`VerifiedCache`) loaded in two stages for the explorer:
/// first what its first screen, the overview, draws, then the rest on three threads while that
/// screen is on show. At 100 times the report, decoding the whole file was nearly all of the
/// time to the first frame; the overview reads the outcomes without their narrative, the regions,
/// the small sections and a handful of facts — under a tenth of the file.
///
/// - The first stage (`ReportLoader.loadStaged`) decodes every top-level section but the chapters
///   and the facts, the outcomes without their narrative (blocks and highlights), and of the facts
///   only the first with each id in `OverviewFacts` (what `Report.fact(_:)` finds in the whole report).
///   Its report is for the first frame only: nothing may read a chapter or another fact from it.
/// - The second stage (`PendingReport`, `StageProgress.rest`), started once the first is done,
///   decodes the facts, the chapters and the outcomes' narrative each on a thread of its own, and
///   `wait()` puts them into the first stage's report: the outcomes' outputs and indicators are
///   shared, not decoded twice. The file's pages are given back as each thread passes them: on one
///   thread, or two, the file was given back more slowly than the report grew, and peak memory at
///   100 times the report was 86 or 81.5 MiB against 78 for a load at once (78.6 on three).
///
/// Both stages read bytes that passed every check before (their keyed digest is in the cache), so
/// what they skip is passed over as trusted JSON. Should either give up all the same, `wait()`
/// loads the file again with every check, which says what is wrong and where (`LoadError`).
public final class PendingReport: @unchecked Sendable {  // `outcome` is set once, by `wait()`, on the caller's thread
    private let path: String
    /// Nil when the first stage gave up.
    private let first: Report?
    /// The second stage (`StageProgress.rest`), which joins its own second thread.
    private var thread: SectionThread?
    private var buffer: ReleasableBytes?
    private var outcome: Result<Report, LoadError>?
    /// Whether `wait()` joined the stages (false: it loaded the file again with every check).
    private(set) var joined = false

    fileprivate init(path: String, first: Report?, thread: SectionThread, buffer: ReleasableBytes) {
        (self.path, self.first, self.thread, self.buffer) = (path, first, thread, buffer)
    }

    // a session that ends before its first key never asked for the rest: the thread reads `buffer`
    deinit { _ = thread?.result() }

    /// The whole report: the second stage waited for and joined to the first; or the one-line error
    /// of a full check when a stage gave up. The same answer on every call.
    public func wait() throws(LoadError) -> Report {
        if let outcome { return try outcome.get() }
        // the bytes the second stage reads go with `buffer`: its threads are joined first
        let rest = thread?.result() as? ReportRest
        (thread, buffer) = (nil, nil)
        var made: Result<Report, LoadError>
        if let rest, let first, let whole = rest.joined(to: first) {
            made = .success(whole)
            joined = true
        } else {
            do throws(LoadError) {
                made = .success(try ReportLoader.loadChecked(path))
            } catch {
                made = .failure(error)
            }
        }
        outcome = made
        return try made.get()
    }
}

/// How far the first stage has passed the file's bytes for good (`Int.max` once it is done). It
/// says so only between top-level sections: inside one it goes back (an outcome's fields before
/// its id, a fact once its id is read).
final class StageProgress: Sendable {
    let first = Atomic<Int>(0)

    /// The second stage: where the top-level sections lie (one pass over the file, values passed
    /// over as trusted JSON), then the facts and the chapters on threads of their own and the
    /// outcomes' narrative here. Each reads only its own section, so it gives back its pages as it
    /// passes them, once the first stage has passed them too; nil when anything does not fit.
    /// `facts`: how many the first stage counted, to make room for at once.
    static func rest(of input: UnsafeBufferPointer<UInt8>, progress: StageProgress, facts count: Int,
                     release: @escaping (Range<Int>) -> Void) -> ReportRest? {
        var scan = JSONReader(bytes: input)
        scan.trusted = true
        guard let map = try? scan.sectionMap() else { return nil }
        func reading<T>(_ range: Range<Int>, _ body: (inout JSONReader) throws -> T) -> T? {
            var reader = JSONReader(bytes: input)
            reader.trusted = true
            reader.i = range.lowerBound
            var from = (range.lowerBound + ReleasableBytes.pageSize - 1) / ReleasableBytes.pageSize * ReleasableBytes.pageSize
            reader.release = { i in
                let upTo = min(i, progress.first.load(ordering: .acquiring))
                guard upTo > from else { return }
                release(from..<upTo)
                from = upTo / ReleasableBytes.pageSize * ReleasableBytes.pageSize
            }
            reader.releaseAt = range.lowerBound + JSONReader.releaseStep
            guard let value = try? body(&reader), reader.i == range.upperBound else { return nil }
            return value
        }
        let factsThread = SectionThread(work: { reading(map.facts) { try $0.array(reserving: count) { try $0.fact() } } })
        let chaptersThread = SectionThread(work: { reading(map.chapters) { try $0.array { try $0.chapter() } } })
        let narratives = reading(map.outcomes) { try $0.array { try $0.narrative() } }
        let chapters = chaptersThread.map { $0.result() as? [Chapter] } ?? reading(map.chapters) { try $0.array { try $0.chapter() } }
        let facts = factsThread.map { $0.result() as? [Fact] } ?? reading(map.facts) { try $0.array(reserving: count) { try $0.fact() } }
        guard let chapters, let facts, let narratives else { return nil }
        return ReportRest(chapters: chapters, facts: facts, narratives: narratives)
    }
}

/// What the second stage decodes: the chapters, the facts, each outcome's narrative in order.
struct ReportRest {
    var chapters: [Chapter]
    var facts: [Fact]
    var narratives: [(highlights: [String], blocks: [Block])]

    /// The first stage's report with this put in; nil when the outcomes do not pair up.
    func joined(to first: Report) -> Report? {
        guard narratives.count == first.outcomes.count else { return nil }
        var whole = first
        whole.chapters = chapters
        whole.facts = facts
        for (n, narrative) in narratives.enumerated() {
            whole.outcomes[n].highlights = narrative.highlights
            whole.outcomes[n].blocks = narrative.blocks
        }
        return whole
    }
}

extension ReportLoader {
    /// A `--data` file for the explorer: when it is large and its bytes were checked before, the
    /// first stage's report and the rest still decoding (`PendingReport`); otherwise the whole
    /// report as `load(contentsOf:cache:)` gives it, and no rest.
    public static func loadStaged(contentsOf path: String, cache: VerifiedCache?) throws(LoadError) -> (first: Report, rest: PendingReport?) {
        // read and digested once, whichever way the load goes
        let bytes = try read(path)
        let known = cache?.lookup(bytes.bytes)
        // the whole report at once, as `load(contentsOf:cache:)` gives it
        func whole() throws(LoadError) -> (first: Report, rest: PendingReport?) {
            let (report, entry) = try load(read: bytes, file: path, known: known)
            if let entry { cache?.remember(entry) }
            return (report, nil)
        }
        guard bytes.count >= SectionSplit.minimumFileBytes, let known, known.known else { return try whole() }
        var raw = bytes.bytes
        let skipped = raw.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        raw = UnsafeRawBufferPointer(rebasing: raw.dropFirst(skipped))
        let input = raw.bindMemory(to: UInt8.self)
        let progress = StageProgress()
        var reader = JSONReader(bytes: input)
        reader.trusted = true
        // only at a top-level key: inside a section the first stage goes back (an outcome's fields
        // before its id, a fact once its id is read)
        reader.passedSection = { progress.first.store($0, ordering: .releasing) }
        let first = try? reader.reportFirstPart(facts: Set(OverviewFacts.headline + OverviewFacts.budget))
        progress.first.store(Int.max, ordering: .releasing)
        // the first stage gave up: the whole report, or the full check's error, now
        guard let first, first.schemaVersion == Report.currentSchemaVersion else {
            // the first stage gives back no page: every check on the bytes as read
            return (try load(read: bytes, file: path, known: known, trustCache: false).0, nil)
        }
        // started only now: run beside the first stage, the second took a share of the two cores
        // from it, and the file's pages could be given back only as fast as the first passed them
        let factCount = reader.factCount
        guard let thread = SectionThread(work: { StageProgress.rest(of: input, progress: progress, facts: factCount) { range in
            bytes.release(range.lowerBound + skipped..<range.upperBound + skipped)
        } }) else {
            return try whole()
        }
        return (first, PendingReport(path: path, first: first, thread: thread, buffer: bytes))
    }

    /// Every check, on the file read again (a stage gave up on bytes checked before).
    static func loadChecked(_ path: String) throws(LoadError) -> Report {
        try load(contentsOf: path, cache: nil)
    }
}

extension JSONReader {
    /// The first stage: the report but for the chapters (left empty), the outcomes' narrative (left
    /// empty) and the facts, of which only the first with each id in `facts`.
    mutating func reportFirstPart(facts: Set<String>) throws -> Report {
        onlyFacts = facts
        let report = try report(skipping: [.chapters], scope: .tables)
        skipSpace()
        guard atEnd else { throw GiveUp() }
        return report
    }

    /// The facts array with only the first fact of each id in `wanted`, in their order: each other
    /// fact is passed over once its id is read. Only in trusted bytes (`fields(until:)`).
    mutating func facts(firstOf wanted: Set<String>) throws -> [Fact] {
        // not `array` with a nil for each fact passed over, and no String made of an id: at 100
        // times the report the optionals and the ids were megabytes of the first thread's heap,
        // given back to malloc but not used again by the threads that decode the rest
        let ids = wanted.map { Array($0.utf8) }
        var found = [Bool](repeating: false, count: ids.count), kept: [Fact] = []
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") { i += 1; return [] }
        while true {
            _ = try peek()
            let start = i
            var read = false, match: Int?
            try fields(until: { read }) { r, key in
                guard key == "id" else { return try r.skipValue() }
                let (raw, escaped) = try r.stringBytes()
                read = true
                match = escaped.map { id in ids.firstIndex { $0.elementsEqual(id.utf8) } } ?? ids.firstIndex { $0.elementsEqual(raw) }
            }
            if let n = match, !found[n] {
                found[n] = true
                let end = i
                i = start
                kept.append(try fact())
                guard i == end else { throw GiveUp() }
            }
            factCount += 1
            let c = try peek()
            i += 1
            if c == UInt8(ascii: "]") { return kept }
            guard c == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    /// Where the values of the top-level `chapters`, `facts` and `outcomes` lie, each value passed
    /// over (`skipTrusted`); the whole object must be there and nothing after it.
    mutating func sectionMap() throws -> (chapters: Range<Int>, facts: Range<Int>, outcomes: Range<Int>) {
        var chapters: Range<Int>?, facts: Range<Int>?, outcomes: Range<Int>?
        try object { r, key in
            _ = try r.peek()
            let start = r.i
            try r.skipValue()
            switch key {
            case "chapters": chapters = start..<r.i
            case "facts": facts = start..<r.i
            case "outcomes": outcomes = start..<r.i
            default: break
            }
        }
        skipSpace()
        guard atEnd else { throw GiveUp() }
        return (try required(chapters), try required(facts), try required(outcomes))
    }

    /// An outcome's highlights and blocks, what the first stage left empty.
    mutating func narrative() throws -> (highlights: [String], blocks: [Block]) {
        var highlights: [String]?, blocks: [Block]?
        try object { r, key in
            switch key {
            case "highlights": highlights = try r.strings()
            case "blocks": blocks = try r.array { try $0.block() }
            default: try r.skipValue()
            }
        }
        return (try required(highlights), try required(blocks))
    }
}
