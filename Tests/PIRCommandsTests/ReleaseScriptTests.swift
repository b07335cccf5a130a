import Foundation
import Testing

/// scripts/release packs the debug binary here (`--binary`): the packing and its contents are
/// checked in seconds; the release build itself takes many minutes on a two-core machine and is
/// the same `swift build` the rest of the suite already exercises.
@Suite struct ReleaseScriptTests {
    static let script = Binary.packageRoot.appendingPathComponent("scripts/release").path
    static let contents = ["pir", "pir.1", "completions/pir.bash", "completions/_pir", "completions/pir.fish", "README.md"]

    @Test func packsTheBinaryManPageCompletionsAndReadme() throws {
        let binary = try #require(Binary.url)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pir-release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Spawn.run(Self.script, ["--binary", binary.path, out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let version = try Binary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = "pir-\(version)-linux-\(try Spawn.run("uname", ["-m"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines))"
        let tarball = out.appendingPathComponent("\(name).tar.gz").path
        let listing = try Spawn.run("tar", ["-tzf", tarball])
        #expect(listing.status == 0, "\(listing.stderr)")
        let files = Set(listing.stdout.split(separator: "\n").map(String.init))
        for file in Self.contents { #expect(files.contains("\(name)/\(file)"), "the tarball lacks \(file): \(files)") }
        // the size and what the binary loads, as README's install section quotes them
        #expect(result.stdout.contains("stripped"))
        #expect(result.stdout.contains("libncursesw"), "\(result.stdout)")
        // the packed binary is stripped and runs; its man page is the one `pir manual` writes
        let unpacked = out.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        #expect(try Spawn.run("tar", ["-xzf", tarball, "-C", unpacked.path]).status == 0)
        let packed = unpacked.appendingPathComponent("\(name)/pir").path
        #expect(try Spawn.run(packed, ["--version"]).stdout == version + "\n")
        // stripped: no symbol table left (readelf is in binutils, as strip is)
        let sections = try Spawn.run("readelf", ["-S", packed])
        #expect(sections.status == 0 && sections.stdout.contains(".text") && !sections.stdout.contains(".symtab"), "\(sections.stdout.suffix(300))")
        let page = try String(contentsOfFile: unpacked.appendingPathComponent("\(name)/pir.1").path, encoding: .utf8)
        #expect(page == (try Binary.run(["manual"]).stdout))
    }

    @Test func dryRunListsWhatItPacksAndChangesNothing() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pir-release-\(UUID().uuidString)")
        let result = try Spawn.run(Self.script, ["--dry-run", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("swift build -c release --static-swift-stdlib --disable-local-rpath --product pir"))
        for file in Self.contents { #expect(result.stdout.contains("  \(file)\n")) }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// `--docs` writes the sizes it printed into docs/install.md, between the markers and nowhere
    /// else. Run on a copy of the script and the page, so the checkout is left as it was.
    @Test func docsWritesTheFiguresOfWhatItPacked() throws {
        let binary = try #require(Binary.url)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pir-release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["scripts", "docs"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["scripts/release", "docs/install.md", "README.md"] {
            try FileManager.default.copyItem(at: Binary.packageRoot.appendingPathComponent(file), to: root.appendingPathComponent(file))
        }
        let page = root.appendingPathComponent("docs/install.md")
        let before = try String(contentsOf: page, encoding: .utf8)
        let result = try Spawn.run(root.appendingPathComponent("scripts/release").path, ["--docs", "--binary", binary.path, root.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try String(contentsOf: page, encoding: .utf8)
        let begin = "<!-- release-figures: begin (written by scripts/release --docs; do not edit) -->\n"
        let end = "<!-- release-figures: end -->\n"
        func outside(_ text: String) -> String? {
            guard let b = text.range(of: begin), let e = text.range(of: end), b.upperBound <= e.lowerBound else { return nil }
            return String(text[..<b.upperBound]) + String(text[e.lowerBound...])
        }
        #expect(outside(after) != nil && outside(after) == outside(before), "only the block between the markers changes")
        // the stripped size in the table is the size of the binary in the tarball
        let unpacked = root.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        let tarball = try #require(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path).first { $0.hasSuffix(".tar.gz") })
        #expect(try Spawn.run("tar", ["-xzf", root.appendingPathComponent("out/\(tarball)").path, "-C", unpacked.path]).status == 0)
        let packed = unpacked.appendingPathComponent(String(tarball.dropLast(".tar.gz".count)) + "/pir").path
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: packed)[.size] as? Int)
        let grouped = String(bytes).reversed().enumerated().map { $0.offset > 0 && $0.offset % 3 == 0 ? ",\($0.element)" : "\($0.element)" }.joined()
        #expect(after.contains("| binary stripped (in the tarball) | \(String(grouped.reversed())) |"), "\(after)")
        #expect(after.contains("libc.so.6"), "the ldd list is written too")
        // a page without the markers is an error that names it, and is left alone
        try "no markers\n".write(to: page, atomically: true, encoding: .utf8)
        let refused = try Spawn.run(root.appendingPathComponent("scripts/release").path, ["--docs", "--binary", binary.path, root.appendingPathComponent("out").path])
        #expect(refused.status == 2 && refused.stderr.contains("docs/install.md lacks the release-figures markers"), "\(refused.stderr)")
        #expect(try String(contentsOf: page, encoding: .utf8) == "no markers\n")
    }
}
