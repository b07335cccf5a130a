import Foundation
import Testing

/// The auto theme in a real pseudo-terminal: pir asks the terminal for its background (OSC 11)
/// without waiting, and the answer, arriving on standard input among the keys, redraws in the
/// theme it calls for and is never read as keys; a reply that is no answer changes nothing and
/// types nothing. The backgrounds in the output tell the theme: the dark status line's 250, the light selection's 153.
@Suite(.serialized) struct BackgroundQueryTests {
    static func hex(_ text: String) -> String { Data(text.utf8).map { String(format: "%02x", $0) }.joined() }

    /// `/`, the terminal's reply, `ab`: sent at once, as a reply lands among typed keys.
    static func typedAround(_ reply: String) -> String { "2f" + hex(reply) + "6162" }

    @Test func aLightAnswerRedrawsInTheLightThemeAndTypesNothing() async throws {
        for reply in ["\u{1B}]11;rgb:ffff/ffff/ffff\u{07}", "\u{1B}]11;rgb:fd/f6/e3\u{1B}\\"] {
            let o = try await PTY.run("pty-scenarios", ["run", "--burst", Self.typedAround(reply)])
            #expect(o.bool("background_query") == true, "\(o)")
            let backgrounds = (o["backgrounds_256"] as? [NSNumber])?.map(\.intValue) ?? []
            #expect(backgrounds.contains(250) && backgrounds.contains(153), "dark first, then light: \(backgrounds)")
            // the prompt holds what was typed around the reply, and nothing of the reply
            #expect(o.screen.contains("ab"), "\(o.screen)")
            for stray in ["]11", "rgb", "ffff", "f6"] { #expect(!o.screen.contains(stray), "\(stray) typed: \(o.screen)") }
            #expect(o.int("status") == 0 && o.strings("modes_left_on") == [], "\(o)")
        }
    }

    @Test func aDarkAnswerKeepsTheDarkTheme() async throws {
        let o = try await PTY.run("pty-scenarios", ["run", "--burst", Self.typedAround("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\")])
        let backgrounds = (o["backgrounds_256"] as? [NSNumber])?.map(\.intValue) ?? []
        #expect(backgrounds.contains(250) && !backgrounds.contains(153), "\(backgrounds)")
        #expect(o.screen.contains("ab") && !o.screen.contains("rgb"), "\(o.screen)")
    }

    /// Over-long, malformed or another OSC: ignored, and nothing of it reaches the prompt.
    @Test(arguments: [
        "\u{1B}]11;" + String(repeating: "A", count: 300) + "\u{07}",
        "\u{1B}]11;rgb:ffff/ffff\u{07}",
        "\u{1B}]11;white\u{1B}\\",
        "\u{1B}]11;rgb:ffff/ffff/ffff",  // never ended: the keys after it end it
    ])
    func aReplyThatIsNoAnswerChangesNothing(reply: String) async throws {
        let o = try await PTY.run("pty-scenarios", ["run", "--burst", Self.typedAround(reply), "--keys", "6364"])
        let backgrounds = (o["backgrounds_256"] as? [NSNumber])?.map(\.intValue) ?? []
        #expect(!backgrounds.contains(153), "\(backgrounds)")
        #expect(o.screen.contains("cd"), "the keys after it arrive: \(o.screen)")
        for stray in ["AAA", "]11", "rgb", "white"] { #expect(!o.screen.contains(stray), "\(stray) typed: \(o.screen)") }
        #expect(o.int("status") == 0 && o.strings("modes_left_on") == [], "\(o)")
    }

    /// Nothing is asked where the answer could change nothing (a theme named, by flag or by
    /// PIR_THEME) or where the terminal is known not to answer (the Linux console).
    @Test func nothingIsAskedWhenTheThemeIsNamed() async throws {
        let named = try await PTY.run("pty-scenarios", ["run", "--", "--theme", "dark"])
        #expect(named.bool("background_query") == false, "\(named)")
        let light = try await PTY.run("pty-scenarios", ["run", "--env", "PIR_THEME=light"])
        #expect(light.bool("background_query") == false, "\(light)")
        let lightBackgrounds = (light["backgrounds_256"] as? [NSNumber])?.map(\.intValue) ?? []
        #expect(lightBackgrounds.contains(153), "\(light)")
        let linux = try await PTY.run("pty-scenarios", ["run", "--env", "TERM=linux"])
        #expect(linux.bool("background_query") == false, "\(linux)")
        // COLORFGBG's hint decides the first frame: light from the start, before any answer
        let hinted = try await PTY.run("pty-scenarios", ["run", "--env", "COLORFGBG=0;15"])
        #expect(hinted.bool("background_query") == true)
        let hintedBackgrounds = (hinted["backgrounds_256"] as? [NSNumber])?.map(\.intValue) ?? []
        #expect(hintedBackgrounds.contains(153) && !hintedBackgrounds.contains(250), "\(hintedBackgrounds)")
    }

    /// Inside tmux, which answers OSC 11 with the background it knows (here `window-style`, as it
    /// would with the outer terminal's): a white one, and the explorer comes up light; the
    /// default background, and it stays dark.
    @Test(arguments: [("bg=white", true), ("default", false)])
    func insideTmuxTheAnswerIsTmuxs(style: String, light: Bool) throws {
        let binary = try #require(Binary.url, "pir not built")
        let tmux = TmuxServer("pir-bg")
        defer { tmux.stop() }
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-s", "bg", "sleep 0.5; env -u COLORFGBG -u NO_COLOR -u PIR_THEME LANG=C.UTF-8 TERM=xterm-256color \(binary.path); sleep 60"])
        try tmux(["set-option", "-g", "window-style", style])
        try tmux(["set-option", "-g", "status", "off"])
        let screen = try settledScreen("the overview", capture: { try tmux(["capture-pane", "-p", "-e", "-t", "bg"]) }) { $0.contains("896") }
        #expect(screen.contains("48;5;153") == light, "\(style): \(screen.prefix(400).debugDescription)")
        #expect(screen.contains("48;5;250") == !light, "\(style)")
        #expect(!screen.contains("]11") && !screen.contains("rgb:"))
    }

    /// A wrong PIR_THEME is one line naming it and its value, and exit 2.
    @Test func aWrongPirThemeIsOneLine() throws {
        let result = try Binary.run(["--plain"], environment: ProcessInfo.processInfo.environment.merging(["PIR_THEME": "neon", "PIR_LANG": "en"]) { $1 })
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("PIR_THEME=neon: choose auto, dark, light, mono, projector"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let zh = try Binary.run(["--plain"], environment: ProcessInfo.processInfo.environment.merging(["PIR_THEME": "neon", "PIR_LANG": "zh"]) { $1 })
        #expect(zh.status == 2, "\(zh)")
        #expect(zh.stderr.contains("PIR_THEME=neon：请选择 auto, dark, light, mono, projector"), "\(zh.stderr)")
    }
}
