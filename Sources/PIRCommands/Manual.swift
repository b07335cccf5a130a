import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// `pir manual`: pir's man page (man(7) macros) on standard output, written from the command
/// definitions — argument-parser's own description of them (`--experimental-dump-help`), so help,
/// completions and the page cannot disagree. Not argument-parser's generate-manual plugin: it builds
/// offline here, but drops every non-ASCII character, and pir's help is full of Chinese examples
/// (`pir show 非洲`), en dashes and arrows. Hidden: `scripts/release` runs it.
struct Manual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Write pir's man page (roff) to standard output.",
        shouldDisplay: false
    )

    func run() throws {
        let info: ToolInfo
        do {
            info = try JSONDecoder().decode(ToolInfo.self, from: Data(Self.dumpHelp().utf8))
        } catch {
            throw Failure.badInput("cannot read the command definitions: \(error)")
        }
        emit(ManualPage(root: info.command, version: PIRVersion.current).rendered())
    }

    /// argument-parser's JSON description of every command, as `pir --experimental-dump-help` prints it.
    static func dumpHelp() -> String {
        do {
            _ = try PIRCommand.parseAsRoot(["--experimental-dump-help"])
            return ""
        } catch {
            return PIRCommand.fullMessage(for: error)
        }
    }
}

/// The part of argument-parser's ToolInfo JSON the man page uses.
struct ToolInfo: Decodable {
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var defaultSubcommand: String?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }
    struct Argument: Decodable {
        struct Name: Decodable { var kind: String; var name: String }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var allValues: [String]?
        var defaultValue: String?
        var isOptional: Bool?
        var isRepeating: Bool?
        var shouldDisplay: Bool?
    }
    var command: Command
}

/// man(7) source for pir: NAME, SYNOPSIS, DESCRIPTION, OPTIONS (pir's own and its default
/// command's, the explorer's), one COMMANDS subsection per visible command, EXIT STATUS and ENVIRONMENT.
struct ManualPage {
    var root: ToolInfo.Command
    var version: String

    func rendered() -> String {
        var out = [".TH PIR 1 \"\" \"pir \(version)\" \"User Commands\"", ".SH NAME", "pir \\- " + Self.text(root.abstract ?? "")]
        out += [".SH SYNOPSIS", ".B pir", "[\\fIoptions\\fR]", ".br", ".B pir", "\\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]"]
        out += [".SH DESCRIPTION"] + Self.paragraphs(root.discussion ?? "")
        // pir alone runs its default command (the explorer), so its options are pir's
        let explorer = root.subcommands?.first { $0.commandName == root.defaultSubcommand }
        out += [".SH OPTIONS"] + Self.options((root.arguments ?? []) + (explorer?.arguments ?? []), skipping: ["--help", "--version"])
        out += [".TP", "\\fB\\-\\-version\\fR", "Print pir's version.", ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "Print help (pir help COMMAND for a command's)."]
        out += [".SH COMMANDS"]
        for command in root.subcommands ?? [] where command.shouldDisplay ?? true && command.commandName != "help" {
            out += [".SS \"\(Self.text(Self.synopsis(command)))\"", Self.text(command.abstract ?? "")]
            if let discussion = command.discussion, !discussion.isEmpty { out += Self.paragraphs(discussion) }
            out += Self.options(command.arguments ?? [], skipping: ["--help", "--version"])
        }
        out += [".SH EXIT STATUS", "0 ok; 1 not found or a check failed; 2 bad input."]
        out += [".SH ENVIRONMENT",
                ".TP", ".B PIR_LANG", "zh or en: the language when no \\-\\-lang is given.",
                ".TP", ".BR LC_ALL \", \" LC_MESSAGES \", \" LANG",
                "Without PIR_LANG: a Chinese, C or POSIX locale (or none) means zh, any other en.",
                ".TP", ".B PAGER", "The pager for long plain output on a terminal (default less, with LESS=FRX unless LESS is set); empty or cat for none.",
                ".TP", ".B PIR_THEME", "A theme (auto, dark, light, mono, projector, projector-dark, projector-light): the theme when no \\-\\-theme is given. Default auto: the explorer asks the terminal for its background (OSC 11; COLORFGBG is a first hint) and draws light or dark; slides draw projector.",
                ".TP", ".B COLORFGBG", "fg;bg as rxvt and Konsole set it: the background's first hint for the auto theme.",
                ".TP", ".B NO_COLOR", "Set: the mono theme."]
        return out.joined(separator: "\n") + "\n"
    }

    static func synopsis(_ command: ToolInfo.Command) -> String {
        let positionals = (command.arguments ?? []).filter { $0.kind == "positional" && $0.shouldDisplay ?? true }
            .map { "<\($0.valueName ?? "value")>" + ($0.isRepeating == true ? " ..." : "") }
        return (["pir", command.commandName] + (command.arguments?.contains { $0.kind != "positional" } == true ? ["[options]"] : []) + positionals)
            .joined(separator: " ")
    }

    /// One tagged paragraph per option, flag and argument; --help (and --version after the root's
    /// options) left out, as every command has them.
    static func options(_ arguments: [ToolInfo.Argument], skipping: Set<String>) -> [String] {
        var out: [String] = []
        for argument in arguments where argument.shouldDisplay ?? true {
            let names = (argument.names ?? []).map { ($0.kind == "long" ? "--" : "-") + $0.name }
            if names.contains(where: skipping.contains) { continue }
            let value = argument.valueName.map { "\\fI\(escape($0))\\fR" } ?? ""
            let tag = argument.kind == "positional" ? "\\fI\(escape(argument.valueName ?? "value"))\\fR" + (argument.isRepeating == true ? " ..." : "")
                : names.map { "\\fB\(escape($0))\\fR" }.joined(separator: ", ") + (argument.kind == "option" ? " " + value : "")
            var help = argument.abstract ?? ""
            if let values = argument.allValues, !values.isEmpty { help += " Values: " + values.joined(separator: ", ") + "." }
            if let value = argument.defaultValue, !value.isEmpty, argument.kind == "option" { help += " Default: \(value)." }
            out += [".TP", tag, text(help)]
        }
        return out
    }

    /// Blank-line separated paragraphs; an indented block (examples) kept as it is written.
    static func paragraphs(_ discussion: String) -> [String] {
        var out: [String] = []
        for block in discussion.components(separatedBy: "\n\n") where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            let literal = lines.dropFirst().contains { $0.hasPrefix("  ") }
            out.append(".PP")
            if literal {
                let lead = lines.prefix { !$0.hasPrefix("  ") }
                if !lead.isEmpty { out.append(text(lead.joined(separator: " "))) }
                out += [".RS 4", ".nf"] + lines.dropFirst(lead.count).map { text(String($0.drop { $0 == " " })) } + [".fi", ".RE"]
            } else {
                out.append(text(lines.joined(separator: " ")))
            }
        }
        return out
    }

    /// Backslashes and dashes escaped for roff.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    }

    /// A text line: escaped, and never starting with a control character (. or ') roff would read
    /// as a request.
    static func text(_ s: String) -> String {
        // a long word of comma-separated names (a CSV header) may break after its commas
        let breakable = s.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.count > 40 ? $0.replacingOccurrences(of: ",", with: ",\u{E001}") : String($0) }.joined(separator: " ")
        let escaped = escape(breakable).replacingOccurrences(of: "\u{E001}", with: "\\:")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
