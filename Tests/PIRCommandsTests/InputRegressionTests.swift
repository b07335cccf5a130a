import Foundation
import Testing

/// Input the fuzzer found pir choking on, each now a fixed case: pir must stay responsive after it.
@Suite(.serialized) struct InputRegressionTests {
    /// Bytes, then `?`: the help must show (and so every key after the junk still arrives).
    @Test(arguments: [
        // not UTF-8: ncurses' wget_wch swallowed every later key after one such byte
        ("a lone 0xFF", "ff"), ("a lead byte cut short", "e4"), ("two of three bytes", "e4b8"), ("a stray continuation byte", "80"),
        ("a lead byte then ASCII", "c328"), ("an overlong encoding", "c0af"), ("a surrogate encoded", "eda080"),
        // Ctrl-S: with XON/XOFF flow control on, the screen froze until Ctrl-Q
        ("Ctrl-S", "13"),
        // mouse reports cut short or garbled
        ("an SGR report cut short", "1b5b3c33383b35"), ("an SGR report with 30 digits", "1b5b3c" + String(repeating: "39", count: 30) + "3b313b314d"),
        ("an X10 report with high bytes", "1b5b4dfffefd"), ("CSI with 2000 digits", "1b5b" + String(repeating: "39", count: 2000) + "41"),
        ("an OSC string never ended", "1b5d303b" + String(repeating: "78", count: 100)),
    ])
    func junkThenHelp(name: String, hex: String) async throws {
        let o = try await PTY.run("pty-scenarios", ["run", "--burst", hex, "--keys", "1b1b3f", "--until", "帮助 Help"])
        #expect(o.screen.contains("帮助 Help"), "\(name): \(o)")
        #expect(o.int("status") == 0, "\(name): \(o)")
        #expect(o.strings("modes_left_on") == [], "\(name): \(o)")
    }

    /// A bracketed paste is text: `xq` pasted neither exports nor quits but opens a search for it;
    /// Esc closes the search, Esc q quits, and the paste mode is off again afterwards.
    @Test func aPasteIsTextNotKeys() async throws {
        let paste = "1b5b3230307e" + Data("xq 就业".utf8).map { String(format: "%02x", $0) }.joined() + "1b5b3230317e"
        let o = try await PTY.run("pty-scenarios", ["run", "--burst", paste])
        #expect(o.screen.contains("xq 就业"), "\(o)")
        #expect(o.int("status") == 0, "\(o)")
        #expect(o.strings("modes_left_on") == [], "\(o)")
    }

    /// A mouse report cut short, then a resize: ncurses' own report parser read on without a time
    /// limit, so the resize (and the keys after it) waited for bytes that never came. Likewise a
    /// paste begun and never ended (found by the long fuzz run): the paste swallowed the resize.
    @Test(arguments: ["1b5b3c33383b35", "1b5b3c", "1b5b3c303b313b", "1b5b3230307e", "1b5b3230307e41424344"])
    func aCutReportDoesNotHoldUpAResize(hex: String) async throws {
        let o = try await PTY.run("pty-scenarios", ["run", "--size", "110x37", "--burst", hex, "--then-size", "100x30"])
        let rows = o.screen.split(separator: "\n")
        #expect(rows.count == 30, "\(o)")
        // the repaint is for 100 columns: the title bar's right end is at the new edge
        #expect(rows.first.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression).hasSuffix("[概览 Overview]") } == true, "\(o)")
    }
}
