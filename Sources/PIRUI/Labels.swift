import Foundation
import PIRModel

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

    /// `成果目标 3` / `Outcome 3`.
    public func outcome(_ id: String) -> String { self("成果目标 \(id)", "Outcome \(id)") }
    public func indicator(_ code: String) -> String { self("指标 \(code)", "Indicator \(code)") }
    public func output(_ code: String) -> String { self("产出 \(code)", "Output \(code)") }
    public func box(_ n: Int) -> String { self("专栏 \(n)", "Box \(n)") }

    /// For the interface's "中文 English" labels: all of it in Chinese mode, the English words in
    /// English mode.
    public func bi(_ both: String) -> String {
        guard self == .en else { return both }
        guard let last = both.unicodeScalars.lastIndex(where: { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }) else { return both }
        let tail = String(both.unicodeScalars[both.unicodeScalars.index(after: last)...]).trimmingCharacters(in: .whitespaces)
        return tail.contains(where: \.isLetter) ? tail : both
    }

    /// Narrative stays Chinese; in English mode it says so.
    public var narrativeMark: String { self == .en ? "[中文] " : "" }

    /// Narrative quoted from the report: the Chinese as it is, each paragraph marked in English mode.
    public func narrative(_ text: String) -> String {
        guard self == .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : narrativeMark + $0 }.joined(separator: "\n")
    }

    /// `表 2` / `Table 2`: a table named as the report names it.
    public func table(_ name: String) -> String {
        guard self == .en, name.hasPrefix("表") else { return name }
        return "Table " + name.dropFirst().trimmingCharacters(in: .whitespaces)
    }

    /// `图 15` / `Figure 15`, or the table when the report's figure is a table (`表 1`).
    public func figure(_ number: String) -> String {
        number.hasPrefix("表") ? table(number) : self("图 \(number)", "Figure \(number)")
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
