import Foundation
import PIRModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `--data` and `--deck` are checked with fstat before a byte is read: what is not a regular file
/// says what it is, an empty file says so, and a file over its limit is refused by its size alone —
/// a 1 GB sparse file costs no memory (it cost 2.1 GB of RSS as a dataset, 1.07 GB as a deck). A
/// deck is bounded in what it expands to before the slides are built.
@Suite(.serialized) struct FileLimitTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-limits-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: directory) }

    struct Measured {
        var status: Int32
        var stderr: String
        /// The child's peak resident memory in KB, from GNU time.
        var maxRSSKB: Int
    }

    /// pir under GNU time (its peak RSS) and timeout (a FIFO that blocks is a failure, not a hang).
    func measured(_ arguments: [String]) throws -> Measured {
        let binary = try #require(Binary.url)
        let rssFile = directory + "/rss"
        let r = try Spawn.run("/usr/bin/time", ["-f", "%M", "-o", rssFile, "timeout", "20", binary.path] + arguments)
        let rss = Int((try? String(contentsOfFile: rssFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") ?? -1
        return Measured(status: r.status, stderr: r.stderr, maxRSSKB: rss)
    }

    /// A sparse file of `bytes`: no disk used, and reading it would cost its size in memory.
    func sparse(_ name: String, bytes: Int) throws -> String {
        let path = directory + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(ftruncate(fd, off_t(bytes)) == 0)
        return path
    }

    @Test func aGigabyteDatasetIsRefusedBySizeBeforeReading() throws {
        defer { cleanUp() }
        let path = try sparse("big.json", bytes: 1 << 30)
        let r = try measured(["--data", path, "show", "3"])
        #expect(r.status == 2)
        #expect(r.stderr == "pir: \(path): is 1 GiB, over the limit of 64 MiB for a dataset\n")
        // nothing read: the memory of a pir that only started (the old reader peaked at 2.1 GB)
        #expect(r.maxRSSKB > 0 && r.maxRSSKB < 150_000, "peak RSS \(r.maxRSSKB) KB")
    }

    @Test func trailingWhitespaceCountsAgainstTheLimit() throws {
        defer { cleanUp() }
        // the bundled report and 70 MB of blanks after it: refused by size, as 200 MB was accepted
        let path = directory + "/padded.json"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        let data = ReportLoader.bundledData()
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let blanks = [UInt8](repeating: 0x20, count: 1 << 20)
        for _ in 0..<70 { _ = blanks.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
        close(fd)
        let r = try measured(["--data", path, "show", "3"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("pir: \(path): is 70.7 MiB, over the limit of 64 MiB for a dataset"), "\(r.stderr)")
    }

    @Test func whatIsNotARegularFileSaysWhatItIs() throws {
        defer { cleanUp() }
        let fifo = directory + "/fifo.json"
        try #require(mkfifo(fifo, 0o644) == 0)
        let socketPath = directory + "/data.sock"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in socketPath.utf8.enumerated() where i < buffer.count - 1 { buffer[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let empty = directory + "/empty.json"
        try #require(FileManager.default.createFile(atPath: empty, contents: Data()))
        let cases: [(String, String)] = [
            (directory, "is a directory, not a dataset"),
            (fifo, "is a FIFO (a named pipe), not a regular file: pir reads a dataset whole, from a file"),
            ("/dev/null", "is not a regular file but a character device (such as /dev/null)"),
            (socketPath, "is not a regular file but a socket"),
            (empty, "is an empty file: expected a dataset"),
        ]
        for (path, reason) in cases {
            let r = try measured(["--data", path, "show", "3"])
            #expect(r.status == 2, "\(path): status \(r.status)")
            #expect(r.stderr == "pir: \(path): \(reason)\n", "\(path)")
        }
        // a deck file the same way
        let r = try measured(["present", "--deck", fifo, "--export", "txt"])
        #expect(r.status == 2)
        #expect(r.stderr == "pir: \(fifo): is a FIFO (a named pipe), not a regular file: pir reads a deck file whole, from a file\n")
    }

    @Test func aGigabyteDeckIsRefusedBySizeBeforeReading() throws {
        defer { cleanUp() }
        let path = try sparse("big.deck", bytes: 1 << 30)
        let r = try measured(["present", "--deck", path, "--export", "txt"])
        #expect(r.status == 2)
        #expect(r.stderr == "pir: \(path): is 1 GiB, over the limit of 1 MiB for a deck file\n")
        #expect(r.maxRSSKB > 0 && r.maxRSSKB < 150_000, "peak RSS \(r.maxRSSKB) KB")
    }

    @Test func aDeckOfThousandsOfSlidesIsRefusedBeforeItIsBuilt() throws {
        defer { cleanUp() }
        // 7,000 × `indicator 3.1.2`: 112 KB of deck that made 7,000 slides (a just-under-1 MiB one
        // took 19.7 s and 790 MB and wrote 161 MB with --export txt)
        let text = directory + "/many.deck"
        try String(repeating: "indicator 3.1.2\n", count: 7_000).write(toFile: text, atomically: false, encoding: .utf8)
        var r = try measured(["present", "--deck", text, "--export", "txt"])
        #expect(r.status == 2)
        #expect(r.stderr == "pir: \(text): line 501: more than 500 slides, the limit for a deck\n")
        let json = directory + "/many.json"
        let slides = String(repeating: "\"indicator 3.1.2\",", count: 6_999) + "\"end\""
        try "{\"slides\": [\(slides)]}".write(toFile: json, atomically: false, encoding: .utf8)
        r = try measured(["present", "--deck", json, "--export", "txt"])
        #expect(r.status == 2)
        #expect(r.stderr == "pir: \(json): slides: 7000 entries: more than 500 slides, the limit for a deck\n")
        // 500 is allowed
        try String(repeating: "indicator 3.1.2\n", count: 500).write(toFile: text, atomically: false, encoding: .utf8)
        r = try measured(["present", "--deck", text, "--export", "txt"])
        #expect(r.status == 0, "\(r.stderr)")
    }
}
