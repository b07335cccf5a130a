/// A uniform view over everything that carries narrative — chapters, outcome chapters, regions — so
/// search, references and footnotes walk one shape instead of three.
public struct Section: Sendable {
    /// `front-preface`, `outcome-3`, `region-africa` …
    public var id: String
    public var title: String
    /// JSON path of the section in the report.
    public var path: String
    public var blocks: [Block]
    public var footnotes: [Footnote]
    /// Every piece of text of the section with its JSON path, in reading order.
    public var texts: [(path: String, text: String)]
}

/// A box (专栏) wherever it stands.
public struct LocatedBox: Sendable {
    public var number: Int
    public var title: String
    public var blocks: [Block]
    public var sectionID: String
    public var sectionTitle: String
    public var path: String
    public var en: EnglishLabel?
}

extension Report {
    public var sections: [Section] { (0..<sectionCount).map(section(at:)) }

    /// How many sections there are: the chapters, the outcomes, the regions.
    public var sectionCount: Int { chapters.count + outcomes.count + regions.count }

    /// Section `k` of `sections`, built alone: the search index builds its entries a section at a
    /// time, so a search that finds a page of hits early need not build every section's texts.
    public func section(at k: Int) -> Section {
        if k < chapters.count {
            let chapter = chapters[k]
            let path = "chapters[\(k)]"
            var texts: [(String, String)] = [(path + ".title", chapter.title)]
            texts += Self.texts(of: chapter.blocks, path: path + ".blocks")
            texts += chapter.footnotes.enumerated().map { (path + ".footnotes[\($0.offset)].text", $0.element.text) }
            return Section(id: chapter.id, title: chapter.title, path: path, blocks: chapter.blocks,
                           footnotes: chapter.footnotes, texts: texts)
        }
        let o = k - chapters.count
        if o < outcomes.count {
            let outcome = outcomes[o]
            let path = "outcomes[\(o)]"
            var texts: [(String, String)] = [(path + ".title", outcome.title)]
            texts += outcome.highlights.enumerated().map { (path + ".highlights[\($0.offset)]", $0.element) }
            texts += Self.texts(of: outcome.blocks, path: path + ".blocks")
            if let results = outcome.results { texts.append((path + ".results.statement", results.statement)) }
            if let budget = outcome.budget {
                texts.append((path + ".budget.title", budget.title))
                texts.append((path + ".budget.statement", budget.statement))
                texts += (budget.paragraphs ?? []).enumerated().map { (path + ".budget.paragraphs[\($0.offset)]", $0.element) }
            }
            for (p, output) in outcome.outputs.enumerated() {
                texts.append((path + ".outputs[\(p)].title", output.title))
                for (n, indicator) in output.indicators.enumerated() {
                    let ip = path + ".outputs[\(p)].indicators[\(n)]"
                    texts.append((ip + ".title", indicator.title))
                    if let t = indicator.targetText { texts.append((ip + ".targetText", t)) }
                    if let t = indicator.resultText { texts.append((ip + ".resultText", t)) }
                    texts += (indicator.notes ?? []).enumerated().map { (ip + ".notes[\($0.offset)]", $0.element) }
                }
            }
            if let sources = outcome.sources { texts.append((path + ".sources", sources)) }
            texts += outcome.footnotes.enumerated().map { (path + ".footnotes[\($0.offset)].text", $0.element.text) }
            return Section(id: "outcome-\(outcome.id)", title: outcome.title, path: path, blocks: outcome.blocks,
                           footnotes: outcome.footnotes, texts: texts)
        }
        let r = o - outcomes.count
        let region = regions[r]
        let path = "regions[\(r)]"
        var texts: [(String, String)] = [(path + ".name", region.name)]
        texts += Self.texts(of: region.blocks, path: path + ".blocks")
        texts.append((path + ".ratifications.text", region.ratifications.text))
        texts += region.knowledgeProducts.enumerated().map { (path + ".knowledgeProducts[\($0.offset)]", $0.element) }
        return Section(id: "region-\(region.id.rawValue)", title: region.name, path: path, blocks: region.blocks,
                       footnotes: [], texts: texts)
    }

    public var sectionIDs: [String] {
        chapters.map(\.id) + outcomes.map { "outcome-\($0.id)" } + regions.map { "region-\($0.id.rawValue)" }
    }

    static func texts(of blocks: [Block], path: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for (b, block) in blocks.enumerated() {
            let bp = "\(path)[\(b)]"
            if let title = block.title { out.append((bp + ".title", title)) }
            if let text = block.text { out.append((bp + ".text", text)) }
            if let source = block.source { out.append((bp + ".source", source)) }
            if let inner = block.blocks { out += texts(of: inner, path: bp + ".blocks") }
        }
        return out
    }

    /// Every box in report order.
    public var boxes: [LocatedBox] {
        var out: [LocatedBox] = []
        func collect(_ blocks: [Block], _ path: String, _ id: String, _ title: String) {
            for (b, block) in blocks.enumerated() {
                if block.kind == .box, let number = block.box {
                    out.append(LocatedBox(number: number, title: block.title ?? "", blocks: block.blocks ?? [],
                                          sectionID: id, sectionTitle: title, path: "\(path)[\(b)]", en: block.en))
                }
            }
        }
        // Report order: front matter and Part I, Part II chapters (the regions section holds box 5),
        // outcomes 1–8, A–C, then Part III.
        for (c, chapter) in chapters.enumerated() where chapter.part != .III && chapter.part != .appendix {
            collect(chapter.blocks, "chapters[\(c)].blocks", chapter.id, chapter.title)
        }
        for (o, outcome) in outcomes.enumerated() {
            collect(outcome.blocks, "outcomes[\(o)].blocks", "outcome-\(outcome.id)", outcome.title)
        }
        for (c, chapter) in chapters.enumerated() where chapter.part == .III || chapter.part == .appendix {
            collect(chapter.blocks, "chapters[\(c)].blocks", chapter.id, chapter.title)
        }
        return out
    }
}

extension Section {
    /// The node a reader opens for this section.
    public var node: NodeRef? {
        if id.hasPrefix("outcome-") { return .outcome(String(id.dropFirst(8))) }
        if id.hasPrefix("region-") { return RegionID(rawValue: String(id.dropFirst(7))).map { .region($0) } }
        return .chapter(id)
    }
}
