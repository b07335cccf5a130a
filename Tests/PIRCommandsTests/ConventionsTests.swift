import Foundation
import Testing
@testable import PIRCommands
import PIRModel
import PIRTerminal

/// The command line follows the conventions people expect of a Unix tool (issue 16): --version,
/// "did you mean", values checked and listed once, examples in help, --lang anywhere, and search
/// text that starts with a dash.
@Suite(.serialized) struct ConventionsTests {
    func run(_ args: String..., environment: [String: String]? = nil) throws -> Binary.Result {
        try Binary.run(args, environment: environment)
    }

    @Test func versionIsTheOneInTheCode() throws {
        let result = try run("--version")
        #expect(result.status == 0)
        #expect(result.stdout == PIRVersion.current + "\n")
    }

    @Test func anUnknownCommandNamesTheClosestOne() throws {
        for (args, expected) in [(["serach", "就业"], "pir: unknown command 'serach'. Did you mean 'search'?\n"),
                                 (["shwo", "3"], "pir: unknown command 'shwo'. Did you mean 'show'?\n"),
                                 (["--lang", "en", "exprot"], "pir: unknown command 'exprot'. Did you mean 'export'?\n"),
                                 (["--theme", "light", "verfy"], "pir: unknown command 'verfy'. Did you mean 'verify'?\n")] {
            let result = try Binary.run(args)
            #expect(result.status == 2, "\(args)")
            #expect(result.stdout.isEmpty, "\(args)")
            #expect(result.stderr == expected, "\(args): \(result.stderr)")
        }
        // nothing near: the list, and for Chinese text the search it probably meant
        let far = try run("就业")
        #expect(far.status == 2)
        #expect(far.stderr == "pir: unknown command '就业'; the commands are explore, show, search, export, verify, present, follow, help (to find text: pir search 就业)\n")
    }

    /// `pir` alone is still the explorer, with its options and their values (not taken for commands).
    @Test func theExplorerStaysTheDefault() throws {
        for args in [[], ["--view", "budget"], ["--theme", "light", "--plain"], ["--lang", "en"], ["explore", "--view", "regions"]] {
            let result = try Binary.run(args)
            #expect(result.status == 0, "\(args): \(result.stderr)")
            #expect(result.stdout.contains("896"), "\(args)")
        }
    }

    @Test func theExplorersOptionsAreInPirHelp() throws {
        let help = try run("--help").stdout
        for option in ["--lang <LANG>", "--theme <NAME>", "--view <VIEW>", "--ascii", "--no-pager", "--version", "Examples:"] {
            #expect(help.contains(option), "pir --help lacks \(option)")
        }
    }

    /// Each fixed set of values is an enum that argument-parser lists once, and checks.
    @Test func valuesAreListedOnceAndChecked() throws {
        // the help as one line, as it wraps at the terminal's width
        let export = try run("help", "export").stdout.replacingOccurrences(of: "\\s*\n\\s*", with: " ", options: .regularExpression)
        #expect(export.components(separatedBy: "outcomes, regions, budget").count == 2, "\(export)")
        #expect(export.contains("(values: all, indicators, outcomes, regions, budget, trends, countries; default: all)"))
        #expect(export.contains("(values: csv, json, markdown; default: json)"))
        for (args, value) in [(["--theme", "neon"], "neon"), (["present", "--theme", "neon", "--export", "txt"], "neon"),
                              (["follow", "x", "--theme", "neon"], "neon"), (["--view", "nowhere"], "nowhere"),
                              (["export", "--format", "xml"], "xml"), (["show", "3", "--lang", "fr"], "fr")] {
            let result = try Binary.run(args)
            #expect(result.status == 2, "\(args)")
            #expect(result.stderr.hasPrefix("pir: The value '\(value)' is invalid for"), "\(args): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(args): \(result.stderr)")
        }
        // the theme's values in one line, from the one list the terminal's themes come from
        let theme = try run("--theme", "neon").stderr
        #expect(theme.contains(PIRTerminal.Theme.names.joined(separator: ", ")), "\(theme)")
    }

    @Test func everyCommandsHelpHasExamples() throws {
        for command in ["explore", "show", "search", "export", "verify", "present", "follow"] {
            let help = try run(command, "--help")
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:\n  pir"), "pir \(command) --help has no examples")
        }
    }

    @Test func showWithNothingGivesExamples() throws {
        let result = try run("show")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("pir: pir show 需要指明显示什么 needs what to show, e.g. pir show 3 · pir show 3.1.2"))
        let english = try run("--lang", "en", "show")
        #expect(english.status == 2 && english.stderr.hasPrefix("pir: pir show needs what to show, e.g. pir show 3"), "\(english.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// `--lang` after the command and before it, on every command that prints report content.
    @Test func langBeforeOrAfterTheCommand() throws {
        let after = try run("show", "3", "--lang", "en")
        let before = try run("--lang", "en", "show", "3")
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(after.stdout.hasPrefix("Outcome 3: Economic, social and environmental transitions"), "\(after.stdout.prefix(200))")
        #expect(try run("show", "3", "--lang", "zh").stdout.hasPrefix("成果目标 3："))
        for command in [["show", "3.1.2"], ["search", "就业", "--limit", "3"], ["export", "--what", "outcomes", "--format", "csv"], ["verify"],
                        ["present", "--export", "txt"], ["explore"]] {
            let after = try Binary.run(command + ["--lang", "en"])
            let before = try Binary.run(["--lang", "en"] + command)
            #expect(after.status == 0, "\(command): \(after.stderr)")
            #expect(after.stdout == before.stdout, "\(command)")
        }
        #expect(try run("follow", "--help").stdout.contains("--lang <LANG>"))
    }

    /// What --lang changes in the plain commands: headings, search's places, export's titles.
    @Test func langChangesWhatIsPrinted() throws {
        let zh = try run("search", "第 182 号公约", "--limit", "1", "--lang", "zh").stdout
        let en = try run("search", "第 182 号公约", "--limit", "1", "--lang", "en").stdout
        #expect(zh.contains("› 专栏 3:"), "\(zh)")
        #expect(en.contains("› Box 3:") && !en.contains("专栏"), "\(en)")
        let csv = try run("export", "--what", "outcomes", "--format", "csv", "--lang", "en").stdout
        let report = try ReportLoader.loadBundled()
        let title = try #require(report.outcome("3")?.en?.text)
        let chinese = try run("export", "--what", "outcomes", "--format", "csv").stdout
        #expect(csv.contains(title))
        #expect(!chinese.contains(title))
        #expect(chinese.contains(try #require(report.outcome("3")?.title)))
    }

    /// PIR_LANG, then the locale; a wrong PIR_LANG is one line naming it.
    @Test func languageDefaults() throws {
        let base = ProcessInfo.processInfo.environment.filter { !["PIR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
        func first(_ env: [String: String]) throws -> String {
            String(try Binary.run(["show", "3"], environment: base.merging(env) { $1 }).stdout.prefix(while: { $0 != "\n" }))
        }
        #expect(try first([:]).hasPrefix("成果目标 3"))
        #expect(try first(["LANG": "C.UTF-8"]).hasPrefix("成果目标 3"))
        #expect(try first(["LANG": "en_GB.UTF-8"]).hasPrefix("Outcome 3"))
        #expect(try first(["LANG": "en_GB.UTF-8", "LC_ALL": "zh_CN.UTF-8"]).hasPrefix("成果目标 3"))
        #expect(try first(["LANG": "zh_CN.UTF-8", "PIR_LANG": "en"]).hasPrefix("Outcome 3"))
        #expect(try Binary.run(["show", "3", "--lang", "zh"], environment: base.merging(["PIR_LANG": "en"]) { $1 }).stdout.hasPrefix("成果目标 3"))
        let bad = try Binary.run(["show", "3"], environment: base.merging(["PIR_LANG": "fr"]) { $1 })
        #expect(bad.status == 2)
        #expect(bad.stderr == "pir: PIR_LANG=fr: choose zh or en\n")
    }

    @Test func languageFromEnvironment() throws {
        #expect(try Language.fromEnvironment([:]) == .zh)
        #expect(try Language.fromEnvironment(["LANG": "POSIX"]) == .zh)
        #expect(try Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .en)
        #expect(try Language.fromEnvironment(["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(try Language.fromEnvironment(["PIR_LANG": "EN", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(throws: LanguageSettingError.self) { try Language.fromEnvironment(["PIR_LANG": "de"]) }
    }

    @Test func searchTextStartingWithADash() throws {
        let terminated = try run("search", "--", "-2021")
        #expect(terminated.status == 0, "\(terminated.stderr)")
        #expect(terminated.stdout.contains("«-2021»"))
        let quoted = try run("search", "-2021 两年期")
        #expect(quoted.status == 0, "\(quoted.stderr)")
        #expect(quoted.stdout.contains("«-2021 两年期»"))
        let withOptions = try run("--lang", "en", "search", "-2021 两年期", "--limit", "2")
        #expect(withOptions.stdout.hasSuffix("\n2 hits\n"), "\(withOptions.stdout)")
        // the term as typed in the error, no mark
        let none = try run("search", "-2021 不存在的文字")
        #expect(none.status == 1)
        #expect(none.stderr == "pir: 没有找到 no match for \"-2021 不存在的文字\"\n")
        #expect(try run("--lang", "en", "search", "-2021 不存在的文字").stderr == "pir: no match for \"-2021 不存在的文字\"\n")
        // something that could be an option still is one, and the error says how to search for it
        let option = try run("search", "-x")
        #expect(option.status == 2)
        #expect(option.stderr.contains("put -- before it: pir search -- -x"), "\(option.stderr)")
    }

    @Test func closestCommand() {
        #expect(CommandLineArguments.distance("serach", "search") == 1)
        #expect(CommandLineArguments.closest(to: "serach", among: ["show", "search"]) == "search")
        #expect(CommandLineArguments.closest(to: "xyzzy", among: ["show", "search"]) == nil)
        #expect(CommandLineArguments.closest(to: "sh", among: ["show", "help"]) == nil)
        #expect(CommandLineArguments.cannotBeAnOption("-2021"))
        #expect(CommandLineArguments.cannotBeAnOption("-就业"))
        #expect(!CommandLineArguments.cannotBeAnOption("-x"))
        #expect(!CommandLineArguments.cannotBeAnOption("--limit"))
    }
}
