/// Text from data is untrusted: nothing in it may drive the terminal. Control characters (C0, DEL,
/// C1, so ESC and every CSI/OSC/DCS introducer), bidi overrides and isolates, and invisible format
/// characters are replaced or removed before a string reaches a screen or a pipe.
public enum Sanitizer {
    /// Shown in place of a control character, so its presence is visible but inert.
    public static let replacement: Character = "\u{FFFD}"

    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x09:
                out.append(" ")  // a tab's width depends on the terminal: make it one cell
            case 0x0A:
                out.append(scalar)  // line structure is the caller's business
            case 0x00...0x1F, 0x7F...0x9F:
                out.append(contentsOf: String(replacement).unicodeScalars)
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue  // bidi controls would reorder the rest of the screen line
            case 0x200B, 0x2060, 0xFEFF:
                continue  // invisible
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
