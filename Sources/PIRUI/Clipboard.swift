#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel

/// The OSC 52 sequence that asks the terminal to put text on the clipboard. It travels with the
/// screen output, so it works over SSH. Multiplexers in between need care:
///
/// - tmux handles a plain OSC 52 itself when `set-clipboard` is on (the usual setup; tmux ≥ 1.5):
///   it sets a tmux buffer and forwards the sequence to the outer terminal. Its pass-through DCS
///   (`ESC P tmux; …`, every ESC inside doubled) reaches the outer terminal only with
///   `allow-passthrough on`, which tmux ≥ 3.3 leaves off. So inside tmux both forms are sent: each
///   setting acts on one and ignores the other.
/// - screen passes the sequence on only inside its own DCS (`ESC P … ESC \`), in short chunks.
/// - A `TERM` of `screen*` or `tmux*` without `STY` or `TMUX` is a multiplexer on the far side of
///   SSH: tmux (whose default TERM is `screen`) or screen. The plain form serves tmux and the
///   chunked DCS serves screen; each ignores the other's (tmux drops a DCS not addressed to it,
///   screen an OSC it does not know).
///
/// pir cannot tell whether any of them reached a clipboard: the terminal does not answer.
public enum Clipboard {
    public enum Multiplexer: Sendable, Equatable {
        case none, tmux, screen
        /// `TERM=screen*` with neither `TMUX` nor `STY`: tmux or screen, seen through SSH.
        case tmuxOrScreen
    }

    /// tmux sets TMUX; screen sets STY; over SSH only TERM is left to go by.
    public static func multiplexer(environment: [String: String]) -> Multiplexer {
        if let tmux = environment["TMUX"], !tmux.isEmpty { return .tmux }
        if let sty = environment["STY"], !sty.isEmpty { return .screen }
        let term = environment["TERM"] ?? ""
        if term.hasPrefix("tmux") { return .tmux }
        if term.hasPrefix("screen") { return .tmuxOrScreen }
        return .none
    }

    /// The bytes to write for `text`, for the multiplexer in between.
    public static func osc52(_ text: String, multiplexer: Multiplexer) -> String {
        let osc = plain(text)
        switch multiplexer {
        case .none: return osc
        case .tmux: return osc + tmuxPassthrough(osc)
        case .screen: return screenDCS(osc)
        case .tmuxOrScreen: return osc + screenDCS(osc)
        }
    }

    /// `ESC ] 52 ; c ; base64 BEL`.
    public static func plain(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    /// tmux's pass-through: `ESC P tmux;` the sequence with every ESC doubled, `ESC \`.
    static func tmuxPassthrough(_ sequence: String) -> String {
        "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    /// screen's DCS strings are limited in length: the sequence in chunks of 76 bytes, each in
    /// `ESC P … ESC \` (base64 and the OSC framing are ASCII, so a chunk never splits a character).
    static func screenDCS(_ sequence: String) -> String {
        var out = ""
        var rest = Substring(sequence)
        while !rest.isEmpty {
            out += "\u{1B}P" + rest.prefix(76) + "\u{1B}\\"
            rest = rest.dropFirst(76)
        }
        return out
    }

    /// What the status line says after a copy: that the sequence was sent, not that it arrived,
    /// and inside tmux which setting it needs.
    public static func status(_ preview: String, multiplexer: Multiplexer, language: Language = .zh) -> String {
        let hint: String
        switch multiplexer {
        case .tmux, .tmuxOrScreen:
            hint = language.strings.explorer.tmuxHint
        default: hint = ""
        }
        return language.strings.explorer.sentToClipboard(hint) + preview
    }
}
