import PIRModel
import PIRText

/// Appendices II and III as the report prints them: every output's indicators under its outcome,
/// with targets and results (by region for the policy outcomes), the notes and each outcome's
/// 资料来源 line. Their chapters hold only the caption; the figures are the indicators' own, so the
/// appendix pages and the explorer's panes cannot disagree.
extension DetailDocument {
    func appendixTable(_ kind: Outcome.Kind, _ doc: inout Document) {
        for o in report.outcomes where o.kind == kind {
            doc.heading("\(lang.outcome(o.id))\(lang.colon)\(lang.title(o))")
            for p in o.outputs {
                doc.paragraph("\(lang.output(p.code)) \(lang.title(p))", style: Style(.accent, [.bold]))
                if kind == .policy { policyRows(p.indicators, &doc) } else { enablingRows(p.indicators, &doc) }
            }
            let notes = o.indicators.flatMap { $0.notes ?? [] }
            for n in notes { doc.paragraph(n, style: Style(.dim)) }
            if let sources = o.sources { doc.paragraph(lang.strings.lists.sourcePrefix + sources, style: Style(.dim)) }
        }
    }

    /// Code, target, result and the five regions in columns as wide as their headings; the title on
    /// the line below. Region columns are left out when the pane is too narrow for all of them.
    func policyRows(_ indicators: [Indicator], _ doc: inout Document) {
        let names = report.regions.map { lang == .en ? $0.id.shortEnglish : $0.name }
        let columns = [lang.strings.lists.target, lang.strings.lists.total] + names
        let widths = columns.map { max(6, $0.cellWidth) }
        let shown = 8 + widths.reduce(0) { $0 + $1 + 1 } <= doc.width ? columns.count : 2
        var header = [Span(TextLayout.fit("", to: 8))]
        for c in 0..<shown { header.append(Span(" " + TextLayout.fit(columns[c], to: widths[c], alignment: .right), Style(.dim))) }
        doc.line(header)
        for i in indicators {
            let values = [i.target, i.total] + report.regions.map { i.results?[$0.id] }
            var spans = [Span(TextLayout.fit(i.code, to: 8), Style(.accent))]
            for c in 0..<shown {
                spans.append(Span(" " + TextLayout.fit(indicatorFigure(values[c], i.unit), to: widths[c], alignment: .right),
                                  c == 1 ? Style((i.isMet ?? false) ? .good : .bad, [.bold]) : Style(.normal)))
            }
            spans.append(Span(" " + ((i.isMet ?? false) ? glyphs.met : glyphs.below), Style((i.isMet ?? false) ? .good : .bad, [.bold])))
            doc.line(spans)
            doc.paragraph(lang.title(i), style: Style(.normal), indent: 8)
        }
    }

    func enablingRows(_ indicators: [Indicator], _ doc: inout Document) {
        for i in indicators {
            doc.paragraph("\(i.code)  \(lang.title(i))", style: Style(.accent))
            doc.paragraph(lang.strings.lists.targetPrefix + lang.narrativeMark + (i.targetText ?? "–").replacingOccurrences(of: "\n", with: " "), indent: 8)
            doc.paragraph(lang.strings.lists.resultsPrefix + lang.narrativeMark + (i.resultText ?? "–").replacingOccurrences(of: "\n", with: " "), indent: 8)
        }
    }
}
