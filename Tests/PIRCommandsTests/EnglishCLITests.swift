import Foundation
import PIRTestSupport
import Testing

/// English is complete on the command line: with `--lang en` (or in English whatever the
/// language, as `--help` and the errors are) no Chinese is printed except report text marked
/// `[中文]`, the proper names of `EnglishCompleteness.names` and, in `--help`, the Chinese the
/// examples type (`pir search 就业`).
@Suite struct EnglishCLITests {
    /// What the examples in `--help` type, and the Chinese edition's title beside the English one.
    static let typedInExamples = ["国际劳工组织", "两年期计划执行报告", "就业", "710 万", "非洲", "专栏", "越南", "表", "两年期", "中文"]

    func check(_ arguments: [String], allowing extra: [String] = []) throws {
        let r = try Binary.run(arguments, environment: ["PIR_LANG": "en", "LANG": "C", "PATH": "/usr/bin:/bin"])
        let found = EnglishCheck.unmarked(EnglishCheck.cells(r.stdout + "\n" + r.stderr), allowed: EnglishCompleteness.names + extra)
        #expect(found.isEmpty, "pir \(arguments.joined(separator: " ")):\n\(found.prefix(5).joined(separator: "\n"))")
    }

    @Test(arguments: ["", "show", "search", "export", "verify", "present", "follow", "manual", "relay", "overview"])
    func theHelpOfEveryCommand(command: String) throws {
        try check((command.isEmpty ? [] : [command]) + ["--help"], allowing: Self.typedInExamples)
    }

    @Test func verifyAndTheErrors() throws {
        try check(["verify", "--lang", "en"])
        try check(["show", "99", "--lang", "en"])
        try check(["show", "box 999", "--lang", "en"])
        try check(["--data", "/nonexistent/pir.json", "show", "3"])
        try check(["search"])
        try check(["export", "--what", "nothing"])
        try check(["show", "3", "--lang", "xx"])
    }

    @Test func showSearchAndExportInEnglish() throws {
        for code in ["3", "A", "3.1", "3.1.2", "africa", "box 15", "part1-budget", "越南", "trends", "appendix2"] {
            try check(["show", code, "--lang", "en"])
        }
        try check(["search", "employment", "--lang", "en"])
        try check(["search", "就业", "--lang", "en"], allowing: ["就业"])
        for what in ["indicators", "outcomes", "regions", "budget", "trends", "countries"] {
            for format in ["csv", "markdown"] { try check(["export", "--what", what, "--format", format, "--lang", "en"]) }
        }
    }
}
