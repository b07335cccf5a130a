import Foundation

/// Changes one place in untyped JSON (what `JSONSerialization` gives), for the tests that make
/// malformed datasets from the bundled one. Shared by the model's and the binary's tests, as
/// swift-collections shares its `_CollectionsTestSupport`; never linked into pir.
public enum JSONPatch {
    /// `node` with the value at `path` (object keys and array indices) replaced by `value`, or the
    /// key removed when `value` is nil.
    public static func set(_ node: Any, _ path: ArraySlice<Any>, _ value: Any?) -> Any {
        guard let key = path.first else { return value ?? NSNull() }
        if let index = key as? Int, var array = node as? [Any] {
            array[index] = set(array[index], path.dropFirst(), value)
            return array
        }
        if let name = key as? String, var object = node as? [String: Any] {
            if path.count == 1 && value == nil { object.removeValue(forKey: name); return object }
            object[name] = set(object[name] ?? NSNull(), path.dropFirst(), value)
            return object
        }
        return node
    }
}
