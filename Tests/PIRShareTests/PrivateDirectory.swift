import Foundation

/// A directory of a test's own under the temporary directory, 0700 as a runtime directory is, with
/// `children` made inside it the same way; the suite removes it when it ends.
func privateDirectory(_ prefix: String, children: [String] = []) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))").path
    for directory in [root] + children.map({ "\(root)/\($0)" }) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }
    return root
}
