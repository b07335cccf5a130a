#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// Turns Foundation's `DecodingError` into the one-line message pir prints, adding what was
/// actually found at the path (the decoder only says what it expected).
enum DecodingErrorDescriber {
    static func describe(_ error: DecodingError, data: Data, file: String) -> LoadError {
        switch error {
        case .typeMismatch(let type, let context):
            return LoadError(file: file, path: jsonPath(context.codingPath),
                             message: "expected \(name(of: type))" + found(at: context.codingPath, in: data))
        case .valueNotFound(let type, let context):
            return LoadError(file: file, path: jsonPath(context.codingPath),
                             message: "expected \(name(of: type)), found null")
        case .keyNotFound(let key, let context):
            return LoadError(file: file, path: jsonPath(context.codingPath),
                             message: "missing required field \"\(key.stringValue)\"")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return LoadError(file: file, path: "", message: "not valid JSON: " + syntaxDetail(context))
            }
            return LoadError(file: file, path: jsonPath(context.codingPath),
                             message: "invalid value" + found(at: context.codingPath, in: data)
                                 + enumChoices(context.debugDescription))
        @unknown default:
            return LoadError(file: file, path: "", message: "\(error)")
        }
    }

    static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        case is [String: Any].Type: return "an object"
        default:
            let described = String(describing: type)
            if described.hasPrefix("Array") { return "an array" }
            if described.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(described)"
        }
    }

    /// ", found <value>" for the JSON value at `path`, or "" when it cannot be located.
    static func found(at path: [any CodingKey], in data: Data) -> String {
        guard let root = JSONValue.parse(data) else { return "" }
        var node = root
        for key in path {
            if let index = key.intValue, case .array(let array) = node, index < array.count {
                node = array[index]
            } else if case .object(let object) = node, let next = object[key.stringValue] {
                node = next
            } else {
                return ""
            }
        }
        return ", found " + render(node)
    }

    static func render(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .string(let s):
            let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
            let escaped = shown.unicodeScalars.map { scalar -> String in
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return "\\u{\(String(scalar.value, radix: 16))}" }
                if scalar == "\"" { return "\\\"" }
                return String(scalar)
            }.joined()
            return "\"\(escaped)\""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JSONValue.describe(number: n)
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    static func syntaxDetail(_ context: DecodingError.Context) -> String {
        let underlying = context.underlyingError.map { "\($0)" } ?? context.debugDescription
        // Foundation's messages carry "line N, column M" — keep those, drop the rest of the noise.
        if let place = underlying.firstMatch(of: #/line \d+, column \d+/#) {
            let reason = underlying.firstMatch(of: #/Unexpected [^.]*|Unexpected end of file|Invalid [^.]*/#)
                .map { String($0.output) } ?? "syntax error"
            return "\(reason) at \(place.output)"
        }
        return underlying.count > 160 ? String(underlying.prefix(160)) + "…" : underlying
    }

    static func enumChoices(_ debugDescription: String) -> String {
        // "Cannot initialize Kind from invalid String value x" → list the choices we know.
        let known: [(String, [String])] = [
            ("Kind", Block.Kind.allCases.map(\.rawValue) + ["policy", "enabling"]),
            ("IndicatorUnit", IndicatorUnit.allCases.map(\.rawValue)),
            ("FundingSource", FundingSource.allCases.map(\.rawValue)),
            ("RegionID", RegionID.allCases.map(\.rawValue)),
            ("Unit", Fact.Unit.allCases.map(\.rawValue)),
        ]
        for (type, values) in known where debugDescription.contains("initialize \(type) ") {
            return "; expected one of " + values.joined(separator: ", ")
        }
        return ""
    }
}
