#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a large `--data` file is split between two threads, so that a later start with the same
/// bytes decodes the part after the split on a second thread while the first decodes the rest
/// (`ReportLoader`): at 100 times the report, decoding was most of the time to the first frame, on
/// one of two cores. The split is at an element of one of the report's large top-level arrays: the
/// second thread decodes that array from there to its end, the first everything else.
///
/// It is found while the file is checked in full and kept with the file's digest in `VerifiedCache`,
/// so it is used only for bytes identical to those it was found in. Even so the first thread checks
/// that the array's key stands exactly at `arrayStart` and that an element starts exactly at
/// `range.lowerBound`, and the second that the array ends exactly at `range.upperBound`; anything
/// else gives up and the file is loaded again with every check.
struct SectionSplit: Hashable, Sendable {
    /// The top-level arrays that can be split: the report's bulk at any scale.
    enum Key: String, Sendable, CaseIterable { case chapters, facts, outcomes }

    var key: Key
    /// The array's `[`.
    var arrayStart: Int
    /// The second thread's part: from the start of its first element to just past the array's `]`.
    var range: Range<Int>

    /// Smaller files decode in a few milliseconds: one thread, as before.
    static let minimumFileBytes = 4 << 20

    /// The split that leaves each thread closest to half of `total`, the file's `JSONReader.weight`,
    /// when the file is large enough.
    static func best(of arrays: [SplittableArray], total: Int, count: Int) -> SectionSplit? {
        guard count >= minimumFileBytes else { return nil }
        var best: (split: SectionSplit, miss: Int)?
        for array in arrays {
            for element in array.elements {
                let miss = abs(2 * (array.endWeight - element.weight) - total)
                if miss < best?.miss ?? .max {
                    best = (SectionSplit(key: array.key, arrayStart: array.start, range: element.offset..<array.end), miss)
                }
            }
        }
        return best?.split
    }

    /// `facts:120-3456-78901` on a cache line: the array's start, the split, the array's end.
    var field: String { "\(key.rawValue):\(arrayStart)-\(range.lowerBound)-\(range.upperBound)" }

    init(key: Key, arrayStart: Int, range: Range<Int>) { (self.key, self.arrayStart, self.range) = (key, arrayStart, range) }

    /// The split a cache line's `field` names; nil for anything else.
    init?(field: Substring) {
        let parts = field.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let key = Key(rawValue: String(parts[0])) else { return nil }
        let bounds = parts[1].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard bounds.count == 3, let start = bounds[0], let from = bounds[1], let end = bounds[2],
              0 <= start, start < from, from < end else { return nil }
        (self.key, self.arrayStart, self.range) = (key, start, from..<end)
    }
}

/// A top-level array as the full check read it: where it lay, and where each element started with
/// the reader's `weight` there, to find the split (`SectionSplit.best`).
struct SplittableArray {
    var key: SectionSplit.Key
    var start: Int
    var end: Int
    var endWeight: Int
    var elements: [(offset: Int, weight: Int)]
}

extension FastDecoder {
    /// The report and the split to decode it on two threads next time (`SectionSplit`). With
    /// `releasing`, told every 256 KB or so of byte ranges no longer read. With `split`, a second
    /// thread decodes that part while this one decodes the rest; it is waited for before this returns.
    static func decode(_ raw: UnsafeRawBufferPointer, releasing: ((Range<Int>) -> Void)?, split: SectionSplit? = nil,
                       skipping: Report.SkippedSections = [], trusted: Bool = false,
                       scope: Report.Scope = .whole) -> (report: Report, split: SectionSplit?)? {
        let bytes = raw.bindMemory(to: UInt8.self)
        var reader = JSONReader(bytes: bytes)
        reader.trusted = trusted
        let thread = split.flatMap { SectionThread($0, in: bytes, release: releasing ?? { _ in }) }
        defer { _ = thread?.result() }
        if let split, let thread { reader.handOff = (split, thread) }
        if let releasing {
            // the bytes this thread has passed, but none of the other thread's section; a range's
            // pages are given back whole, so each range starts on the page the last one ended in
            let other = thread == nil ? nil : split?.range
            var from = 0
            reader.release = { i in
                if let other {
                    if from < min(i, other.lowerBound) { releasing(from..<min(i, other.lowerBound)) }
                    if i > max(from, other.upperBound) { releasing(max(from, other.upperBound)..<i) }
                } else if i > from {
                    releasing(from..<i)
                }
                from = max(from, i / ReleasableBytes.pageSize * ReleasableBytes.pageSize)
            }
            reader.releaseAt = JSONReader.releaseStep
        }
        do {
            let report = try reader.report(skipping: skipping, scope: trusted && releasing == nil && split == nil ? scope : .whole)
            reader.skipSpace()
            guard reader.atEnd else { return nil }
            return (report, SectionSplit.best(of: reader.arrays, total: reader.weight, count: raw.count))
        } catch {
            return nil
        }
    }
}

/// The end of one top-level array decoded on a thread of its own. `result()` waits for it, once;
/// the decoder always waits before it returns (even when it gave up itself), since the bytes the
/// thread reads are unmapped when the load is over.
final class SectionThread: @unchecked Sendable {  // `outcome` is written by the thread before the join and read after
    private var thread = pthread_t()
    private var started = false
    private var joined = false
    private var outcome: Any?
    private let work: () -> Any?

    /// Starts decoding `split` in `bytes`, giving back the pages it has passed through `release`
    /// (whole pages inside the section only: the other thread reads the rest). Nil when no thread
    /// could be made; the caller decodes the section itself then.
    convenience init?(_ split: SectionSplit, in bytes: UnsafeBufferPointer<UInt8>, release: @escaping (Range<Int>) -> Void) {
        self.init(work: {
            guard split.range.upperBound <= bytes.count else { return nil }
            var reader = JSONReader(bytes: bytes)
            reader.i = split.range.lowerBound
            var from = split.range.lowerBound
            reader.release = {
                guard $0 > from else { return }
                release(from..<$0)
                from = max(from, $0 / ReleasableBytes.pageSize * ReleasableBytes.pageSize)
            }
            reader.releaseAt = from + JSONReader.releaseStep
            do {
                let elements: Any
                switch split.key {
                case .chapters: elements = try reader.elements { try $0.chapter() }
                case .facts: elements = try reader.elements { try $0.fact() }
                case .outcomes: elements = try reader.elements { try $0.outcome() }
                }
                return reader.i == split.range.upperBound ? elements : nil
            } catch {
                return nil
            }
        })
    }

    /// Starts `work` on a thread of its own (also the second stage of `PendingReport`); nil when no
    /// thread could be made.
    init?(work: @escaping () -> Any?) {
        self.work = work
        let context = Unmanaged.passRetained(self).toOpaque()
        guard pthread_create(&thread, nil, { context in
            let me = Unmanaged<SectionThread>.fromOpaque(context!).takeRetainedValue()
            me.outcome = me.work()
            return nil
        }, context) == 0 else {
            Unmanaged<SectionThread>.fromOpaque(context).release()
            return nil
        }
        started = true
    }

    /// The decoded elements (an array of the section's type), or nil when the thread gave up; given
    /// away, so the caller holds the only reference and can add to the array in place.
    func result() -> Any? {
        if started && !joined {
            pthread_join(thread, nil)
            joined = true
        }
        defer { outcome = nil }
        return outcome
    }
}
