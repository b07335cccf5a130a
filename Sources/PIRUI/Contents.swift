import PIRModel
import PIRText

/// The report's table of contents — front matter, Part I, Part II, the outcomes, the regions,
/// Part III, Appendix I and every box (专栏) — so every part of the report is a few keys away.
public enum ContentsEntry: Equatable, Sendable {
    case part(String)
    case chapter(String)
    case outcome(String)
    case region(RegionID)
    case box(Int)
    /// An indicator (enabling outcomes list; the indicators table).
    case indicator(String)
    /// An outcome's strategic budget and expenditure (budget view).
    case budget(String)
    /// Part I's budget figures and the sum of the outcome tables.
    case budgetTotals
    /// All five regions side by side.
    case comparison
    /// A row of Table 1, or one of its breakdowns.
    case trend(String)
    /// A country's page (countries view).
    case country(String)

    public var isSelectable: Bool {
        if case .part = self { return false }
        return true
    }
}

public enum Contents {
    public static func entries(_ report: Report) -> [ContentsEntry] {
        var out: [ContentsEntry] = []
        let boxes = report.boxes
        func withBoxes(_ entry: ContentsEntry, section: String) {
            out.append(entry)
            for box in boxes where box.sectionID == section { out.append(.box(box.number)) }
        }
        let parts: [(Chapter.Part, String)] = [(.front, Strings.zh.lists.preface), (.I, Strings.zh.lists.partI), (.II, Strings.zh.lists.partII)]
        for (part, label) in parts {
            out.append(.part(label))
            for chapter in report.chapters where chapter.part == part { withBoxes(.chapter(chapter.id), section: chapter.id) }
            if part == .II {
                for region in report.regions { out.append(.region(region.id)) }
                for outcome in report.outcomes { withBoxes(.outcome(outcome.id), section: "outcome-\(outcome.id)") }
            }
        }
        out.append(.part(Strings.zh.lists.partIII))
        for chapter in report.chapters where chapter.part == .III { withBoxes(.chapter(chapter.id), section: chapter.id) }
        out.append(.part(Strings.zh.lists.appendix))
        for chapter in report.chapters where chapter.part == .appendix { withBoxes(.chapter(chapter.id), section: chapter.id) }
        return out
    }

    /// The entry's label; an indicator's in `width` cells where one is given (`ListTitle`).
    public static func label(_ entry: ContentsEntry, _ report: Report, _ L: Language = .zh, width: Int? = nil) -> String {
        switch entry {
        case .part(let label): return partLabel(label, report, L)
        case .chapter(let id):
            guard let chapter = report.chapter(id) else { return id }
            // the appendices by their numbers, as the report heads them (附录二 …)
            return (report.appendixName(chapter, english: L == .en).map { $0 + " " } ?? "") + L.title(chapter)
        case .outcome(let id): return L.outcome(id) + L.colon + (report.outcome(id).map { L.title($0) } ?? "")
        case .region(let id): return L.strings.lists.regionEntry(report.region(id).map { L.name($0) } ?? id.rawValue)
        case .box(let n): return "\(L.box(n)). " + (report.box(n).map { L.title($0) } ?? "")
        case .indicator(let code):
            let title = report.indicator(code).map { i in width.map { L.title(i.indicator, width: $0 - code.cellWidth - 1) } ?? L.title(i.indicator) }
            return "\(code) " + (title ?? "")
        case .budget(let id): return L.strings.lists.outcomeBudget(id, L.table(report.outcome(id)?.budget?.table ?? ""))
        case .budgetTotals: return L.strings.lists.partITotals
        case .comparison: return L.strings.lists.regionsCompared
        case .trend(let id):
            // a breakdown says whose it is: 就业人口比率 · 男性, not 男性 alone
            guard let row = report.trends.row(id) else { return id }
            return (report.trends.parent(of: id).map { L.label($0) + " · " } ?? "") + L.label(row)
        case .country(let id): return report.country(id).map { L.strings.common.bothNames($0.zh, $0.en) } ?? id
        }
    }

    /// Headings inside lists: the fixed ones, and section titles (the boxes view groups by them).
    static func partLabel(_ label: String, _ report: Report, _ L: Language) -> String {
        guard L == .en else { return label }
        // the lists' headings are kept by their Chinese words (`.part("第一部分")`)
        let zh = Strings.zh.lists, en = L.strings.lists
        let fixed = [zh.preface: en.preface, zh.partI: en.partI, zh.partII: en.partII, zh.partIII: en.partIII, zh.appendix: en.appendix,
                     zh.partIIILessons: en.partIIILessons, zh.regionsFigure15: en.regionsFigure15, zh.byOutcomeMillions: en.byOutcomeMillions,
                     zh.compared: en.compared, zh.totals: en.totals]
        if let english = fixed[label] { return english }
        if let chapter = report.chapters.first(where: { $0.title == label }) { return L.title(chapter) }
        if let outcome = report.outcomes.first(where: { $0.title == label }) { return L.title(outcome) }
        if let region = report.regions.first(where: { label.hasPrefix($0.name) }) { return region.nameEn }
        if label.hasPrefix(report.trends.table) { return "\(L.table(report.trends.table)). " + L.label(report.trends.title, report.trends.en) }
        return L.narrativeMark + label
    }

    public static func index(of entry: ContentsEntry, in entries: [ContentsEntry]) -> Int? {
        entries.firstIndex(of: entry)
    }
}

extension DetailDocument {
    /// The text of a contents entry.
    public func build(_ entry: ContentsEntry, width: Int) -> Document {
        var doc = Document(width: width)
        switch entry {
        case .part(let label):
            doc.paragraph(label, style: Style(.title, [.bold]))
        case .chapter(let id):
            if let chapter = report.chapter(id) { layout(documents.chapter(chapter), &doc) }
        case .outcome(let id):
            if let outcome = report.outcome(id) { return build(.outcome(outcome), width: width) }
        case .region(let id):
            if let region = report.region(id) { layout(documents.region(region), &doc) }
        case .box(let n):
            guard let box = report.box(n) else { break }
            var node = documents.box(box)
            // where the box is, and what Enter does here
            if case .paragraph(let place, let tone) = node.blocks[safe: 1] {
                node.blocks[1] = .paragraph(place + Inline(lang.strings.lists.enterGoesToChapter), tone: tone)
            }
            layout(node, &doc)
        case .indicator(let code):
            guard let (o, p, i) = report.indicator(code) else { break }
            indicator(i, output: p, outcome: o, &doc)
        case .budget(let id):
            guard let o = report.outcome(id) else { break }
            layout(documents.budgetPage(o), &doc)
        case .budgetTotals: layout(documents.budgetTotals(), &doc)
        case .comparison: comparison(&doc)
        case .trend(let id): trend(id, &doc)
        case .country(let id): countryPage(id, &doc)
        }
        return doc
    }
}
