/// The one figure formatter: every number a person reads (the explorer, `pir show`, the Markdown
/// export, the slides) is written here, so it looks as the report prints it everywhere:
/// thousands grouped (`3,223`, `1,104.6`), the budget tables and Table 1 to one decimal (`11.0`),
/// units (`45 例` / `45 cases`, `57%`), and the words a table prints instead of a figure
/// (`未设定` not set, `不适用` not applicable) as words in the reader's language — never as `0`.
/// CSV and JSON are data, not reading: they keep `Exporter.number`'s plain form.
public enum Figures {
    /// `1104.6` → `1,104.6`, `25` → `25`, `3223` → `3,223`: as stored, thousands grouped.
    /// `decimals` fixes the decimals (`11` → `11.0` with 1). Years are not figures: see `year`.
    public static func number(_ value: Double, decimals: Int? = nil) -> String {
        guard value.isFinite else { return "–" }
        let plain: String
        if let decimals {
            plain = fixed(value, decimals: max(0, min(6, decimals)))
        } else if value.rounded() == value && abs(value) < 1e15 {
            plain = String(Int64(value))
        } else {
            plain = String(value)
        }
        return grouped(plain)
    }

    /// `value` to `decimals` places, rounding half away from zero (as the report's tables do),
    /// without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let whole = Int64(scaled)
        let divisor = Int64(scale)
        var text = String(whole / divisor)
        if decimals > 0 {
            let fraction = String(whole % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && whole != 0 ? "-" : "") + text
    }

    /// Commas every three digits of the whole part, from four digits on (`1,274`; `999` stays).
    static func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, whole.count >= 4, whole.allSatisfy(\.isNumber) else { return plain }
        var out = ""
        for (k, c) in whole.reversed().enumerated() {
            if k > 0 && k % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (negative ? "-" : "") + String(out.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A year or an id is not grouped: `2021`, not `2,021`.
    public static func year(_ value: Int) -> String { String(value) }

    /// An optional figure, `–` where there is none (a region without a result): never `0`.
    public static func number(_ value: Double?) -> String { value.map { number($0) } ?? missing }

    /// What stands where a cell has no figure and the report prints no word either.
    public static let missing = "–"

    /// A budget cell or a Table 1 cell: one decimal, grouped (`1,104.6`, `11.0`).
    public static func money(_ value: Double) -> String { number(value, decimals: 1) }

    /// A figure with its indicator's unit: `45 例` / `45 cases`, `57%`, `25`; `–` for none.
    public static func value(_ value: Double?, unit: IndicatorUnit?, _ lang: Language) -> String {
        guard let value else { return missing }
        switch unit {
        case .percent?: return number(value) + "%"
        case .cases?: return lang.strings.common.cases(number(value))
        case .count?, nil: return number(value)
        }
    }

    /// `value(_:unit:_:)` for a column `width` cells wide: the full form where it fits, else the
    /// unit in its short Chinese form (`45例`), else the bare figure (the column's heading or the
    /// detail pane gives the unit), so a narrow table never shows a cut unit.
    public static func value(_ v: Double?, unit: IndicatorUnit?, _ lang: Language, width: Int) -> String {
        let full = value(v, unit: unit, lang)
        guard let v, unit == .cases, cells(full) > width else { return full }
        let short = lang.strings.common.casesCell(number(v))
        return cells(short) <= width ? short : number(v)
    }

    /// Terminal cells of a figure: a digit or sign one, the unit's CJK character two (PIRModel
    /// does not measure text otherwise, and a figure holds nothing wider).
    static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    /// A share printed with its percent sign: `57%`, `6.3%`.
    public static func percent(_ value: Double?) -> String { value.map { number($0) + "%" } ?? missing }

    /// A ratio as a whole percentage: `1.12` → `112%` (an indicator's attainment).
    public static func ratio(_ value: Double?) -> String {
        value.flatMap(\.wholePercent).map { "\($0)%" } ?? missing
    }

    /// How far `value` is above or below `reference`: `+31%`, `-4%`; empty without a reference.
    public static func change(_ value: Double, against reference: Double?) -> String {
        guard let reference, reference > 0, let p = (value / reference - 1).wholePercent else { return "" }
        return (p >= 0 ? "+" : "") + String(p) + "%"
    }

    /// A budget cell: the figure to one decimal, else the word the table prints (`未设定` /
    /// `not set`), else `–`. The RBSA row's strategic budget is 未设定 in every table, so a sum of
    /// such cells is a word too (`sum`), never `0.0`.
    public static func cell(_ value: Double?, text: String?, _ lang: Language) -> String {
        if let value { return money(value) }
        if let text { return word(text, lang) }
        return missing
    }

    /// The sum of some budget cells: the figures summed when any has one, else the words they
    /// print, each once in order (`未设定/不适用`: the RBSA row's strategic budget), else `–`.
    public static func sum(_ cells: [(value: Double?, text: String?)], _ lang: Language) -> String {
        let values = cells.compactMap(\.value)
        if !values.isEmpty { return money(values.reduce(0, +)) }
        var words: [String] = []
        for text in cells.compactMap(\.text) where !words.contains(text) { words.append(text) }
        return words.isEmpty ? missing : words.map { word($0, lang) }.joined(separator: "/")
    }

    /// A word a table prints instead of a figure, in the reader's language; any other text as it is.
    /// The dataset spells these words as the Chinese table does (`不适用`, `未设定`, `暂无数据`).
    public static func word(_ text: String, _ lang: Language) -> String {
        let zh = Strings.zh.common, words = lang.strings.common
        switch text {
        case zh.notApplicable: return words.notApplicable
        case zh.notSet: return words.notSet
        case zh.noData: return words.noData
        default: return text
        }
    }
}
