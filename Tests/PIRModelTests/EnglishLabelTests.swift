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

    /// The results framework: every outcome, output and indicator, with its English label.
    var framework: [(what: String, en: EnglishLabel?)] {
        var out: [(String, EnglishLabel?)] = []
        for o in report.outcomes {
            out.append(("outcome \(o.id)", o.en))
            for p in o.outputs {
                out.append(("output \(p.code)", p.en))
                for i in p.indicators { out.append(("\(o.kind == .policy ? "policy" : "enabling") indicator \(i.code)", i.en)) }
            }
        }
        return out
    }

    @Test func officialFrameworkLabelsAreTheILOsWording() {
        // typed from the source: the contents of the ILO's Output indicators: Technical notes (March 2021)
        let outcome = { (id: String) in report.outcomes.first { $0.id == id }?.en }
        #expect(outcome("1")?.text == "Strong tripartite constituents and influential and inclusive social dialogue")
        #expect(outcome("2")?.text == "International labour standards and authoritative and effective supervision")
        #expect(outcome("1")?.official == true && outcome("2")?.official == true)
        let framework = self.framework
        #expect(framework.count == 11 + 43 + 81)
        for node in framework {
            guard let en = node.en, en.official else { continue }
            // an official outcome, output or indicator says where it was read: a citation with its address
            let source = en.source ?? ""
            #expect(source.contains("https://") || source.contains("http://"), "\(node.what): official without the address of its source: \(en.text)")
            // the stored Technical notes (for 2022–23) show outcomes 1–2 and outputs 1.1–1.4 only, and reword outputs
            // 1.3 ("and resilience") and 1.4 ("Increased capacity of Member States to improve …") from 2020–21:
            // a label citing them is one whose 2020–21 wording they show
            if source.contains("Technical notes") {
                #expect(["outcome 1", "outcome 2", "output 1.1", "output 1.2"].contains(node.what),
                        "\(node.what) cites the Technical notes, which do not show its 2020–21 wording")
            }
        }
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
