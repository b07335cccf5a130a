import Foundation

/// Finds Chinese that an English screen or output shows unmarked: every CJK character must be
/// report text after a `[中文]` mark (on its line, or on the lines above that a wrapped paragraph
/// continues from) or a proper name of the allow-list. What is left is an interface string or a
/// report label that English mode forgot.
public enum EnglishCheck {
    /// The mark README promises before report text left in Chinese.
    public static let mark = "[中文]"

    /// Characters that separate panes: a text on one side does not continue on the other.
    static let borders: Set<String> = ["│", "|", "┃", "║", "┆"]

    /// Cells a wrapped line may leave blank before the right edge of its text column (a break
    /// moved for 禁则, a wide character that did not fit) and still be taken as continued on the
    /// next line. The column's edge is the furthest any line of the same pane reaches.
    static let wrapSlack = 6

    /// Each row's panes: the ranges of cells between borders.
    static func segments(_ row: [String]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for x in 0...row.count where x == row.count || borders.contains(row[x]) {
            if start < x { out.append(start..<x) }
            start = x + 1
        }
        return out
    }

    static func lastText(_ row: [String], _ segment: Range<Int>) -> Int? {
        segment.last { !row[$0].trimmingCharacters(in: .whitespaces).isEmpty }
    }

    public static func isCJK(_ s: Substring) -> Bool { s.unicodeScalars.contains(where: isCJK) }
    public static func isCJK(_ s: String) -> Bool { s.unicodeScalars.contains(where: isCJK) }
    static func isCJK(_ u: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(u.value) || (0x3400...0x9FFF).contains(u.value) || (0xFF00...0xFFEF).contains(u.value)
    }

    /// Plain text as rows of cells: a CJK character takes two (its text, then an empty cell).
    public static func cells(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.flatMap { c -> [String] in isCJK(String(c)) ? [String(c), ""] : [String(c)] }
        }
    }

    /// The cells a line's first word takes where it could not be broken: a Latin word or number
    /// (`COVID-19”`) and the character after it, which 禁则 keeps with it; one character otherwise.
    static func leadWidth(_ row: [String], from first: Int) -> Int {
        var x = first
        while x < row.count, row[x] != " ", row[x] != "", !isCJK(row[x]) { x += 1 }
        // the character after it (a CJK character is two cells: its text and an empty one)
        if x < row.count, row[x] != " " { x += isCJK(row[x]) ? 2 : 1 }
        return x - first
    }

    /// Each unmarked run of Chinese as `row: text of the row`, with the allowed names removed first.
    public static func unmarked(_ rows: [[String]], allowed: [String] = []) -> [String] {
        var found: [String] = []
        // the right edge of each pane's Chinese text: the furthest cell a row of it with Chinese
        // reaches (bars and tables may reach further than the paragraphs wrap)
        var edge: [Range<Int>: Int] = [:]
        for row in rows {
            for segment in segments(row) where isCJK(row[segment].joined()) {
                if let last = lastText(row, segment) { edge[segment] = max(edge[segment] ?? 0, last) }
            }
        }
        // segments of the row above whose marked text runs on, with the cells it left free
        var open: [(segment: Range<Int>, room: Int)] = []
        for (y, row) in rows.enumerated() {
            var nextOpen: [(segment: Range<Int>, room: Int)] = []
            for segment in segments(row) {
                let text = row[segment].joined()
                guard isCJK(text) else { continue }
                // the first non-space cell, for the continuation test
                let first = segment.first { !row[$0].trimmingCharacters(in: .whitespaces).isEmpty } ?? segment.lowerBound
                // continued where the row above left less room than this row's first word needs
                let continued = open.contains { $0.segment.contains(first) && $0.room <= max(wrapSlack, leadWidth(row, from: first)) }
                let markAt = text.range(of: mark)
                let checked: Substring
                if continued { checked = "" }
                else if let markAt { checked = text[..<markAt.lowerBound] }
                else { checked = Substring(text) }
                var rest = String(checked)
                for name in allowed { rest = rest.replacingOccurrences(of: name, with: "") }
                if isCJK(rest) { found.append("\(y): \(row.joined())") }
                // does this segment's marked text reach its end (a wrapped paragraph going on)?
                if continued || markAt != nil {
                    let last = lastText(row, segment) ?? segment.lowerBound
                    nextOpen.append((segment, (edge[segment] ?? last) - last))
                }
            }
            open = nextOpen
        }
        return found
    }
}
