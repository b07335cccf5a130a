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
}
