import Testing
import PIRModel
@testable import PIRCommands

/// `pir show`, `pir search` and `pir export` in their plain spelling run without swift-argument-
/// parser; what they run must be what the parser would have given, and anything the plain reading
/// is unsure of must go to the parser (so its messages, help and completion stay).
@Suite struct OneShotLaunchTests {
    /// The arguments as `PIRCommand.run` hands them on.
    static func prepared(_ arguments: [String]) -> [String] {
        CommandLineArguments.literalSearchTerms(CommandLineArguments.globalOptionsAfterCommand(arguments))
    }

    /// What the parser makes of `arguments`, as a launch; nil when it refuses them or they name
    /// another command.
    static func parsed(_ arguments: [String]) -> OneShotLaunch? {
        switch try? PIRCommand.parseAsRoot(prepared(arguments)) {
        case let show as Show: return .show(show.launch)
        case let search as Search: return .search(search.launch)
        case let export as Export: return .export(export.launch)
        default: return nil
        }
    }

    @Test func theCommandNamesWrittenOutAreTheParsers() {
        let reflected = Set(PIRCommand.configuration.subcommands.map { $0._commandName } + ["help"])
        #expect(CommandLineArguments.allCommandNames == reflected)
    }

    @Test func thePlainReadingIsTheParsers() throws {
        let lines: [[String]] = [
            ["show", "3.1.3"], ["show", "box", "15"], ["show"], ["show", ""], ["show", "help"], ["show", "explore"],
            ["show", "3", "--lang", "en"], ["--lang", "en", "show", "3"], ["--data", "x.json", "show", "3", "--no-pager"],
            ["show", "--no-pager", "越南"], ["--no-pager", "show", "africa", "--data", "f"],
            ["search", "就业"], ["search", "710", "万", "--limit", "5"], ["search", "-2021", "两年期"], ["search", "help"],
            ["search", "就业", "--limit", "0"], ["search", "Arab States", "--lang", "en"], ["--lang", "zh", "search", "show"],
            ["export"], ["export", "--what", "indicators"], ["export", "--what", "indicators", "--format", "csv"],
            ["export", "--node", "3", "--lang", "en"], ["export", "--format", "markdown", "--what", "regions", "--no-pager"],
            ["--data", "d.json", "export", "--what", "all"], ["export", "--node", "box 15", "--format", "csv"],
        ]
        for arguments in lines {
            let plain = try #require(OneShotLaunch(plain: Self.prepared(arguments)), "\(arguments)")
            #expect(plain == Self.parsed(arguments), "\(arguments)")
        }
    }

    @Test func anythingElseGoesToTheParser() {
        let lines: [[String]] = [
            // help, versions, completion scripts, the separator
            ["show", "--help"], ["show", "-h"], ["search", "--help"], ["export", "--version"], ["show", "--", "3"],
            ["search", "--", "--x"], ["export", "--generate-completion-script", "bash"],
            // options the command does not take, given twice, without a value or spelt with =
            ["show", "3", "--limit", "5"], ["show", "3", "--what", "all"], ["search", "就业", "--node", "3"],
            ["show", "3", "--lang", "en", "--lang", "zh"], ["export", "--what", "all", "--what", "indicators"],
            ["show", "3", "--lang"], ["search", "就业", "--limit"], ["show", "--lang=en", "3"], ["export", "--what=indicators"],
            ["show", "3", "--no-pager", "--no-pager"], ["show", "3", "-x"], ["search", "-x"],
            // values the option does not accept, or that look like options
            ["show", "3", "--lang", "fr"], ["search", "就业", "--limit", "many"], ["search", "就业", "--limit", "-1"],
            ["export", "--what", "everything"], ["export", "--format", "pdf"], ["show", "3", "--data", "--lang"],
            // what the command needs missing, or words it does not take
            ["search"], ["search", "--limit", "5"], ["export", "help"], ["export", "indicators"],
            // other commands
            ["verify"], ["explore"], ["help", "show"], ["present"], [],
        ]
        for arguments in lines {
            #expect(OneShotLaunch(plain: Self.prepared(arguments)) == nil, "\(arguments)")
        }
    }

    /// `ExportLaunch.report` decodes the bundled report without `unread` and without the outcomes'
    /// narrative (`Report.Scope.tables`) when `unread` is not empty.
    @Test func anExportIsTheSameFromTheReportWithoutTheSectionsItDoesNotRead() throws {
        let whole = try ReportLoader.loadBundled()
        var compared = 0
        for what in ExportSubject.allCases {
            for format in ExportFormat.allCases {
                let launch = ExportLaunch(what: what, format: format)
                guard !launch.unread.isEmpty else { continue }
                let partial = try launch.report()
                #expect(partial.facts.isEmpty && partial.chapters.isEmpty && !whole.facts.isEmpty)
                #expect(partial.outcomes.allSatisfy(\.blocks.isEmpty) && whole.outcomes.allSatisfy { !$0.blocks.isEmpty })
                for language in Language.allCases {
                    let expected = try? Exporter.export(whole, what: what, format: format, language: language)
                    let got = try? Exporter.export(partial, what: what, format: format, language: language)
                    #expect(got == expected, "\(what) \(format)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 16)
        // a --data file, one node, the whole dataset as JSON: read whole
        #expect(ExportLaunch(data: "d.json", what: .indicators).unread.isEmpty && ExportLaunch(node: "3").unread.isEmpty)
        #expect(ExportLaunch(what: .all, format: .json).unread.isEmpty && ExportLaunch(what: .countries, format: .csv).unread.isEmpty)
    }
}
