import Foundation
import PIRModel
import PIRShare
import PIRUI
import Testing

/// Error messages come from the string tables' `errors` area in the command's language: English
/// exactly as before, Chinese from the Chinese table, the what and where (paths, names, values)
/// as given. One error from each file that throws them.
@Suite struct ErrorLanguageTests {
    func run(_ args: String...) throws -> Binary.Result { try Binary.run(args) }

    /// PIRCommand.swift: `export --node` with CSV.
    @Test func exportNodeWithCSV() throws {
        let en = try run("export", "--node", "3", "--format", "csv", "--lang", "en")
        #expect(en.status == 2)
        #expect(en.stderr == "pir: --node writes Markdown only; leave out --format or use --format markdown\n")
        let zh = try run("export", "--node", "3", "--format", "csv", "--lang", "zh")
        #expect(zh.status == 2)
        #expect(zh.stderr == "pir: --node 只写 Markdown；请去掉 --format 或使用 --format markdown\n")
    }

    /// Explore.swift: a trace file that cannot be written, its path quoted as given.
    @Test func traceThatCannotBeWritten() throws {
        let path = "/nonexistent-pir-dir/trace.log"
        let en = try run("explore", "--trace", path, "--lang", "en")
        #expect(en.status == 2)
        #expect(en.stderr == "pir: \(path): cannot be written\n")
        let zh = try run("explore", "--trace", path, "--lang", "zh")
        #expect(zh.status == 2)
        #expect(zh.stderr == "pir: \(path)：无法写入\n")
    }

    /// SharePath.swift: a presentation name that is not safe, quoted inert.
    @Test func badPresentationName() {
        do { try SharePath.validate("x;y"); Issue.record("accepted") } catch {
            #expect(error.message(in: .en) == error.description)
            #expect(error.message(in: .en).hasPrefix("bad presentation name \"x;y\": use 1–64 letters"))
            #expect(error.message(in: .zh).hasPrefix("演示名称 \"x;y\" 无效"))
        }
        // through the command: argument-parser's one line, in the command's language
        let zh = try? run("follow", "x;y", "--lang", "zh")
        #expect(zh?.status == 2)
        #expect(zh?.stderr.hasPrefix("pir: 演示名称 \"x;y\" 无效") == true, "\(zh?.stderr ?? "")")
    }

    /// ShareTunnel.swift: a --via destination ssh would take as an option.
    @Test func badViaDestination() {
        do { _ = try ShareTunnel(destination: "-oProxyCommand=x"); Issue.record("accepted") } catch {
            #expect(error.message(in: .en) == "bad --via destination \"-oProxyCommand=x\": give user@host, as for ssh")
            #expect(error.message(in: .zh) == "--via 目标 \"-oProxyCommand=x\" 无效：请像 ssh 那样给出 user@host")
        }
    }

    /// ShareClient.swift: a --from that is no safe word.
    @Test func badFromUser() {
        do { _ = try ShareClient(name: "talk", from: "bob;rm"); Issue.record("accepted") } catch {
            #expect(error.message(in: .en) == "bad user name \"bob;rm\" for --from")
            #expect(error.message(in: .zh) == "--from 的用户名 \"bob;rm\" 无效")
        }
    }

    /// ShareServer.swift: a socket path longer than a socket address holds.
    @Test func socketPathTooLong() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pir-errors-" + String(repeating: "d", count: 100) + "-\(getpid())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let places = SharePlaces(runtime: nil, temporary: root.path)
        do { _ = try ShareServer(name: "talk", group: false, places: places); Issue.record("accepted") } catch {
            guard case .pathTooLong(let path) = error.kind else { Issue.record("\(error)"); return }
            #expect(error.message(in: .en) == "\(path): path too long for a socket")
            #expect(error.message(in: .zh) == "\(path)：路径太长，无法用作套接字")
        }
    }

    /// Every kind of ShareError says the same in English through the table as its own
    /// `description` (what PIRShare's tests and logs read), so the English did not change.
    @Test func theEnglishTableIsPIRSharesEnglish() {
        let kinds: [ShareError.Kind] = [
            .badName("n"), .badFromUser("u"), .noSuchUser("u"), .cannotCreateDirectory(directory: "/d", reason: "r"),
            .cannotLetGroupReach(directory: "/d", reason: "r"), .directoryUnreadable(directory: "/d", reason: "r"), .notADirectory("/d"),
            .directoryOwnedByOther(directory: "/d", owner: "a", expected: "b"), .directoryWritableByOthers(directory: "/d", mode: "777"),
            .pathTooLong("/p"), .notYourSocket("/p"), .alreadyShared(path: "/p", name: "n"), .cannotCreateSocket(reason: "r"),
            .cannotBind(path: "/p", reason: "r"), .cannotListen(path: "/p", reason: "r"), .badVia("v"),
            .cannotMakeSocketPair(reason: "r"), .cannotMakePipe(reason: "r"), .cannotRunSSH(ssh: "ssh", reason: "r"),
        ]
        for kind in kinds {
            let error = ShareError(kind)
            #expect(error.message(in: .en) == error.description, "\(kind)")
            #expect(error.message(in: .zh) != error.description, "\(kind): the Chinese table says it in Chinese")
        }
    }
}
