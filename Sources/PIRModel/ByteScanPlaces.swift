#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Saying where: the JSON path, line and column, and the offending text shown safely, for the
/// problems `ByteScan` finds (kept apart from the scan itself, which is one pass over the bytes).
extension ByteScan {
    var path: String {
        var out = ""
        for frame in frames {
            if frame.isObject {
                guard let range = frame.key else { continue }
                let key = self.key(range)
                out += out.isEmpty ? key : "." + key
            } else {
                out += "[\(frame.index)]"
            }
        }
        return out
    }

    func problem(_ message: String, at offset: Int? = nil) -> Problem {
        Problem(offset: offset ?? i, message: message, path: path)
    }

    /// A syntax error says "not valid JSON" and where, in the terms of a text editor.
    func syntax(_ message: String) -> Problem {
        var line = 1, column = 1
        for b in bytes[..<min(i, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        var found = problem("not valid JSON: \(message) (line \(line), column \(column))")
        found.bare = "not valid JSON: \(message)"
        return found
    }

    /// Line and column (counting characters, from 1) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    func notUTF8(_ offset: Int) -> Problem {
        problem("not valid UTF-8 (byte \(offset))", at: offset)
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<min(to, bytes.count)]), as: UTF8.self)
    }

    func shown(at offset: Int) -> String {
        shown(byte: bytes[offset])
    }

    func shown(byte b: UInt8) -> String {
        (0x21...0x7E).contains(b) ? "\"\(Character(UnicodeScalar(b)))\"" : "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
