import PIRModel
import Testing

/// The string tables: every key has a Chinese value of its own (not the English fallback) and an
/// English value with no Chinese in it, so neither language is silently incomplete.
@Suite struct StringTableTests {
    /// Keys whose words are the same in both languages on purpose.
    static let sameInBoth: Set<String> = []

    /// Templates that leave out an argument in one language: Chinese names a view or a region in
    /// both languages, English in its own.
    static let argumentInOneLanguage: Set<String> = ["explorer.viewTag", "explorer.regionStatus", "slides.regionFigure15",
                                                               "explorer.countrySortStatus", "explorer.sortStatus", "explorer.countryFilterStatus", "explorer.filterStatus", "explorer.regionCopy", "explorer.outcomeBudgetCopy",
                                                               "common.bothNames", "explorer.inOutcomeBudget", "explorer.inOutcomeContributions", "slides.coverSubtitle", "slides.titleCaption",
                                                               "query.resultsIn", "query.resultsInShort"]

    /// The Chinese words the English table may hold: the language switch names the other
    /// language in its own script (`w 中文`), and `[中文]` marks report text left in Chinese.
    static let allowedInEnglish = ["[中文]", "中文"]

    /// Every key of the table as `area.key`, with its value rendered (a function called on sample
    /// arguments). A field of a type the walk does not know fails, so a new kind is not skipped.
    static func entries(_ table: Strings) -> [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        for area in Mirror(reflecting: table).children {
            for field in Mirror(reflecting: area.value).children {
                let key = "\(area.label ?? "?").\(field.label ?? "?")"
                out.append((key: key, value: render(field.value) ?? "<unknown field type \(type(of: field.value))>"))
            }
        }
        return out
    }

    static func render(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case let t as Template: return t.text
        default: return nil
        }
    }

    static func templates(_ table: Strings) -> [String: Template] {
        var out: [String: Template] = [:]
        for area in Mirror(reflecting: table).children {
            for field in Mirror(reflecting: area.value).children {
                if let t = field.value as? Template { out["\(area.label ?? "?").\(field.label ?? "?")"] = t }
            }
        }
        return out
    }

    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test func everyKeyHasBothLanguages() {
        let en = Self.entries(.en), zh = Self.entries(.zh)
        #expect(en.map(\.key) == zh.map(\.key))
        #expect(en.count > 50, "the walk found the keys")
        for ((key, english), (_, chinese)) in zip(en, zh) {
            #expect(!english.isEmpty && !english.hasPrefix("<unknown"), "\(key): \(english)")
            #expect(!chinese.isEmpty, "\(key)")
            if !Self.sameInBoth.contains(key) {
                #expect(english != chinese, "\(key) has no Chinese: the table falls back to \(english)")
            }
        }
    }

    @Test func theEnglishTableHasNoChinese() {
        for (key, english) in Self.entries(.en) {
            var rest = english
            for allowed in Self.allowedInEnglish { rest = rest.replacingOccurrences(of: allowed, with: "") }
            #expect(!Self.hasCJK(rest), "\(key): \(english)")
        }
    }

    @Test func bothLanguagesFillTheSameHoles() {
        let en = Self.templates(.en), zh = Self.templates(.zh)
        #expect(!en.isEmpty)
        for (key, english) in en {
            guard let chinese = zh[key] else { Issue.record("\(key) has no Chinese"); continue }
            #expect(!(english.holes + chinese.holes).isEmpty, "\(key) is a template without a hole")
            if Self.argumentInOneLanguage.contains(key) {
                #expect(Set(english.holes).union(chinese.holes) == Set(1...(english.holes + chinese.holes).max()!), "\(key) skips a hole")
                continue
            }
            #expect(english.holes == chinese.holes, "\(key): \(english) against \(zh[key]?.text ?? "-")")
        }
        #expect(Template("{2} of {1}")("a", "b") == "b of a")
    }

    /// The holes are filled in one pass: an argument's own text is never read as a hole, a hole
    /// without its argument stays as written, and text around the holes (CJK, braces) is kept.
    @Test func aTemplateFillsItsHolesOnce() {
        #expect(Template("{1} and {2}")("{2}", "b") == "{2} and b")
        #expect(Template("成果目标 {1}，共 {2} 项")("3", 12) == "成果目标 3，共 12 项")
        #expect(Template("{1} {3} {x} {} {")("a") == "a {3} {x} {} {")
        #expect(Template("no holes")() == "no holes")
        #expect(Template("{1}{1}")("ab") == "abab")
    }

    @Test func theLanguagePicksItsTable() {
        #expect(Language.en.strings.common.outcome("3") == "Outcome 3")
        #expect(Language.zh.strings.common.outcome("3") == "成果目标 3")
    }
}
