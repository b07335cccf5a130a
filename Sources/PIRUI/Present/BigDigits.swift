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
                    // one cell between the glyphs of a number (half a dot): tighter than the
                    // digit's width kept between numbers (`FigureGrid`), so `167 164 +2%` reads as three
                    if n > 0 { rows[r] += " " }
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
        let grid = rows.map { Array($0) }
        let width = grid.map(\.count).max() ?? 0
        func at(_ r: Int, _ c: Int) -> Character { c < grid[r].count ? grid[r][c] : " " }
        let glyphs: [(Character, [[Character]])] = font.keys.filter { $0 != " " && $0 != "–" }.sorted().compactMap { c in
            render(String(c), size: size, ascii: ascii).map { (c, $0.map { Array($0) }) }
        }
        // glyphs may begin or end with blank columns ("1", "7"), so a greedy scan can go wrong:
        // search, trying a glyph before skipping a blank column, and remember dead ends
        var dead = Set<Int>()
        func parse(_ c: Int) -> String? {
            if (c..<width).allSatisfy({ x in grid.indices.allSatisfy { at($0, x) == " " } }) { return "" }
            if dead.contains(c) { return nil }
            for (character, glyph) in glyphs {
                let w = glyph[0].count
                guard c + w <= width, grid.indices.allSatisfy({ r in (0..<w).allSatisfy { glyph[r][$0] == at(r, c + $0) } }) else { continue }
                if let rest = parse(c + w) { return String(character) + rest }
            }
            if grid.indices.allSatisfy({ at($0, c) == " " }), let rest = parse(c + 1) { return rest }
            dead.insert(c)
            return nil
        }
        return parse(0)
    }

}
