#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON without a schema, for the few places that read or write it untyped: a deck file, the value
/// an error message quotes, the export's JSON tables. It does what `JSONSerialization` did there,
/// which is in full Foundation only; reading goes through FoundationEssentials' `JSONDecoder`.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value `data` holds (a bare string or number too), or nil when it is not valid JSON.
    public static func parse(_ data: Data) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The string this is, or nil.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A number as JSON and messages write it: whole numbers without a fraction.
    public static func describe(number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// Pretty-printed with sorted keys and slashes left alone (`JSONSerialization`'s
    /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`): two spaces a level, `"key" : value`.
    public func pretty(indent: String = "") -> String {
        var out: [UInt8] = []
        write(into: &out, indent: Array(indent.utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// `pretty`, as UTF-8 appended to one buffer: the export's JSON tables built a string per value
    /// and joined them level by level, and quoted every string a scalar at a time (a third of the
    /// instructions of `pir export --what indicators`); appended to one `String` instead, the
    /// appends themselves were a fifth of them.
    func write(into out: inout [UInt8], indent: [UInt8]) {
        switch self {
        case .null: Self.put("null", &out)
        case .bool(let b): Self.put(b ? "true" : "false", &out)
        case .number(let n): out += Self.describe(number: n).utf8
        case .string(let s): Self.quote(s, into: &out)
        case .array(let values):
            Self.put("[\n", &out)
            let inner = indent + [0x20, 0x20]
            for (n, value) in values.enumerated() {
                if n > 0 { Self.put(",\n", &out) }
                out += inner
                value.write(into: &out, indent: inner)
            }
            Self.put("\n", &out)
            out += indent
            Self.put("]", &out)
        case .object(let members):
            Self.put("{\n", &out)
            let inner = indent + [0x20, 0x20]
            // the members in the order of their keys, as sorted keys and a look-up each gave them
            for (n, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if n > 0 { Self.put(",\n", &out) }
                out += inner
                Self.quote(member.key, into: &out)
                Self.put(" : ", &out)
                member.value.write(into: &out, indent: inner)
            }
            Self.put("\n", &out)
            out += indent
            Self.put("}", &out)
        }
    }

    /// A literal's bytes appended as they are: appending a `String`'s UTF-8 view cost about 170
    /// instructions a time, for two bytes.
    static func put(_ literal: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A JSON string literal (quote, backslash and control characters escaped, everything else as
    /// is), appended: a string with nothing to escape (nearly every one), looked at and appended as
    /// its UTF-8 in place, is appended whole.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        var text = s
        let whole = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if whole { return }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": put("\\\"", &out)
            case "\\": put("\\\\", &out)
            case "\n": put("\\n", &out)
            case "\r": put("\\r", &out)
            case "\t": put("\\t", &out)
            case "\u{08}": put("\\b", &out)
            case "\u{0C}": put("\\f", &out)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
    }
}

extension JSONValue: Decodable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !list.isAtEnd { values.append(try list.decode(JSONValue.self)) }
            self = .array(values)
        } else if let object = try? decoder.container(keyedBy: Key.self) {
            var members: [String: JSONValue] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
            self = .object(members)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let b = try? single.decode(Bool.self) { self = .bool(b) }
            else if let n = try? single.decode(Double.self) { self = .number(n) }
            else { self = .string(try single.decode(String.self)) }
        }
    }
}
