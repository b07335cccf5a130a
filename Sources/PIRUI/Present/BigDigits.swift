import PIRText

/// Numbers drawn large, like a clock: each glyph is a 3×5 bitmap drawn with block characters, so
/// a key figure reads from the back of the room. Two sizes — `large` (5 rows, two cells per dot,
/// so digits look as tall as they are wide on a terminal's tall cells) and `compact` (3 rows, half
/// blocks) — and an ASCII rendering of each for `--ascii` and non-UTF-8 terminals.
public enum BigDigits {
    public enum Size: Sendable, CaseIterable { case large, compact }

    /// Rows a size takes.
    public static func height(_ size: Size) -> Int { size == .large ? 5 : 3 }

    /// 3 dots wide (1 or 2 for narrow marks), 5 high; `#` is ink.
    static let font: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        ".": [".", ".", ".", ".", "#"],
        ",": [".", ".", ".", "#", "#"],
        ":": [".", "#", ".", "#", "."],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"],
        "/": ["..#", "..#", ".#.", "#..", "#.."],
        "+": ["...", ".#.", "###", ".#.", "..."],
        "-": ["...", "...", "###", "...", "..."],
        "–": ["...", "...", "###", "...", "..."],
        " ": ["..", "..", "..", "..", ".."],
    ]

    /// Seven-segment digits for the compact ASCII rendering, where half blocks are not available.
    static let segments: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"], "1": ["   ", "  |", "  |"], "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"], "4": ["   ", "|_|", "  |"], "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"], "7": [" _ ", "  |", "  |"], "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"], ".": [" ", " ", "."], ",": [" ", " ", ","], ":": [" ", ".", "."],
        "%": ["   ", "o/ ", "/ o"], "/": ["  /", " / ", "/  "], "+": ["   ", "_|_", " | "],
        "-": ["   ", "___", "   "], "–": ["   ", "___", "   "], " ": ["  ", "  ", "  "],
    ]

    /// Whether every character of `text` has a big glyph.
    public static func canDraw(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { font[$0] != nil }
    }

    /// The rows of `text` drawn big: equal widths in cells, or nil when a character has no glyph.
    public static func render(_ text: String, size: Size, ascii: Bool) -> [String]? {
        guard canDraw(text) else { return nil }
        let glyphs = Array(text)
        switch (size, ascii) {
        case (.large, _):
            let ink = ascii ? "##" : "██"
            var rows = Array(repeating: "", count: 5)
            for (n, c) in glyphs.enumerated() {
                let bitmap = font[c]!
                for r in 0..<5 {
                    if n > 0 { rows[r] += "  " }  // one dot of space between glyphs
                    rows[r] += bitmap[r].map { $0 == "#" ? ink : "  " }.joined()
                }
            }
            return rows
        case (.compact, false):
            var rows = Array(repeating: "", count: 3)
            for (n, c) in glyphs.enumerated() {
                let bitmap = font[c]!
                let width = bitmap[0].count
                for r in 0..<3 {
                    if n > 0 { rows[r] += " " }
                    let top = Array(bitmap[2 * r])
                    let bottom = 2 * r + 1 < 5 ? Array(bitmap[2 * r + 1]) : Array(repeating: Character("."), count: width)
                    for x in 0..<width {
                        switch (top[x] == "#", bottom[x] == "#") {
                        case (true, true): rows[r] += "█"
                        case (true, false): rows[r] += "▀"
                        case (false, true): rows[r] += "▄"
                        case (false, false): rows[r] += " "
                        }
                    }
                }
            }
            return rows
        case (.compact, true):
            var rows = Array(repeating: "", count: 3)
            for (n, c) in glyphs.enumerated() {
                for r in 0..<3 {
                    if n > 0 { rows[r] += " " }
                    rows[r] += segments[c]![r]
                }
            }
            return rows
        }
    }

    /// Cells `text` takes at a size (0 when it cannot be drawn big).
    public static func width(_ text: String, size: Size, ascii: Bool) -> Int {
        render(text, size: size, ascii: ascii)?.first?.cellWidth ?? 0
    }

    /// Reads big digits back from rows of a frame: what a viewer would read. For tests, and so
    /// a test can say "896 is drawn large" without knowing where.
    public static func read(_ rows: [String], size: Size, ascii: Bool) -> String? {
        // try every glyph at the left edge, longest ink first; spaces between glyphs are skipped
        var remaining = rows
        var out = ""
        // wider glyphs first: a narrow one (",") can look like the left edge of a wide one ("/")
        let candidates = font.keys.filter { $0 != " " && $0 != "–" }
            .sorted { (font[$0]![0].count, String($0)) > (font[$1]![0].count, String($1)) }
        func dropLeading(_ n: Int) { remaining = remaining.map { String($0.dropFirst(n)) } }
        while remaining.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            if remaining.allSatisfy({ $0.first == " " || $0.isEmpty }) { dropLeading(1); continue }
            var matched = false
            for c in candidates {
                guard let glyph = render(String(c), size: size, ascii: ascii) else { continue }
                let w = glyph[0].count
                if zip(remaining, glyph).allSatisfy({ row, g in row.count >= w && String(row.prefix(w)) == g }) {
                    out.append(c)
                    dropLeading(w)
                    matched = true
                    break
                }
            }
            if !matched { return nil }
        }
        return out
    }
}
