import Foundation
import Testing

/// Polls a terminal screen until `predicate` holds on a settled frame, or `seconds` pass.
///
/// A frame reaches the pty in pieces, so a screen that already matches may still be half drawn:
/// once the predicate holds, this waits until two captures 50 ms apart agree, and assertions
/// about the rest of the screen judge a whole frame. A screen that keeps changing (a clock) but
/// matched is returned as last matched when time runs out.
func settledScreen(_ what: String, seconds: Int = 10, capture: () throws -> String,
                   _ predicate: (String) -> Bool) throws -> String {
    var text = ""
    var matched: String?
    for _ in 0..<(seconds * 20) {
        text = try capture()
        if predicate(text) {
            if text == matched { return text }
            matched = text
        } else {
            matched = nil
        }
        usleep(50_000)
    }
    if let matched { return matched }
    Issue.record("timed out waiting for \(what); screen:\n\(text)")
    return text
}
