#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Structural labels in the reader's language: the English beside each Chinese label, or the
/// Chinese marked `[中文]` where a dataset has none.
extension Language {
    public func title(_ o: Outcome) -> String { label(o.title, o.en) }
    public func title(_ p: Output) -> String { label(p.title, p.en) }
    public func title(_ i: Indicator) -> String { label(i.title, i.en) }
    public func title(_ c: Chapter) -> String { label(c.title, c.en) }
    public func title(_ b: LocatedBox) -> String { label(b.title, b.en) }
    public func name(_ r: Region) -> String { self == .en ? r.nameEn : r.name }
    public func name(_ c: Country) -> String { self == .en ? c.en : c.zh }
    public func label(_ row: TrendRow) -> String { label(row.label, row.en) }
    public func label(_ row: BudgetRow) -> String { label(row.label, row.en) }
    public func label(_ m: Measure) -> String { label(m.label, m.en) }
    public func label(_ f: Fact) -> String { label(f.label, f.en) }

    /// A figure from the prose: exactly as printed in Chinese; in English the number with its
    /// qualifier and unit (`about 45%`, `US$30 million`), so the reader need not read `约有 45%`.
    public func figure(_ f: Fact) -> String {
        guard self == .en else { return f.printed }
        let n = f.unit == .year ? (Exporter.number(f.value) ?? "") : Figures.number(f.value)
        let qualifier: String
        switch f.qualifier {
        case .over: qualifier = "over "
        case .about: qualifier = "about "
        case .upTo: qualifier = "up to "
        case .under: qualifier = "under "
        case .nearly: qualifier = "nearly "
        case nil: qualifier = ""
        }
        switch f.unit {
        case .count, .ratio, .year: return qualifier + n
        case .percent: return qualifier + n + "%"
        case .hoursPercent: return qualifier + n + "% of working hours"
        case .percentPoints: return qualifier + n + " percentage points"
        case .usdMillion: return qualifier + "US$" + n + " million"
        case .peopleMillion: return qualifier + n + " million people"
        case .people: return qualifier + n + " people"
        case .months: return qualifier + n + (f.value == 1 ? " month" : " months")
        }
    }

    /// `成果目标 3` / `Outcome 3`.
    public func outcome(_ id: String) -> String { strings.common.outcome(id) }
    public func indicator(_ code: String) -> String { strings.common.indicator(code) }
    public func output(_ code: String) -> String { strings.common.output(code) }
    public func box(_ n: Int) -> String { strings.common.box(n) }

    /// The colon after a label: full width in Chinese, `: ` in English.
    public var colon: String { strings.common.colon }

    /// A word a table prints in a cell instead of a figure (`不适用`, `未设定`), in English mode in
    /// English; any other text as it is.
    public func cell(_ text: String) -> String { Figures.word(text, self) }

    /// What a screen too small for a view says, longest first, down to a single mark: the view
    /// shows the first that fits. Chinese falls back to the English wordings, which are narrower.
    public func tooSmall(need: String) -> [String] {
        let words = [strings.common, Strings.en.common]
        return words.flatMap { [$0.tooSmallNeed(need), $0.tooSmallNeedShort(need), $0.tooSmall, $0.tooSmallShort] } + ["!"]
    }

    /// Whether a text has Chinese in it (and so takes the mark in English mode).
    public static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
    }

    /// Narrative stays Chinese; in English mode it says so.
    public var narrativeMark: String { self == .en ? "[中文] " : "" }

    /// Narrative quoted from the report: the Chinese as it is, each paragraph marked in English mode.
    public func narrative(_ text: String) -> String {
        guard self == .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : narrativeMark + $0 }.joined(separator: "\n")
    }

    /// A quotation's attribution as printed; in English its 资料来源： is the interface's "Source:",
    /// the citation itself stays Chinese and is marked.
    public func attribution(_ source: String) -> String {
        guard self == .en else { return source }
        let prefix = Strings.zh.common.sourcePrefix  // as the report prints it
        if source.hasPrefix(prefix) { return strings.common.sourcePrefix + narrativeMark + source.dropFirst(prefix.count) }
        return narrativeMark + source
    }

    /// `表 2` / `Table 2`: a table named as the report names it.
    public func table(_ name: String) -> String {
        guard self == .en, name.hasPrefix("表") else { return name }
        return strings.common.table(name.dropFirst().trimmingCharacters(in: .whitespaces))
    }

    /// A caption's name as the data spells it (`图 I.8`, `表 9`): in English `Figure I.8`, `Table 9`.
    public func caption(_ name: String) -> String {
        guard self == .en else { return name }
        if name.hasPrefix("图") { return strings.common.figure(name.dropFirst().trimmingCharacters(in: .whitespaces)) }
        return table(name)
    }

    /// `图 15` / `Figure 15`, or the table when the report's figure is a table (`表 1`).
    public func figure(_ number: String) -> String {
        number.hasPrefix("表") ? table(number) : strings.common.figure(number)
    }

    /// The title of the section a box or a passage is in, from its id (a chapter, `outcome-3`,
    /// `region-africa`); `fallback` (the Chinese title) when the id names none of them.
    public func section(_ id: String, _ fallback: String, in report: Report) -> String {
        if id.hasPrefix("outcome-"), let o = report.outcome(String(id.dropFirst(8))) { return title(o) }
        if id.hasPrefix("region-"), let r = RegionID(rawValue: String(id.dropFirst(7))).flatMap(report.region) { return name(r) }
        if let c = report.chapter(id) { return title(c) }
        return fallback
    }
}

extension RegionID {
    /// Short English names for narrow matrix columns.
    public var shortEnglish: String {
        switch self {
        case .africa: return "Africa"
        case .americas: return "Americas"
        case .arabStates: return "Arab St."
        case .asiaPacific: return "Asia-Pac."
        case .europeCentralAsia: return "Eur.&CA"
        }
    }
}
