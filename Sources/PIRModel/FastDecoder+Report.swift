// How the fast decoder (FastDecoder.swift) reads the report, its chapters and its outcomes, in the
// order of the model's files; outputs, indicators and the rest are in FastDecoder+Indicators.swift.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JSONReader {
    /// `scope` other than `.whole` only on bytes read in place whole (`outcome(scope:)` goes back).
    mutating func report(skipping: Report.SkippedSections = [], scope: Report.Scope = .whole) throws -> Report {
        var seen = SeenFields()
        var schemaVersion: Int?, meta: Meta?, chapters: [Chapter]?, facts: [Fact]?, trends: Trends?
        var pillars: [Pillar]?, sdgTargets: [SDGTarget]?, regions: [Region]?, outcomes: [Outcome]?, ratifications: [Ratification]?
        var countries: [Country]?, exclusions: [String]?
        if !skipping.isEmpty {
            (chapters, facts, pillars) = (skipping.contains(.chapters) ? [] : nil, skipping.contains(.facts) ? [] : nil, skipping.contains(.pillars) ? [] : nil)
            (sdgTargets, ratifications) = (skipping.contains(.sdgTargets) ? [] : nil, skipping.contains(.ratifications) ? [] : nil)
        }
        try object { r, key in
            r.passedSection?(r.i)
            if !skipping.isEmpty, let section = Report.SkippableSection(rawValue: key.string), skipping.contains(Report.SkippedSections(section)) { return try r.skipValue() }
            switch key {
            case "schemaVersion": try seen.mark(0); schemaVersion = try r.int()
            case "meta": try seen.mark(1); meta = try r.meta()
            case "chapters": try seen.mark(2); chapters = try r.section(.chapters) { try $0.chapter(narrative: scope == .whole) }
            case "facts":
                try seen.mark(3)
                facts = try r.onlyFacts.map { try r.facts(firstOf: $0) } ?? r.section(.facts) { try $0.fact() }
            case "trends": try seen.mark(4); trends = try r.trends()
            case "pillars": try seen.mark(5); pillars = try r.array { try $0.pillar() }
            case "sdgTargets": try seen.mark(6); sdgTargets = try r.array { try $0.sdgTarget() }
            case "regions": try seen.mark(7); regions = try r.array { try $0.region() }
            case "outcomes": try seen.mark(8); outcomes = try r.section(.outcomes) { try $0.outcome(scope: scope) }
            case "ratifications": try seen.mark(9); ratifications = try r.array { try $0.ratification() }
            case "countries": try seen.mark(10); countries = try r.optional { try $0.array { try $0.country() } }
            case "countryNameExclusions": try seen.mark(11); exclusions = try r.optional { try $0.strings() }
            default: try r.skipValue()
            }
        }
        if let handOff {
            var tail = handOff.thread.result()
            guard handedOff, tail != nil else { throw GiveUp() }
            switch handOff.split.key {
            case .chapters: chapters = try joined(chapters, &tail)
            case .facts: facts = try joined(facts, &tail)
            case .outcomes: outcomes = try joined(outcomes, &tail)
            }
        }
        return Report(schemaVersion: try required(schemaVersion), meta: try required(meta), chapters: try required(chapters),
                      facts: try required(facts), trends: try required(trends), pillars: try required(pillars),
                      sdgTargets: try required(sdgTargets), regions: try required(regions), outcomes: try required(outcomes),
                      ratifications: try required(ratifications), countries: countries, countryNameExclusions: exclusions)
    }

    /// A top-level array `SectionSplit` can split: read, and where it and its elements lay
    /// recorded; or, when it is `handOff`'s, read up to the split (the other thread reads on), which
    /// must be exactly where the split says.
    mutating func section<T>(_ key: SectionSplit.Key, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        _ = try peek()
        let start = i
        let split = handOff.flatMap { $0.split.key == key ? $0.split : nil }
        if let split, start != split.arrayStart { throw GiveUp() }
        try expect(UInt8(ascii: "["))
        var out: [T] = []
        var elements: [(offset: Int, weight: Int)] = []
        if try peek() == UInt8(ascii: "]") {
            i += 1
        } else {
            while true {
                skipSpace()
                if let split, i == split.range.lowerBound {
                    guard split.range.upperBound <= bytes.count else { throw GiveUp() }
                    i = split.range.upperBound
                    handedOff = true
                    return out
                }
                if split == nil { elements.append((i, weight)) }
                out.append(try element(&self))
                let c = try peek()
                i += 1
                if c == UInt8(ascii: "]") { break }
                guard c == UInt8(ascii: ",") else { throw GiveUp() }
            }
        }
        // the array ended before the split: not the bytes the split was found in
        if split != nil { throw GiveUp() }
        arrays.append(SplittableArray(key: key, start: start, end: i, endWeight: weight, elements: elements))
        return out
    }

    /// The first thread's elements of a split array, then the second thread's: `tail` is emptied
    /// first, so the second thread's array is the only reference to its storage and the first
    /// thread's elements go in front in place (copying it would retain every string again).
    func joined<T>(_ head: [T]?, _ tail: inout Any?) throws -> [T] {
        guard let head, var all = tail as? [T] else { throw GiveUp() }
        tail = nil
        all.insert(contentsOf: head, at: 0)
        return all
    }

    mutating func meta() throws -> Meta {
        var seen = SeenFields()
        var title: String?, titleEn: String?, biennium: String?, language: String?, links: [Link]?, source: String?
        try object { r, key in
            switch key {
            case "title": try seen.mark(0); title = try r.string()
            case "titleEn": try seen.mark(1); titleEn = try r.string()
            case "biennium": try seen.mark(2); biennium = try r.string()
            case "language": try seen.mark(3); language = try r.string()
            case "links": try seen.mark(4); links = try r.array { try $0.link() }
            case "source": try seen.mark(5); source = try r.string()
            default: try r.skipValue()
            }
        }
        return Meta(title: try required(title), titleEn: try required(titleEn), biennium: try required(biennium),
                    language: try required(language), links: try required(links), source: try required(source))
    }

    mutating func link() throws -> Link {
        var seen = SeenFields()
        var url: String?, label: String?
        try object { r, key in
            switch key {
            case "url": try seen.mark(0); url = try r.string()
            case "label": try seen.mark(1); label = try r.string()
            default: try r.skipValue()
            }
        }
        return Link(url: try required(url), label: try required(label))
    }

    mutating func block() throws -> Block {
        var seen = SeenFields()
        var en: EnglishLabel?
        var kind: Block.Kind?, text: String?, title: String?, box: Int?, figure: String?, source: String?, blocks: [Block]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "kind": try seen.mark(0); kind = try r.enumeration(Block.Kind.self)
            case "text": try seen.mark(1); text = try r.optional { try $0.string() }
            case "title": try seen.mark(2); title = try r.optional { try $0.string() }
            case "box": try seen.mark(3); box = try r.optional { try $0.int() }
            case "figure": try seen.mark(4); figure = try r.optional { try $0.string() }
            case "source": try seen.mark(5); source = try r.optional { try $0.string() }
            case "blocks": try seen.mark(6); blocks = try r.optional { try $0.array { try $0.block() } }
            default: try r.skipValue()
            }
        }
        var made = Block(kind: try required(kind), text: text, title: title, box: box, figure: figure, source: source, blocks: blocks)
        made.en = en
        return made
    }

    mutating func footnote() throws -> Footnote {
        var seen = SeenFields()
        var number: Int?, text: String?
        try object { r, key in
            switch key {
            case "number": try seen.mark(0); number = try r.int()
            case "text": try seen.mark(1); text = try r.string()
            default: try r.skipValue()
            }
        }
        return Footnote(number: try required(number), text: try required(text))
    }

    /// Without `narrative`, the chapter's blocks are passed over and left empty.
    mutating func chapter(narrative: Bool = true) throws -> Chapter {
        var seen = SeenFields()
        var en: EnglishLabel?
        var id: String?, part: Chapter.Part?, title: String?, blocks: [Block]?, footnotes: [Footnote]?
        var links: [String]?, quirks: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "part": try seen.mark(1); part = try r.enumeration(Chapter.Part.self)
            case "title": try seen.mark(2); title = try r.string()
            case "blocks": try seen.mark(3); blocks = narrative ? try r.array { try $0.block() } : try r.skipped([])
            case "footnotes": try seen.mark(4); footnotes = try r.array { try $0.footnote() }
            case "links": try seen.mark(5); links = try r.strings()
            case "quirks": try seen.mark(6); quirks = try r.strings()
            default: try r.skipValue()
            }
        }
        var made = Chapter(id: try required(id), part: try required(part), title: try required(title), blocks: try required(blocks),
                       footnotes: try required(footnotes), links: try required(links), quirks: try required(quirks))
        made.en = en
        return made
    }

    /// An outcome as `scope` reads it (`Report.Scope.reading(of:)`). Its id may come after the
    /// fields the scope leaves out (the keys are sorted: `blocks`, `budget` and `highlights` come
    /// before `id`), so in a scope other than `.whole` those that come first are passed over, and
    /// read after all, from where they start, if the scope reads them of the outcome with that id.
    mutating func outcome(scope: Report.Scope = .whole) throws -> Outcome {
        var seen = SeenFields()
        var en: EnglishLabel?
        var id: String?, kind: Outcome.Kind?, title: String?, highlights: [String]?, blocks: [Block]?, footnotes: [Footnote]?
        var links: [String]?, quirks: [String]?, results: ResultsStatement?, budget: BudgetTable?
        var contributions: Contributions?, outputs: [Output]?, sources: String?
        func read(_ r: inout JSONReader, _ key: JSONKey) throws {
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "kind": try seen.mark(1); kind = try r.enumeration(Outcome.Kind.self)
            case "title": try seen.mark(2); title = try r.string()
            case "highlights": try seen.mark(3); highlights = try r.strings()
            case "blocks": try seen.mark(4); blocks = try r.array { try $0.block() }
            case "footnotes": try seen.mark(5); footnotes = try r.array { try $0.footnote() }
            case "links": try seen.mark(6); links = try r.strings()
            case "quirks": try seen.mark(7); quirks = try r.strings()
            case "results": try seen.mark(8); results = try r.optional { try $0.resultsStatement() }
            case "budget": try seen.mark(9); budget = try r.optional { try $0.budgetTable() }
            case "contributions": try seen.mark(10); contributions = try r.optional { try $0.contributions() }
            case "outputs":
                try seen.mark(11)
                if let id, scope.reading(of: id) == .outline {
                    outputs = try r.array { try $0.outputCodes() }
                } else {
                    outputs = try r.array { try $0.output() }
                }
            case "sources": try seen.mark(12); sources = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        var passed: [(key: JSONKey, at: Int)] = []
        try object { r, key in
            guard scope != .whole, Report.Scope.Reading.dependsOnTheID(key) else { return try read(&r, key) }
            guard let id else {
                passed.append((key, r.i))
                return try r.skipValue()
            }
            if scope.reading(of: id).reads(key) { try read(&r, key) } else { try r.skipValue() }
        }
        if let id, !passed.isEmpty {
            let end = i
            for (key, at) in passed where scope.reading(of: id).reads(key) {
                i = at
                try read(&self, key)
            }
            i = end
        }
        if scope != .whole {
            (highlights, blocks, links, quirks, outputs) = (highlights ?? [], blocks ?? [], links ?? [], quirks ?? [], outputs ?? [])
        }
        var made = Outcome(id: try required(id), kind: try required(kind), title: try required(title),
                       highlights: try required(highlights), blocks: try required(blocks), footnotes: try required(footnotes),
                       links: try required(links), quirks: try required(quirks), results: results, budget: budget,
                       contributions: contributions, outputs: try required(outputs), sources: sources)
        made.en = en
        return made
    }

    mutating func resultsStatement() throws -> ResultsStatement {
        var seen = SeenFields()
        var achieved: Int?, target: Int?, targetPercent: Double?, targetDifference: Int?, statement: String?, section: String?
        try object { r, key in
            switch key {
            case "achieved": try seen.mark(0); achieved = try r.int()
            case "target": try seen.mark(1); target = try r.optional { try $0.int() }
            case "targetPercent": try seen.mark(2); targetPercent = try r.optional { try $0.double() }
            case "targetDifference": try seen.mark(3); targetDifference = try r.optional { try $0.int() }
            case "statement": try seen.mark(4); statement = try r.string()
            case "section": try seen.mark(5); section = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        return ResultsStatement(achieved: try required(achieved), target: target, targetPercent: targetPercent,
                                targetDifference: targetDifference, statement: try required(statement), section: section)
    }

    mutating func budgetTable() throws -> BudgetTable {
        var seen = SeenFields()
        var en: EnglishLabel?
        var table: String?, title: String?, rows: [BudgetRow]?, total: BudgetTotal?, statement: String?
        var shares: [String: Double]?, paragraphs: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "table": try seen.mark(0); table = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "rows": try seen.mark(2); rows = try r.array { try $0.budgetRow() }
            case "total": try seen.mark(3); total = try r.budgetTotal()
            case "statement": try seen.mark(4); statement = try r.string()
            case "shares":
                try seen.mark(5)
                shares = try r.optional { r in
                    var values: [String: Double] = [:]
                    try r.object { r, key in
                        guard values[key.string] == nil else { throw GiveUp() }
                        values[key.string] = try r.double()
                    }
                    return values
                }
            case "paragraphs": try seen.mark(6); paragraphs = try r.optional { try $0.strings() }
            default: try r.skipValue()
            }
        }
        var made = BudgetTable(table: try required(table), title: try required(title), rows: try required(rows),
                           total: try required(total), statement: try required(statement), shares: shares, paragraphs: paragraphs)
        made.en = en
        return made
    }

    mutating func budgetRow() throws -> BudgetRow {
        var seen = SeenFields()
        var en: EnglishLabel?
        var source: FundingSource?, label: String?, strategic: Double?, strategicText: String?, actual: Double?, actualText: String?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "source": try seen.mark(0); source = try r.enumeration(FundingSource.self)
            case "label": try seen.mark(1); label = try r.string()
            case "strategic": try seen.mark(2); strategic = try r.optional { try $0.double() }
            case "strategicText": try seen.mark(3); strategicText = try r.optional { try $0.string() }
            case "actual": try seen.mark(4); actual = try r.optional { try $0.double() }
            case "actualText": try seen.mark(5); actualText = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        var made = BudgetRow(source: try required(source), label: try required(label), strategic: strategic,
                         strategicText: strategicText, actual: actual, actualText: actualText)
        made.en = en
        return made
    }

    mutating func budgetTotal() throws -> BudgetTotal {
        var seen = SeenFields()
        var strategic: Double?, actual: Double?
        try object { r, key in
            switch key {
            case "strategic": try seen.mark(0); strategic = try r.double()
            case "actual": try seen.mark(1); actual = try r.double()
            default: try r.skipValue()
            }
        }
        return BudgetTotal(strategic: try required(strategic), actual: try required(actual))
    }

    mutating func contributions() throws -> Contributions {
        var seen = SeenFields()
        var en: EnglishLabel?
        var figure: String?, title: String?, shares: [Contributions.Share]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "figure": try seen.mark(0); figure = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "shares":
                try seen.mark(2)
                shares = try r.array { r in
                    var seen = SeenFields()
                    var unit: String?, percent: Double?
                    try r.object { r, key in
                        switch key {
                        case "unit": try seen.mark(0); unit = try r.string()
                        case "percent": try seen.mark(1); percent = try r.double()
                        default: try r.skipValue()
                        }
                    }
                    return Contributions.Share(unit: try required(unit), percent: try required(percent))
                }
            default: try r.skipValue()
            }
        }
        var made = Contributions(figure: try required(figure), title: try required(title), shares: try required(shares))
        made.en = en
        return made
    }
}
