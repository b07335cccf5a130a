/// A problem with a dataset, said in one line: which file, where in the JSON, and what was found.
///
/// `description` is what `pir` prints before exiting with status 2, e.g.
/// `data.json: outcomes[2].outputs[0].indicators[1].results.africa: expected a non-negative number or null, found "x"`.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// JSON path in the report's own notation (`outcomes[2].title`); empty for the file as a whole.
    public var path: String
    public var message: String

    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }
}

/// Thrown from inside decoding and validation; `ReportLoader` turns it into a `LoadError`.
public enum ModelError: Error {
    case invalid(path: [any CodingKey], String)
}

/// Formats a coding path as `outcomes[2].outputs[0].title`.
public func jsonPath(_ keys: [any CodingKey]) -> String {
    var out = ""
    for key in keys {
        if let index = key.intValue {
            out += "[\(index)]"
        } else {
            out += out.isEmpty ? key.stringValue : "." + key.stringValue
        }
    }
    return out
}

/// A coding key built from a path component while walking untyped JSON.
struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue; self.intValue = nil }
    init(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
    init(_ string: String) { self.init(stringValue: string) }
    init(_ index: Int) { self.init(intValue: index) }
}
