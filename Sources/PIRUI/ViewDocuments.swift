import PIRModel
import PIRText

/// The texts of the regions, budget and trends views. Every figure is read from the model; bars
/// always have their number beside them.
extension DetailDocument {
    /// All five regions side by side: a matrix of results per outcome, shaded by each row's
    /// largest value (the shade only repeats what the number says).
    func comparison(_ doc: inout Document) {
        doc.paragraph(lang.strings.lists.comparisonTitle, style: Style(.title, [.bold]))
        doc.paragraph(lang.strings.lists.comparisonNote, style: Style(.dim))
        let regions = report.regions
        // a column as wide as the longest region name and a gap where there is room, so names are
        // not cut to 阿拉伯… while the pane has cells to spare; the labels get the rest
        let names = regions.map { (lang == .en ? $0.id.shortEnglish : $0.name).cellWidth }.max() ?? 7
        let cell = doc.width - (names + 2) * (regions.count + 1) >= 24 ? max(9, names + 2) : 9
        let label = max(8, doc.width - cell * (regions.count + 1))
        func header() {
            var spans = [Span(TextLayout.fit("", to: label))]
            for r in regions { spans.append(Span(TextLayout.fit(lang == .en ? r.id.shortEnglish : r.name, to: cell - 2, alignment: .right, ellipsis: glyphs.ellipsis) + "  ", Style(.heading, [.bold]))) }
            spans.append(Span(TextLayout.fit(lang.strings.document.total, to: cell, alignment: .right), Style(.heading, [.bold])))
            doc.line(spans)
        }
        func row(_ name: String, _ values: [Double?], total: Double?, unit: IndicatorUnit? = .count, style: Style = .normal) {
            var spans = [Span(TextLayout.fit(name, to: label, ellipsis: glyphs.ellipsis), style)]
            let high = values.compactMap { $0 }.max() ?? 0
            for v in values {
                guard let v else { spans.append(Span(TextLayout.fit(glyphs.missing, to: cell, alignment: .right), Style(.dim))); continue }
                let level = high > 0 ? Int(saturating: v / high * 4, rounding: .up) : 0
                let shade = v > 0 ? glyphs.shades[max(1, min(4, level))] : " "
                spans.append(Span(TextLayout.fit(indicatorFigure(v, unit), to: cell - 2, alignment: .right), Style(.normal, [.bold])))
                spans.append(Span(" " + shade, Style(.bar)))
            }
            spans.append(Span(TextLayout.fit(total.map { indicatorFigure($0, unit) } ?? "", to: cell, alignment: .right), Style(.dim)))
            doc.line(spans)
        }
        doc.blank()
        header()
        row(lang.strings.lists.comparisonResults, regions.map { Double($0.results) }, total: Double(regions.map(\.results).reduce(0, +)), style: Style(.normal, [.bold]))
        row(lang.strings.lists.comparisonShare, regions.map(\.sharePercent), total: nil, unit: .percent)
        row(lang.strings.lists.comparisonRatifyingStates, regions.map { Double($0.ratifications.memberStates) }, total: nil)
        row(lang.strings.lists.comparisonRatifications, regions.map { Double($0.ratifications.instruments) }, total: nil)
        doc.heading(lang.strings.lists.comparisonByOutcome)
        header()
        for o in report.outcomes where o.isPolicy {
            let counted = o.indicators.filter { ($0.unit ?? .count) == .count }
            let values = regions.map { r in counted.compactMap { $0.results?[r.id] }.reduce(0, +) }
            row("\(o.id) " + lang.title(o), values, total: values.reduce(0, +))
        }
        doc.heading(lang.strings.lists.comparisonByIndicator)
        header()
        for (_, _, i) in report.policyIndicators {
            row(i.code + " " + lang.title(i, width: label - i.code.cellWidth - 1), regions.map { i.results?[$0.id] }, total: i.total, unit: i.unit)
        }
    }

    /// One row of Table 1 with its breakdowns, then the whole table.
    func trend(_ id: String, _ doc: inout Document) {
        let t = report.trends
        guard let row = t.row(id) else { return }
        let parent = t.parent(of: id)
        doc.paragraph((parent.map { lang.label($0) + " · " } ?? "") + lang.label(row), style: Style(.title, [.bold]))
        if let note = row.labelNote ?? parent?.labelNote { doc.paragraph(lang.narrativeMark + note, style: Style(.dim)) }
        if let sdg = row.sdg ?? parent?.sdg { doc.paragraph(lang.strings.lists.sdgIndicator + " \(sdg)", style: Style(.dim)) }
        doc.blank()
        let high = row.values.compactMap { $0 }.max() ?? 1
        for (n, year) in t.years.enumerated() {
            var spans = [Span(TextLayout.fit(String(year), to: 6), Style(.dim))]
            if let v = row.values[n] {
                spans.append(Span(TextLayout.fit(Figures.money(v), to: 6, alignment: .right), Style(.normal, [.bold])))
                spans.append(Span(" "))
                spans += BulletBar.spans(width: max(0, min(30, doc.width - 14)), value: v, target: nil, scale: high, glyphs: glyphs)
            } else if row.noData?.contains(year) == true {
                spans.append(Span(lang.strings.common.noData, Style(.dim)))
            } else {
                // in the figures' column, under their last digit
                spans.append(Span(TextLayout.fit(glyphs.missing, to: 6, alignment: .right), Style(.dim)))
            }
            doc.line(spans)
        }
        doc.blank()
        layout(NodeDocument(blocks: documents.trends()), &doc)
    }
}

extension DetailDocument {
    /// A country's page: who it is, what the report says it ratified, and every passage naming it
    /// with where the passage is.
    func countryPage(_ id: String, _ doc: inout Document) {
        guard let country = report.country(id) else { return }
        doc.paragraph(lang.strings.common.placeHeading(country.zh, country.en), style: Style(.title, [.bold]))
        let region = report.region(country.region)
        doc.paragraph("\(country.id) · \(region.map { lang.strings.common.bothNames($0.name, $0.nameEn) } ?? country.region.rawValue) · "
                      + (country.memberState ? lang.strings.lists.memberState : lang.strings.lists.territory), style: Style(.dim))
        if !country.zhAliases.isEmpty { doc.paragraph(lang.strings.lists.alsoWritten + " " + lang.narrativeMark + country.zhAliases.joined(separator: Strings.zh.common.enumeration), style: Style(.dim)) }
        let ratifications = report.ratifications(of: country)
        if !ratifications.isEmpty {
            doc.heading(lang.strings.lists.ratificationsAttributed)
            for r in ratifications {
                var what = r.instruments.map { instrument -> String in
                    let number = Int(instrument.dropFirst()) ?? 0
                    return instrument.hasPrefix("P") ? lang.strings.lists.protocolName(number) : lang.strings.lists.conventionName(number)
                }
                if let c = r.conventions { what.append(lang.strings.lists.conventionsCount(c)) }
                if let p = r.protocols { what.append(lang.strings.lists.protocolsCount(p)) }
                doc.paragraph(what.joined(separator: lang.strings.common.listSeparator), style: Style(.normal, [.bold]), lead: Span(glyphs.bullet + " ", Style(.accent)))
                doc.paragraph(lang.narrativeMark + r.text, style: Style(.dim), indent: 2)
            }
        }
        let mentions = countries.mentions(of: country.id)
        doc.heading(lang.strings.lists.passagesNaming(lang.name(country), mentions.count))
        if mentions.isEmpty { doc.paragraph(lang.strings.lists.notNamed, style: Style(.dim)) }
        for (n, mention) in mentions.enumerated() {
            doc.blank()
            doc.anchor("passage:\(n)")
            doc.paragraph("\(n + 1). " + sectionTitle(mention.sectionID, mention.sectionTitle) + " › " + mention.place(lang), style: Style(.accent))
            doc.paragraph(lang.narrativeMark + mention.text, indent: 2)
        }
    }
}

extension DetailDocument {
    /// A section's title in the reader's language: chapters and outcomes have English labels.
    func sectionTitle(_ id: String, _ fallback: String) -> String { lang.section(id, fallback, in: report) }
}
