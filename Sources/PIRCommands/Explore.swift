import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRTerminal
import PIRUI
#if canImport(Glibc)
import Glibc
#endif

/// The explorer's options: `pir explore`'s, and so `pir`'s alone, which runs the explorer as its
/// default command (`pir --view budget`); `pir --help` lists them from here.
struct ExplorerOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var pager: PagerOptions
    @Option(help: ThemeName.help("light or dark by the terminal's background, asked with OSC 11; COLORFGBG is a first hint"))
    var theme: ThemeName?
    @Flag(help: "Draw with ASCII only (for terminals that show box lines double width).")
    var ascii = false
    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse, so the terminal can select text.")
    var noMouse = false
    @Flag(help: "Print the plain-text overview even in a terminal.")
    var plain = false
    @Option(help: ArgumentHelp("The first view.", valueName: "VIEW"))
    var view: Screen = .overview
    @Option(help: ArgumentHelp("Write timings of start-up and of every frame to FILE (see benchmarks/run).", valueName: "FILE"))
    var trace: String?

    static let examples = """
        Examples:
          pir                        the explorer (the plain overview when piped)
          pir --view indicators      start at the indicators table
          pir --lang en --theme light
          pir --plain | less         the overview as text
        """

    func run() throws { try launch.run() }

    /// The options as the launch takes them.
    var launch: ExplorerLaunch {
        ExplorerLaunch(data: global.data, language: language.lang, pager: !pager.noPager, theme: theme, ascii: ascii,
                       mouse: !noMouse, plain: plain, view: view, trace: trace)
    }
}

/// What the explorer is started with, as plain values: `pir` alone (and `pir --trace FILE`, the
/// benchmark's way of starting it) builds one without swift-argument-parser, whose parsing of the
/// whole command tree by reflection took about 2 ms of a 20 ms start.
struct ExplorerLaunch {
    var data: String?
    var language: Language?
    var pager = true
    var theme: ThemeName?
    var ascii = false
    var mouse = true
    var plain = false
    var view = Screen.overview
    var trace: String?

    /// The launch for `arguments` when they are none, or only `--trace FILE`; nil for anything else,
    /// which the parser reads.
    init?(plain arguments: [String]) {
        switch arguments.count {
        case 0: break
        case 2 where arguments[0] == "--trace" && !arguments[1].hasPrefix("-"): trace = arguments[1]
        default: return nil
        }
    }

    init(data: String?, language: Language?, pager: Bool, theme: ThemeName?, ascii: Bool, mouse: Bool, plain: Bool,
         view: Screen, trace: String?) {
        (self.data, self.language, self.pager, self.theme, self.ascii) = (data, language, pager, theme, ascii)
        (self.mouse, self.plain, self.view, self.trace) = (mouse, plain, view, trace)
    }

    func run() throws {
        let language = try LanguageOptions.resolve(language)
        let theme = try ThemeName.chosen(self.theme, language: language)
        var tracer: Trace?
        if let trace {
            guard let opened = Trace(path: trace) else { throw Failure.badInput(language.strings.errors.traceNotWritable(trace)) }
            tracer = opened
        }
        let interactive = !plain && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        var report: Report
        var rest: PendingReport?
        if interactive, view == .overview, let data {
            // a large file checked before: the overview's part first, the rest while it is on show
            do {
                (report, rest) = try ReportLoader.loadStaged(contentsOf: data, cache: VerifiedCache.current())
            } catch {
                throw Failure.badInput(error.description)
            }
        } else {
            report = try GlobalOptions.loadReport(data: data)
        }
        tracer?.event("loaded")
        guard interactive else {
            Pager.emit(PlainText(report: report, language: language).overview(), allowed: pager)
            return
        }
        var options = ExplorerSession.Options()
        options.theme = theme
        options.ascii = ascii
        options.mouse = mouse
        options.start = view
        options.language = language
        options.trace = tracer
        options.rest = rest
        do {
            let status = try ExplorerSession.run(report: report, options: options)
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalError {
            throw Failure.badInput(error.description)
        } catch let error as LoadError {
            throw Failure.badInput(error.description)
        }
    }
}

/// `pir explore`: what `pir` alone does, by name.
struct Overview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "The interactive explorer in a terminal; a plain-text overview otherwise (what pir does with no command).",
        discussion: ExplorerOptions.examples
    )
    @OptionGroup var explorer: ExplorerOptions

    func run() throws { try explorer.run() }
}
