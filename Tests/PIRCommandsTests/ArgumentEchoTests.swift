import Foundation
import Testing

/// What pir quotes back from its arguments is drawn inert: a bad `--share` name (or an unknown
/// option) with ESC and BEL in it reached stderr raw, and so the terminal.
@Suite struct ArgumentEchoTests {
    static func controls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
    }

    @Test(arguments: [
        ["present", "--share", "talk\u{1B}]0;owned\u{07}\u{1B}[2J"],
        ["present", "--notes", "x\u{1B}[31m\u{7F}\u{9B}1m"],
        ["follow", "a\u{1B}c"],
        ["--bogus\u{1B}[5m", "show", "3"],
    ])
    func echoedWithoutControls(_ arguments: [String]) throws {
        let r = try Binary.run(arguments)
        #expect(r.status == 2, "\(arguments): \(r.status)")
        #expect(!r.stderr.isEmpty)
        #expect(Self.controls(r.stderr).isEmpty, "raw controls on stderr: \(Self.controls(r.stderr).map { String($0.value, radix: 16) })")
        // what was typed is still recognisable, its controls shown as U+FFFD
        #expect(r.stderr.contains("\u{FFFD}"), "\(r.stderr.debugDescription)")
    }
}
