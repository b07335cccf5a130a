#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// A value computed on first use and shared by copies of the struct that holds it.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var stored: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// Whether the value has been made (tests check what a frame did not need to build).
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stored != nil
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
