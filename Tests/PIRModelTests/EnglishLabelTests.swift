import PIRModel
import Testing

/// The bundled dataset carries an English label beside every Chinese structural label (issue 8),
/// and says for each whether it is the ILO's own wording or a translation.
@Suite struct EnglishLabelTests {
    let report = try! ReportLoader.loadBundled()

    /// Every structural node of the report with its Chinese label and its English one.
    var nodes: [(what: String, zh: String, en: EnglishLabel?)] {
        var out: [(String, String, EnglishLabel?)] = []
        for c in report.chapters { out.append(("chapter \(c.id)", c.title, c.en)) }
        for b in report.boxes { out.append(("box \(b.number)", b.title, b.en)) }
        for o in report.outcomes {
            out.append(("outcome \(o.id)", o.title, o.en))
            if let t = o.budget {
                out.append(("outcome \(o.id) budget table", t.title, t.en))
                for r in t.rows { out.append(("outcome \(o.id) budget row \(r.source)", r.label, r.en)) }
            }
            if let c = o.contributions { out.append(("outcome \(o.id) contributions", c.title, c.en)) }
            for p in o.outputs {
                out.append(("output \(p.code)", p.title, p.en))
                for i in p.indicators {
                    out.append(("indicator \(i.code)", i.title, i.en))
                    for m in i.measures ?? [] { out.append(("indicator \(i.code) measure \(m.label)", m.label, m.en)) }
                }
            }
        }
        out.append(("Table 1", report.trends.title, report.trends.en))
        for row in report.trends.rows {
            out.append(("trend \(row.id)", row.label, row.en))
            for b in row.breakdowns ?? [] { out.append(("trend \(b.id)", b.label, b.en)) }
        }
        for f in report.facts { out.append(("fact \(f.id)", f.label, f.en)) }
        for p in report.pillars {
            out.append(("pillar \(p.number)", p.title, p.en))
            let items = p.itemsEn ?? []
            for (k, item) in p.items.enumerated() { out.append(("pillar \(p.number) item \(k + 1)", item, k < items.count ? items[k] : nil)) }
        }
        return out
    }

    @Test func everyStructuralNodeHasBothLabels() {
        let all = nodes
        #expect(all.count > 750)  // 24 chapters, 37 boxes, 11 outcomes, 43 outputs, 81 indicators, 473 facts, …
        for node in all {
            #expect(!node.zh.isEmpty, "\(node.what): no Chinese label")
            let en = node.en?.text ?? ""
            #expect(!en.isEmpty, "\(node.what) (\(node.zh)): no English label")
            // an English label is English: no CJK ideograph in it
            #expect(!en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(node.what): \(en)")
        }
        for r in report.regions { #expect(!r.nameEn.isEmpty && !r.name.isEmpty, "region \(r.id)") }
    }

    @Test func officialWordingNamesItsSource() {
        let labelled = nodes.compactMap(\.en)
        let official = labelled.filter(\.official)
        #expect(!official.isEmpty)
        for label in official { #expect(!(label.source ?? "").isEmpty, "official without a source: \(label.text)") }
        // the rest is marked as translation, so a reader knows which is which
        #expect(labelled.filter { !$0.official }.count + official.count == labelled.count)
    }

    @Test func labelsKeepTheirCodesAndNumbers() {
        // the English of a box title keeps the numbers in it; an indicator keeps its SDG reference
        for node in nodes {
            guard let en = node.en?.text else { continue }
            for number in Self.numbers(in: node.zh) where number.count >= 3 {  // conventions, years, SDG codes
                // the ILO writes the end of a span of years short: 2020–21
                let shortYear = number.count == 4 && number.hasPrefix("20") && en.contains("–" + number.suffix(2))
                #expect(en.contains(number) || shortYear, "\(node.what): \(number) of \(node.zh) missing from \(en)")
            }
        }
    }

    /// Runs of ASCII digits and dots, e.g. `2020`, `8.b.1` → `8`, `190`.
    static func numbers(in text: String) -> [String] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
    }
}
