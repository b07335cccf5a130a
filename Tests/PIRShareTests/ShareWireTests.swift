import Foundation
import Testing
@testable import PIRShare

/// What a peer may send a follower: every number range-checked at decoding, so nothing past
/// `MessageReader` can trap on it. The hostile values are the issue's (1e308 crashed followers in
/// `Int(now - startedAt)`), and their neighbours.
@Suite struct ShareWireTests {
    static let hostile: [String] = [
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":1e308}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":1e19}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":-1e19}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":9.3e18}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":-1e308}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":1e400}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":"NaN"}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":-0.5}}"#,
        #"{"type":"state","state":{"slide":9300000000000000000,"step":0,"blank":false,"startedAt":0}}"#,
        #"{"type":"state","state":{"slide":9223372036854775807,"step":9223372036854775807,"blank":false,"startedAt":0}}"#,
        #"{"type":"state","state":{"slide":-1,"step":0,"blank":false,"startedAt":0}}"#,
        #"{"type":"state","state":{"slide":0,"step":-9223372036854775808,"blank":false,"startedAt":0}}"#,
        #"{"type":"state","state":{"slide":1e19,"step":0,"blank":false,"startedAt":0}}"#,
        #"{"type":"state","state":{"slide":1.5,"step":0,"blank":false,"startedAt":0}}"#,
        #"{"type":"state","state":{"slide":1,"step":0,"blank":false,"startedAt":0,"exploring":"\#(String(repeating: "x", count: 5000))"}}"#,
        #"{"type":"hello","hello":{"version":1,"entries":["#  + Array(repeating: #""end""#, count: 20_000).joined(separator: ",") + #"],"notes":[],"titles":[]}}"#,
        #"{"type":"hello","hello":{"version":1,"entries":["end"],"notes":[null,null],"titles":[]}}"#,
        String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
        String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000),
        #"{"type":"\u001b[31m"}"#,
    ]

    /// Each is refused as malformed, or decodes to values inside the limits.
    @Test(arguments: hostile.indices)
    func hostileMessagesAreRefusedOrInRange(_ index: Int) {
        var reader = MessageReader()
        do {
            let messages = try reader.feed(Data((Self.hostile[index] + "\n").utf8))
            for message in messages {
                if let state = message.state {
                    #expect((0...1_000_000).contains(state.slide) && (0...1_000_000).contains(state.step), "\(state)")
                    #expect(state.startedAt.isFinite && state.startedAt >= 0 && state.startedAt < 5e9, "\(state.startedAt)")
                    #expect((state.exploring?.utf8.count ?? 0) <= 256)
                }
                if let hello = message.hello {
                    #expect(hello.entries.count <= 500 && hello.notes.count <= hello.entries.count)
                }
            }
        } catch {
            // refused: and the reason shown to the follower carries no control character
            if case .malformed(let why) = error {
                #expect(!why.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(why)")
            }
        }
    }

    @Test func oneLimitOnBothSides() {
        // a deck within every deck limit (400 slides, a 600 KB file) whose notes quote a lot:
        // each `"` is two bytes in JSON, so the announcement is about 1.2 MB
        let entries = Array(repeating: "indicator 3.1.2", count: 400)
        let hello = Hello(title: nil, entries: entries, notes: Array(repeating: String(repeating: "\"", count: 1_500), count: 400),
                          titles: Array(repeating: "指标 3.1.2", count: 400))
        let line = ShareMessage.hello(hello).line()
        #expect(line.count > ShareLimits.maxLine)
        // the presenter refuses to share it, saying how large and what the limit is
        let problem = ShareLimits.problem(sharing: hello)
        #expect(problem?.contains("\(line.count - 1) bytes") == true && problem?.contains("\(ShareLimits.maxLine)") == true, "\(problem ?? "nil")")
        // and a follower refuses the same line, whole or in pieces
        var whole = MessageReader()
        #expect(throws: MessageReader.Failure.tooLong) { _ = try whole.feed(line) }
        var pieces = MessageReader()
        #expect(throws: MessageReader.Failure.tooLong) {
            for start in stride(from: 0, to: line.count, by: 64 * 1024) { _ = try pieces.feed(line[start..<min(line.count, start + 64 * 1024)]) }
        }
        // the standard deck's announcement is far inside it
        let small = Hello(title: nil, entries: ["title", "overview", "end"], notes: [nil, nil, nil], titles: ["a", "b", "c"])
        #expect(ShareLimits.problem(sharing: small) == nil)
        // more entries than a deck may have slides is refused by count, before any size
        let many = Hello(title: nil, entries: Array(repeating: "end", count: ShareLimits.maxEntries + 1), notes: [], titles: [])
        #expect(ShareLimits.problem(sharing: many)?.contains("501 entries, over the limit of 500") == true)
    }
}
