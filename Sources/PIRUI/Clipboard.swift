import Foundation

/// The OSC 52 sequence that asks the terminal to put text on the clipboard. It travels with the
/// screen output, so it works over SSH; tmux and screen pass it on only when it is wrapped in their
/// pass-through DCS, with every ESC inside doubled (tmux) and the whole in ESC P … ESC \.
public enum Clipboard {
    public enum Multiplexer: Sendable { case none, tmux, screen }

    /// tmux sets TMUX; screen sets STY (and TERM=screen*).
    public static func multiplexer(environment: [String: String]) -> Multiplexer {
        if let tmux = environment["TMUX"], !tmux.isEmpty { return .tmux }
        if environment["STY"] != nil || (environment["TERM"] ?? "").hasPrefix("screen") { return .screen }
        return .none
    }

    public static func osc52(_ text: String, multiplexer: Multiplexer) -> String {
        let payload = Data(text.utf8).base64EncodedString()
        let osc = "\u{1B}]52;c;\(payload)\u{07}"
        switch multiplexer {
        case .none: return osc
        case .tmux: return "\u{1B}Ptmux;" + osc.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
        case .screen:
            // screen's DCS strings are limited in length: send the sequence in chunks of 76 bytes
            var out = ""
            var rest = Substring(osc)
            while !rest.isEmpty {
                out += "\u{1B}P" + rest.prefix(76) + "\u{1B}\\"
                rest = rest.dropFirst(76)
            }
            return out
        }
    }
}
