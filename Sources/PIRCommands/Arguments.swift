import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// What pir does to its arguments before argument-parser sees them, and how it names a mistake in
/// them: the conventions argument-parser leaves to the tool.
enum CommandLineArguments {
    /// The commands a user can name, as help lists them (hidden ones left out) and `help`.
    static var commandNames: [String] {
        PIRCommand.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName } + ["help"]
    }
    /// Every command's name and `help`, written out: asking argument-parser (`_commandName`)
    /// reflects over each command type, about 1 ms of every start, which `pir` alone and the
    /// one-shot commands (`OneShotLaunch`) otherwise never pay. `OneShotLaunchTests` holds it to
    /// what the parser says. Arrays, not sets, here and below: a handful of words is searched as
    /// fast in a list, and the first `Set<String>` of a process instantiates its generic metadata
    /// and looks its conformances up, about 0.26 M instructions of every one-shot start.
    static let commandNameList = ["explore", "show", "search", "export", "verify", "bench", "present", "follow", "manual", "relay", "help"]
    static var allCommandNames: Set<String> { Set(commandNameList) }

    /// Commands that print report content and so take `--lang`; those whose output can be long and
    /// so take `--no-pager`.
    static let languageCommands = ["explore", "show", "search", "export", "verify", "present", "follow"]
    static let pagerCommands = ["explore", "show", "search", "export", "verify", "present"]

    /// `pir --data FILE show 3` and `pir --lang en show 3` read naturally, but argument-parser gives
    /// options before a subcommand to the root; move them behind the subcommand's name, where the
    /// command declares them. Only to a command that takes them: elsewhere they stay and are refused.
    static func globalOptionsAfterCommand(_ arguments: [String]) -> [String] {
        let commands = commandNameList
        guard let commandIndex = arguments.firstIndex(where: { commands.contains($0) }), commandIndex > 0,
              !arguments[..<commandIndex].contains("--") else { return arguments }
        let command = arguments[commandIndex]
        var valued = ["--data"], flags: [String] = []
        if languageCommands.contains(command) { valued.append("--lang") }
        if pagerCommands.contains(command) { flags.append("--no-pager") }
        var moved: [String] = [], kept: [String] = []
        var i = 0
        while i < commandIndex {
            let argument = arguments[i]
            if valued.contains(argument), i + 1 < commandIndex {
                moved += [argument, arguments[i + 1]]
                i += 2
                continue
            }
            if flags.contains(argument) || valued.contains(where: { argument.hasPrefix($0 + "=") }) { moved.append(argument) } else { kept.append(argument) }
            i += 1
        }
        return kept + [command] + moved + arguments[(commandIndex + 1)...]
    }

    /// Marks a search term that starts with `-` but cannot be an option — `-2021`, `-2021 两年期` —
    /// so argument-parser takes it as a term; `Search` takes the mark off (`literal`). A term that
    /// could be an option (`-x`, `--x`) needs `--` before it, as with any Unix tool.
    static func literalSearchTerms(_ arguments: [String]) -> [String] {
        guard let at = arguments.firstIndex(where: { commandNameList.contains($0) }), arguments[at] == "search",
              !arguments[..<at].contains("--") else { return arguments }
        let valued = ["--limit", "--data", "--lang"]
        var out = Array(arguments[...at])
        var i = at + 1
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { out += arguments[i...]; break }
            let isValue = valued.contains(arguments[i - 1])
            if !isValue, cannotBeAnOption(argument) {
                out.append(literalMark + argument)
            } else {
                out.append(argument)
            }
            i += 1
        }
        return out
    }

    /// Starts with `-` yet no option is spelt so: a digit after one dash, or a blank or a
    /// non-ASCII character anywhere.
    static func cannotBeAnOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        if argument.contains(where: { $0.isWhitespace || !$0.isASCII }) { return true }
        return !argument.hasPrefix("--") && argument.dropFirst().first?.isNumber == true
    }

    /// A private-use character no one types, put before a literal term.
    static let literalMark = "\u{E000}"
    static func literal(_ term: String) -> String { term.hasPrefix(literalMark) ? String(term.dropFirst()) : term }

    /// The word standing where a command should be when it is none (`pir serach 就业`): the first
    /// argument that the explorer's options, all parsed before it, cannot take as an option's value.
    static func unknownCommand(in arguments: [String]) -> String? {
        let commands = commandNameList
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument.hasPrefix("-") { continue }
            if commands.contains(argument) { return nil }
            // what came before parses on its own: this word is not the value of an option there
            if (try? PIRCommand.parseAsRoot(Array(arguments[..<i]))) != nil { return argument }
        }
        return nil
    }

    static func unknownCommandMessage(_ word: String) -> String {
        if let near = closest(to: word, among: commandNames) {
            return "unknown command '\(word)'. Did you mean '\(near)'?"
        }
        var message = "unknown command '\(word)'; the commands are \(commandNames.joined(separator: ", "))"
        if !word.contains(where: { $0.isASCII && $0.isLetter }) { message += " (to find text: pir search \(word))" }
        return message
    }

    /// The usage error argument-parser describes, with the help to read about it.
    static func usageErrorMessage(_ message: String, arguments: [String]) -> String {
        let commands = commandNameList
        let command = arguments.first { commands.contains($0) && $0 != "help" }
        // argument-parser lists an enum's values one per line ("  - dark"): one line, commas between
        let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let items = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        let line = lines.filter { !$0.hasPrefix("- ") }.joined(separator: " ") + (items.isEmpty ? "" : " " + items.joined(separator: ", "))
        var hint = command.map { " (pir \($0) --help)" } ?? " (pir --help)"
        if command == Search._commandName, arguments.contains(where: { $0.hasPrefix("-") && $0 != "--" }) {
            hint = " (to find text that starts with -, put -- before it: pir search -- -x)"
        }
        return line + hint
    }

    /// The candidate nearest to `word`, if it is near enough to be a slip: at most two edits (a
    /// swap of neighbours counting one) and fewer than half the word's letters.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= 2 && $0.1 * 2 < max(word.count, 2) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Edit distance with transpositions (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
