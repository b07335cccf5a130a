// How the fast decoder (FastDecoder.swift) reads outputs, indicators, regions, facts, trends,
// pillars, SDG targets, ratifications, English labels and countries, in the order of the model's files.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JSONReader {
    mutating func output() throws -> Output {
        var seen = SeenFields()
        var en: EnglishLabel?
        var code: String?, title: String?, shortTitle: String?, shortTitleEn: String?, indicators: [Indicator]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "code": try seen.mark(0); code = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "indicators": try seen.mark(2); indicators = try r.array { try $0.indicator() }
            case "shortTitle": try seen.mark(3); shortTitle = try r.string()
            case "shortTitleEn": try seen.mark(4); shortTitleEn = try r.string()
            default: try r.skipValue()
            }
        }
        var made = Output(code: try required(code), title: try required(title), shortTitle: try required(shortTitle),
                          shortTitleEn: try required(shortTitleEn), indicators: try required(indicators))
        made.en = en
        return made
    }

    mutating func indicator() throws -> Indicator {
        var seen = SeenFields()
        var en: EnglishLabel?
        var code: String?, title: String?, shortTitle: String?, shortTitleEn: String?
        var unit: IndicatorUnit?, target: Double?, total: Double?, results: RegionalResults?
        var split: [ResultSplit]?, targetText: String?, resultText: String?, measures: [Measure]?, notes: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "code": try seen.mark(0); code = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "unit": try seen.mark(2); unit = try r.optional { try $0.enumeration(IndicatorUnit.self) }
            case "target": try seen.mark(3); target = try r.optional { try $0.double() }
            case "total": try seen.mark(4); total = try r.optional { try $0.double() }
            case "results": try seen.mark(5); results = try r.optional { try $0.regionalResults() }
            case "split": try seen.mark(6); split = try r.optional { try $0.array { try $0.resultSplit() } }
            case "targetText": try seen.mark(7); targetText = try r.optional { try $0.string() }
            case "resultText": try seen.mark(8); resultText = try r.optional { try $0.string() }
            case "measures": try seen.mark(9); measures = try r.optional { try $0.array { try $0.measure() } }
            case "notes": try seen.mark(10); notes = try r.optional { try $0.strings() }
            case "shortTitle": try seen.mark(11); shortTitle = try r.string()
            case "shortTitleEn": try seen.mark(12); shortTitleEn = try r.string()
            default: try r.skipValue()
            }
        }
        var made = Indicator(code: try required(code), title: try required(title), shortTitle: try required(shortTitle),
                         shortTitleEn: try required(shortTitleEn), unit: unit, target: target, total: total,
                         results: results, split: split, targetText: targetText, resultText: resultText,
                         measures: measures, notes: notes)
        made.en = en
        return made
    }

    /// As `RegionalResults.init(from:)`: known region ids only, each a non-negative finite number or null.
    mutating func regionalResults() throws -> RegionalResults {
        var results = RegionalResults()
        try object { r, key in
            guard let region = RegionID(rawValue: key.string), !results.has(region) else { throw GiveUp() }
            if try r.null() { results.set(region, nil); return }
            let value = try r.double()
            guard value >= 0 else { throw GiveUp() }
            results.set(region, value)
        }
        return results
    }

    mutating func resultSplit() throws -> ResultSplit {
        var seen = SeenFields()
        var label: String?, total: Double?, results: RegionalResults?
        try object { r, key in
            switch key {
            case "label": try seen.mark(0); label = try r.string()
            case "total": try seen.mark(1); total = try r.double()
            case "results": try seen.mark(2); results = try r.regionalResults()
            default: try r.skipValue()
            }
        }
        return ResultSplit(label: try required(label), total: try required(total), results: try required(results))
    }

    mutating func measure() throws -> Measure {
        var seen = SeenFields()
        var en: EnglishLabel?
        var label: String?, unit: Measure.Unit?, target: Double?, result: Double?, baseline: Double?, year: Int?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "label": try seen.mark(0); label = try r.string()
            case "unit": try seen.mark(1); unit = try r.enumeration(Measure.Unit.self)
            case "target": try seen.mark(2); target = try r.optional { try $0.double() }
            case "result": try seen.mark(3); result = try r.optional { try $0.double() }
            case "baseline": try seen.mark(4); baseline = try r.optional { try $0.double() }
            case "year": try seen.mark(5); year = try r.optional { try $0.int() }
            default: try r.skipValue()
            }
        }
        var made = Measure(label: try required(label), unit: try required(unit), target: target, result: result,
                       baseline: baseline, year: year)
        made.en = en
        return made
    }

    mutating func region() throws -> Region {
        var seen = SeenFields()
        var id: RegionID?, name: String?, nameEn: String?, results: Int?, sharePercent: Double?, blocks: [Block]?
        var ratifications: RegionRatifications?, knowledgeProducts: [String]?, links: [String]?
        try object { r, key in
            switch key {
            case "id": try seen.mark(0); id = try r.enumeration(RegionID.self)
            case "name": try seen.mark(1); name = try r.string()
            case "nameEn": try seen.mark(2); nameEn = try r.string()
            case "results": try seen.mark(3); results = try r.int()
            case "sharePercent": try seen.mark(4); sharePercent = try r.double()
            case "blocks": try seen.mark(5); blocks = try r.array { try $0.block() }
            case "ratifications": try seen.mark(6); ratifications = try r.regionRatifications()
            case "knowledgeProducts": try seen.mark(7); knowledgeProducts = try r.strings()
            case "links": try seen.mark(8); links = try r.strings()
            default: try r.skipValue()
            }
        }
        return Region(id: try required(id), name: try required(name), nameEn: try required(nameEn), results: try required(results),
                      sharePercent: try required(sharePercent), blocks: try required(blocks),
                      ratifications: try required(ratifications), knowledgeProducts: try required(knowledgeProducts),
                      links: try required(links))
    }

    mutating func regionRatifications() throws -> RegionRatifications {
        var seen = SeenFields()
        var memberStates: Int?, instruments: Int?, fundamental: Int?, text: String?
        try object { r, key in
            switch key {
            case "memberStates": try seen.mark(0); memberStates = try r.int()
            case "instruments": try seen.mark(1); instruments = try r.int()
            case "fundamental": try seen.mark(2); fundamental = try r.optional { try $0.int() }
            case "text": try seen.mark(3); text = try r.string()
            default: try r.skipValue()
            }
        }
        return RegionRatifications(memberStates: try required(memberStates), instruments: try required(instruments),
                                   fundamental: fundamental, text: try required(text))
    }

    mutating func fact() throws -> Fact {
        var seen = SeenFields()
        var id: String?, label: String?, value: Double?, unit: Fact.Unit?, printed: String?, text: String?
        var section: String?, qualifier: Fact.Qualifier?, en: EnglishLabel?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "label": try seen.mark(1); label = try r.string()
            case "value": try seen.mark(2); value = try r.double()
            case "unit": try seen.mark(3); unit = try r.enumeration(Fact.Unit.self)
            case "printed": try seen.mark(4); printed = try r.string()
            case "text": try seen.mark(5); text = try r.string()
            case "section": try seen.mark(6); section = try r.string()
            case "qualifier": try seen.mark(7); qualifier = try r.optional { try $0.enumeration(Fact.Qualifier.self) }
            default: try r.skipValue()
            }
        }
        return Fact(id: try required(id), label: try required(label), value: try required(value), unit: try required(unit),
                    printed: try required(printed), text: try required(text), section: try required(section), qualifier: qualifier, en: en)
    }

    mutating func trends() throws -> Trends {
        var seen = SeenFields()
        var en: EnglishLabel?
        var table: String?, title: String?, years: [Int]?, unit: String?, source: String?, rows: [TrendRow]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "table": try seen.mark(0); table = try r.string()
            case "title": try seen.mark(1); title = try r.string()
            case "years": try seen.mark(2); years = try r.array { try $0.int() }
            case "unit": try seen.mark(3); unit = try r.string()
            case "source": try seen.mark(4); source = try r.string()
            case "rows": try seen.mark(5); rows = try r.array { try $0.trendRow() }
            default: try r.skipValue()
            }
        }
        var made = Trends(table: try required(table), title: try required(title), years: try required(years),
                      unit: try required(unit), source: try required(source), rows: try required(rows))
        made.en = en
        return made
    }

    mutating func trendRow() throws -> TrendRow {
        var seen = SeenFields()
        var en: EnglishLabel?
        var id: String?, label: String?, labelNote: String?, sdg: String?, values: [Double?]?, noData: [Int]?
        var breakdowns: [TrendRow]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "id": try seen.mark(0); id = try r.string()
            case "label": try seen.mark(1); label = try r.string()
            case "labelNote": try seen.mark(2); labelNote = try r.optional { try $0.string() }
            case "sdg": try seen.mark(3); sdg = try r.optional { try $0.string() }
            case "values": try seen.mark(4); values = try r.array { try $0.optional { try $0.double() } }
            case "noData": try seen.mark(5); noData = try r.optional { try $0.array { try $0.int() } }
            case "breakdowns": try seen.mark(6); breakdowns = try r.optional { try $0.array { try $0.trendRow() } }
            default: try r.skipValue()
            }
        }
        var made = TrendRow(id: try required(id), label: try required(label), labelNote: labelNote, sdg: sdg,
                        values: try required(values), noData: noData, breakdowns: breakdowns)
        made.en = en
        return made
    }

    mutating func pillar() throws -> Pillar {
        var seen = SeenFields()
        var en: EnglishLabel?, itemsEn: [EnglishLabel]?
        var number: Int?, title: String?, items: [String]?
        try object { r, key in
            switch key {
            case "en": try seen.mark(25); en = try r.optional { try $0.englishLabel() }
            case "itemsEn": try seen.mark(26); itemsEn = try r.optional { try $0.array { try $0.englishLabel() } }
            case "number": try seen.mark(0); number = try r.int()
            case "title": try seen.mark(1); title = try r.string()
            case "items": try seen.mark(2); items = try r.strings()
            default: try r.skipValue()
            }
        }
        var made = Pillar(number: try required(number), title: try required(title), items: try required(items))
        made.en = en
        made.itemsEn = itemsEn
        return made
    }

    mutating func sdgTarget() throws -> SDGTarget {
        var seen = SeenFields()
        var code: String?, text: String?, section: String?
        try object { r, key in
            switch key {
            case "code": try seen.mark(0); code = try r.string()
            case "text": try seen.mark(1); text = try r.string()
            case "section": try seen.mark(2); section = try r.string()
            default: try r.skipValue()
            }
        }
        return SDGTarget(code: try required(code), text: try required(text), section: try required(section))
    }

    mutating func ratification() throws -> Ratification {
        var seen = SeenFields()
        var countryID: String?, conventions: Int?, protocols: Int?
        var country: String?, instruments: [String]?, date: String?, text: String?, section: String?
        try object { r, key in
            switch key {
            case "countryID": try seen.mark(25); countryID = try r.optional { try $0.string() }
            case "conventions": try seen.mark(26); conventions = try r.optional { try $0.int() }
            case "protocols": try seen.mark(27); protocols = try r.optional { try $0.int() }
            case "country": try seen.mark(0); country = try r.string()
            case "instruments": try seen.mark(1); instruments = try r.strings()
            case "date": try seen.mark(2); date = try r.optional { try $0.string() }
            case "text": try seen.mark(3); text = try r.string()
            case "section": try seen.mark(4); section = try r.string()
            default: try r.skipValue()
            }
        }
        var made = Ratification(country: try required(country), instruments: try required(instruments), date: date,
                            text: try required(text), section: try required(section))
        made.countryID = countryID
        made.conventions = conventions
        made.protocols = protocols
        return made
    }
}

extension JSONReader {
    mutating func englishLabel() throws -> EnglishLabel {
        var seen = SeenFields()
        var text: String?, official: Bool?, source: String?
        try object { r, key in
            switch key {
            case "text": try seen.mark(0); text = try r.string()
            case "official": try seen.mark(1); official = try r.bool()
            case "source": try seen.mark(2); source = try r.optional { try $0.string() }
            default: try r.skipValue()
            }
        }
        return EnglishLabel(text: try required(text), official: try required(official), source: source)
    }

    mutating func country() throws -> Country {
        var seen = SeenFields()
        var id: String?, en: String?, enAliases: [String]?, zh: String?, zhAliases: [String]?, region: RegionID?, memberState: Bool?
        try object { r, key in
            switch key {
            case "id": try seen.mark(0); id = try r.string()
            case "en": try seen.mark(1); en = try r.string()
            case "enAliases": try seen.mark(2); enAliases = try r.strings()
            case "zh": try seen.mark(3); zh = try r.string()
            case "zhAliases": try seen.mark(4); zhAliases = try r.strings()
            case "region": try seen.mark(5); region = try r.enumeration(RegionID.self)
            case "memberState": try seen.mark(6); memberState = try r.bool()
            default: try r.skipValue()
            }
        }
        return Country(id: try required(id), en: try required(en), enAliases: try required(enAliases), zh: try required(zh),
                       zhAliases: try required(zhAliases), region: try required(region), memberState: try required(memberState))
    }
}
