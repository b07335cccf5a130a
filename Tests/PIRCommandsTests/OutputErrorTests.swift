import Foundation
import Testing

/// Output that cannot be written. pir used FileHandle.write, which traps on any write error: a
/// full disk, a closed stdout, or a reader that left while SIGPIPE is ignored all crashed it with a
/// Swift backtrace (status 132).
@Suite struct OutputErrorTests {
    func sh(_ script: String) throws -> Spawn.Result {
        let binary = try #require(Binary.url)
        return try Spawn.run("/bin/sh", ["-c", script, binary.path])
    }

    /// `pir export | head`: the reader leaves early. Killed by SIGPIPE as usual (141), and with
    /// SIGPIPE ignored by whoever started pir, the same status, quietly.
    @Test(arguments: ["", "trap '' PIPE; "])
    func aReaderThatLeavesEarly(_ prefix: String) throws {
        // dash has no pipefail: the pipeline's first status comes back through a file
        let status = try sh(prefix + "{ { \"$0\" export --what all --format json; echo $? >&3; } | head -c 10 >/dev/null; } 3>&1")
        #expect(status.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "141", "\(status)")
        #expect(!status.stderr.contains("Fatal error") && !status.stderr.contains("Backtrac"), "\(status.stderr)")
    }

    @Test func aFullDisk() throws {
        let result = try sh("\"$0\" export --what indicators --format csv > /dev/full")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "pir: cannot write the output: No space left on device\n", "\(result.stderr)")
    }

    @Test func stdoutClosed() throws {
        let result = try sh("\"$0\" show 3 >&-")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("pir: cannot write the output: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
