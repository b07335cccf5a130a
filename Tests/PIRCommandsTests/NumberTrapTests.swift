import Foundation
import PIRModel
import PIRTestSupport
import Testing

/// The four datasets of issue 17 that `pir verify` accepted and that crashed pir (a Swift runtime
/// failure, exit 132): each is now refused when it loads, with its path and the bound it breaks;
/// and, loaded without that validation, each is drawn everywhere without a trap.
@Suite(.serialized) struct NumberTrapTests {
    struct Crash: CustomStringConvertible, Sendable {
        var name: String
        var data: Data
        /// Where the loader stops, and what it says.
        var path: String
        var fragment: String
        /// The commands that crashed with it.
        var commands: [[String]]
        var description: String { name }
    }

    nonisolated(unsafe) static let indicator222: [Any] = ["outcomes", 1, "outputs", 1, "indicators", 1]
    static let indicator222Path = "outcomes[1].outputs[1].indicators[1]"

    static func patched(_ changes: [([Any], Any?)]) -> Data {
        var root: Any = HostileDataTests.bundled
        for (path, value) in changes { root = JSONPatch.set(root, path[...], value) }
        return try! JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    static var crashes: [Crash] {
        [
            Crash(name: "2.2.2 (percent) with total 1e308, target 1",
                  data: patched([(indicator222 + ["total"], 1e308), (indicator222 + ["target"], 1)]),
                  path: indicator222Path + ".total", fragment: "expected a percentage from 0 to 1000 with at most 2 decimals, found 1e+308",
                  commands: [["show", "2.2.2"], ["show", "2"]]),
            Crash(name: "2.2.2 with target 1e-300",
                  data: patched([(indicator222 + ["target"], 1e-300)]),
                  path: indicator222Path + ".target", fragment: "expected a percentage from 0 to 1000 with at most 2 decimals, found 1e-300",
                  commands: [["show", "2.2.2"], ["show", "2"]]),
            Crash(name: "outcome 7's budget with strategic 1e-300 / 0",
                  data: patched([(["outcomes", 6, "budget", "rows", 0, "strategic"], 1e-300),
                                 (["outcomes", 6, "budget", "rows", 1, "strategic"], 0),
                                 (["outcomes", 6, "budget", "total", "strategic"], 1e-300)]),
                  path: "outcomes[6].budget.rows[0].strategic", fragment: "expected US$ millions from 0 to 1000000 with at most 3 decimals, found 1e-300",
                  commands: [["present", "--export", "txt"], ["show", "7"]]),
            Crash(name: "a Table 1 row [-1.7e308, 1.7e308, 0, 1]",
                  data: patched([(["trends", "rows", 0, "values"], [-1.7e308, 1.7e308, 0, 1])]),
                  path: "trends.rows[0].values[0]", fragment: "expected a percentage from 0 to 100 with at most 2 decimals, found -1.7e+308",
                  commands: [["show", "trends"], ["present", "--export", "txt"]]),
        ]
    }

    @Test(arguments: crashes)
    func refusedWhenLoadedWithThePathAndTheBound(_ c: Crash) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-numbers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data.json")
        try c.data.write(to: file)
        for command in c.commands + [["verify"]] {
            let result = try Binary.run(["--data", file.path] + command)
            #expect(result.status == 2, "\(c) \(command): status \(result.status) \(result.stderr.prefix(200))")
            #expect(result.stdout.isEmpty, "\(c) \(command)")
            #expect(result.stderr == "pir: \(file.path): \(c.path): \(c.fragment)\n", "\(c) \(command)")
        }
    }

    /// Validation aside, nothing pir computes from these numbers traps: the typed model straight
    /// from the decoder (no bounds checked) through every view, slide, plain text and export.
    @Test(arguments: crashes)
    func drawnEverywhereWithoutValidationNoTrap(_ c: Crash) throws {
        let report = try JSONDecoder().decode(Report.self, from: c.data)
        let made = try RenderEverything.run(report)
        #expect(made > 500)
    }
}
