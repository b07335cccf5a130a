import Foundation

/// One pass over the raw bytes before decoding: refuses what the decoder would trip over or what
/// must never reach a terminal (control characters hidden in `\u` escapes), and remembers the JSON
/// path of the problem so the message can say where it is.
struct ByteScan {
    struct Problem {
        var offset: Int
        var message: String
        var frames: [Frame]
        var data: Data

        func path(in _: Data) -> String {
            var out = ""
            for frame in frames {
                switch frame.kind {
                case .array:
                    out += "[\(frame.index)]"
                case .object:
                    guard let range = frame.key else { continue }
                    let key = String(decoding: data[range], as: UTF8.self)
                    out += out.isEmpty ? key : "." + key
                }
            }
            return out
        }
    }

    struct Frame {
        enum Kind { case object, array }
        var kind: Kind
        var index = 0
        var key: Range<Data.Index>?
        var expectingKey = true
    }

    static func scan(_ data: Data) -> Problem? {
        // Raw bytes rather than `Data`'s subscript: this pass touches every byte of the file, and on a
        // 40 MB dataset the difference is a second against a few tens of milliseconds.
        let found: (offset: Int, message: String, frames: [Frame])? = data.withUnsafeBytes { raw in
            scan(raw.bindMemory(to: UInt8.self), base: data.startIndex)
        }
        if let found {
            return Problem(offset: found.offset, message: found.message, frames: found.frames, data: data)
        }
        // Swift's own validation is fast; only a file that fails it is walked again for the offset.
        let valid = data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
        if !valid, let offset = firstInvalidUTF8(data) {
            return Problem(offset: offset, message: "not valid UTF-8 (byte \(offset))", frames: [], data: data)
        }
        return nil
    }

    /// The structural pass over `bytes`; `base` is the `Data` index of its first byte, for key ranges.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) -> (offset: Int, message: String, frames: [Frame])? {
        var frames: [Frame] = []
        frames.reserveCapacity(16)
        var i = 0
        let end = bytes.count
        func problem(_ offset: Int, _ message: String) -> (Int, String, [Frame]) { (offset, message, frames) }
        func hexValue(_ at: Int) -> UInt32? {
            guard at + 3 < end else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = bytes[k]
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(c - UInt8(ascii: "A") + 10)
                default: return nil
                }
            }
            return v
        }
        while i < end {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if frames.count >= ReportLoader.maxDepth {
                    return problem(i, "nesting deeper than \(ReportLoader.maxDepth) levels (byte \(i))")
                }
                frames.append(Frame(kind: byte == UInt8(ascii: "{") ? .object : .array))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !frames.isEmpty { frames.removeLast() }
            case UInt8(ascii: ","):
                if !frames.isEmpty {
                    let top = frames.count - 1
                    if frames[top].kind == .array { frames[top].index += 1 } else { frames[top].expectingKey = true }
                }
            case UInt8(ascii: ":"):
                if !frames.isEmpty { frames[frames.count - 1].expectingKey = false }
            case UInt8(ascii: "\""):
                let start = i + 1
                var j = start
                var closed = false
                while j < end {
                    let b = bytes[j]
                    if b == UInt8(ascii: "\"") { closed = true; break }
                    if b < 0x20 {
                        return problem(j, "control character U+\(hex(UInt32(b))) in a string")
                    }
                    if b == UInt8(ascii: "\\") {
                        guard j + 1 < end else { break }
                        let e = bytes[j + 1]
                        switch e {
                        case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                            return problem(j, "control character escape \\\(Character(UnicodeScalar(e))) in a string")
                        case UInt8(ascii: "u"):
                            guard j + 5 < end, let v = hexValue(j + 2) else {
                                return problem(j, "malformed \\u escape in a string")
                            }
                            if (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) {
                                return problem(j, "control character U+\(hex(v)) in a string")
                            }
                            if (0xD800...0xDBFF).contains(v) {
                                // a high surrogate must be followed by a low one
                                let next = j + 6
                                let low: UInt32? = next + 5 < end && bytes[next] == UInt8(ascii: "\\") && bytes[next + 1] == UInt8(ascii: "u")
                                    ? hexValue(next + 2) : nil
                                guard let low, (0xDC00...0xDFFF).contains(low) else {
                                    return problem(j, "unpaired surrogate \\u\(hex(v)) in a string")
                                }
                                j += 6
                            } else if (0xDC00...0xDFFF).contains(v) {
                                return problem(j, "unpaired surrogate \\u\(hex(v)) in a string")
                            }
                            j += 6
                            continue
                        default:
                            break
                        }
                        j += 2
                        continue
                    }
                    if b == 0xC2, j + 1 < end, (0x80...0x9F).contains(bytes[j + 1]) {
                        return problem(j, "control character U+\(hex(UInt32(bytes[j + 1]))) in a string")
                    }
                    j += 1
                }
                guard closed else { return problem(i, "unterminated string (byte \(i))") }
                if j - start > ReportLoader.maxStringBytes {
                    return problem(i, "string of \(j - start) bytes is longer than the limit of \(ReportLoader.maxStringBytes)")
                }
                if !frames.isEmpty {
                    let top = frames.count - 1
                    if frames[top].kind == .object && frames[top].expectingKey { frames[top].key = (base + start)..<(base + j) }
                }
                i = j
            default:
                break
            }
            i += 1
        }
        return nil
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var scalarStart = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                scalarStart = offset
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }
}
