import Foundation
import Testing

/// Long plain output goes through $PAGER when standard output is a terminal (a pty here), as git
/// does; --no-pager, short output and output to a pipe are written straight.
@Suite(.serialized) struct PagerTests {
    /// A pager that records what it was given and the LESS it saw, in a folder removed afterwards.
    struct Recorder {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pir-pager-\(UUID().uuidString)")
        var script: URL { folder.appendingPathComponent("pager") }
        var record: URL { folder.appendingPathComponent("paged") }
        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "#!/bin/sh\n{ echo \"LESS=$LESS\"; cat; } > '\(record.path)'\n".write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        }
        var paged: String? { try? String(contentsOf: record, encoding: .utf8) }
        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    func inTerminal(_ recorder: Recorder, _ args: [String], env: [String] = []) async throws -> Observation {
        try await PTY.run("pty-scenarios", ["run", "--size", "100x30", "--env", "PAGER=\(recorder.script.path)"] + env + ["--"] + args)
    }

    @Test func longOutputGoesThroughThePager() async throws {
        let recorder = try Recorder()
        defer { recorder.remove() }
        let piped = try Binary.run(["search", "就业"])
        #expect(piped.stdout.split(separator: "\n").count > 30)
        let o = try await inTerminal(recorder, ["search", "就业"])
        #expect(o.int("status") == 0, "\(o)")
        #expect(recorder.paged == "LESS=FRX\n" + piped.stdout, "the pager got \(recorder.paged?.prefix(200) ?? "nothing")")
        #expect(!o.string("plain_text").contains("hits"), "written to the terminal as well: \(o)")
    }

    @Test func theUsersLessSettingIsKept() async throws {
        let recorder = try Recorder()
        defer { recorder.remove() }
        let o = try await inTerminal(recorder, ["--lang", "en", "show", "3"], env: ["--env", "LESS=X"])
        #expect(o.int("status") == 0, "\(o)")
        #expect(recorder.paged?.hasPrefix("LESS=X\nOutcome 3: ") == true, "\(recorder.paged?.prefix(200) ?? "nothing")")
    }

    @Test func noPagerWritesToTheTerminal() async throws {
        let recorder = try Recorder()
        defer { recorder.remove() }
        for args in [["search", "就业", "--no-pager"], ["--no-pager", "search", "就业"]] {
            let o = try await inTerminal(recorder, args)
            #expect(o.int("status") == 0, "\(o)")
            #expect(recorder.paged == nil, "\(args): paged")
            #expect(o.string("plain_text").contains("hits"), "\(args): \(o)")
        }
    }

    @Test func shortOutputIsNotPaged() async throws {
        let recorder = try Recorder()
        defer { recorder.remove() }
        let o = try await inTerminal(recorder, ["verify"])
        #expect(o.int("status") == 0, "\(o)")
        #expect(recorder.paged == nil)
        #expect(o.string("plain_text").contains("invariants hold"), "\(o)")
    }

    @Test func neverIntoAPipe() throws {
        let recorder = try Recorder()
        defer { recorder.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["PAGER"] = recorder.script.path
        let result = try Binary.run(["search", "就业"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(" hits\n"))
        #expect(recorder.paged == nil)
    }
}
