import Foundation
import PIRModel
import PIRText
import Testing

/// A dataset whose text tries to reorder or break the terminal with what JSON lets through (bidi
/// overrides and isolates, zero-width characters, combining-mark stacks, emoji ZWJ sequences and
/// presentation selectors, soft hyphens, line separators), run through `show`, `search`,
/// `export --format markdown` and the explorer: the bytes pir writes carry none of it, and columns
/// stay aligned.
@Suite(.serialized) struct InertTextTests {
    static let attack = "\u{202E}反向\u{202C}\u{2066}隔离\u{2069}\u{200F}零\u{200B}宽\u{200D}\u{FEFF}软\u{AD}连"
        + "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}👨\u{200D}👩\u{200D}👧❤\u{FE0F}👍🏽行\u{2028}段"

    /// Everything pir must never write from data: C0 (other than its own line ends and, in the
    /// explorer, the escape sequences of its terminal control), C1, format characters, presentation selectors.
    static func forbidden(in text: String, allowEscape: Bool) -> [String] {
        var found = Set<String>()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A && v != 0x0D && !(allowEscape && (v == 0x1B || v == 0x08 || v == 0x07)))
                || (0x7F...0x9F).contains(v) || v == 0xFE0E || v == 0xFE0F || scalar.properties.generalCategory == .format
            if bad { found.insert("U+" + String(v, radix: 16, uppercase: true)) }
        }
        return found.sorted()
    }

    static func dataset() throws -> URL {
        var root = try JSONSerialization.jsonObject(with: ReportLoader.bundledData()) as! [String: Any]
        var outcomes = root["outcomes"] as! [[String: Any]]
        outcomes[0]["title"] = "强有力的三方成员" + attack
        var highlights = outcomes[0]["highlights"] as! [String]
        highlights[0] = attack + highlights[0]
        outcomes[0]["highlights"] = highlights
        var outputs = outcomes[0]["outputs"] as! [[String: Any]]
        var indicators = outputs[0]["indicators"] as! [[String: Any]]
        indicators[0]["title"] = attack + "指标"
        outputs[0]["indicators"] = indicators
        outcomes[0]["outputs"] = outputs
        root["outcomes"] = outcomes
        var regions = root["regions"] as! [[String: Any]]
        regions[0]["name"] = "非洲" + attack
        root["regions"] = regions
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pir-inert-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: root).write(to: url)
        return url
    }

    @Test(arguments: [["show", "1"], ["show", "1.1"], ["show", "1.1.1"], ["show", "africa"], ["search", "反向"],
                      ["search", "隔离"], ["export", "--what", "outcomes", "--format", "markdown"],
                      ["export", "--what", "indicators", "--format", "markdown"], ["export", "--what", "regions", "--format", "markdown"]])
    func plainOutputIsInert(_ arguments: [String]) throws {
        let data = try Self.dataset()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Binary.run(["--data", data.path] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(Self.forbidden(in: result.stdout, allowEscape: false) == [], "\(arguments)")
        #expect(result.stdout.contains("反向"), "the text itself is kept: \(arguments)")
        // a heading's underline is as wide as the heading as drawn
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (n, line) in lines.enumerated().dropLast() where line.contains("反向") {
            let next = lines[n + 1]
            if !next.isEmpty, next.allSatisfy({ $0 == "=" }), next.count < 80 {
                #expect(next.count == line.cellWidth, "\(line) / \(next)")
            }
        }
    }

    /// The indicator table of output 1.1: every row's columns start at the same cell, the hostile
    /// title included.
    @Test func tablesStayAligned() throws {
        let data = try Self.dataset()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Binary.run(["--data", data.path, "show", "1.1"])
        let rows = result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("1.1.") }
        #expect(rows.count >= 2)
        // the region figures end at the same cell in every row: cut each row before its title
        let ends = rows.map { row -> Int in
            let cut = row.range(of: "  ", options: .backwards).map { row[..<$0.lowerBound] } ?? row[...]
            return String(cut).cellWidth
        }
        #expect(Set(ends).count == 1, "\(rows)")
    }

    /// The explorer in a real terminal with the same dataset: no forbidden character in the bytes it
    /// writes, and the outcome pane's right border stays in one column on every row.
    @Test func theExplorerWritesNothingForbidden() async throws {
        let data = try Self.dataset()
        defer { try? FileManager.default.removeItem(at: data) }
        for keys in ["", "0d", "0d0d", "2f e5 8f 8d e5 90 91 0d".replacingOccurrences(of: " ", with: "")] {
            let o = try await PTY.run("pty-scenarios", ["run", "--size", "120x40", "--keys", keys, "--", "--data", data.path, "--view", "explorer"])
            #expect(o.int("status") == 0, "\(o)")
            #expect(o.strings("bidi_controls") == [] && o.strings("c1_controls") == [], "\(o)")
            #expect(o.strings("format_characters") == [], "\(o)")
            let screen = o.screen.split(separator: "\n").map(String.init)
            #expect(screen.count == 40, "\(o)")
            if keys.isEmpty {
                // rows 3… of the outcomes pane: "│ … │" with the right border at one cell
                let borders = screen[3..<14].compactMap { row -> Int? in
                    guard let end = row.dropFirst().firstIndex(of: "│") else { return nil }
                    return String(row[...end]).cellWidth
                }
                #expect(Set(borders).count == 1, "\(screen.prefix(15).joined(separator: "\n"))")
                #expect(screen.joined().contains("强有力的"), "\(o)")
            }
        }
    }
}
