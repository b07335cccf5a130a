import PIRModel
import PIRText

/// What a list row shows of an output's or an indicator's title in the cells it has: the title as
/// the report prints it where it fits whole, else the short label written for it (`7.1.1 FPRW
/// integrated programmes`), never the title cut (`7.1.1 Number of member Stat…`, which 7.1.2 shows
/// too). The short label is cut only where even it has no room. The detail pane, `pir show` and
/// the exports keep the full title.
public enum ListTitle {
    /// `full` where `width` cells hold it, else `short` (uncut: the caller fits it to its column).
    public static func choose(_ full: String, short: String?, width: Int) -> String {
        guard let short, full.cellWidth > width else { return full }
        return short
    }
}

extension Language {
    /// The output's short label in this language (`劳务移民`, `Labour migration`).
    public func short(_ p: Output) -> String { self == .en ? p.shortTitleEn : p.shortTitle }
    /// The indicator's short label in this language (`基本原则和权利综合计划`, `FPRW integrated programmes`).
    public func short(_ i: Indicator) -> String { self == .en ? i.shortTitleEn : i.shortTitle }

    /// The output's title for a list column `width` cells wide (`ListTitle.choose`).
    public func title(_ p: Output, width: Int) -> String { ListTitle.choose(title(p), short: short(p), width: width) }
    /// The indicator's title for a list column `width` cells wide (`ListTitle.choose`).
    public func title(_ i: Indicator, width: Int) -> String { ListTitle.choose(title(i), short: short(i), width: width) }
}
