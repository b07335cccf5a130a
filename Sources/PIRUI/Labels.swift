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
}
