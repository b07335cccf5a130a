import PIRModel
import PIRText

/// The text of the focused node — highlights, figures, narrative, boxes, budget table, notes —
/// wrapped by display width for the detail area.
public struct DetailDocument: Sendable {
    public let report: Report
    public let glyphs: Glyphs
    /// The country index for country pages and the region pages' lists (built if not given).
    let countryIndex: CountryIndex?
    /// Labels and headings in this language; narrative stays Chinese.
    let lang: Language

    public init(report: Report, glyphs: Glyphs, countries: CountryIndex? = nil, language: Language = .zh) {
        self.report = report
        self.glyphs = glyphs
        self.countryIndex = countries
        self.lang = language
    }

    var countries: CountryIndex { countryIndex ?? CountryIndex(report: report) }

    /// `limit`: lay out at most this many lines (see `Document.limit`).
    public func build(_ focused: Focused, width: Int, limit: Int = .max) -> Document {
        var doc = Document(width: width)
        doc.limit = limit
        switch focused {
        case .outcome(let o): outcome(o, &doc)
        case .indicator(let o, let p, let i): indicator(i, output: p, outcome: o, &doc)
        case .region(let r, let o, let i): region(r, outcome: o, indicator: i, &doc)
        }
        return doc
    }

    /// The node documents in the reader's language: what each node says, built once in PIRModel.
    var documents: NodeDocuments { NodeDocuments(report: report, language: lang, countries: countryIndex) }

    /// Report text with its footnote references as printed (`⁵`, `[5]` in ASCII), never `[^5]`.
    func prose(_ text: String?) -> String { Footnotes.render(text ?? "", footnoteStyle) }
    var footnoteStyle: FootnoteStyle { glyphs == .ascii ? .bracketed : .superscript }

    func outcome(_ o: Outcome, _ doc: inout Document) { layout(documents.outcome(o), &doc) }

    func indicator(_ i: Indicator, output p: Output, outcome o: Outcome, _ doc: inout Document) {
        layout(documents.indicator(i, output: p, outcome: o), &doc)
    }

    /// A figure with its indicator's unit, through the one formatter.
    func indicatorFigure(_ v: Double?, _ unit: IndicatorUnit?) -> String { Figures.value(v, unit: unit, lang) }

    /// A region as the explorer shows it beside an outcome: the indicator selected, in this region,
    /// then the region's own document.
    func region(_ r: Region, outcome o: Outcome, indicator i: Indicator?, _ doc: inout Document) {
        if let i, o.isPolicy {
            doc.paragraph(lang.strings.document.indicatorIn(i.code, lang.name(r)) + indicatorFigure(i.results?[r.id], i.unit), style: Style(.accent, [.bold]))
            doc.blank()
        }
        layout(documents.region(r), &doc)
    }
}
