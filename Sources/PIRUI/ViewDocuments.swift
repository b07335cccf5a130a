import PIRModel
import PIRText

/// The texts of the regions, budget and trends views. Every figure is read from the model; bars
/// always have their number beside them.
extension DetailDocument {
    /// A region's own page: its share, its results per outcome and per indicator (Appendix II),
    /// then its narrative, ratifications and knowledge products.
    func regionPage(_ r: Region, _ doc: inout Document) {
        doc.paragraph("\(r.name)  \(r.nameEn)", style: Style(.title, [.bold]))
        doc.line(Span(lang("成果 ", "results "), Style(.dim)), Span("\(r.results)", Style(.normal, [.bold])),
                 Span(lang(" 项 · 占全部成果的 \(num(r.sharePercent))% (图 15)", " · \(num(r.sharePercent))% of all results (figure 15)"), Style(.dim)))
        let policy = report.outcomes.filter(\.isPolicy)
        let perOutcome = policy.map { o in (o, o.indicators.filter { ($0.unit ?? .count) == .count }.compactMap { $0.results?[r.id] }.reduce(0, +)) }
        let scale = max(1, perOutcome.map(\.1).max() ?? 1)
        let nameWidth = min(28, max(10, doc.width / 3))
        let barWidth = max(0, min(30, doc.width - nameWidth - 10))
        doc.heading(lang("按成果目标 By outcome (附录二，计数指标 count indicators)", "By outcome (Appendix II, count indicators)"))
        for (o, value) in perOutcome {
            var spans = [Span(TextLayout.fit("\(o.id) " + lang.title(o), to: nameWidth, ellipsis: glyphs.ellipsis)),
                         Span(TextLayout.fit(num(value), to: 5, alignment: .right), Style(.normal, [.bold])), Span(" ")]
            if barWidth > 2 { spans += BulletBar.spans(width: barWidth, value: value, target: nil, scale: scale, glyphs: glyphs) }
            doc.line(spans)
        }
        doc.heading(lang("按指标 By indicator (附录二)", "By indicator (Appendix II)"))
        for (_, _, i) in report.policyIndicators {
            guard let value = i.results?[r.id] else { continue }
            let share = (i.total ?? 0) > 0 && i.unit != .percent ? " (\((value / i.total!).wholePercent.map(String.init) ?? "–")%)" : ""
            doc.line(Span(TextLayout.fit(i.code, to: 7), Style(.code)),
                     Span(TextLayout.fit(indicatorFigure(value, i.unit), to: 6, alignment: .right), Style(.normal, [.bold])),
                     Span(TextLayout.fit(share, to: 7, alignment: .right), Style(.dim)),
                     Span(" " + TextLayout.fit(lang.title(i, width: max(4, doc.width - 21)), to: max(4, doc.width - 21), ellipsis: glyphs.ellipsis)))
        }
        doc.heading(lang.bi("批准 Ratifications"))
        doc.paragraph(lang.narrativeMark + r.ratifications.text)
        regionCountries(r, &doc)
        if !r.blocks.isEmpty { doc.heading(lang.bi("进展 Progress")) }
        blocks(r.blocks, &doc)
        if !r.knowledgeProducts.isEmpty {
            doc.heading(lang("知识产品 Knowledge products (专栏 5)", "Knowledge products (box 5)"))
            for k in r.knowledgeProducts { doc.paragraph(lang.narrativeMark + k, lead: Span(glyphs.bullet + " ", Style(.accent))) }
        }
        notes([], r.links, [], &doc)
    }

    /// All five regions side by side: a matrix of results per outcome, shaded by each row's
    /// largest value (the shade only repeats what the number says).
    func comparison(_ doc: inout Document) {
        doc.paragraph(lang.bi("五个区域比较 The five regions compared"), style: Style(.title, [.bold]))
        doc.paragraph(lang("成果数 (附录二计数指标之和)；底纹按每行最大值 · shading relative to each row's largest", "Results (sum of Appendix II count indicators); shading relative to each row's largest"), style: Style(.dim))
        let regions = report.regions
        // a column as wide as the longest region name and a gap where there is room, so names are
        // not cut to 阿拉伯… while the pane has cells to spare; the labels get the rest
        let names = regions.map { (lang == .en ? $0.id.shortEnglish : $0.name).cellWidth }.max() ?? 7
        let cell = doc.width - (names + 2) * (regions.count + 1) >= 24 ? max(9, names + 2) : 9
        let label = max(8, doc.width - cell * (regions.count + 1))
        func header() {
            var spans = [Span(TextLayout.fit("", to: label))]
            for r in regions { spans.append(Span(TextLayout.fit(lang == .en ? r.id.shortEnglish : r.name, to: cell - 2, alignment: .right, ellipsis: glyphs.ellipsis) + "  ", Style(.heading, [.bold]))) }
            spans.append(Span(TextLayout.fit(lang("合计", "Total"), to: cell, alignment: .right), Style(.heading, [.bold])))
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
        row(lang("成果 (图 15)", "Results (fig. 15)"), regions.map { Double($0.results) }, total: Double(regions.map(\.results).reduce(0, +)), style: Style(.normal, [.bold]))
        row(lang.bi("占比 % share"), regions.map(\.sharePercent), total: nil, unit: .percent)
        row(lang.bi("批准国 ratifying States"), regions.map { Double($0.ratifications.memberStates) }, total: nil)
        row(lang.bi("批准书 ratifications"), regions.map { Double($0.ratifications.instruments) }, total: nil)
        doc.heading(lang.bi("按成果目标 By outcome"))
        header()
        for o in report.outcomes where o.isPolicy {
            let counted = o.indicators.filter { ($0.unit ?? .count) == .count }
            let values = regions.map { r in counted.compactMap { $0.results?[r.id] }.reduce(0, +) }
            row("\(o.id) " + lang.title(o), values, total: values.reduce(0, +))
        }
        doc.heading(lang.bi("按指标 By indicator"))
        header()
        for (_, _, i) in report.policyIndicators {
            row(i.code + " " + lang.title(i, width: label - i.code.cellWidth - 1), regions.map { i.results?[$0.id] }, total: i.total, unit: i.unit)
        }
    }

    /// An outcome's budget table with bars, the statement, and its Appendix I shares.
    func budgetPage(_ o: Outcome, _ doc: inout Document) {
        doc.paragraph("\(lang.outcome(o.id))\(lang.colon)\(lang.title(o))", style: Style(.title, [.bold]))
        guard let budget = o.budget else { return }
        budgetTable(budget, &doc)
        doc.heading(lang("战略预算与支出 Strategic budget vs expenditure (百万美元)", "Strategic budget vs expenditure (US$ millions)"))
        let scale = max(budget.total.strategic, budget.total.actual, 1)
        let barWidth = max(0, min(40, doc.width - 26))
        let rows: [(String, Double?, String?, Double?)] = budget.rows.map { (lang.label($0), $0.actual, $0.actualText, $0.strategic) }
            + [(lang("合计", "Total"), budget.total.actual, nil, budget.total.strategic)]
        // the labels get the width the bars leave (down to 14), not a fixed 14
        let labelWidth = max(14, min(rows.map(\.0.cellWidth).max() ?? 14, doc.width - 8 - max(0, min(40, doc.width - 26)) - 1))
        for (label, actual, actualText, strategic) in rows {
            var spans = [Span(TextLayout.fit(label, to: labelWidth, ellipsis: glyphs.ellipsis)),
                         Span(TextLayout.fit(Exporter.money(actual) ?? actualText.map(lang.cell) ?? "", to: 7, alignment: .right), Style(.normal, [.bold])), Span(" ")]
            if barWidth > 2 { spans += BulletBar.spans(width: barWidth, value: actual ?? 0, target: strategic, scale: scale, glyphs: glyphs) }
            doc.line(spans)
        }
        doc.paragraph(lang("条 = 支出，标记 \(glyphs.targetMarker) = 战略预算 · bar = expenditure, marker = strategic budget", "bar = expenditure, \(glyphs.targetMarker) = strategic budget"), style: Style(.dim))
        if let c = o.contributions {
            doc.heading("\(lang.caption(c.figure)). \(lang.label(c.title, c.en))")
            let nameWidth = min(24, c.shares.map(\.unit.cellWidth).max() ?? 10)
            let high = c.shares.map(\.percent).max() ?? 1
            for share in c.shares {
                doc.line([Span(TextLayout.fit(share.unit, to: nameWidth, ellipsis: glyphs.ellipsis)),
                          Span(" " + TextLayout.fit(num(share.percent) + "%", to: 4, alignment: .right), Style(.normal, [.bold])), Span(" ")]
                         + BulletBar.spans(width: max(0, min(24, doc.width - nameWidth - 7)), value: share.percent, target: nil, scale: high, glyphs: glyphs))
            }
        }
    }

    /// Part I's budget figures with their sentences, and the outcome tables summed by source.
    func budgetTotals(_ doc: inout Document) {
        doc.paragraph(lang.bi("预算总数 Budget totals"), style: Style(.title, [.bold]))
        let facts = report.facts.filter { $0.section == "part1-budget" }
        if !facts.isEmpty {
            doc.heading(lang("第一部分 预算和支出重点 (Part I)", "Part I: budget and expenditure highlights"))
            // the labels take what the figures leave, up to the longest: a column for the short
            // figures (aligned); a long figure (`over US$6.5 million`) takes its room from its own
            // label only, and a long label from its own figure's column, so a label is cut only
            // where its line has no room for it
            let need = facts.map { lang.label($0).cellWidth }.max() ?? 0
            let figures = facts.map { lang.figure($0).cellWidth }.max() ?? 0
            let column = Splitter.sizes(doc.width, [.max(need), .fixed(1 + min(12, figures))])[0]
            for f in facts {
                // a label longer than the column still shows whole where its line has the room
                let label = min(max(column, lang.label(f).cellWidth), doc.width - 1 - lang.figure(f).cellWidth)
                doc.line(Span(TextLayout.fit(lang.label(f), to: Swift.max(8, label), ellipsis: glyphs.ellipsis)),
                         Span(" " + lang.figure(f), Style(.normal, [.bold])))
            }
        }
        let tables = report.outcomes.compactMap { o in o.budget.map { (o, $0) } }
        guard !tables.isEmpty else { return }
        doc.heading(lang("表 2–\(tables.count + 1) 合计 Sum of the outcome tables (百万美元)", "Tables 2–\(tables.count + 1) summed (US$ millions)"))
        doc.line(Span(TextLayout.fit(lang("资金来源", "source"), to: 16), Style(.dim)), Span(TextLayout.fit(lang("战略预算", "strategic"), to: 10, alignment: .right), Style(.dim)),
                 Span(TextLayout.fit(lang("实际支出", "actual"), to: 10, alignment: .right), Style(.dim)))
        for source in FundingSource.allCases {
            let rows = tables.compactMap { $0.1.rows.first { $0.source == source } }
            guard let label = rows.first.map({ lang.label($0) }) else { continue }
            let strategic = rows.compactMap(\.strategic).reduce(0, +)
            let actual = rows.compactMap(\.actual).reduce(0, +)
            doc.line(Span(TextLayout.fit(label, to: 16)), Span(TextLayout.fit(String(format: "%.1f", strategic), to: 10, alignment: .right)),
                     Span(TextLayout.fit(String(format: "%.1f", actual), to: 10, alignment: .right), Style(.normal, [.bold])))
        }
        let strategic = tables.map(\.1.total.strategic).reduce(0, +), actual = tables.map(\.1.total.actual).reduce(0, +)
        doc.line(Span(TextLayout.fit(lang("合计", "Total"), to: 16), Style(.normal, [.bold])), Span(TextLayout.fit(String(format: "%.1f", strategic), to: 10, alignment: .right)),
                 Span(TextLayout.fit(String(format: "%.1f", actual), to: 10, alignment: .right), Style(.normal, [.bold])))
        doc.paragraph(lang("“未设定”的战略预算不计入合计 · cells the report leaves as text are not summed", "cells the report leaves as text (not set, n/a) are not summed"), style: Style(.dim))
        for f in facts {
            doc.blank()
            doc.paragraph(lang.narrativeMark + f.text, style: Style(.dim))
        }
    }

    /// One row of Table 1 with its breakdowns, then the whole table.
    func trend(_ id: String, _ doc: inout Document) {
        let t = report.trends
        guard let row = t.row(id) else { return }
        let parent = t.parent(of: id)
        doc.paragraph((parent.map { lang.label($0) + " · " } ?? "") + lang.label(row), style: Style(.title, [.bold]))
        if let note = row.labelNote ?? parent?.labelNote { doc.paragraph(note, style: Style(.dim)) }
        if let sdg = row.sdg ?? parent?.sdg { doc.paragraph(lang.bi("可持续发展目标指标 SDG indicator") + " \(sdg)", style: Style(.dim)) }
        doc.blank()
        let high = row.values.compactMap { $0 }.max() ?? 1
        for (n, year) in t.years.enumerated() {
            var spans = [Span(TextLayout.fit(String(year), to: 6), Style(.dim))]
            if let v = row.values[n] {
                spans.append(Span(TextLayout.fit(String(format: "%.1f", v), to: 6, alignment: .right), Style(.normal, [.bold])))
                spans.append(Span(" "))
                spans += BulletBar.spans(width: max(0, min(30, doc.width - 14)), value: v, target: nil, scale: high, glyphs: glyphs)
            } else if row.noData?.contains(year) == true {
                spans.append(Span(lang("暂无数据", "no data"), Style(.dim)))
            } else {
                // in the figures' column, under their last digit
                spans.append(Span(TextLayout.fit(glyphs.missing, to: 6, alignment: .right), Style(.dim)))
            }
            doc.line(spans)
        }
        doc.blank()
        trends(&doc)
    }
}

extension DetailDocument {
    /// A country's page: who it is, what the report says it ratified, and every passage naming it
    /// with where the passage is.
    func countryPage(_ id: String, _ doc: inout Document) {
        guard let country = report.country(id) else { return }
        doc.paragraph(lang("\(country.zh)  \(country.en)", "\(country.en)  \(country.zh)"), style: Style(.title, [.bold]))
        let region = report.region(country.region)
        doc.paragraph("\(country.id) · \(region.map { lang("\($0.name) \($0.nameEn)", $0.nameEn) } ?? country.region.rawValue) · "
                      + lang.bi(country.memberState ? "成员国 member State" : "领地 territory"), style: Style(.dim))
        if !country.zhAliases.isEmpty { doc.paragraph(lang.bi("又作 also written") + " " + country.zhAliases.joined(separator: "、"), style: Style(.dim)) }
        let ratifications = report.ratifications(of: country)
        if !ratifications.isEmpty {
            doc.heading(lang.bi("批准 Ratifications the report attributes"))
            for r in ratifications {
                var what = r.instruments.map { instrument -> String in
                    let number = Int(instrument.dropFirst()) ?? 0
                    return instrument.hasPrefix("P") ? lang("P.\(number) 议定书", "Protocol P.\(number)") : lang("C.\(number) 第 \(number) 号公约", "Convention C.\(number)")
                }
                if let c = r.conventions { what.append(lang.bi("\(c) 项公约 conventions")) }
                if let p = r.protocols { what.append(lang.bi("\(p) 项议定书 protocols")) }
                doc.paragraph(what.joined(separator: "、"), style: Style(.normal, [.bold]), lead: Span(glyphs.bullet + " ", Style(.accent)))
                doc.paragraph(lang.narrativeMark + r.text, style: Style(.dim), indent: 2)
            }
        }
        let mentions = countries.mentions(of: country.id)
        doc.heading(lang("提及 Passages naming \(country.en) · \(mentions.count)", "Passages naming \(country.en) · \(mentions.count)"))
        if mentions.isEmpty { doc.paragraph(lang.bi("本报告没有提及 the report does not name this country"), style: Style(.dim)) }
        for (n, mention) in mentions.enumerated() {
            doc.blank()
            doc.anchor("passage:\(n)")
            doc.paragraph("\(n + 1). " + sectionTitle(mention.sectionID, mention.sectionTitle) + " › " + (lang == .en && mention.box != nil && mention.place.hasPrefix("专栏") ? lang.box(mention.box!) : lang.bi(mention.place)), style: Style(.accent))
            doc.paragraph(lang.narrativeMark + mention.text, indent: 2)
        }
    }

    /// The countries of a region that the report names, with how many passages name each.
    func regionCountries(_ r: Region, _ doc: inout Document) {
        let named = countries.named.filter { $0.region == r.id }
            .sorted { countries.mentions(of: $0.id).count > countries.mentions(of: $1.id).count }
        guard !named.isEmpty else { return }
        doc.heading(lang.bi("本报告提及的国家 Countries named") + " · \(named.count)")
        doc.paragraph(named.map { "\(lang.name($0)) \(countries.mentions(of: $0.id).count)" }.joined(separator: lang("、", ", ")))
    }
}

extension DetailDocument {
    /// A section's title in the reader's language: chapters and outcomes have English labels.
    func sectionTitle(_ id: String, _ fallback: String) -> String { lang.section(id, fallback, in: report) }
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
