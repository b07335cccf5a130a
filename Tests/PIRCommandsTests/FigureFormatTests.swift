import Foundation
import Testing
import PIRModel
@testable import PIRCommands

/// Every figure pir shows goes through `Figures`: over every rendered frame of every view and
/// slide, every `pir show`, every node's Markdown and the deck's exports, no number of four or
/// more digits is printed without the report's thousands separator (`1104.6` where the report
/// prints `1,104.6`). Years, and numbers the report's own text writes that way, are not figures.
@Suite struct FigureFormatTests {
    /// A run of digits, with decimals, not part of a word, a code or a grouped number.
    static let number = try! NSRegularExpression(pattern: #"(?<![\d,.\p{L}_/#=%-])\d{4,}(?:\.\d+)?(?![\d\p{L}_/])"#)

    /// Any run of four or more digits: what the report's own strings hold (a URL's `159767` is
    /// text, wherever the pane's wrapping puts it).
    static let digits = try! NSRegularExpression(pattern: #"\d{4,}(?:\.\d+)?"#)

    static func numbers(in text: String, _ pattern: NSRegularExpression = number) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// Years are printed as years (`2021`), not as figures.
    static func isYear(_ s: String) -> Bool { !s.contains(".") && (1900...2100).contains(Int(s) ?? 0) }

    /// The digit runs the report's own strings hold (its text, as the data stores it).
    static func written(in report: Report) throws -> Set<String> {
        var out = Set<String>()
        func walk(_ value: Any) {
            if let s = value as? String { out.formUnion(numbers(in: s, digits)) }
            else if let a = value as? [Any] { a.forEach(walk) }
            else if let d = value as? [String: Any] { d.values.forEach(walk) }
        }
        walk(try JSONSerialization.jsonObject(with: Data(try Exporter.json(report).utf8)))
        return out
    }

    @Test func noUngroupedFigureAnywhere() throws {
        let report = try ReportLoader.loadBundled()
        let written = try Self.written(in: report)
        var found: [String: String] = [:]
        let made = try RenderEverything.run(report) { what, text in
            // CSV and JSON are data: their numbers stay plain for programs
            if what.hasPrefix("export"), !what.hasSuffix("markdown") { return }
            for n in Self.numbers(in: text) where !Self.isYear(n) && !written.contains(n) { found[n] = found[n] ?? what }
        }
        #expect(made > 500)
        #expect(found.isEmpty, "ungrouped figures: \(found.sorted { $0.key < $1.key }.prefix(20).map { "\($0.key) in \($0.value)" })")
    }

    /// The test can fail: a figure written without the formatter is caught.
    @Test func theScanFindsAnUngroupedFigure() {
        #expect(Self.numbers(in: "合计 1104.6 百万美元") == ["1104.6"])
        #expect(Self.numbers(in: "合计 1,104.6 · 2021 年 · WCMS_822368 · 45 例").filter { !Self.isYear($0) }.isEmpty)
    }
}
