import Foundation
import Testing

/// What a row move in the indicators pane costs on the wire (issue 18), in a real pseudo-terminal
/// (scripts/pty-row-bytes: the release or debug binary, xterm-256color, 120×40, outcome 1's
/// indicators walked down and back). Bytes, not time: they depend only on the screens and ncurses,
/// so the bounds hold on a loaded machine. The bounds sit between what a move cost before the
/// attribute changes were shortened (median 1,346 B, 3.27× the changed cells' bytes, 459 `ESC ( B`
/// over the 14 moves) and after (1,237 B, 3.02×, none), so a change that makes moves dearer again
/// — the band drawn with more attribute changes, rows rewritten that did not change — fails here.
@Suite(.serialized) struct RowMoveBytesTests {
    @Test func aRowMoveSendsLittleMoreThanItsChangedCells() async throws {
        let o = try await PTY.run("pty-row-bytes", [])
        let moves = (o["moves"] as? [[String: NSNumber]]) ?? []
        try #require(moves.count == 14, "\(o)")
        #expect(o.int("status") == 0, "\(o)")
        let sent = moves.map { $0["bytes"]?.intValue ?? 0 }
        let changed = moves.map { $0["changed_bytes"]?.intValue ?? 0 }
        // every move changes something on screen (the band, the detail, the status line)
        #expect(changed.allSatisfy { $0 > 0 }, "\(changed)")
        #expect(Self.median(sent) <= 1_300, "bytes per row move: \(sent)")
        let ratios = zip(sent, changed).map { Double($0) / Double(max(1, $1)) }
        #expect(Self.median(ratios) <= 3.1, "bytes ÷ changed cells' bytes: \(ratios)")
        // the G0 character set is chosen once at start, not again with every attribute change
        #expect(moves.allSatisfy { $0["charset"]?.intValue == 0 }, "\(moves)")
    }

    static func median<T: Comparable>(_ values: [T]) -> T {
        values.sorted()[values.count / 2]
    }
}
