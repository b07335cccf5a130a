import Foundation

/// Full-text search over every title, paragraph, box, note, code and label: Chinese by substring
/// (no word segmentation needed), ASCII case-insensitively, the query taken literally.
public struct SearchHit: Sendable, Equatable {
    /// Section the hit is in (`outcome-3`, `part1-budget`, `region-africa` …).
    public var sectionID: String
    public var sectionTitle: String
    /// JSON path of the matching string.
    public var path: String
    public var text: String
    /// Where the match is in `text`.
    public var range: Range<String.Index>
    /// The node to open for this hit, when it is more precise than the section.
    public var node: NodeRef?
}

public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var sectionID: String
        var sectionTitle: String
        var path: String
        var text: String
        /// `text` as UTF-8 with ASCII letters lower-cased: searched byte by byte.
        var folded: [UInt8]
        var node: NodeRef?
    }
    let entries: [Entry]

    public init(report: Report) {
        var entries: [Entry] = []
        for section in report.sections {
            let outcomeID = section.id.hasPrefix("outcome-") ? String(section.id.dropFirst("outcome-".count)) : nil
            for (path, text) in section.texts {
                // output and indicator titles are indexed below together with their codes
                if path.contains(".outputs[") && path.hasSuffix("].title") { continue }
                var node: NodeRef?
                if let outcomeID { node = Self.node(for: path, outcomeID: outcomeID, in: report) }
                if section.id.hasPrefix("region-"), let id = RegionID(rawValue: String(section.id.dropFirst("region-".count))) { node = .region(id) }
                entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: path, text: text,
                                     folded: Self.fold(text), node: node))
            }
            // codes and labels are searchable too: "3.1.2", "box 15", "专栏 15", region names in English
            if let outcomeID, let outcome = report.outcome(outcomeID) {
                for output in outcome.outputs {
                    entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: section.path,
                                         text: "产出 \(output.code) \(output.title)", folded: Self.fold("产出 \(output.code) \(output.title)"),
                                         node: .output(output.code)))
                    for indicator in output.indicators {
                        let label = "指标 \(indicator.code) \(indicator.title)"
                        entries.append(Entry(sectionID: section.id, sectionTitle: section.title, path: section.path,
                                             text: label, folded: Self.fold(label), node: .indicator(indicator.code)))
                    }
                }
            }
        }
        for region in report.regions {
            let label = "\(region.name) \(region.nameEn) \(region.id.rawValue)"
            entries.append(Entry(sectionID: "region-\(region.id.rawValue)", sectionTitle: region.name, path: "regions",
                                 text: label, folded: Self.fold(label), node: .region(region.id)))
        }
        for box in report.boxes {
            let label = "专栏 \(box.number) box \(box.number) \(box.title)"
            entries.append(Entry(sectionID: box.sectionID, sectionTitle: box.sectionTitle, path: box.path,
                                 text: label, folded: Self.fold(label), node: .box(box.number)))
        }
        self.entries = entries
    }

    static func node(for path: String, outcomeID: String, in report: Report) -> NodeRef? {
        // outcomes[o].outputs[p].indicators[n]... → that indicator
        guard let outcome = report.outcome(outcomeID), let range = path.range(of: ".outputs[") else { return .outcome(outcomeID) }
        let rest = path[range.upperBound...]
        guard let close = rest.firstIndex(of: "]"), let p = Int(rest[..<close]), p < outcome.outputs.count else { return .outcome(outcomeID) }
        let output = outcome.outputs[p]
        if let r2 = rest.range(of: ".indicators[") {
            let tail = rest[r2.upperBound...]
            if let c2 = tail.firstIndex(of: "]"), let n = Int(tail[..<c2]), n < output.indicators.count {
                return .indicator(output.indicators[n].code)
            }
        }
        return .output(output.code)
    }

    /// ASCII letters lower-cased, everything else as is, as UTF-8 — so byte offsets match the original.
    static func fold(_ text: String) -> [UInt8] {
        text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    /// Every hit, in report order; at most `limit`.
    ///
    /// A byte search over UTF-8 rather than Foundation's `range(of:)`, whose Unicode-aware
    /// comparison made each keystroke in the search prompt cost milliseconds per entry: a pasted
    /// paragraph took seconds to type in. Valid UTF-8 only matches at scalar boundaries, so byte
    /// offsets are exact string indices.
    public func search(_ query: String, limit: Int = 500) -> [SearchHit] {
        let needle = Self.fold(query.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for entry in entries {
            guard let offset = Self.find(needle, in: entry.folded) else { continue }
            let utf8 = entry.text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            let upper = utf8.index(lower, offsetBy: needle.count)
            hits.append(SearchHit(sectionID: entry.sectionID, sectionTitle: entry.sectionTitle, path: entry.path,
                                  text: entry.text, range: lower..<upper, node: entry.node))
            if hits.count >= limit { break }
        }
        return hits
    }

    /// The first offset of `needle` in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern in
                let first = pattern[0]
                var i = 0
                let last = hay.count - pattern.count
                while i <= last {
                    if hay[i] == first && memcmp(hay.baseAddress! + i, pattern.baseAddress!, pattern.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
