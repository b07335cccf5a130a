import Foundation

/// The pseudo-terminal harness in scripts/ (Python 3's pty module, pyte as the VT emulator): the
/// real pir binary in a real terminal, signals, hang-ups and window sizes. The scripts print one JSON
/// object of what they observed; the tests judge it.
enum PTY {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let scripts = Binary.packageRoot.appendingPathComponent("scripts")

    /// A python3 that has pyte: Debian's python3-pyte (installed by scripts/test) lives in the
    /// system python's path, which may not be the first python3 on PATH.
    static let python: String? = {
        for candidate in ["/usr/bin/python3", "python3"] {
            if let result = try? Spawn.run(candidate, ["-c", "import pyte, wcwidth"]), result.status == 0 { return candidate }
        }
        return nil
    }()

    /// Runs `script` on the built pir with `arguments`; its JSON observation.
    ///
    /// A script mostly waits on pir, so it runs aside (`Spawn.runSuspending`) while the pool goes on
    /// with other tests: at most `slots` scripts at a time — three, so the serialized PTY suites run
    /// side by side, and no more, so their pir processes do not starve each other's timing.
    static func run(_ script: String, _ arguments: [String], environment: [String: String]? = nil) async throws -> Observation {
        guard let python else {
            throw Failure(description: "python3 with pyte is not installed, and this test needs it: apt-get install python3-pyte (scripts/test installs it)")
        }
        guard let binary = Binary.url else { throw Failure(description: "pir is not built") }
        // niced, so the end-to-end tests running beside these keep their timing on a two-core machine
        let command = ["-n", "10", python, scripts.appendingPathComponent(script).path, "--binary", binary.path] + arguments
        await slots.acquire()
        let result: Spawn.Result
        do {
            result = try await Spawn.runSuspending("nice", command, environment: environment)
            await slots.release()
        } catch {
            await slots.release()
            throw error
        }
        guard let line = result.stdout.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw Failure(description: "\(script) \(arguments) printed no observation (status \(result.status)):\n\(result.stdout)\n\(result.stderr)")
        }
        return Observation(values: object, log: result.stderr)
    }

    static let slots = Slots(3)
}

/// A counting semaphore for async code: `acquire` suspends (never blocks a thread) while all
/// `limit` slots are taken.
actor Slots {
    let limit: Int
    private var used = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ limit: Int) { self.limit = limit }

    func acquire() async {
        guard used >= limit else { used += 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { used -= 1 } else { waiting.removeFirst().resume() }  // the slot passes on
    }
}

/// What a harness script saw, with typed access for the tests.
struct Observation: CustomStringConvertible {
    var values: [String: Any]
    var log: String

    subscript(key: String) -> Any? { values[key] is NSNull ? nil : values[key] }
    func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue }
    func double(_ key: String) -> Double? { (self[key] as? NSNumber)?.doubleValue }
    func bool(_ key: String) -> Bool? { (self[key] as? NSNumber)?.boolValue }
    func string(_ key: String) -> String { self[key] as? String ?? "" }
    func strings(_ key: String) -> [String]? { self[key] as? [String] }
    /// The screen as the VT emulator showed it, one string per row.
    var screen: String { (self["screen"] as? [String])?.joined(separator: "\n") ?? "" }

    var description: String {
        var shown = values
        shown["screen"] = nil
        return "\(shown)\n\(screen)"
    }
}
