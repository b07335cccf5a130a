import Foundation
import Testing

/// Parts of README.md and docs/ that are made from the code (key tables, the screenshot): each sits
/// between an HTML comment pair `<!-- BEGIN generated: NAME -->` … `<!-- END generated: NAME -->`,
/// and a test compares it with what the code makes now, so the docs cannot drift from the program.
/// `PIR_UPDATE_DOCS=1 swift test --filter Docs` (or `scripts/update-docs`) writes them instead.
enum GeneratedDocs {
    static let root = Binary.packageRoot
    static var updating: Bool { ProcessInfo.processInfo.environment["PIR_UPDATE_DOCS"] == "1" }

    static func begin(_ name: String) -> String { "<!-- BEGIN generated: \(name) -->" }
    static func end(_ name: String) -> String { "<!-- END generated: \(name) -->" }

    /// The text between the markers of block `name` in `file` (relative to the package root).
    static func block(_ name: String, in file: String) throws -> String {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        guard let start = text.range(of: begin(name) + "\n"), let stop = text.range(of: end(name), range: start.upperBound..<text.endIndex) else {
            throw DocsError("\(file): no block \(begin(name)) … \(end(name))")
        }
        return String(text[start.upperBound..<stop.lowerBound])
    }

    /// Tests run in parallel, and two blocks may share a file: one read-modify-write at a time.
    private static let lock = NSLock()

    /// Checks that block `name` of `file` is `expected` (or writes it, when updating).
    static func expect(_ name: String, in file: String, is expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        lock.lock()
        defer { lock.unlock() }
        let current = try block(name, in: file)
        if current == expected { return }
        if updating {
            let url = root.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let start = text.range(of: begin(name) + "\n")!
            let stop = text.range(of: end(name), range: start.upperBound..<text.endIndex)!
            try (text[..<start.upperBound] + expected + text[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let firstDifference = zip(current.split(separator: "\n", omittingEmptySubsequences: false),
                                  expected.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        let detail = firstDifference.map { "first difference on line \($0.offset + 1) of the block: \"\($0.element.0)\" should be \"\($0.element.1)\"" }
            ?? "the block has \(current.split(separator: "\n").count) lines, the code makes \(expected.split(separator: "\n").count)"
        Issue.record("\(file): block \"\(name)\" is out of date with the code (\(detail)); regenerate it with scripts/update-docs",
                     sourceLocation: sourceLocation)
    }

    struct DocsError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
