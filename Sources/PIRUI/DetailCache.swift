import PIRBasics
import PIRModel

/// Wrapped detail documents by node and width. Every key used to wrap the focused node's text twice
/// (the reducer to keep the scroll in range, the view to draw it) and wrap it again on the next key;
/// an outcome's chapter is thousands of lines on a large dataset. Documents are laid out only as far
/// as asked (the visible window), and grown when a later request needs more.
public final class DetailCache: @unchecked Sendable {  // every access holds `lock`
    struct Key: Hashable {
        var node: String
        var width: Int
        var ascii: Bool
        var language: Language
    }

    private var documents: [Key: Document] = [:]
    private let lock = Lock()
    /// A session visits a few dozen nodes at a handful of widths; past this the cache starts over.
    static let capacity = 256

    public init() {}

    /// The document of `focused` with at least `lines` lines laid out, or all of it if it is shorter.
    public func document(_ focused: Focused, width: Int, lines: Int = .max, report: Report, glyphs: Glyphs,
                         countries: CountryIndex? = nil, language: Language = .zh) -> Document {
        lookup(Key(node: Self.name(focused), width: width, ascii: glyphs != .unicode, language: language), lines: lines) { limit in
            DetailDocument(report: report, glyphs: glyphs, countries: countries, language: language).build(focused, width: width, limit: limit)
        }
    }

    /// The whole text of a list view's entry.
    public func document(_ entry: ContentsEntry, width: Int, report: Report, glyphs: Glyphs,
                         countries: CountryIndex? = nil, language: Language = .zh) -> Document {
        lookup(Key(node: "contents \(entry)", width: width, ascii: glyphs != .unicode, language: language), lines: .max) { _ in
            DetailDocument(report: report, glyphs: glyphs, countries: countries, language: language).build(entry, width: width)
        }
    }

    /// The cached document when it has `lines` lines or is whole; otherwise laid out (without
    /// holding the lock, so a key never waits on a text laid out ahead of it on another thread) and
    /// kept, unless a longer one was kept meanwhile.
    private func lookup(_ key: Key, lines: Int, build: (Int) -> Document) -> Document {
        if let cached = cached(key, lines: lines) { return cached }
        // ask for a screenful more than needed, so scrolling down a line does not lay out again
        let limit = lines == .max ? .max : max(lines * 2, lines + 60)
        let document = build(limit)
        lock.lock()
        defer { lock.unlock() }
        if let kept = documents[key], kept.isComplete || kept.lines.count >= document.lines.count { return kept }
        if documents.count >= Self.capacity { documents.removeAll(keepingCapacity: true) }
        documents[key] = document
        return document
    }

    private func cached(_ key: Key, lines: Int) -> Document? {
        lock.lock()
        defer { lock.unlock() }
        guard let cached = documents[key], cached.isComplete || cached.lines.count >= lines else { return nil }
        return cached
    }

    /// What identifies a node's document: its codes, not the whole (large) values.
    static func name(_ focused: Focused) -> String {
        switch focused {
        case .outcome(let o): return "outcome \(o.id)"
        case .indicator(let o, let p, let i): return "indicator \(o.id) \(p.code) \(i.code)"
        case .region(let r, let o, let i): return "region \(r.id.rawValue) \(o.id) \(i?.code ?? "-")"
        }
    }
}
