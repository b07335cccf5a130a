import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRText
import PIRTerminal
import PIRUI
#if canImport(Glibc)
import Glibc
#endif

/// `pir`: the ILO Programme Implementation Report 2020–21 (Chinese edition) in a terminal.
/// With no command it runs the explorer, so it takes the explorer's options itself.
public struct PIRCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pir",
        abstract: "Explore the ILO Programme Implementation Report 2020–21 (国际劳工组织 2020–2021 两年期计划执行报告).",
        usage: """
        pir [<explorer options>]
          pir <subcommand> [<options>] [<arguments>]
        """,
        discussion: """
        With no command, pir shows the report: the interactive explorer in a terminal, a plain-text \
        overview when output is not a terminal. --data, --lang and --no-pager may also stand before \
        a command: pir --lang en show 3.

        Long plain output goes through $PAGER (less, with LESS=FRX unless set) when it is taller \
        than the terminal; never when output is a pipe or a file.

        Exit status: 0 ok; 1 not found or a check failed; 2 bad input.

        \(ExplorerOptions.examples)
          pir show 3.1.2             one indicator as text
          pir search 就业            every passage that mentions 就业
        """,
        version: PIRVersion.current,
        subcommands: [Overview.self, Show.self, Search.self, Export.self, Verify.self, Bench.self, Present.self, Follow.self, Manual.self, Relay.self],
        // Not options of pir's own: argument-parser lets a parent's options stand after the
        // subcommand too, and the parent would take `present --ascii` from present.
        defaultSubcommand: Overview.self
    )
    public init() {}

    /// `pir --help`: argument-parser's, with the explorer's options that `pir` alone takes, which
    /// it leaves out of a parent's help.
    static func helpWithExplorerOptions() -> String {
        let explorer = Overview.helpMessage()
        guard let options = explorer.range(of: "OPTIONS:\n") else { return helpMessage() }
        var root = helpMessage()
        let section = "OPTIONS (pir [options], the explorer; as pir explore):\n" + explorer[options.upperBound...]
        if let subcommands = root.range(of: "SUBCOMMANDS:\n") { root.insert(contentsOf: section + "\n", at: subcommands.lowerBound) } else { root += "\n" + section }
        return root
    }

    /// Runs pir with `arguments`, mapping every failure to a one-line message and its exit status.
    public static func run(arguments: [String]) -> Int32 {
        Trace.markProcessStart()
        let arguments = CommandLineArguments.literalSearchTerms(CommandLineArguments.globalOptionsAfterCommand(arguments))
        if arguments.count == 1, ["--help", "-h", "help"].contains(arguments[0]) {
            emit(helpWithExplorerOptions().trimmingCharacters(in: .newlines) + "\n")
            return 0
        }
        do {
            if let launch = ExplorerLaunch(plain: arguments) {
                Trace.argumentsParsed = Trace.now()
                try launch.run()
                return 0
            }
            if let launch = OneShotLaunch(plain: arguments) {
                Trace.argumentsParsed = Trace.now()
                try launch.run()
                return 0
            }
            var command = try parseAsRoot(arguments)
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
                // help, --version, a completion script
                emit(fullMessage(for: error) + "\n")
                return 0
            }
            guard code == .validationFailure else {
                // ArgumentParser quotes what was typed (an unknown option, a bad --share name): drawn
                // inert, as everything else pir writes, so an ESC or BEL in an argument never reaches the terminal
                let message = Sanitizer.clean(fullMessage(for: error))
                warn(message.hasSuffix("\n") ? message : message + "\n")
                return code.rawValue
            }
            // Usage errors are bad input too: one line, and the documented status 2, not 64.
            if let unknown = CommandLineArguments.unknownCommand(in: arguments) {
                warn("pir: \(Sanitizer.clean(CommandLineArguments.unknownCommandMessage(unknown)))\n")
                return 2
            }
            warn("pir: \(Sanitizer.clean(CommandLineArguments.usageErrorMessage(message(for: error), arguments: arguments)))\n")
            return 2
        }
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one part of the report as plain text.",
        discussion: """
        CODE is an outcome (3, A), an output (3.1), an indicator (3.1.2), a region (africa, 非洲, Africa), \
        a box (box 15, 专栏 15), a chapter id (part1-budget), Table 1 (trends, 表 1), the budget totals (budget) \
        or a country (越南, VNM, "Viet Nam").

        \(examples)
        """
    )
    static let examples = """
        Examples:
          pir show 3                 outcome 3: indicators, budget, narrative
          pir show 3.1.2             one indicator, by region
          pir show africa            a region (also 非洲, "Arab States")
          pir show box 15            a box (also 专栏 15)
          pir show 越南              a country and every passage naming it
          pir show trends            Table 1
          pir show budget            Part I's budget figures, the outcome tables summed
          pir show 3 --lang en       headings in English
        """
    @OptionGroup var global: GlobalOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var pager: PagerOptions
    @Argument(help: ArgumentHelp("What to show (see the examples).", valueName: "code")) var code: [String] = []

    /// The options as `ShowLaunch` takes them.
    var launch: ShowLaunch { ShowLaunch(data: global.data, language: language.lang, pager: !pager.noPager, code: code) }

    func run() throws { try launch.run() }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the data as CSV, JSON or Markdown.",
        discussion: """
        --what all --format json writes the whole dataset in the bundled file's schema; it loads again with --data.
        The indicators CSV has the header
        outcome,output,indicator,unit,target,total,africa,americas,arab_states,asia_pacific,europe_central_asia,title
        With --lang en the title column holds the English label ([中文] and the Chinese where there is none).

        Examples:
          pir export > report.json
          pir export --what indicators --format csv > indicators.csv
          pir export --what regions --format markdown --lang en
          pir export --node 3 --lang en       outcome 3 as Markdown (as pir show prints it)
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var pager: PagerOptions
    @Option(help: "What to write.") var what: ExportSubject = .all
    @Option(help: "How to write it (--node writes Markdown).") var format: ExportFormat = .json
    @Option(help: ArgumentHelp("One part of the report as Markdown: an outcome, output, indicator, region, box or chapter (as pir show takes it).", valueName: "code"))
    var node: String?

    /// The options as `ExportLaunch` takes them.
    var launch: ExportLaunch {
        ExportLaunch(data: global.data, language: language.lang, pager: !pager.noPager, what: what, format: format, node: node)
    }

    func run() throws { try launch.run() }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every invariant of the dataset and list them with ✓/✗.",
        discussion: """
        The invariants' names are in English whatever --lang says (the data paths and values they \
        quote are the dataset's). Exit 1 when one fails.

        Examples:
          pir verify
          pir verify --data my-edition.json
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var pager: PagerOptions

    func run() throws {
        let language = try self.language.resolved()
        let (report, allInvariantsHold) = try global.loadReportForVerifying()
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
        if failed == 0 { allInvariantsHold() }
        pager.emit(lines.joined(separator: "\n") + "\n")
        if failed > 0 { throw Failure.notFound(language.strings.errors.verifyFailed) }
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find text anywhere in the report (Chinese substrings, codes, English region names).",
        discussion: """
        Prints each hit with where it is and the match marked «like this». Exit 1 when nothing matches. \
        Text that starts with - is searched for too ("-2021 两年期"); put -- before a term that looks \
        like an option: pir search -- --x.

        Examples:
          pir search 就业
          pir search 710 万 --limit 5
          pir search -- -2021
          pir search "Arab States" --lang en
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var pager: PagerOptions
    @Argument(help: "What to look for (taken literally).") var terms: [String]
    @Option(help: "At most this many hits.") var limit = 200

    /// The options as `SearchLaunch` takes them.
    var launch: SearchLaunch {
        SearchLaunch(data: global.data, language: language.lang, pager: !pager.noPager, terms: terms, limit: limit)
    }

    func run() throws { try launch.run() }
}
