import Foundation
import Testing

/// The man page and the shell completions come from the command definitions, and the tools that
/// read them accept them.
@Suite(.serialized) struct ManualTests {
    /// The first of `names` on PATH.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func written(_ text: String, _ suffix: String, _ body: (String) throws -> Void) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pir-\(UUID().uuidString).\(suffix)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try body(file.path)
    }

    @Test func theManPageRendersWithoutWarnings() throws {
        let page = try Binary.run(["manual"])
        #expect(page.status == 0, "\(page.stderr)")
        // every visible command, the explorer's options, the values of an enum, Chinese kept
        for fragment in [".TH PIR 1", ".SS \"pir show [options] <code> ...\"", ".SS \"pir search", "\\fB\\-\\-theme\\fR \\fINAME\\fR",
                         "Values: auto, dark, light, mono, projector, projector\\-dark, projector\\-light.", "PIR_THEME", "a region (also 非洲", "PIR_LANG", "pir \\-\\-lang en show 3"] {
            #expect(page.stdout.contains(fragment), "the man page lacks \(fragment)")
        }
        for hidden in ["pir bench", "pir manual"] { #expect(!page.stdout.contains(hidden), "a hidden command in the man page") }
        guard let groff = Self.tool("groff") else { Issue.record("no groff to check the man page: apt-get install groff-base (scripts/test does)"); return }
        try written(page.stdout, "1") { path in
            // -k: preconv for the UTF-8 text, -ww: every warning
            let rendered = try Spawn.run(groff, ["-k", "-man", "-Tutf8", "-ww", path])
            #expect(rendered.status == 0)
            #expect(rendered.stderr.isEmpty, "groff: \(rendered.stderr)")
            #expect(rendered.stdout.contains("pir search"))
            if let man = Self.tool("man") {
                let viaMan = try Spawn.run(man, ["-l", path], environment: ["PATH": "/usr/bin:/bin", "MANPAGER": "cat", "MANWIDTH": "80", "LANG": "C.UTF-8"])
                #expect(viaMan.status == 0)
                #expect(viaMan.stderr.isEmpty, "man -l: \(viaMan.stderr)")
                #expect(viaMan.stdout.contains("非洲"))
            }
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptIsValid(shell: String) throws {
        let script = try Binary.run(["--generate-completion-script", shell])
        #expect(script.status == 0, "\(script.stderr)")
        // the commands and an enum's values are completed
        for word in ["search", "export", "projector-light", "indicators"] { #expect(script.stdout.contains(word), "\(shell) script lacks \(word)") }
        guard let program = Self.tool(shell) else {
            // scripts/test installs zsh and fish, so each script is checked by the shell it is for
            Issue.record("no \(shell) to check its completion script: apt-get install \(shell) (scripts/test does)")
            return
        }
        try written(script.stdout, shell) { path in
            let checked = try Spawn.run(program, ["-n", path])
            #expect(checked.status == 0, "\(shell) -n: \(checked.stderr)")
            #expect(checked.stderr.isEmpty, "\(shell) -n: \(checked.stderr)")
        }
    }

    /// bash really completes: the commands, and each enum's values after its option.
    @Test func bashCompletesCommandsAndValues() throws {
        let script = try Binary.run(["--generate-completion-script", "bash"]).stdout
        try written(script, "bash") { path in
            func complete(_ words: [String]) throws -> [String] {
                let array = words.map { "'\($0)'" }.joined(separator: " ")
                let body = "source \"$0\"; COMP_WORDS=(\(array)); COMP_CWORD=\(words.count - 1); "
                    + "_pir pir \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; printf '%s\\n' \"${COMPREPLY[@]}\""
                let result = try Spawn.run("bash", ["-c", body, path])
                #expect(result.status == 0, "\(words): \(result.stderr)")
                return result.stdout.split(separator: "\n").map(String.init)
            }
            let cases: [([String], [String])] = [
                (["pir", "se"], ["search"]),
                (["pir", "export", "--format", ""], ["csv", "json", "markdown"]),
                (["pir", "present", "--theme", "projector-"], ["projector-dark", "projector-light"]),
                (["pir", "show", "3", "--lang", ""], ["zh", "en"]),
                (["pir", "explore", "--view", "in"], ["indicators"]),
            ]
            for (words, expected) in cases {
                let offered = try complete(words)
                #expect(offered == expected, "\(words)")
            }
        }
    }
}
