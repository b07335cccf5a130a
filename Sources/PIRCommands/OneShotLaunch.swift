#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRText

// `pir show`, `pir search` and `pir export` as plain values, run the same whether swift-argument-
// parser read the command line or `OneShotLaunch` did. The parser finds its options by reflecting
// over the whole command tree (Mirror, protocol conformance look-ups), about 2.5 ms of a 9 ms
// `pir show 3.1.3`; a command line in the plain spelling these commands are typed in needs none of
// it. Anything else — a help flag, `--opt=value`, an option given twice, a value that looks like
// an option, a word the command does not take — goes to the parser, so every error message, help
// text and completion is argument-parser's as before.

/// `pir show CODE…`: what to show and how.
struct ShowLaunch: Equatable {
    var data: String?
    var language: Language?
    var pager = true
    var code: [String] = []

    func run() throws {
        Pager.emit(try page(), allowed: pager)
    }

    /// The sections an outcome's, an output's or an indicator's page never reads: facts, pillars,
    /// SDG targets, ratifications and countries. Skipped, with the other outcomes in outline
    /// (`scope(for:)`), most of `pir show 3.1.3` is decoded in a fraction of the time.
    static var unreadByOutcomePages: Report.SkippedSections { [.facts, .pillars, .sdgTargets, .ratifications, .countries, .countryNameExclusions] }

    /// What `run` prints. A query shaped like an outcome's, output's or indicator's code is resolved
    /// in the bundled report decoded without `unreadByOutcomePages` and in the scope of the outcome
    /// the code names (`scope(for:)`): `Report.resolve` tries the outcomes (by id and code, which
    /// every scope decodes) before anything those sections hold, so what it finds there it finds in
    /// the whole report too, and the page is taken from this report when the scope read what the
    /// page reads: the whole outcome for its page, all but the narrative of the outcome an output
    /// or indicator belongs to for theirs. Anything else (another outcome's node, a
    /// region, box, chapter, country, table 1, the budget, nothing) is looked up in the whole
    /// report, as is everything from `--data`.
    func page() throws -> String {
        let language = try LanguageOptions.resolve(self.language)
        guard !code.isEmpty else { throw Failure.badInput(language.strings.commands.showNeedsCode) }
        let query = code.joined(separator: " ")
        if data == nil, let scope = Self.scope(for: query),
           let report = try? ReportLoader.loadBundled(skipping: Self.unreadByOutcomePages, scope: scope),
           !Self.isTrends(query, in: report), !Self.isBudget(query), let node = report.resolve(query) {
            let read: Bool
            switch node {
            case .outcome(let id): read = scope.reading(of: id) == .whole
            case .output(let code): read = report.output(code).map { scope.reading(of: $0.outcome.id) != .outline } ?? false
            case .indicator(let code): read = report.indicator(code).map { scope.reading(of: $0.outcome.id) != .outline } ?? false
            case .region, .box, .chapter, .country: read = false
            }
            if read { return PlainText(report: keptUntilExit(report), language: language).show(node) }
        }
        let report = try keptUntilExit(GlobalOptions.loadReport(data: data))
        let text = PlainText(report: report, language: language)
        if Self.isTrends(query, in: report) { return text.trends() }
        if Self.isBudget(query) { return text.budgetTotals() }
        guard let node = report.resolve(query) else {
            throw Failure.notFound(language.strings.commands.nothingCalled(query))
        }
        return text.show(node)
    }

    /// For a query shaped like an outcome's code (`3`, `C`, `outcome 3`): that outcome with its
    /// narrative, which its page reads; like an output's or indicator's (`3.1`, `3.1.3`, `C.5.1`):
    /// the outcome of its first part, without narrative; for any other query nil. Only a guess
    /// that spares the other queries a decode they would make twice, since what the query resolves
    /// to decides (`page`).
    static func scope(for query: String) -> Report.Scope? {
        let text = Report.withoutOutcomePrefix(query.trimmingCharacters(in: .whitespaces).lowercased())
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, parts.count <= 4, parts.allSatisfy({ part in
            (part.count == 1 && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
                || (1...3).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
        }) else { return nil }
        return .outcome(String(first), narrative: parts.count == 1)
    }

    /// Whether the query names Table 1 (`trends`, `table 1`, `表 1`).
    static func isTrends(_ query: String, in report: Report) -> Bool {
        [report.trends.table, "trends", "table 1"].contains(query.lowercased()) || query.replacingOccurrences(of: " ", with: "") == report.trends.table.replacingOccurrences(of: " ", with: "")
    }

    static func isBudget(_ query: String) -> Bool { ["budget", "预算"].contains(query.lowercased()) }
}

/// `pir search TERM…`: the terms as typed (a literal mark still on those `CommandLineArguments`
/// marked) and how many hits at most.
struct SearchLaunch: Equatable {
    var data: String?
    var language: Language?
    var pager = true
    var terms: [String] = []
    var limit = 200

    func run() throws {
        Pager.emit(try output(), allowed: pager)
    }
}

/// `pir export`: what to write, how, or one node as Markdown.
struct ExportLaunch: Equatable {
    var data: String?
    var language: Language?
    var pager = true
    var what = ExportSubject.all
    var format = ExportFormat.json
    var node: String?

    /// The sections of the report the export never reads: every one for the tables that come from
    /// the outcomes alone (the bundled report is then decoded without them and without the
    /// outcomes' narrative, which no table reads either); none for anything else.
    var unread: Report.SkippedSections {
        guard data == nil, node == nil else { return [] }
        switch (what, format) {
        case (.all, .json), (.regions, _), (.trends, _), (.countries, _): return []
        case (.all, _), (.indicators, _), (.outcomes, _), (.budget, _): return .all
        }
    }

    /// The report the export reads: without `unread` and the outcomes' narrative (`Report.Scope.tables`) when it can.
    func report() throws -> Report {
        let unread = self.unread
        if unread.isEmpty { return try GlobalOptions.loadReport(data: data) }
        do { return try ReportLoader.loadBundled(skipping: unread, scope: .tables) } catch { throw Failure.badInput(error.description) }
    }

    func run() throws {
        let language = try LanguageOptions.resolve(self.language)
        let report = try keptUntilExit(self.report())
        if let node {
            guard format != .csv else { throw Failure.badInput(language.strings.errors.nodeWritesMarkdown) }
            guard let ref = report.resolve(node), let text = Exporter.markdown(report, node: ref, language: language) else {
                throw Failure.notFound(language.strings.commands.nothingCalledForNode(node))
            }
            Pager.emit(Sanitizer.clean(text), allowed: pager)
            return
        }
        do {
            // Markdown is for reading, so it is drawn inert like the explorer; CSV and JSON are data
            // and keep the dataset's text exactly (the loader has already refused controls in it).
            let text = try Exporter.export(report, what: what, format: format, language: language)
            Pager.emit(format == .markdown ? Sanitizer.clean(text) : text, allowed: pager)
        } catch let error as ExportError {
            throw Failure.badInput(error.description)
        }
    }
}

/// The report a one-shot command loaded, held until the process exits: the command is done with
/// it when it returns, and freeing its tens of thousands of strings and arrays one by one then was
/// about 6 % of the instructions of `pir show 3.1.3`; the exit gives the memory back at once.
/// Only the last is held. Tests run commands on several threads at once, so the swap is locked:
/// two unlocked stores released the same report twice (a crash in ShowPartialDecodeTests).
nonisolated(unsafe) private var keptReport: Report?
private let keptReportLock = Lock()

func keptUntilExit(_ report: Report) -> Report {
    var replaced = Optional(report)
    keptReportLock.withLock { swap(&keptReport, &replaced) }
    return report  // `replaced`, the one held before, is released here, outside the lock
}

/// One of the three, read from a command line in its plain spelling, or nil for the parser.
enum OneShotLaunch: Equatable {
    case show(ShowLaunch)
    case search(SearchLaunch)
    case export(ExportLaunch)

    /// `arguments` as `PIRCommand.run` has them (global options already after the command, search
    /// terms that start with `-` already marked): the command's name first, then words and the
    /// options `--data FILE`, `--lang LANG`, `--no-pager` and the command's own, each at most once,
    /// each value a word that does not start with `-` and that the option accepts.
    init?(plain arguments: [String]) {
        guard let name = arguments.first else { return nil }
        // a list and a slot per option rather than a Set and a Dictionary: their first use in the
        // process instantiates generic metadata, which costs more than this whole scan
        let valued: [String]
        switch name {
        case "show": valued = ["--data", "--lang"]
        case "search": valued = ["--data", "--lang", "--limit"]
        case "export": valued = ["--data", "--lang", "--what", "--format", "--node"]
        default: return nil
        }
        var options = PlainOptions(), pager = true, words: [String] = []
        var i = 1
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            guard argument.hasPrefix("-") else { words.append(argument); continue }
            if argument == "--no-pager", pager { pager = false; continue }
            guard valued.contains(argument), options[argument] == nil, i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
            options[argument] = arguments[i]
            i += 1
        }
        var language: Language?
        if let lang = options["--lang"] {
            guard let chosen = Language(rawValue: lang) else { return nil }
            language = chosen
        }
        let data = options["--data"]
        switch name {
        case "show":
            self = .show(ShowLaunch(data: data, language: language, pager: pager, code: words))
        case "search":
            guard !words.isEmpty else { return nil }
            var limit = 200
            if let given = options["--limit"] {
                guard let number = Int(given) else { return nil }
                limit = number
            }
            self = .search(SearchLaunch(data: data, language: language, pager: pager, terms: words, limit: limit))
        default:
            guard words.isEmpty else { return nil }
            var launch = ExportLaunch(data: data, language: language, pager: pager, node: options["--node"])
            if let what = options["--what"] {
                guard let subject = ExportSubject(rawValue: what) else { return nil }
                launch.what = subject
            }
            if let format = options["--format"] {
                guard let chosen = ExportFormat(rawValue: format) else { return nil }
                launch.format = chosen
            }
            self = .export(launch)
        }
    }

    /// The values of the valued options a plain command line gave, each in its own slot.
    private struct PlainOptions {
        var data, lang, limit, what, format, node: String?

        subscript(option: String) -> String? {
            get {
                switch option {
                case "--data": data
                case "--lang": lang
                case "--limit": limit
                case "--what": what
                case "--format": format
                case "--node": node
                default: nil
                }
            }
            set {
                switch option {
                case "--data": data = newValue
                case "--lang": lang = newValue
                case "--limit": limit = newValue
                case "--what": what = newValue
                case "--format": format = newValue
                case "--node": node = newValue
                default: break
                }
            }
        }
    }

    func run() throws {
        switch self {
        case .show(let launch): try launch.run()
        case .search(let launch): try launch.run()
        case .export(let launch): try launch.run()
        }
    }
}
