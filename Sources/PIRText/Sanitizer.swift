/// Text from data is untrusted: nothing in it may drive the terminal, and what is drawn must take
/// exactly the cells `DisplayWidth` says, on any terminal. So before a string reaches a screen or a pipe:
/// - control characters (C0, DEL, C1 — so ESC and every CSI/OSC/DCS introducer, BEL, BS, CR) become
///   U+FFFD, visible but inert; a tab becomes one space (its width depends on the terminal); a line
///   feed stays (line structure is the caller's business); U+2028/U+2029 become a space;
/// - format characters (Unicode category Cf: bidi overrides, embeddings and isolates, zero-width
///   spaces and joiners, the BOM, soft hyphens) are removed: they would reorder the rest of the
///   screen line or take a width terminals disagree on;
/// - each grapheme cluster is reduced to what every terminal draws the same way: its first visible
///   character and up to four combining marks. The variation selectors U+FE0E/U+FE0F go (terminals
///   disagree on the width they give), and so does anything joined after the first visible
///   character: the later emoji of a ZWJ sequence, skin-tone modifiers, the second half of a flag.
///   A combining mark with nothing to combine with goes too. This is also what ncurses keeps of a cell.
public enum Sanitizer {
    /// Shown in place of a control character, so its presence is visible but inert.
    public static let replacement: Character = "\u{FFFD}"
    /// Combining marks kept on one character (ncurses keeps five characters to a cell).
    public static let maximumMarks = 4

    public static func clean(_ text: String) -> String {
        if !needsCleaning(text) { return text }
        var out = String.UnicodeScalarView()
        // only text with something that can join a cluster needs the slower pass over clusters
        guard text.unicodeScalars.contains(where: { $0.value >= 0x300 && (DisplayWidth.of($0) == 0 || joinsClusters($0)) }) else {
            for scalar in text.unicodeScalars { append(scalar, to: &out) }
            return String(out)
        }
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count == 1 { append(scalars.first!, to: &out); continue }
            // the first visible character; a cluster of nothing but marks and format characters goes
            guard let base = scalars.firstIndex(where: { DisplayWidth.of($0) > 0 }) else { continue }
            append(scalars[base], to: &out)
            var marks = 0
            for scalar in scalars[scalars.index(after: base)...] where DisplayWidth.of(scalar) == 0 {
                if scalar.value == 0x0A { out.append(scalar); continue }
                if scalar.value == 0xFE0E || scalar.value == 0xFE0F || scalar.properties.generalCategory == .format { continue }
                guard marks < maximumMarks else { break }
                out.append(scalar)
                marks += 1
            }
        }
        return String(out)
    }

    /// One scalar on its own: controls replaced, format characters and variation selectors dropped.
    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x0A: out.append(scalar)
        case 0x09, 0x2028, 0x2029: out.append(" ")
        case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
        case 0xFE0E, 0xFE0F: return
        default:
            if scalar.properties.generalCategory == .format { return }
            // a combining mark on its own has nothing to combine with
            if scalar.value >= 0x300, DisplayWidth.of(scalar) == 0 { return }
            out.append(scalar)
        }
    }

    /// Scalars that can put a second visible character in one grapheme cluster.
    static func joinsClusters(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF: return true  // regional indicators, skin tones
        default: return scalar.properties.generalCategory == .spacingMark || (0x1100...0x115F).contains(scalar.value)
        }
    }

    /// Whether `clean` would change anything. Every string drawn passes through here and almost
    /// none needs a change, so the scalars of everyday text (ASCII, CJK ideographs and punctuation,
    /// fullwidth forms, Latin-1, box drawing) are let through on their value alone.
    static func needsCleaning(_ text: String) -> Bool { needsCleaning(text[...]) }

    /// `needsCleaning` of part of a string (`pir search` asks it of each line it has written).
    public static func needsCleaning(_ text: Substring) -> Bool {
        // by the UTF-8 bytes where they are at hand (a native string's are): printable ASCII and
        // the ideographs U+4000–U+9FFF (lead byte 0xE4–0xE9), most of the report's text, on one
        // byte each without decoding (`pir search` asks this of every line it prints)
        let byBytes = text.utf8.withContiguousStorageIfAvailable { u -> Bool in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x20 && b < 0x7F { i += 1; continue }
                if b >= 0xE4 && b <= 0xE9 { i += 3; continue }
                let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                // a string's UTF-8 is valid: a lead byte's continuation bytes are there
                var v = length == 1 ? UInt32(b) : UInt32(b) & (0x7F >> length)
                for k in 1..<length { v = v << 6 | UInt32(u[i + k] & 0x3F) }
                guard let scalar = Unicode.Scalar(v), !needsCleaning(scalar) else { return true }
                i += length
            }
            return false
        }
        return byBytes ?? text.unicodeScalars.contains(where: needsCleaning)
    }

    /// Whether `clean` would change or drop this scalar.
    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF, 0x2500...0x27BF,
             0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9F, 0xFFE0...0xFFE6:
            return false
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x2028, 0x2029, 0xFE0E, 0xFE0F:
            return true
        default:
            return scalar.properties.generalCategory == .format || DisplayWidth.of(scalar) == 0 || joinsClusters(scalar)
        }
    }
}
