import Foundation
import Testing

/// Every interface string is in the string tables (`Sources/PIRModel/Strings`), one per language:
/// no Chinese literal and no inline Chinese/English pair anywhere else in the sources of the
/// program's modules. What is allowed is listed below, each with why it is not an interface string.
///
/// `PIR_SCAN_ROOT` points the scan at another checkout's root (to see it fail on the code as it was
/// before the strings moved: `git archive <commit> Sources | tar -x -C DIR`).
@Suite struct InterfaceStringTests {
    static var root: URL {
        ProcessInfo.processInfo.environment["PIR_SCAN_ROOT"].map { URL(fileURLWithPath: $0) } ?? Binary.packageRoot
    }

    /// The modules whose words a person reads. PIRText (line-breaking rules) and PIRTestSupport
    /// (the checks themselves) hold Chinese that is not interface text.
    static let modules = ["PIRUI", "PIRCommands", "PIRTerminal", "PIRShare", "PIRModel"]
    /// The string tables themselves.
    static let tables = "Sources/PIRModel/Strings/"

    struct Allowed {
        let file: String
        /// Text the literal (or for a pair, the line's code) contains.
        let contains: String
        let reason: String
        /// The rule it is allowed under.
        var rule = "Chinese literal"
    }

    static let allowed: [Allowed] = [
        Allowed(file: "PIRModel/Labels.swift", contains: "[中文]", reason: "the mark on report text left in Chinese, the same in both tables"),
        Allowed(file: "PIRModel/Labels.swift", contains: "表", reason: "parses a table's name as the dataset spells it (表 9)"),
        Allowed(file: "PIRModel/Labels.swift", contains: "图", reason: "parses a figure's name as the dataset spells it (图 I.8)"),
        Allowed(file: "PIRModel/Labels.swift", contains: "narrativeMark", reason: "the mark itself: `[中文] ` in English, nothing in Chinese (a table value may not be empty)",
                rule: "a literal picked by the language"),
        Allowed(file: "PIRModel/Queries.swift", contains: "", reason: "node codes a reader types (附录二, 专栏 8, 成果目标 3): matched against, never shown"),
        Allowed(file: "PIRModel/IndicatorQuery.swift", contains: "", reason: "the report's names of its five regions (RegionID.chineseName), report vocabulary for labels built without the report at hand"),
        Allowed(file: "PIRModel/SearchEntries.swift", contains: "", reason: "the search index's text: the report's own words beside the English, so either finds the passage; shown as the report's text"),
        Allowed(file: "PIRModel/SearchLocation.swift", contains: "表", reason: "parses a table's name as the dataset spells it"),
        Allowed(file: "PIRModel/Document/NodeDocuments.swift", contains: "表", reason: "parses a table's name as the dataset spells it"),
        Allowed(file: "PIRModel/Document/NodeDocuments.swift", contains: "图 ", reason: "matches a contribution's figure as the dataset spells it"),
        Allowed(file: "PIRUI/Present/DeckEntry.swift", contains: "专栏", reason: "parses `专栏 8` in a deck file"),
        Allowed(file: "PIRUI/Present/DeckBuilder.swift", contains: "图 ", reason: "matches a contribution's figure as the dataset spells it"),
        Allowed(file: "PIRUI/Present/DeckBuilder.swift", contains: "：", reason: "trims the report's own punctuation from a quoted sentence"),
        Allowed(file: "PIRUI/Present/DeckBuilder.swift", contains: "。", reason: "cuts a quoted sentence at the report's full stop"),
        Allowed(file: "PIRUI/Present/DeckExport.swift", contains: "　", reason: "the report's ideographic-space indent of a breakdown row"),
        Allowed(file: "PIRCommands/PIRCommand.swift", contains: "", reason: "--help (English only) quotes the report's Chinese title and what a reader may type (非洲, 专栏 15, 越南, 就业)"),
        Allowed(file: "PIRCommands/OneShotLaunch.swift", contains: "预算", reason: "`预算` is a query word `pir show` matches (the report's word for the budget)"),
        Allowed(file: "PIRCommands/PresentCommand.swift", contains: "中文", reason: "--help names the language switch's other language and the [中文] mark"),
        Allowed(file: "PIRCommands/Benchmark.swift", contains: "就业", reason: "the benchmark's default query, the report's word"),
    ]

    struct Finding: CustomStringConvertible {
        let file: String, line: Int, text: String, rule: String
        var description: String { "\(file):\(line): \(rule): \(text)" }
    }

    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0x3400...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    /// An inline pair in code whose worded literals are blanked to `"…"`: `bi(…)`, a language
    /// called with a literal (`L("…", "…")`, `L.pick("…", …)`), or a literal chosen by the
    /// language (`L == .en ? "…" : "…"`). A literal without a letter (`""`, `" · "`) is no word.
    static let pairs: [(rule: String, pattern: String)] = [
        ("bi()", #"\bbi\("#),
        ("a language called with a literal", #"\b(L|lang|language)(\.pick)?\([^)]*"…""#),
        ("a literal picked by the language", #"(==|!=)\s*\.(en|zh)\s*\?[^:]*("…"|:\s*"…")|isEnglish\s*\?"#),
    ]

    static func scan(root: URL) throws -> [Finding] {
        var out: [Finding] = []
        let fm = FileManager.default
        for module in modules {
            let dir = root.appendingPathComponent("Sources/\(module)")
            guard let walk = fm.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where url.pathExtension == "swift" {
                let rel = String(url.path.dropFirst(root.path.count + 1))
                if rel.hasPrefix(tables) { continue }
                let file = String(rel.dropFirst("Sources/".count))
                let source = SourceLiterals(try String(contentsOf: url, encoding: .utf8))
                for literal in source.literals where hasCJK(literal.text) {
                    out.append(Finding(file: file, line: literal.line, text: literal.text, rule: "Chinese literal"))
                }
                for (n, code) in source.code.enumerated() {
                    for (rule, pattern) in pairs where code.range(of: pattern, options: .regularExpression) != nil {
                        out.append(Finding(file: file, line: n + 1, text: code.trimmingCharacters(in: .whitespaces), rule: rule))
                    }
                }
            }
        }
        return out
    }

    static func isAllowed(_ f: Finding) -> Bool {
        allowed.contains { f.file == $0.file && f.rule == $0.rule && ($0.contains.isEmpty || f.text.contains($0.contains)) }
    }

    @Test func everyInterfaceStringIsInTheTables() throws {
        let findings = try Self.scan(root: Self.root)
        #expect(!findings.isEmpty || Self.root != Binary.packageRoot, "the scan read the sources (it finds at least the allowed literals)")
        for f in findings where !Self.isAllowed(f) {
            Issue.record("\(f) — move it to the string tables (Sources/PIRModel/Strings), or allow it here with its reason")
        }
    }

    @Test func everyAllowanceIsStillUsedAndSaysWhy() throws {
        guard Self.root == Binary.packageRoot else { return }
        let findings = try Self.scan(root: Self.root)
        for a in Self.allowed {
            #expect(a.reason.count > 20, "\(a.file): say why")
            #expect(findings.contains { $0.file == a.file && $0.rule == a.rule && (a.contains.isEmpty || $0.text.contains(a.contains)) }, "\(a.file) \"\(a.contains)\" allows nothing now: remove it")
        }
    }

    /// An error message the command line prints, written as a literal where it is thrown: English
    /// whatever `--lang` says. Errors take their words from the tables' `errors` area
    /// (`language.strings.errors`, `ShareError.message(in:)`), so a literal handed to an error is
    /// flagged in the modules whose errors a person reads as pir's own.
    static let errorModules = ["PIRCommands", "PIRShare"]
    static let errorLiteral = #"\b(Failure\.(badInput|notFound)\(|ValidationError\(|ShareError\(|TerminalError\(description:|CleanExit\.message\()\s*"…""#
    static let allowedErrors: [Allowed] = [
        Allowed(file: "PIRCommands/Manual.swift", contains: "Failure.badInput", reason: "pir manual (hidden, no --lang) writes the English man page; this is its only error, argument-parser's own JSON not decoding, a bug in pir rather than anything a reader did",
                rule: "an English error literal"),
    ]

    static func scanErrors(root: URL) throws -> [Finding] {
        var out: [Finding] = []
        for module in errorModules {
            let dir = root.appendingPathComponent("Sources/\(module)")
            guard let walk = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where url.pathExtension == "swift" {
                let file = String(url.path.dropFirst(root.path.count + 1 + "Sources/".count))
                for (n, code) in SourceLiterals(try String(contentsOf: url, encoding: .utf8)).code.enumerated()
                where code.range(of: errorLiteral, options: .regularExpression) != nil {
                    out.append(Finding(file: file, line: n + 1, text: code.trimmingCharacters(in: .whitespaces), rule: "an English error literal"))
                }
            }
        }
        return out
    }

    @Test func everyErrorMessageIsInTheTables() throws {
        let findings = try Self.scanErrors(root: Self.root)
        for f in findings where !Self.allowedErrors.contains(where: { f.file == $0.file && f.text.contains($0.contains) }) {
            Issue.record("\(f) — put its words in the errors area (Sources/PIRModel/Strings/Strings+Errors+*.swift), or allow it here with its reason")
        }
        guard Self.root == Binary.packageRoot else { return }
        for a in Self.allowedErrors {
            #expect(a.reason.count > 20, "\(a.file): say why")
            #expect(findings.contains { $0.file == a.file && $0.text.contains(a.contains) }, "\(a.file) \"\(a.contains)\" allows nothing now: remove it")
        }
    }

    @Test func theErrorRuleCatchesWhatItNames() {
        func flagged(_ code: String) -> Bool {
            SourceLiterals(code).code.joined(separator: "\n").range(of: Self.errorLiteral, options: .regularExpression) != nil
        }
        #expect(flagged(#"throw Failure.badInput("\(trace): cannot be written")"#))
        #expect(flagged(#"throw ValidationError("--group goes with --share NAME")"#))
        #expect(flagged(#"return .failure(ShareError("cannot make a pipe"))"#))
        #expect(flagged(#"throw TerminalError(description: "no terminal")"#))
        #expect(!flagged(#"throw Failure.badInput(language.strings.errors.traceNotWritable(trace))"#))
        #expect(!flagged(#"throw ShareError(.badName(ShareText.inert(name)))"#))
        #expect(!flagged(#"throw Failure.badInput(error.description)"#))
    }

    @Test func theLexerSeesLiteralsNotComments() {
        let s = SourceLiterals("""
        let a = "中文" // "注释"
        /* "块" */ let b = "x\\(f("内")) y"
        let c = \"\"\"
            多行
            \"\"\"
        """)
        #expect(s.literals.map(\.text).filter { InterfaceStringTests.hasCJK($0) }.count == 3)
        #expect(s.literals.contains { $0.text == "内" && $0.line == 2 })
        #expect(s.literals.contains { $0.text.contains("多行") && $0.line == 3 })
        #expect(!s.literals.contains { $0.text.contains("注释") || $0.text.contains("块") })
        #expect(s.code[0].contains("let a = \"…\"") && !s.code[0].contains("中文"))
        #expect(SourceLiterals(#"f(" · ", "")"#).code[0] == #"f("", "")"#)
    }

    @Test func thePairRulesCatchWhatTheyName() {
        func flagged(_ code: String) -> Bool {
            let blanked = SourceLiterals(code).code.joined(separator: "\n")
            return Self.pairs.contains { blanked.range(of: $0.pattern, options: .regularExpression) != nil }
        }
        #expect(flagged(#"let x = L("中文", "English")"#))
        #expect(flagged(#"let x = L.pick("中文", "English")"#))
        #expect(flagged(#"let x = L.bi(label)"#))
        #expect(flagged(#"let x = lang == .en ? "cases" : "例""#))
        #expect(!flagged(#"let x = L.pick(region.name, region.nameEn)"#))
        #expect(!flagged(#"let x = L == .en ? country.en : country.zh"#))
        #expect(!flagged(#"let x = (L == .en ? base.map { ($0.0, "", 1) } : base) + [more]"#))
    }
}
