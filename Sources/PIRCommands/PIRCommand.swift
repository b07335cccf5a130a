import ArgumentParser
import Foundation
import PIRModel
import PIRText
import PIRTerminal
import PIRUI
#if canImport(Glibc)
import Glibc
#endif

/// `pir`: the ILO Programme Implementation Report 2020–21 (Chinese edition) in a terminal.
public struct PIRCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pir",
        abstract: "Explore the ILO Programme Implementation Report 2020–21 (国际劳工组织 2020–2021 两年期计划执行报告).",
        discussion: """
        With no command, pir shows the report: the interactive explorer in a terminal, a plain-text \
        overview when output is not a terminal.

        Exit status: 0 ok; 1 not found or a check failed; 2 bad input.
        """,
        subcommands: [Overview.self, Show.self, Search.self, Export.self, Verify.self, Bench.self, Present.self, Follow.self, Relay.self],
        defaultSubcommand: Overview.self
    )
    public init() {}

    /// Runs pir with `arguments`, mapping every failure to a one-line message and its exit status.
    public static func run(arguments: [String]) -> Int32 {
        Trace.markProcessStart()
        do {
            var command = try parseAsRoot(globalOptionsAfterCommand(arguments))
            Trace.argumentsParsed = Trace.now()
            try command.run()
            return 0
        } catch let failure as Failure {
            warn("pir: \(Sanitizer.clean(failure.description))\n")
            return failure.exitStatus
        } catch let exit as ExitCode {
            // a status the command chose (the explorer's, when the terminal went away): nothing to say
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                emit(fullMessage(for: error) + "\n")
                return 0
            }
            // ArgumentParser quotes what was typed (an unknown option, a bad --share name): drawn
            // inert, as everything else pir writes, so an ESC or BEL in an argument never reaches the terminal
            let message = Sanitizer.clean(fullMessage(for: error))
            warn(message.hasSuffix("\n") ? message : message + "\n")
            // Usage errors are bad input too: the documented status is 2, not ArgumentParser's 64.
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}

/// `pir --data FILE show 3` reads naturally, but ArgumentParser gives options before a subcommand
/// to the root; move the global options behind the subcommand name, where every command declares them.
/// `--lang` moves too, to the commands that take it: `pir --lang en present`.
func globalOptionsAfterCommand(_ arguments: [String]) -> [String] {
    let commands = Set(PIRCommand.configuration.subcommands.map { $0._commandName } + ["help"])
    guard let commandIndex = arguments.firstIndex(where: { commands.contains($0) }), commandIndex > 0 else { return arguments }
    var options = ["--data"]
    if [Overview._commandName, Present._commandName, Follow._commandName].contains(arguments[commandIndex]) { options.append("--lang") }
    var moved: [String] = []
    var kept: [String] = []
    var i = 0
    while i < commandIndex {
        let argument = arguments[i]
        if options.contains(argument), i + 1 < commandIndex {
            moved += [argument, arguments[i + 1]]
            i += 2
            continue
        }
        if options.contains(where: { argument.hasPrefix($0 + "=") }) { moved.append(argument) } else { kept.append(argument) }
        i += 1
    }
    return kept + [arguments[commandIndex]] + moved + arguments[(commandIndex + 1)...]
}

struct Overview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "The interactive explorer in a terminal; a plain-text overview otherwise (the default command)."
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Colour theme: dark, light, mono or projector. NO_COLOR means mono.", valueName: "NAME"))
    var theme: String = "dark"
    @Flag(help: "Draw with ASCII only (for terminals that show box lines double width).")
    var ascii = false
    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse, so the terminal can select text.")
    var noMouse = false
    @Flag(help: "Print the plain-text overview even in a terminal.")
    var plain = false
    @Option(help: ArgumentHelp("The first view: \(Screen.switcherOrder.map(\.rawValue).joined(separator: ", ")).", valueName: "VIEW"))
    var view: String = "overview"
    @Option(help: ArgumentHelp(languageHelp, valueName: "LANG"))
    var lang: String = "zh"
    @Option(help: ArgumentHelp("Write timings of start-up and of every frame to FILE (see benchmarks/run).", valueName: "FILE"))
    var trace: String?

    func validate() throws {
        guard Screen(rawValue: view) != nil else {
            throw ValidationError("unknown view \"\(view)\"; choose one of \(Screen.switcherOrder.map(\.rawValue).joined(separator: ", "))")
        }
        guard Theme.names.contains(theme) else {
            throw ValidationError("unknown theme \"\(theme)\"; choose one of \(Theme.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let language = try parseLanguage(lang)
        var tracer: Trace?
        if let trace {
            guard let opened = Trace(path: trace) else { throw Failure.badInput("\(trace): cannot be written") }
            tracer = opened
        }
        let report = try global.loadReport()
        tracer?.event("loaded")
        guard !plain, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            emit(PlainText(report: report).overview())
            return
        }
        var options = ExplorerSession.Options()
        options.theme = theme
        options.ascii = ascii
        options.mouse = !noMouse
        options.start = Screen(rawValue: view) ?? .overview
        options.language = language
        options.trace = tracer
        do {
            let status = try ExplorerSession.run(report: report, options: options)
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalError {
            throw Failure.badInput(error.description)
        }
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one part of the report as plain text.",
        discussion: """
        CODE is an outcome (3, A), an output (3.1), an indicator (3.1.2), a region (africa, 非洲, Africa), \
        a box (box 15, 专栏 15), a chapter id (part1-budget), a country (越南, VNM, "Viet Nam") \
        or Table 1 (trends, 表 1).
        """
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "What to show.") var code: [String]

    func run() throws {
        let report = try global.loadReport()
        let query = code.joined(separator: " ")
        if [report.trends.table, "trends", "table 1"].contains(query.lowercased()) || query.replacingOccurrences(of: " ", with: "") == report.trends.table.replacingOccurrences(of: " ", with: "") {
            emit(PlainText(report: report).trends()); return
        }
        guard let node = report.resolve(query) else {
            throw Failure.notFound("nothing in the report is called \"\(query)\" (try 3, 3.1, 3.1.2, africa, box 15)")
        }
        emit(PlainText(report: report).show(node))
    }
}

extension ExportSubject: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the data as CSV, JSON or Markdown.",
        discussion: """
        --what all --format json writes the whole dataset in the bundled file's schema; it loads again with --data.
        The indicators CSV has the header
        outcome,output,indicator,unit,target,total,africa,americas,arab_states,asia_pacific,europe_central_asia,title
        """
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "all, indicators, outcomes, regions, budget, trends or countries.") var what: ExportSubject = .all
    @Option(help: "csv, json or markdown.") var format: ExportFormat = .json

    func run() throws {
        let report = try global.loadReport()
        do {
            // Markdown is for reading, so it is drawn inert like the explorer; CSV and JSON are data
            // and keep the dataset's text exactly (the loader has already refused controls in it).
            let text = try Exporter.export(report, what: what, format: format)
            emit(format == .markdown ? Sanitizer.clean(text) : text)
        } catch let error as ExportError {
            throw Failure.badInput(error.description)
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every invariant of the dataset and list them with ✓/✗."
    )
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let report = try global.loadReport(checkInvariants: false)
        let results = Invariants.check(report)
        var lines: [String] = []
        for result in results {
            lines.append("\(result.passed ? "✓" : "✗") \(result.name) (\(result.checked) checked)")
            for failure in result.failures {
                lines.append("    \(failure.path): \(Sanitizer.clean(failure.message))")
            }
        }
        let failed = results.filter { !$0.passed }.count
        lines.append(failed == 0 ? "all \(results.count) invariants hold" : "\(failed) of \(results.count) invariants failed")
        emit(lines.joined(separator: "\n") + "\n")
        if failed > 0 { throw Failure.notFound("verify failed") }
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find text anywhere in the report (Chinese substrings, codes, English region names).",
        discussion: "Prints each hit with where it is and the match marked «like this». Exit 1 when nothing matches."
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "What to look for (taken literally).") var terms: [String]
    @Option(help: "At most this many hits.") var limit = 200

    func run() throws {
        let report = try global.loadReport()
        let query = terms.joined(separator: " ")
        let hits = SearchIndex(report: report).search(query, limit: limit)
        guard !hits.isEmpty else { throw Failure.notFound("no match for \"\(query)\"") }
        var lines: [String] = []
        for hit in hits {
            // about 30 characters before and 40 after, cut where no number or Latin word is split
            let all = Array(hit.text[..<hit.range.lowerBound]), match = Array(hit.text[hit.range])
            let following = Array(hit.text[hit.range.upperBound...])
            let start = all.count > 30 ? TextLayout.excerptStart(all + match, cut: all.count - 30, limit: all.count) : 0
            let end = following.count > 40 ? TextLayout.excerptEnd(match + following, cut: match.count + 40, limit: match.count) - match.count : following.count
            let context = (start > 0 ? "…" : "") + String(all[start...]) + "«" + String(match) + "»" + String(following[..<end])
                + (end < following.count ? "…" : "")
            lines.append(Sanitizer.clean("\(hit.sectionTitle) (\(Self.place(of: hit))): \(context)"))
        }
        lines.append("\(hits.count) hit\(hits.count == 1 ? "" : "s")")
        emit(lines.joined(separator: "\n") + "\n")
    }

    /// Where a hit is: the code a reader can pass to `pir show` when the hit is a label of one,
    /// else the JSON path of the passage.
    static func place(of hit: SearchHit) -> String {
        let place: String
        switch hit.node {
        case .indicator(let code)?: place = "指标 indicator \(code)"
        case .output(let code)?: place = "产出 output \(code)"
        case .box(let n)?: place = "专栏 box \(n)"
        case .outcome(let id)? where hit.path.hasPrefix("outcomes["): place = "成果目标 outcome \(id) · \(hit.path)"
        default: place = hit.path
        }
        // text inside a box: the box first, as the countries' passages name it
        guard let n = hit.box else { return place }
        return "专栏 \(n) box \(n) · " + place
    }
}
