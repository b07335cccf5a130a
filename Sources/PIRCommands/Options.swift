import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRShare
import PIRTerminal
import PIRUI

// Options with a fixed set of values are enums, so argument-parser checks them, lists the values once
// in help and completes them in the shell scripts; no command checks such a value by hand.

extension Language: ExpressibleByArgument {}
extension ThemeName: ExpressibleByArgument {}
extension ExportSubject: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension DeckExport.Format: ExpressibleByArgument {}
extension Screen: ExpressibleByArgument {
    /// In the order of the view switcher, not of the declaration.
    public static var allValueStrings: [String] { switcherOrder.map(\.rawValue) }
}

/// `--lang`, for every command that prints report content. With no `--lang`, `PIR_LANG`; without
/// that, the locale (see `Language.fromEnvironment`).
struct LanguageOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Language of labels and interface (narrative stays Chinese). Default: PIR_LANG, else the locale: zh for a Chinese, C or unset locale, en for any other.", valueName: "LANG"))
    var lang: Language?

    /// The language asked for, or bad input naming the variable that holds a wrong value.
    func resolved() throws -> Language {
        try Self.resolve(lang)
    }

    /// The language for a message said before the command runs (argument checks in `validate()`):
    /// the one asked for, or English when `PIR_LANG` is wrong (`run()` then says that, in one line).
    var forMessages: Language { (try? resolved()) ?? .en }

    /// `lang` when given, else what the process's environment says, read a variable at a time
    /// (`Environment.value`).
    static func resolve(_ lang: Language?) throws -> Language {
        if let lang { return lang }
        do {
            return try Language.fromEnvironment(reading: Environment.value)
        } catch let error as LanguageSettingError {
            throw Failure.badInput(error.description)
        }
    }
}

extension ThemeName {
    /// The theme asked for: `--theme` if given, else `PIR_THEME`, else `auto`. A `PIR_THEME` that
    /// names no theme is bad input, said in one line with the variable and its value.
    static func chosen(_ flag: ThemeName?, language: Language = .en, environment: [String: String] = Environment.named(["PIR_THEME"])) throws -> ThemeName {
        if let flag { return flag }
        guard let raw = environment["PIR_THEME"], !raw.isEmpty else { return .auto }
        guard let name = ThemeName(rawValue: raw.lowercased()) else {
            throw Failure.badInput(language.strings.errors.badTheme(ShareText.inert(raw, limit: 40), allValueStrings.joined(separator: ", ")))
        }
        return name
    }

    /// `--help`'s words for the theme option.
    static func help(_ auto: String) -> ArgumentHelp {
        ArgumentHelp("Colour theme. Default: PIR_THEME, else auto (\(auto)). NO_COLOR means mono.", valueName: "NAME")
    }
}

/// `--no-pager`, for every command whose plain output can be long.
struct PagerOptions: ParsableArguments {
    @Flag(name: .customLong("no-pager"), help: "Write straight to the terminal instead of through $PAGER.")
    var noPager = false

    /// Writes `text` to standard output, through the pager when that is a terminal and `text` is
    /// longer than its screen.
    func emit(_ text: String) { Pager.emit(text, allowed: !noPager) }
}

/// A `PIR_LANG` that is neither zh nor en.
struct LanguageSettingError: Error, CustomStringConvertible {
    var variable: String
    var value: String
    var description: String { "\(variable)=\(value): choose zh or en" }
}

/// The process's environment, as far as a caller reads it.
enum Environment {
    /// The variables `names` that are set, read with getenv: `ProcessInfo.environment` builds a
    /// dictionary of every variable, about 3 % of the instructions of `pir show 3.1.3`.
    static func named(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names {
            if let value = Self.value(name) { found[name] = value }
        }
        return found
    }

    /// The variable `name` if set, read with getenv: no dictionary at all, whose first growth in
    /// a process instantiates its generic metadata (about 0.26 M instructions of a one-shot start).
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

extension Language {
    /// The default language when no `--lang` is given. `PIR_LANG` (zh or en) first; then the locale
    /// as POSIX orders it (LC_ALL, LC_MESSAGES, LANG, the first one set): a Chinese locale gives zh,
    /// C, POSIX or none gives zh (the report's own language, pir's default since it began), and any
    /// other language gives en, which a reader of that language is likelier to read than Chinese.
    static func fromEnvironment(_ environment: [String: String]) throws -> Language {
        try fromEnvironment { environment[$0] }
    }

    /// `fromEnvironment` with each variable read by `value`.
    static func fromEnvironment(reading value: (String) -> String?) throws -> Language {
        if let raw = value("PIR_LANG"), !raw.isEmpty {
            guard let language = Language(rawValue: raw.lowercased()) else { throw LanguageSettingError(variable: "PIR_LANG", value: raw) }
            return language
        }
        var set: String?
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { if let locale = value(name), !locale.isEmpty { set = locale; break } }
        guard let locale = set else { return .zh }
        let language = locale.prefix { $0.isLetter }.lowercased()
        switch language {
        case "zh", "c", "posix": return .zh
        default: return .en
        }
    }
}
