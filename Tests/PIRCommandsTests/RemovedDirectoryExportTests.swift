import Foundation
import Testing

/// The explorer started in a directory that is then removed: `x` says the working directory is
/// gone and writes nothing — it wrote `/pir-indicators.csv` while the status line said
/// `./pir-indicators.csv` (`currentDirectoryPath` is "" once getcwd fails).
@Suite(.serialized) struct RemovedDirectoryExportTests {
    let session = "pir-cwd"
    let tmuxServer = TmuxServer("pir-cwd")

    @discardableResult
    func tmux(_ args: [String]) throws -> String { try tmuxServer(args) }

    @Test func exportWithTheWorkingDirectoryRemoved() throws {
        defer { tmuxServer.stop() }
        let binary = try #require(Binary.url, "pir not built")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-cwd-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let stray = "/pir-indicators.csv"
        let strayBefore = FileManager.default.fileExists(atPath: stray)
        defer { if !strayBefore { try? FileManager.default.removeItem(atPath: stray) } }
        try tmux(["new-session", "-d", "-x", "120", "-y", "40", "-s", session,
                  "cd \(directory); env LANG=C.UTF-8 TERM=xterm-256color \(binary.path) --view indicators; echo PIR-ENDED; sleep 60"])
        try tmux(["set-option", "-t", session, "status", "off"])
        let capture = { try self.tmux(["capture-pane", "-p", "-t", self.session]) }
        _ = try settledScreen("the indicators table", capture: capture) { $0.contains("55/55") }
        try FileManager.default.removeItem(atPath: directory)
        try tmux(["send-keys", "-t", session, "x"])
        let status = try settledScreen("the status line", capture: capture) { $0.contains("导出失败") || $0.contains("已导出") }
        #expect(status.contains("导出失败 export failed: the working directory cannot be found"), "\(status)")
        #expect(!status.contains("./pir-indicators.csv"))
        if !strayBefore { #expect(!FileManager.default.fileExists(atPath: stray), "wrote \(stray)") }
        try tmux(["send-keys", "-t", session, "Q"])
        _ = try settledScreen("exit", capture: capture) { $0.contains("PIR-ENDED") }
    }
}
