import Testing
@testable import PIRCommands
@testable import PIRTerminal
import PIRUI

/// The background's hint and the terminal's answer, parsed without a terminal, and the theme
/// `auto` picks from them.
@Suite struct TerminalBackgroundTests {
    static func reply(_ body: String, _ terminator: String = "\u{07}") -> [UInt8] { Array(("\u{1B}]11;" + body + terminator).utf8) }

    @Test func repliesInEveryFormParse() throws {
        // xterm: four hex digits per component, BEL or ST
        #expect(TerminalBackground.parseReply(Self.reply("rgb:ffff/ffff/ffff")) == RGB(255, 255, 255))
        #expect(TerminalBackground.parseReply(Self.reply("rgb:0000/0000/0000", "\u{1B}\\")) == RGB(0, 0, 0))
        // two digits (some terminals), one and three (X11 allows them), rgba (kitty, rxvt)
        #expect(TerminalBackground.parseReply(Self.reply("rgb:ff/80/00")) == RGB(255, 128, 0))
        #expect(TerminalBackground.parseReply(Self.reply("rgb:f/0/f")) == RGB(255, 0, 255))
        let three = try #require(TerminalBackground.parseReply(Self.reply("rgb:fff/000/800")))
        #expect(three.r == 255 && three.g == 0 && abs(three.b - 2048.0 / 4095 * 255) < 1e-9)
        #expect(TerminalBackground.parseReply(Self.reply("rgba:0000/0000/0000/ffff")) == RGB(0, 0, 0))
        // Solarized light's base3, as xterm and tmux report it
        let solarized = try #require(TerminalBackground.parseReply(Self.reply("rgb:fdfd/f6f6/e3e3")))
        #expect(TerminalBackground.of(solarized) == .light)
    }

    @Test func malformedAndHostileRepliesChangeNothing() {
        let bad: [[UInt8]] = [
            Self.reply("rgb:ffff/ffff"),                 // a component missing
            Self.reply("rgb:ffff/ffff/ffff/ffff"),       // four for rgb
            Self.reply("rgb:fffff/0/0"),                 // five digits
            Self.reply("rgb:gg/00/00"),                  // not hex
            Self.reply("rgb:/00/00"),                    // empty
            Self.reply("white"),                         // a name
            Self.reply("rgb:ff/ff/ff", ""),              // no terminator
            Self.reply("rgb:ff/ff/ff", "\u{1B}"),        // half an ST
            Array("\u{1B}]10;rgb:ff/ff/ff\u{07}".utf8),  // the foreground's answer, not the background's
            Array("\u{1B}]11;?\u{07}".utf8),             // our own query echoed back
            Self.reply("rgb:ff/ff/ff\u{1B}[31m"),        // an escape sequence inside
            Self.reply(String(repeating: "0", count: 80)),
            Self.reply("rgb:ff/ff/ff" + String(repeating: " ", count: 60)),
            Self.reply("rgb:ｆｆ/ff/ff"),                 // full-width digits are not hex to a terminal
            [],
        ]
        for bytes in bad {
            #expect(TerminalBackground.parseReply(bytes) == nil, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        // no reply longer than the C side keeps is taken
        #expect(TerminalBackground.maximumReply == 64)
        #expect(TerminalBackground.parseReply(Array(repeating: 0x1B, count: 65)) == nil)
    }

    @Test func lightOrDarkByLuminance() {
        #expect(TerminalBackground.of(RGB(255, 255, 255)) == .light)
        #expect(TerminalBackground.of(RGB(0, 0, 0)) == .dark)
        #expect(TerminalBackground.of(RGB(0x28, 0x2c, 0x34)) == .dark)   // One Dark
        #expect(TerminalBackground.of(RGB(0x00, 0x2b, 0x36)) == .dark)   // Solarized dark
        #expect(TerminalBackground.of(RGB(0xee, 0xe8, 0xd5)) == .light)  // Solarized light base2
        // either side of the point where black and white text read equally well
        #expect(TerminalBackground.of(RGB(110, 110, 110)) == .dark)
        #expect(TerminalBackground.of(RGB(125, 125, 125)) == .light)
    }

    @Test func colorfgbgHints() {
        #expect(TerminalBackground.hint(colorfgbg: "15;0") == .dark)
        #expect(TerminalBackground.hint(colorfgbg: "0;15") == .light)
        #expect(TerminalBackground.hint(colorfgbg: "0;default;15") == .light)  // rxvt with xpm
        #expect(TerminalBackground.hint(colorfgbg: "7;8") == .dark)
        #expect(TerminalBackground.hint(colorfgbg: "0;7") == .light)
        for nothing in [nil, "", "default;default", "15;", "15;16", "15;-1", "15;999999999999999999999", "x", String(repeating: "1;", count: 40) + "0"] {
            #expect(TerminalBackground.hint(colorfgbg: nothing) == nil, "\(nothing ?? "nil")")
        }
    }

    @Test func autoPicksByBackgroundAndSlidesKeepTheProjector() {
        #expect(ThemeName.auto.resolved(background: .light, slides: false) == .light)
        #expect(ThemeName.auto.resolved(background: .dark, slides: false) == .dark)
        #expect(ThemeName.auto.resolved(background: nil, slides: false) == .dark)
        #expect(ThemeName.auto.resolved(background: .light, slides: true) == .projector)
        #expect(ThemeName.mono.resolved(background: .light, slides: false) == .mono)
        #expect(ThemeName.auto.followsBackground(slides: false))
        #expect(!ThemeName.auto.followsBackground(slides: true))
        #expect(!ThemeName.dark.followsBackground(slides: false))
        // every name but auto is a theme, at every depth, with every role
        for name in ThemeName.allCases where name != .auto {
            for colors in [8, 16, 256] {
                let theme = Theme.named(name.rawValue, colors: colors)
                #expect(theme != nil && Role.allCases.allSatisfy { theme?.looks[$0] != nil }, "\(name) \(colors)")
            }
        }
        #expect(Theme.named("auto", colors: 256) == nil)
    }

    @Test func themeFlagThenEnvironmentThenAuto() throws {
        #expect(try ThemeName.chosen(nil, environment: [:]) == .auto)
        #expect(try ThemeName.chosen(nil, environment: ["PIR_THEME": ""]) == .auto)
        #expect(try ThemeName.chosen(nil, environment: ["PIR_THEME": "light"]) == .light)
        #expect(try ThemeName.chosen(nil, environment: ["PIR_THEME": "Projector-Dark"]) == .projectorDark)
        #expect(try ThemeName.chosen(.mono, environment: ["PIR_THEME": "light"]) == .mono)
        // the flag wins even over a wrong variable
        #expect(try ThemeName.chosen(.dark, environment: ["PIR_THEME": "neon"]) == .dark)
        do {
            _ = try ThemeName.chosen(nil, environment: ["PIR_THEME": "neon\u{1B}[2J"])
            Issue.record("a wrong PIR_THEME was taken")
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix("PIR_THEME=neon\u{FFFD}[2J: choose auto, dark, light"), "\(message)")
            #expect(!message.contains("\u{1B}") && !message.contains("\n"))
        }
    }
}
