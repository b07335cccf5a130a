import Foundation
import Testing

/// Hostile terminals and environments, each with the behaviour the README's Reliability table
/// promises: pir is started in a real pseudo-terminal with the environment changed, its first screen
/// read with a VT emulator, then `q`.
@Suite(.serialized) struct EnvironmentTests {
    enum Colours { case none, eight, many }
    enum MouseReports { case sgr, x10 }

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        /// The explorer starts (false: refused with exit 2, or the plain overview).
        var explorer = true
        var status = 0
        var stderr: String?
        /// Text the first screen (or the plain output) must show.
        var shows: String?
        var asciiOnly = false
        var colours: Colours? = nil
        var mouse: MouseReports? = nil
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "LANG=C", arguments: ["--env", "LANG=C"], shows: "Chinese text needs a UTF-8 locale", asciiOnly: true),
        Case(name: "LANG=POSIX", arguments: ["--env", "LANG=POSIX"], shows: "Chinese text needs a UTF-8 locale", asciiOnly: true),
        Case(name: "LC_ALL=C over a UTF-8 LANG", arguments: ["--env", "LC_ALL=C"], shows: "showing ASCII", asciiOnly: true),
        Case(name: "a locale that is not UTF-8", arguments: ["--env", "LANG=zh_CN.GB18030"], shows: "showing ASCII", asciiOnly: true),
        Case(name: "only LC_CTYPE, UTF-8", arguments: ["--unset", "LANG", "--env", "LC_CTYPE=C.UTF-8"], shows: "概览 Overview"),
        Case(name: "TERM unset", arguments: ["--unset", "TERM"], explorer: false, status: 2, stderr: "the terminal type is not set (TERM)"),
        Case(name: "TERM=dumb", arguments: ["--env", "TERM=dumb"], explorer: false, status: 2, stderr: "the terminal is \"dumb\""),
        Case(name: "an unknown TERM", arguments: ["--env", "TERM=vt9000-nonesuch"], explorer: false, status: 2,
             stderr: "unknown terminal type \"vt9000-nonesuch\""),
        Case(name: "TERM=xterm, 8 colours", arguments: ["--env", "TERM=xterm"], shows: "概览 Overview", colours: .eight, mouse: .sgr),
        Case(name: "TERM=screen", arguments: ["--env", "TERM=screen"], shows: "概览 Overview", colours: .eight, mouse: .x10),
        Case(name: "TERM=tmux-256color", arguments: ["--env", "TERM=tmux-256color"], shows: "概览 Overview", colours: .many, mouse: .x10),
        Case(name: "TERM=linux", arguments: ["--env", "TERM=linux"], shows: "概览 Overview", colours: .eight, mouse: .x10),
        Case(name: "TERM=xterm-256color", arguments: [], shows: "概览 Overview", colours: .many, mouse: .sgr),
        Case(name: "NO_COLOR", arguments: ["--env", "NO_COLOR=1"], shows: "概览 Overview", colours: Colours.none),
        Case(name: "NO_COLOR empty (does not count)", arguments: ["--env", "NO_COLOR="], colours: .many),
        Case(name: "--no-mouse", arguments: ["--", "--no-mouse"], shows: "概览 Overview"),
        Case(name: "stdin not a terminal", arguments: ["--stdin", "/dev/null"], explorer: false, shows: "要点"),
        Case(name: "HOME missing", arguments: ["--env", "HOME=/nonexistent/pir-home"], shows: "概览 Overview"),
        Case(name: "HOME unset", arguments: ["--unset", "HOME"], shows: "概览 Overview"),
        Case(name: "a 1x1 window", arguments: ["--size", "1x1"], shows: "!"),
        Case(name: "a 2x1 window", arguments: ["--size", "2x1"], shows: "!"),
        Case(name: "a 40x10 window", arguments: ["--size", "40x10"], shows: "pir"),
    ]

    @Test(arguments: cases)
    func environment(_ c: Case) async throws {
        let o = try await PTY.run("pty-scenarios", ["run"] + c.arguments)
        #expect(o.bool("explorer") == c.explorer, "\(c): \(o)")
        #expect(o.int("status") == c.status, "\(c): \(o)")
        #expect(o.strings("modes_left_on") == [], "\(c): \(o)")
        #expect(o.bool("tty_restored") == true, "\(c): \(o)")
        #expect(o.strings("c1_controls") == [], "\(c): \(o)")
        if let stderr = c.stderr {
            #expect(o.string("stderr").hasPrefix("pir: ") && o.string("stderr").contains(stderr), "\(c): \(o)")
            #expect(o.string("stderr").split(separator: "\n").count == 1, "\(c): \(o)")
        } else {
            #expect(o.string("stderr").isEmpty, "\(c): \(o)")
        }
        if let shows = c.shows {
            let text = c.explorer ? o.screen : o.string("plain_text")
            #expect(text.contains(shows), "\(c): \(o)")
        }
        if c.asciiOnly { #expect(o.bool("non_ascii_bytes") == false, "\(c): \(o)") }
        switch c.colours {
        case .none?:
            #expect(o.bool("colour_8") == false && o.bool("colour_256") == false, "\(c): \(o)")
        case .eight?:
            #expect(o.bool("colour_8") == true && o.bool("colour_256") == false, "\(c): \(o)")
        case .many?:
            #expect(o.bool("colour_256") == true, "\(c): \(o)")
        case nil: break
        }
        switch c.mouse {
        case .sgr?: #expect(o.bool("mouse_sgr") == true && o.bool("mouse_x10") == false, "\(c): \(o)")
        case .x10?: #expect(o.bool("mouse_x10") == true && o.bool("mouse_sgr") == false, "\(c): \(o)")
        case nil: break
        }
        if c.arguments.contains("--no-mouse") {
            #expect(o.bool("mouse_sgr") == false && o.bool("mouse_x10") == false, "\(c): \(o)")
        }
    }

    /// pir keeps nothing in $HOME: a home directory it may not write to changes nothing.
    @Test func readOnlyHomeIsLeftAlone() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pir-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: home.path)
        let o = try await PTY.run("pty-scenarios", ["run", "--env", "HOME=\(home.path)"])
        #expect(o.bool("explorer") == true && o.int("status") == 0, "\(o)")
        #expect(o.screen.contains("概览 Overview"), "\(o)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }

    /// Output to a pipe or a file is the plain-text overview: no escape sequences at all.
    @Test(arguments: ["pipe", "file"])
    func outputNotATerminal(_ kind: String) throws {
        let binary = try #require(Binary.url)
        let result = kind == "pipe"
            ? try Spawn.run("/bin/sh", ["-c", "\"$0\" | cat", binary.path])
            : try Spawn.run(binary.path, [])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("要点"))
        #expect(!result.stdout.contains("\u{1B}"))
    }
}

/// `--ascii` is for terminals that draw ambiguous-width characters two cells wide: what reaches the
/// screen has none of the interface's ·, ↑, …, ›, dashes or curly quotes, on slides and in the
/// explorer (data text such as 盖·莱德 included).
@Suite(.serialized) struct AsciiScreenTests {
    static let ambiguous: [Character] = ["·", "•", "↑", "↓", "…", "›", "»", "–", "—", "━", "─", "×", "“", "”", "‘", "’", "►", "▌"]

    @Test(arguments: [
        ["present", "--ascii"], ["present", "--ascii", "--start", "11"], ["present", "--ascii", "--start", "2"],
        ["--ascii"], ["--ascii", "--view", "indicators"],
    ])
    func noAmbiguousCharacterOnScreen(args: [String]) async throws {
        // Space steps the slides; s sorts the indicators (the title gets an arrow)
        let o = try await PTY.run("pty-scenarios", ["run", "--size", "100x30", "--keys", "2073", "--"] + args)
        #expect(!o.screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(o)")
        for c in Self.ambiguous { #expect(!o.screen.contains(c), "\(args): \(c) on screen:\n\(o.screen)") }
    }
}
