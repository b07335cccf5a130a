#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// The dataset loader's validating scan for other JSON a user writes by hand (a deck file): it
/// refuses what Foundation's parser would accept unseen — a trailing comma, a key twice in one
/// object — as well as any syntax error, control characters and bytes that are not UTF-8.
public enum JSONCheck {
    public struct Problem: Sendable, Equatable {
        /// Where, in the terms of a text editor (characters from 1).
        public var line: Int
        public var column: Int
        /// The JSON path of the value being read (`slides[2]`), empty at the top.
        public var path: String
        /// What is wrong, without where: `not valid JSON: a comma before "]"`.
        public var message: String
    }

    /// The first problem in `data`, or nil when it is well-formed JSON with no key twice in an object.
    public static func check(_ data: Data) -> Problem? {
        guard let found = ByteScan.scan(data) else { return nil }
        let (line, column) = data.withUnsafeBytes { raw in ByteScan.lineAndColumn(of: found.offset, in: raw.bindMemory(to: UInt8.self)) }
        return Problem(line: line, column: column, path: found.path, message: found.bare ?? found.message)
    }
}
