import Foundation

/// JSON as a tree of values, for the schema test: decoded with JSONDecoder so that `true` is a
/// Bool and `1` a number (JSONSerialization gives NSNumber for both on Linux).
indirect enum JSONValue: Codable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Double.self) { self = .number(v) }
        else if let v = try? c.decode([JSONValue].self) { self = .array(v) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let v): try c.encode(v)
        case .number(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        }
    }

    /// This value with the member at `path` (keys and indices) replaced, or removed when `value` is nil.
    func setting(_ path: [Any], to value: JSONValue?) -> JSONValue {
        guard let key = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, key) {
        case (.array(var items), let index as Int):
            items[index] = items[index].setting(rest, to: value)
            return .array(items)
        case (.object(var members), let name as String):
            if rest.isEmpty && value == nil { members.removeValue(forKey: name) }
            else { members[name] = (members[name] ?? .null).setting(rest, to: value) }
            return .object(members)
        default:
            return self
        }
    }

    subscript(_ key: String) -> JSONValue? { if case .object(let m) = self { return m[key] } else { return nil } }
}

/// A JSON Schema (draft 2020-12) validator for exactly the keywords docs/pir-dataset.schema.json
/// uses: no Swift validator library is available, and a schema keyword this does not implement
/// must not pass silently, so `init` refuses a schema that uses any other keyword.
struct SchemaValidator {
    /// The assertion and applicator keywords checked here.
    static let implemented: Set<String> = ["type", "enum", "required", "properties", "additionalProperties",
                                           "items", "minimum", "maximum", "pattern", "$ref", "$defs"]
    /// Keywords that only annotate and never change the outcome.
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$comment"]

    struct UnsupportedKeyword: Error, CustomStringConvertible {
        let keyword: String, path: String
        var description: String { "the schema uses \"\(keyword)\" at \(path), which SchemaValidator does not implement" }
    }

    let root: JSONValue
    private var patterns: [String: NSRegularExpression] = [:]

    init(schema: JSONValue) throws {
        root = schema
        try Self.checkKeywords(schema, path: "#", patterns: &patterns)
    }

    /// Walks every subschema (the values of properties, $defs, items, additionalProperties) and
    /// refuses unknown keywords; compiles the patterns once.
    private static func checkKeywords(_ schema: JSONValue, path: String, patterns: inout [String: NSRegularExpression]) throws {
        guard case .object(let members) = schema else {
            if case .bool = schema { return }
            throw UnsupportedKeyword(keyword: "(a schema that is not an object or boolean)", path: path)
        }
        for (keyword, value) in members {
            guard implemented.contains(keyword) || annotations.contains(keyword) else { throw UnsupportedKeyword(keyword: keyword, path: path) }
            switch keyword {
            case "properties", "$defs":
                guard case .object(let subschemas) = value else { throw UnsupportedKeyword(keyword: keyword + " (not an object)", path: path) }
                for (name, sub) in subschemas { try checkKeywords(sub, path: "\(path)/\(keyword)/\(name)", patterns: &patterns) }
            case "items", "additionalProperties":
                try checkKeywords(value, path: "\(path)/\(keyword)", patterns: &patterns)
            case "pattern":
                guard case .string(let p) = value else { throw UnsupportedKeyword(keyword: "pattern (not a string)", path: path) }
                patterns[p] = try NSRegularExpression(pattern: p)
            default:
                break
            }
        }
    }

    /// Every failure as "JSON path: what is wrong"; empty when `instance` is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var errors: [String] = []
        validate(instance, against: root, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func validate(_ instance: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(path): not allowed here") }
            return
        }
        guard case .object(let s) = schema else { return }
        if case .string(let ref)? = s["$ref"] {
            if let target = resolve(ref) { validate(instance, against: target, path: path, errors: &errors) }
            else { errors.append("\(path): unresolvable $ref \(ref)") }
        }
        if let type = s["type"] {
            let names: [String]
            switch type {
            case .string(let n): names = [n]
            case .array(let ns): names = ns.compactMap { if case .string(let n) = $0 { n } else { nil } }
            default: names = []
            }
            if !names.contains(where: { Self.instance(instance, is: $0) }) {
                errors.append("\(path): expected \(names.joined(separator: " or ")), found \(Self.kind(of: instance))")
                return
            }
        }
        if case .array(let allowed)? = s["enum"], !allowed.contains(instance) {
            errors.append("\(path): \(Self.show(instance)) is not one of \(allowed.map(Self.show).joined(separator: ", "))")
        }
        switch instance {
        case .number(let n):
            if case .number(let min)? = s["minimum"], n < min { errors.append("\(path): \(n) is below the minimum \(min)") }
            if case .number(let max)? = s["maximum"], n > max { errors.append("\(path): \(n) is above the maximum \(max)") }
        case .string(let text):
            if case .string(let p)? = s["pattern"], let regex = patterns[p],
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                errors.append("\(path): \(Self.show(instance)) does not match \(p)")
            }
        case .array(let items):
            if let itemSchema = s["items"] {
                for (i, item) in items.enumerated() { validate(item, against: itemSchema, path: "\(path)[\(i)]", errors: &errors) }
            }
        case .object(let members):
            if case .array(let required)? = s["required"] {
                for case .string(let name) in required where members[name] == nil {
                    errors.append("\(path): missing required property \"\(name)\"")
                }
            }
            let properties: [String: JSONValue]
            if case .object(let p)? = s["properties"] { properties = p } else { properties = [:] }
            for (name, value) in members.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[name] { validate(value, against: sub, path: "\(path).\(name)", errors: &errors) }
                else if let extra = s["additionalProperties"] {
                    if case .bool(false) = extra { errors.append("\(path): unknown property \"\(name)\"") }
                    else { validate(value, against: extra, path: "\(path).\(name)", errors: &errors) }
                }
            }
        default:
            break
        }
    }

    static func instance(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number): true
        case ("integer", .number(let n)): n.rounded() == n && n.isFinite
        default: false
        }
    }

    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .string(let s): "\"\(s.prefix(40))\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
