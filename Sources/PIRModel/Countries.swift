#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
/// A member State of the ILO, or a territory the report counts.
public struct Country: Codable, Sendable, Equatable, Hashable {
    /// ISO 3166-1 alpha-3 (XKX for Kosovo).
    public var id: String
    public var en: String
    public var enAliases: [String]
    /// The name as the report writes it (its most frequent form), else the UN Chinese short name.
    public var zh: String
    /// Other forms: the report's long or short forms, and common ones readers type.
    public var zhAliases: [String]
    public var region: RegionID
    public var memberState: Bool
}

/// One passage that names a country: where it is, its text, and where in it the name is.
public struct CountryMention: Sendable, Equatable {
    public var sectionID: String
    public var sectionTitle: String
    /// JSON path of the text (`outcomes[2].blocks[5].text`).
    public var path: String
    public var text: String
    public var ranges: [Range<String.Index>]
    public var node: NodeRef?
    /// The box (专栏) the passage is in, if any.
    public var box: Int?

    /// Where in its section the passage is, in words a reader knows (the explorer's country page and
    /// `pir show` print it after the section's title): box, highlight, footnote, results, budget or text.
    public func place(_ L: Language) -> String {
        let words = L.strings.lists
        if path.contains(".highlights[") { return words.inHighlight }
        if path.contains(".footnotes[") { return words.inFootnote }
        if path.contains(".results.") { return words.inResults }
        if path.contains(".budget.") { return words.inBudget }
        if path.contains(".ratifications.") { return words.inRatifications }
        if path.contains(".knowledgeProducts[") { return words.inKnowledgeProducts }
        if let box { return words.inBox(box) }
        return words.inText
    }
}

/// Every passage that names each country, built when the report loads (never hand-listed): at
/// each position the longest name of any country — or of an exclusion such as 发展中国家 — wins,
/// so 苏丹 inside 南苏丹 is South Sudan and 中国 inside 发展中国家 is no one.
public struct CountryIndex: Sendable {
    public let countries: [Country]
    let mentions: [String: [CountryMention]]

    public init(report: Report) {
        countries = report.countries ?? []
        // candidate names by their first character, longest first
        var names: [Character: [([Character], String?)]] = [:]
        for country in countries {
            for name in [country.zh] + country.zhAliases where !name.isEmpty {
                let chars = Array(name)
                names[chars[0], default: []].append((chars, country.id))
            }
        }
        for exclusion in report.countryNameExclusions ?? [] where !exclusion.isEmpty {
            let chars = Array(exclusion)
            names[chars[0], default: []].append((chars, nil))
        }
        for key in names.keys { names[key]!.sort { $0.0.count > $1.0.count } }
        var mentions: [String: [CountryMention]] = [:]
        guard !names.isEmpty else { self.mentions = [:]; return }
        let boxes = report.boxes.map { ($0.path + ".", $0.number) }
        for section in report.sections {
            for (path, text) in section.texts {
                let chars = Array(text)
                var indices: [String.Index] = []
                indices.reserveCapacity(chars.count + 1)
                var index = text.startIndex
                for _ in chars { indices.append(index); index = text.index(after: index) }
                indices.append(text.endIndex)
                var found: [String: [Range<String.Index>]] = [:]
                var order: [String] = []
                var i = 0
                while i < chars.count {
                    guard let candidates = names[chars[i]] else { i += 1; continue }
                    var matched: ([Character], String?)?
                    for candidate in candidates where i + candidate.0.count <= chars.count {
                        if chars[i..<(i + candidate.0.count)].elementsEqual(candidate.0) { matched = candidate; break }
                    }
                    guard let (name, id) = matched else { i += 1; continue }
                    if let id {
                        if found[id] == nil { order.append(id) }
                        found[id, default: []].append(indices[i]..<indices[i + name.count])
                    }
                    i += name.count
                }
                let box = order.isEmpty ? nil : boxes.first { path.hasPrefix($0.0) }?.1
                for id in order {
                    mentions[id, default: []].append(CountryMention(sectionID: section.id, sectionTitle: section.title, path: path,
                                                                   text: text, ranges: found[id]!, node: section.node, box: box))
                }
            }
        }
        self.mentions = mentions
    }

    /// Passages naming the country, in report order.
    public func mentions(of id: String) -> [CountryMention] { mentions[id] ?? [] }

    /// Countries the report names, by how often (passages), then by id.
    public var named: [Country] {
        countries.filter { mentions[$0.id] != nil }
    }

    /// A country by id (`VNM`), Chinese name or form (`越南`), or English name or alias (`Viet Nam`,
    /// `vietnam`), ignoring case and spaces at the ends.
    public func country(_ query: String) -> Country? {
        Self.find(query, in: countries)
    }

    static func find(_ query: String, in countries: [Country]) -> Country? {
        let key = query.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        let lower = key.lowercased()
        return countries.first { $0.id.lowercased() == lower }
            ?? countries.first { $0.zh == key || $0.zhAliases.contains(key) }
            ?? countries.first { $0.en.lowercased() == lower || $0.enAliases.contains { $0.lowercased() == lower } }
    }
}

extension Report {
    public func country(_ query: String) -> Country? { CountryIndex.find(query, in: countries ?? []) }

    /// Ratifications the report attributes to the country.
    public func ratifications(of country: Country) -> [Ratification] {
        ratifications.filter { $0.countryID == country.id || (($0.countryID == nil) && ($0.country == country.zh || country.zhAliases.contains($0.country))) }
    }
}
