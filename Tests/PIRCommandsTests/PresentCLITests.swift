import Foundation
import Testing

/// `pir present` and `pir follow` from the command line, where no terminal is needed.
@Suite final class PresentCLITests {
    /// The deck and data files a test writes, in a directory of its own removed after the test.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pir-present-cli-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: dir) }

    func run(_ args: String...) throws -> Binary.Result { try Binary.run(args) }

    func file(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func withoutATerminalTheDeckIsPrintedAsText() throws {
        let r = try run("present")
        #expect(r.status == 0)
        #expect(r.stdout.contains("1 / 16  国际劳工组织 2020–2021 两年期计划执行报告"))
        #expect(r.stdout.contains("896  八项政策成果目标下取得的成果"))
        #expect(r.stdout.contains("16 / 16  谢谢"))
    }

    @Test func exportFormats() throws {
        let html = try run("present", "--export", "html")
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<span class=\"big\">896</span>"))
        let md = try run("present", "--export", "md")
        #expect(md.stdout.contains("## 11. 成果目标 7：为所有人提供充分和有效的劳动保护"))
        #expect(md.stdout.contains("| 实际支出 expenditure | 280.6 (+16%) |  |"))
        let bad = try run("present", "--export", "pdf")
        #expect(bad.status == 2)
    }

    @Test func aDeckFileWithNotes() throws {
        let path = try file("good.deck", "overview\n> Open with the 896.\noutcome 7\nregion africa\n")
        let r = try run("present", "--deck", path, "--export", "txt")
        #expect(r.status == 0)
        #expect(r.stdout.contains("1 / 3  要点"))
        #expect(r.stdout.contains("备注 Notes: Open with the 896."))
        #expect(r.stdout.contains("3 / 3  非洲"))
    }

    @Test func aBadDeckIsOneLineAndExit2() throws {
        let path = try file("bad.deck", "overview\noutcom 3\n")
        let r = try run("present", "--deck", path)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "pir: \(path): line 2: unknown entry \"outcom 3\"; expected one of: title, overview, regions, outcomes, outcome N, enabling, indicator CODE, region NAME, box N, budget, trends, lessons, end\n")
        let json = try file("bad.json", #"{"slides": ["overview", {"show": "region mars"}]}"#)
        let j = try run("present", "--deck", json)
        #expect(j.status == 2)
        #expect(j.stderr.hasPrefix("pir: \(json): slides[1].show: no region \"mars\" in the report"))
        #expect(j.stderr.filter { $0 == "\n" }.count == 1)
        let missing = try run("present", "--deck", "/nonexistent.deck")
        #expect(missing.status == 2)
        #expect(missing.stderr == "pir: /nonexistent.deck: no such file\n")
        // an escape sequence in a deck never reaches the terminal raw
        let hostile = try file("hostile.deck", "overview\n\u{1B}[2Joops\n")
        let h = try run("present", "--deck", hostile)
        #expect(h.status == 2)
        #expect(!h.stderr.contains("\u{1B}"))
    }

    @Test func badOptionsAreExit2() throws {
        for args in [["present", "--group"], ["present", "--max-width", "10"], ["present", "--start", "99"],
                     ["present", "--theme", "neon"], ["present", "--notes", "x", "--share", "y"], ["follow", "x", "--theme", "neon"],
                     ["present", "--share", "../etc"], ["follow", ".hidden"], ["present", "--notes", "a/b"]] {
            let r = try Binary.run(args)
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(!r.stderr.isEmpty)
        }
    }

    @Test func englishExportHasEnglishHeadings() throws {
        let md = try run("present", "--lang", "en", "--export", "md")
        #expect(md.status == 0)
        let headings = md.stdout.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
        let chinese = try run("present", "--export", "md").stdout.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.count == chinese.count && headings.count == 17)
        #expect(headings.first == "# ILO Programme Implementation Report 2020–21")
        #expect(headings.contains("## 2. Key figures"))
        #expect(headings.contains("## 3. Results by region"))
        #expect(headings.contains { $0.hasPrefix("## 11. Outcome 7: ") })
        #expect(headings.last == "## 16. Thank you")
        // Chinese in a heading only where a label has no English yet, and then marked
        for heading in headings where heading.contains(where: { $0.unicodeScalars.first!.value >= 0x3000 }) {
            #expect(heading.contains("\\[中文\\]"), "\(heading)")
        }
        #expect(md.stdout.contains("| expenditure | 280.6 (+16%) |  |"))
        #expect(md.stdout.contains("> **Notes:** \\[中文\\] "))
        // `pir --lang en present` reads the same
        let txt = try run("present", "--lang", "en", "--export", "txt")
        #expect(txt.stdout.contains("16 / 16  Thank you"))
        #expect(try run("--lang", "en", "present", "--export", "txt").stdout == txt.stdout)
    }

    @Test func anUnknownLanguageIsOneLineAndExit2() throws {
        for args in [["present", "--lang", "xx"], ["present", "--lang", "xx", "--export", "md"], ["present", "--notes", "talk", "--lang", "xx"],
                     ["follow", "talk", "--lang", "xx"], ["--lang", "xx", "present"], ["explore", "--lang", "xx"]] {
            let r = try Binary.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty, "\(args)")
            // argument-parser checks the enum; pir makes its message one line naming the command's help
            #expect(r.stderr.hasPrefix("pir: The value 'xx' is invalid for '--lang <LANG>'. Please provide one of 'zh' and 'en'. (pir "), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
        }
    }

    @Test func followNeedsATerminal() throws {
        let r = try run("follow", "talk", "--lang", "en")
        #expect(r.status == 2)
        #expect(r.stderr == "pir: pir follow talk needs a terminal, and standard input and output are not one (over ssh: ssh -t host pir follow talk)\n")
        // in Chinese the same line from the Chinese table, the command quoted as typed
        let zh = try run("follow", "talk", "--lang", "zh")
        #expect(zh.status == 2)
        #expect(zh.stderr == "pir: pir follow talk 需要终端，而标准输入和输出都不是终端（通过 ssh：ssh -t host pir follow talk）\n")
    }

    /// An option check said before anything runs (argument-parser's `validate()`) is in the
    /// command's language too, with the value as typed.
    @Test func aBadOptionIsSaidInTheCommandsLanguage() throws {
        let en = try run("present", "--start", "0", "--lang", "en")
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix("pir: --start counts slides from 1, found 0"), "\(en.stderr)")
        let zh = try run("present", "--start", "0", "--lang", "zh")
        #expect(zh.status == 2)
        #expect(zh.stderr.hasPrefix("pir: --start 从 1 开始数幻灯片，现为 0"), "\(zh.stderr)")
        #expect(zh.stderr.split(separator: "\n").count == 1, "\(zh.stderr)")
    }

    /// --share and --notes without a terminal are refused, naming what is missing — not ignored in
    /// favour of the text deck (which hid a name already in use).
    @Test func shareAndNotesNeedATerminal() async throws {
        for (args, what) in [(["present", "--share", "talk"], "pir present --share talk"),
                             (["present", "--share", "talk", "--group"], "pir present --share talk"),
                             (["present", "--notes", "talk"], "pir present --notes talk")] {
            let r = try Binary.run(args + ["--lang", "en"])
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty, "\(args)")
            #expect(r.stderr == "pir: \(what) needs a terminal, and standard input and output are not one (over ssh: ssh -t host \(what))\n", "\(args): \(r.stderr)")
        }
        // output to a terminal is not enough: keys could not reach the presenter
        let o = try await PTY.run("pty-scenarios", ["run", "--stdin", "/dev/null", "--", "present", "--share", "talk", "--lang", "en"])
        #expect(o.int("status") == 2, "\(o)")
        #expect(o.string("stderr") == "pir: pir present --share talk needs a terminal, and standard input is not one (over ssh: ssh -t host pir present --share talk)\n", "\(o)")
        let r = try Binary.run(["present", "--share", "talk", "--export", "txt", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--share NAME presents on a terminal; it takes no --export"), "\(r.stderr)")
    }
}

/// `--no-notes`: the deck for participants, without the presenter's notes.
@Suite struct PresentExportNotesCLITests {
    @Test(arguments: ["txt", "md", "html"])
    func noNotesLeavesEverySpeakerNoteOut(format: String) throws {
        let with = try Binary.run(["present", "--export", format])
        let without = try Binary.run(["present", "--export", format, "--no-notes"])
        #expect(with.status == 0 && without.status == 0)
        #expect(with.stdout.contains("备注 Notes"))
        #expect(!without.stdout.contains("备注 Notes"))
        #expect(!without.stdout.contains("图 15 列出了成果的区域分布情况"))
        // the slides themselves are all there
        #expect(without.stdout.contains("280.6 (+16%)"))
        #expect(try Binary.run(["present", "--no-notes", "--share", "x"]).status == 2)
    }
}
