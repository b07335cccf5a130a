#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// One validating pass over the raw bytes before the decoder sees them. It refuses, with the JSON
/// path and the line and column, what Foundation's decoder would either refuse without saying where
/// ("The given data was not valid JSON.") or quietly accept:
/// - any syntax error: NaN and Infinity, numbers beyond a Double, trailing commas, garbage after the end;
/// - a key twice in one object (the decoder would keep one value and drop the other unseen);
/// - what must never reach a terminal: control characters, also hidden in `\u` escapes; unpaired
///   surrogates; bytes that are not UTF-8;
/// - nesting deeper than `ReportLoader.maxDepth` and strings longer than `ReportLoader.maxStringBytes`.
struct ByteScan {
    struct Problem {
        var offset: Int
        var message: String
        var path: String
        /// For a syntax error, the message without its "(line, column)", for callers that say where themselves.
        var bare: String?
    }

    struct Frame {
        var isObject: Bool
        var index = 0
        /// Where the key of the member being read is (without its quotes), while it is being read.
        var key: Range<Int>?
        /// The object's keys so far, compared byte by byte while there are few of them ...
        var keys: [Range<Int>] = []
        /// ... and decoded into a set once there are many, or one is written with escapes.
        var keySet: Set<String>?
    }

    enum State { case value, key, afterValue, end }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var frames: [Frame] = []
    /// Offset of the first byte that is not UTF-8, found before the scan so it can be reported
    /// with the path of the string it is in.
    let badUTF8: Int?

    static func scan(_ data: Data) -> Problem? {
        // Raw bytes rather than `Data`'s subscript: this pass touches every byte of the file.
        data.withUnsafeBytes { scan($0.bindMemory(to: UInt8.self)) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        // Swift's own validation is fast; only a file that fails it is walked again for the offset.
        let valid = isUTF8(bytes)
        var scanner = ByteScan(bytes: bytes, badUTF8: valid ? nil : firstInvalidUTF8(bytes))
        return scanner.run()
    }

    /// Whether `bytes` are UTF-8, validated a megabyte at a time: `String(validating:)` on the whole
    /// file made a copy of it (54 MB at the benchmarks' 100× size) that counted in the peak memory.
    /// Each piece ends before a byte that starts a character, so a character is never cut in two
    /// and the pieces are valid exactly when the whole is.
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            var end = min(start + (1 << 20), bytes.count)
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 && end - start < (1 << 20) + 4 { end += 1 }
            guard String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) != nil else { return false }
            start = end
        }
        return true
    }

    init(bytes: UnsafeBufferPointer<UInt8>, badUTF8: Int?) {
        self.bytes = bytes
        self.badUTF8 = badUTF8
    }

    // MARK: The grammar

    mutating func run() -> Problem? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Problem(offset: 0, message: "UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8", path: "")
        }
        var state = State.value
        while true {
            skipWhitespace()
            if let bad = badUTF8, bad <= i { return notUTF8(bad) }
            switch state {
            case .value:
                guard i < bytes.count else { return syntax("unexpected end of file, expected a value") }
                switch bytes[i] {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if frames.count >= ReportLoader.maxDepth {
                        return problem("nesting deeper than \(ReportLoader.maxDepth) levels (byte \(i))")
                    }
                    let isObject = bytes[i] == UInt8(ascii: "{")
                    frames.append(Frame(isObject: isObject))
                    i += 1
                    skipWhitespace()
                    if i < bytes.count, bytes[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        i += 1
                        frames.removeLast()
                        state = .afterValue
                    } else {
                        state = isObject ? .key : .value
                    }
                case UInt8(ascii: "\""):
                    if let problem = string(isKey: false) { return problem }
                    state = .afterValue
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if let problem = number() { return problem }
                    state = .afterValue
                case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    if let problem = literal() { return problem }
                    state = .afterValue
                default:
                    return notAValue()
                }
            case .key:
                guard i < bytes.count else { return syntax("unexpected end of file, expected a key") }
                guard bytes[i] == UInt8(ascii: "\"") else {
                    if bytes[i] == UInt8(ascii: "}") { return syntax("a comma before \"}\"") }
                    return syntax("expected a key in double quotes, found \(shown(at: i))")
                }
                if let problem = string(isKey: true) { return problem }
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    return syntax("expected \":\" after the key, found \(i < bytes.count ? shown(at: i) : "the end of the file")")
                }
                i += 1
                state = .value
            case .afterValue:
                guard var top = frames.popLast() else { state = .end; continue }
                guard i < bytes.count else {
                    frames.append(top)
                    return syntax("unexpected end of file, expected \",\" or \"\(top.isObject ? "}" : "]")\"")
                }
                let close = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    if top.isObject { top.key = nil } else { top.index += 1 }
                    frames.append(top)
                    skipWhitespace()
                    if i < bytes.count, bytes[i] == close {
                        return syntax("a comma before \"\(top.isObject ? "}" : "]")\"")
                    }
                    state = top.isObject ? .key : .value
                } else if bytes[i] == close {
                    i += 1
                    state = .afterValue
                } else {
                    frames.append(top)
                    return syntax("expected \",\" or \"\(top.isObject ? "}" : "]")\", found \(shown(at: i))")
                }
            case .end:
                if i < bytes.count { return syntax("\(shown(at: i)) after the end of the data") }
                return nil
            }
        }
    }

    mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// A string from its opening quote; a key is checked against the object's other keys.
    mutating func string(isKey: Bool) -> Problem? {
        let start = i + 1
        var j = start
        var escaped = false
        while true {
            guard j < bytes.count else { return problem("unterminated string (byte \(i))") }
            let b = bytes[j]
            if b == UInt8(ascii: "\"") { break }
            // DEL (U+007F) is a control character too: README promises every control is refused
            if b < 0x20 || b == 0x7F { return problem("control character U+\(Self.hex(UInt32(b))) in a string", at: j) }
            if b == 0xC2, j + 1 < bytes.count, (0x80...0x9F).contains(bytes[j + 1]) {
                return problem("control character U+\(Self.hex(UInt32(bytes[j + 1]))) in a string", at: j)
            }
            if b == UInt8(ascii: "\\") {
                escaped = true
                guard j + 1 < bytes.count else { return problem("unterminated string (byte \(i))") }
                let e = bytes[j + 1]
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "n"):
                    j += 2
                case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    return problem("control character escape \\\(Character(UnicodeScalar(e))) in a string", at: j)
                case UInt8(ascii: "u"):
                    guard let v = hex4(at: j + 2) else { return problem("malformed \\u escape in a string", at: j) }
                    if (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) {
                        return problem("control character U+\(Self.hex(v)) in a string", at: j)
                    }
                    if (0xD800...0xDBFF).contains(v) {
                        // a high surrogate must be followed by a low one
                        guard j + 7 < bytes.count, bytes[j + 6] == UInt8(ascii: "\\"), bytes[j + 7] == UInt8(ascii: "u"),
                              let low = hex4(at: j + 8), (0xDC00...0xDFFF).contains(low) else {
                            return problem("unpaired surrogate \\u\(Self.hex(v)) in a string", at: j)
                        }
                        j += 6
                    } else if (0xDC00...0xDFFF).contains(v) {
                        return problem("unpaired surrogate \\u\(Self.hex(v)) in a string", at: j)
                    }
                    j += 6
                default:
                    return problem("invalid escape \\\(shown(byte: e)) in a string", at: j)
                }
                continue
            }
            j += 1
        }
        if let bad = badUTF8, bad < j { return notUTF8(bad) }
        if j - start > ReportLoader.maxStringBytes {
            return problem("string of \(j - start) bytes is longer than the limit of \(ReportLoader.maxStringBytes)")
        }
        if isKey {
            let range = start..<j
            frames[frames.count - 1].key = range
            if isDuplicate(range, escaped: escaped) {
                return problem("duplicate key \"\(key(range))\" in one object (which value was meant?)")
            }
        }
        i = j + 1
        return nil
    }

    /// The key as a string, escapes decoded.
    func key(_ range: Range<Int>) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        guard raw.contains(UInt8(ascii: "\\")),
              case .string(let decoded) = JSONValue.parse(Data(bytes[(range.lowerBound - 1)...range.upperBound])) else {
            return String(decoding: raw, as: UTF8.self)
        }
        return decoded
    }

    /// Records the key at `range` in the innermost object; true when the object already has it.
    mutating func isDuplicate(_ range: Range<Int>, escaped: Bool) -> Bool {
        let top = frames.count - 1
        if frames[top].keySet == nil && !escaped && frames[top].keys.count < 16 {
            let length = range.count
            for other in frames[top].keys where other.count == length {
                if memcmp(bytes.baseAddress! + other.lowerBound, bytes.baseAddress! + range.lowerBound, length) == 0 { return true }
            }
            frames[top].keys.append(range)
            return false
        }
        if frames[top].keySet == nil {
            frames[top].keySet = Set(frames[top].keys.map(key))
            frames[top].keys = []
        }
        return !frames[top].keySet!.insert(key(range)).inserted
    }

    func hex4(at offset: Int) -> UInt32? {
        guard offset + 3 < bytes.count else { return nil }
        var v: UInt32 = 0
        for b in bytes[offset...(offset + 3)] {
            guard let digit = Character(UnicodeScalar(b)).hexDigitValue else { return nil }
            v = v * 16 + UInt32(digit)
        }
        return v
    }

    /// JSON's number grammar, then its size: a number no Double can hold is refused here rather
    /// than turned into infinity or a decoder error without a path.
    mutating func number() -> Problem? {
        let start = i
        func digits() -> Int {
            let from = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - from
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else {
            if i < bytes.count, bytes[i] == UInt8(ascii: "I") { i = start; return notAValue() }
            return syntax("malformed number \(text(start, i + 1))")
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
                return syntax("malformed number \(text(start, i + 1)) (a leading zero)")
            }
        } else {
            _ = digits()
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return syntax("malformed number \(text(start, i + 1))") }
        }
        var exponent = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            exponent = true
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return syntax("malformed number \(text(start, i + 1))") }
        }
        // the everyday number (12, 148.4) can be none of the cases below: no string made for it
        if !exponent && i - start <= 15 { return nil }
        let literal = text(start, i)
        let shown = literal.count > 40 ? String(literal.prefix(40)) + "…" : literal
        guard let value = Double(literal) else { return syntax("malformed number \(shown)") }
        if !value.isFinite { return problem("number \(shown) is too large", at: start) }
        let mantissa = literal.prefix { $0 != "e" && $0 != "E" }
        if value == 0, mantissa.contains(where: { ("1"..."9").contains($0) }) {
            // 1e-400: Foundation's decoder refuses it without saying where
            return problem("number \(shown) is too small (it would be read as 0)", at: start)
        }
        if mantissa == "0" || mantissa == "-0", mantissa.count < literal.count {
            // valid JSON that Foundation's decoder refuses without saying where
            return problem("number \(shown): write 0 (the JSON decoder cannot read this form)", at: start)
        }
        if !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), abs(value) > 9_007_199_254_740_992 {
            // beyond 2^53 integers are no longer exact, and Foundation's decoder refuses a count
            // beyond Int64 without saying where
            return problem("number \(shown) is too large to be exact", at: start)
        }
        return nil
    }

    mutating func literal() -> Problem? {
        for word in ["true", "false", "null"] where bytes[i...].starts(with: word.utf8) {
            i += word.utf8.count
            return nil
        }
        return notAValue()
    }

    func notAValue() -> Problem? {
        for word in ["NaN", "Infinity", "-Infinity", "+Infinity"] where bytes[i...].starts(with: word.utf8) {
            return syntax("\(word) is not a JSON number (JSON has no NaN or infinity)")
        }
        if bytes[i] == UInt8(ascii: "]") || bytes[i] == UInt8(ascii: "}") {
            return syntax("a comma before \"\(shown(byte: bytes[i]))\" or a missing value")
        }
        return syntax("expected a value, found \(shown(at: i))")
    }
}
