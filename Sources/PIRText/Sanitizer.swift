/// Text from data is untrusted: nothing in it may drive the terminal. Control characters (C0, DEL,
/// C1, so ESC and every CSI/OSC/DCS introducer), bidi overrides and isolates, and invisible format
/// characters are replaced or removed before a string reaches a screen or a pipe.
public enum Sanitizer {
    /// Shown in place of a control character, so its presence is visible but inert.
    public static let replacement: Character = "\u{FFFD}"

    public static func clean(_ text: String) -> String {
        if !needsCleaning(text) { return text }
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

    /// Whether any scalar `clean` changes is present, decided on the UTF-8 bytes: every string drawn
    /// passes through here, and almost none needs a change.
    static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F { return true }
                    i += 1
                    continue
                }
                let b1: UInt8 = i + 1 < n ? bytes[i + 1] : 0
                let b2: UInt8 = i + 2 < n ? bytes[i + 2] : 0
                switch b {
                case 0xC2 where (0x80...0x9F).contains(b1): return true  // C1 controls
                case 0xD8 where b1 == 0x9C: return true  // U+061C
                case 0xE2 where b1 == 0x80 && ((0x8B...0x8F).contains(b2) || (0xAA...0xAE).contains(b2)): return true
                case 0xE2 where b1 == 0x81 && (b2 == 0xA0 || (0xA6...0xA9).contains(b2)): return true
                case 0xEF where b1 == 0xBB && b2 == 0xBF: return true  // U+FEFF
                default: break
                }
                i += 1
            }
            return false
        }
    }
}
