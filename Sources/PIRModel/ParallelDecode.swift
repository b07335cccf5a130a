#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a large `--data` file's largest top-level array lies, so that a later start with the same
/// bytes decodes it on a second thread while the first decodes the rest (`ReportLoader`): at 100
/// times the report, decoding was most of the time to the first frame, on one of two cores.
///
/// It is found while the file is checked in full and kept with the file's digest in `VerifiedCache`,
/// so it is used only for bytes identical to those it was found in. Even so the decoder that reads
/// around it checks that the section's key stands exactly at `range.lowerBound`, and the one that
/// reads it that its array ends exactly at `range.upperBound`; anything else gives up and the file
/// is loaded again with every check.
struct SectionSplit: Hashable, Sendable {
    /// The top-level arrays worth a thread of their own: the report's bulk at any scale.
    enum Key: String, Sendable, CaseIterable { case chapters, facts, outcomes }

    var key: Key
    /// From the array's `[` to just past its `]`.
    var range: Range<Int>

    /// Smaller files decode in a few milliseconds: one thread, as before.
    static let minimumFileBytes = 4 << 20

    /// The section closest to half of `count` bytes, of those recorded, when the file is large enough.
    static func best(of sections: [SectionSplit], count: Int) -> SectionSplit? {
        guard count >= minimumFileBytes else { return nil }
        return sections.min { abs($0.range.count * 2 - count) < abs($1.range.count * 2 - count) }
    }

    /// `facts:123-456` on a cache line; nil for anything else.
    var field: String { "\(key.rawValue):\(range.lowerBound)-\(range.upperBound)" }

    init(key: Key, range: Range<Int>) { (self.key, self.range) = (key, range) }

    init?(field: Substring) {
        let parts = field.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let key = Key(rawValue: String(parts[0])) else { return nil }
        let bounds = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), 0 <= start, start < end else { return nil }
        (self.key, self.range) = (key, start..<end)
    }
}

extension FastDecoder {
    /// The report and where its largest top-level arrays lay (`SectionSplit`). With `releasing`,
    /// told every 256 KB or so of byte ranges no longer read. With `split`, a second thread
    /// decodes that array while this one decodes the rest; it is waited for before this returns.
    static func decode(_ raw: UnsafeRawBufferPointer, releasing: ((Range<Int>) -> Void)?, split: SectionSplit? = nil,
                       skipping: Set<Report.SkippableSection> = []) -> (report: Report, sections: [SectionSplit])? {
        let bytes = raw.bindMemory(to: UInt8.self)
        var reader = JSONReader(bytes: bytes)
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
            let report = try reader.report(skipping: skipping)
            reader.skipSpace()
            return reader.atEnd ? (report, reader.sections) : nil
        } catch {
            return nil
        }
    }
}

/// A section decoded by the second thread.
enum DecodedSection {
    case chapters([Chapter]), facts([Fact]), outcomes([Outcome])
}

/// One top-level array decoded on a thread of its own. `result()` waits for it, once; the decoder
/// always waits before it returns (even when it gave up itself), since the bytes the thread reads
/// are unmapped when the load is over.
final class SectionThread: @unchecked Sendable {  // `outcome` is written by the thread before the join and read after
    private var thread = pthread_t()
    private var started = false
    private var joined = false
    private var outcome: DecodedSection?
    private let work: () -> DecodedSection?

    /// Starts decoding `split` in `bytes`, giving back the pages it has passed through `release`
    /// (whole pages inside the section only: the other thread reads the rest). Nil when no thread
    /// could be made; the caller decodes the section itself then.
    init?(_ split: SectionSplit, in bytes: UnsafeBufferPointer<UInt8>, release: @escaping (Range<Int>) -> Void) {
        work = {
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
                let section: DecodedSection
                switch split.key {
                case .chapters: section = .chapters(try reader.array { try $0.chapter() })
                case .facts: section = .facts(try reader.array { try $0.fact() })
                case .outcomes: section = .outcomes(try reader.array { try $0.outcome() })
                }
                return reader.i == split.range.upperBound ? section : nil
            } catch {
                return nil
            }
        }
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

    /// The decoded section, or nil when its thread gave up.
    func result() -> DecodedSection? {
        if started && !joined {
            pthread_join(thread, nil)
            joined = true
        }
        return outcome
    }
}

