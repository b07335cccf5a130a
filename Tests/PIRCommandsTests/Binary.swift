import Foundation

/// The `pir` executable that `swift test` built beside the test bundle, run as a user would.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var url: URL? {
        if let path = ProcessInfo.processInfo.environment["PIR_BINARY"] { return URL(fileURLWithPath: path) }
        // the test bundle lives in the same products directory as the executable
        let candidates = [Bundle.main.bundleURL, Bundle(for: Marker.self).bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("pir") }
            + [".build/debug/pir", ".build/release/pir"].map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    final class Marker {}

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], binary: URL? = nil, cwd: URL? = nil, environment: [String: String]? = nil) throws -> Result {
        guard let executable = binary ?? url else { throw CocoaError(.fileNoSuchFile) }
        let r = try Spawn.run(executable.path, arguments, environment: environment, cwd: cwd?.path)
        return Result(status: r.status, stdout: r.stdout, stderr: r.stderr)
    }
}
