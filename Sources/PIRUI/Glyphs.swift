/// The characters the UI draws with. Unicode box lines and eighth blocks are "ambiguous width" in
/// East Asian terminals; nearly every terminal shows them one cell wide, and `--ascii` (or a
/// non-UTF-8 locale) switches to plain ASCII for the ones that do not.
import PIRText

public struct Glyphs: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String, topRight: String, bottomLeft: String, bottomRight: String
    /// Bar fill by eighths: index 1…8 (index 0 is empty).
    public var eighths: [String]
    public var barEmpty: String
    public var targetMarker: String
    /// Target met / below target: ✓ ✗, or in ASCII `ok` and `x` — never `+` and `-`, which read as
    /// a sign or a blank after `3 / 8`. Every view leaves `markWidth` cells for them.
    public var met: String
    public var below: String
    public var breadcrumb: String
    public var ellipsis: String
    public var selected: String
    public var bullet: String
    public var highlight: String
    public var sparks: [String]
    public var missing: String
    /// Heat shading for the regions matrix, lightest to darkest (index 0 is zero).
    public var shades: [String] = ["░", "░", "▒", "▓", "█"]
    /// Bar fill by halves in the lower half of the cell (index 0 empty, 1 half a cell, 2 a cell), for
    /// bars in adjacent rows: full-height blocks there ran into one block (the outcome slide's 11
    /// indicators read as one grey mass).
    public var lowHalves: [String] = ["", "▖", "▄"]

    /// Interface text (titles, the title line, status lines) as this set draws it: in ASCII, the
    /// ambiguous-width characters the interface writes into its wording — the ` · ` separator, sort
    /// arrows, `…`, `›`, dashes, `⏎`, `×` — become ASCII, so an ambiguous-wide terminal draws no
    /// line a cell too long.
    public func interface(_ text: String) -> String {
        guard self == .ascii, text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var out = ""
        for character in text {
            switch character {
            // the wider stand-ins, laid out before drawing; the one-cell ones are asciiCell's
            case "→": out += "->"
            case "←": out += "<-"
            case "⏎": out += "Enter"
            case "✓": out += met
            case "✗": out += below
            default: out.append(Self.asciiCell(character) ?? character)
            }
        }
        return out
    }

    /// The one-cell ASCII stand-in for an ambiguous-width character, for what reaches the screen
    /// in ASCII mode after layout (slides, data text such as 盖·莱德): one cell for one cell, so
    /// nothing moves; nil for a character that stays.
    public static func asciiCell(_ c: Character) -> Character? {
        switch c {
        case "·", "•", "–", "—", "━", "─": return "-"
        case "↑": return "^"
        case "↓": return "v"
        case "›", "»", "▌", "►": return ">"
        case "‹", "«": return "<"
        case "…": return "~"
        case "×": return "x"
        case "“", "”": return "\""
        case "‘", "’": return "'"
        default: return nil
        }
    }

    /// The cells a met / below mark takes (the wider of the two).
    public var markWidth: Int { max(met.cellWidth, below.cellWidth) }

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        eighths: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], barEmpty: " ", targetMarker: "┃",
        met: "✓", below: "✗", breadcrumb: " › ", ellipsis: "…", selected: "▌", bullet: "-", highlight: "►",
        sparks: ["▁", "▂", "▃", "▄", "▅", "▆"], missing: "·")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        eighths: ["", "#", "#", "#", "#", "#", "#", "#", "#"], barEmpty: ".", targetMarker: "|",
        met: "ok", below: "x", breadcrumb: " > ", ellipsis: "~", selected: ">", bullet: "-", highlight: ">",
        sparks: ["_", "_", "-", "=", "=", "#"], missing: ".",
        shades: [".", ".", ":", "+", "#"], lowHalves: ["", "#", "#"])
}
