/// Where a search hit is, in the words a reader finds it by in the report — `成果目标 3 › 专栏 8`,
/// `Outcome 1 › Indicator 1.2.1`, `附录二`, `非洲 › 批准` — instead of the JSON path the index
/// keeps (`outcomes[2].blocks[14].blocks[3].text`), which only a developer can follow.
extension Report {
    /// The hit's place: its section, then the node, box, table, figure or note within it.
    public func location(of hit: SearchHit, language L: Language = .zh) -> String {
        location(sectionID: hit.sectionID, path: hit.path, node: hit.node, box: hit.box, language: L)
    }

    public func location(sectionID: String, path: String, node: NodeRef?, box: Int?, language L: Language = .zh) -> String {
        var parts: [String] = []
        var blocks: [Block] = []
        if sectionID.hasPrefix("outcome-") {
            let id = String(sectionID.dropFirst("outcome-".count))
            parts.append(L.strings.common.outcome(id))
            blocks = outcome(id)?.blocks ?? []
        } else if sectionID.hasPrefix("region-"), let id = RegionID(rawValue: String(sectionID.dropFirst("region-".count))),
                  let region = region(id) {
            parts.append(L.pick(region.name, region.nameEn))
            blocks = region.blocks
        } else if let chapter = chapter(sectionID) {
            parts.append(appendixName(chapter, english: L == .en) ?? L.label(chapter.title, chapter.en))
            blocks = chapter.blocks
        } else if case .country(let id)? = node, let country = country(id) {
            parts.append(L.strings.common.country(L == .en ? country.en : country.zh))
        }
        switch node {
        case .output(let code)?: parts.append(L.strings.common.output(code))
        case .indicator(let code)?: parts.append(L.strings.common.indicator(code))
        default: break
        }
        if let n = box ?? { if case .box(let n)? = node { return n } else { return nil } }() { parts.append(L.strings.common.box(n)) }
        if let within = Self.within(path, blocks: blocks, report: self, L) { parts.append(within) }
        return parts.joined(separator: " › ")
    }

    /// The table, figure, note or list of the section the path is in, if it is in one.
    static func within(_ path: String, blocks: [Block], report: Report, _ L: Language) -> String? {
        func caption(_ name: String) -> String { L.caption(name) }
        // `range(of:)` by UTF-8 bytes (PIRBasics): the standard library's `contains` compares
        // Characters and was a twentieth of `pir search 就业`, which asks this of every hit
        if path.hasPrefix("trends.") { return caption(report.trends.table) }
        if path.range(of: ".highlights[") != nil { return L.strings.common.highlights }
        if path.range(of: ".results.") != nil { return L.strings.common.results }
        if path.hasSuffix(".sources") { return L.strings.common.sources }
        if path.range(of: ".ratifications.") != nil { return L.strings.common.ratifications }
        if path.range(of: ".knowledgeProducts[") != nil { return L.strings.common.knowledgeProducts }
        if let n = index(after: ".footnotes[", in: path) {
            var notes: [Footnote] = []
            if let c = index(after: "chapters[", in: path), c < report.chapters.count { notes = report.chapters[c].footnotes }
            if let o = index(after: "outcomes[", in: path), o < report.outcomes.count { notes = report.outcomes[o].footnotes }
            if n < notes.count { return L.strings.common.note("\(notes[n].number)") }
        }
        if path.range(of: ".budget.") != nil, let o = index(after: "outcomes[", in: path), o < report.outcomes.count,
           let budget = report.outcomes[o].budget {
            return caption(budget.table)
        }
        if path.range(of: ".contributions.") != nil, let o = index(after: "outcomes[", in: path), o < report.outcomes.count,
           let c = report.outcomes[o].contributions {
            return caption(c.figure)
        }
        // a figure's caption or a photo's, however deep in boxes
        var level = blocks, block: Block?
        var rest = Substring(path)
        while let range = rest.range(of: ".blocks[") {
            rest = rest[range.upperBound...]
            guard let close = rest.firstIndex(of: "]"), let b = Int(rest[..<close]), b < level.count else { return nil }
            block = level[b]
            level = level[b].blocks ?? []
        }
        switch block?.kind {
        case .figure?: return block?.figure.map { $0.hasPrefix("表") ? caption($0) : L.strings.common.figure($0) }
        case .photo?: return L.strings.common.photo
        default: return nil
        }
    }

    /// The number in `[…]` after the first `marker` in the path.
    static func index(after marker: String, in path: String) -> Int? {
        guard let range = path.range(of: marker) else { return nil }
        let rest = path[range.upperBound...]
        guard let close = rest.firstIndex(of: "]") else { return nil }
        return Int(rest[..<close])
    }
}

extension SearchHit {
    /// The text before the match, the match and the text after it as a reader sees them: footnote
    /// references printed as the report prints them (`⁵`, or `[5]`), never `[^5]`; a match that
    /// starts or ends inside a reference takes the whole reference.
    public func excerpt(_ style: FootnoteStyle) -> (before: String, match: String, after: String) {
        Self.excerpt(of: text, range, style)
    }

    /// `excerpt` as slices of the text itself where it has no footnote reference (no `^`, as most
    /// of the report), so `pir search` copies no paragraph for each hit; else rendered copies.
    public static func excerptSlices(of text: String, _ range: Range<String.Index>, _ style: FootnoteStyle)
        -> (before: Substring, match: Substring, after: Substring) {
        guard Footnotes.mayHaveCaret(text[...]) else { return (text[..<range.lowerBound], text[range], text[range.upperBound...]) }
        let (before, match, after) = excerpt(of: text, range, style)
        return (before[...], match[...], after[...])
    }

    /// `excerpt` of a match in any text (`PreparedSearch`'s hits are not `SearchHit`s).
    public static func excerpt(of text: String, _ range: Range<String.Index>, _ style: FootnoteStyle) -> (before: String, match: String, after: String) {
        let range = Footnotes.widened(range, in: text)
        return (Footnotes.render(text[..<range.lowerBound], style), Footnotes.render(text[range], style),
                Footnotes.render(text[range.upperBound...], style))
    }
}
