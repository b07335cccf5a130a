import Foundation
import Testing
import PIRModel

/// The command line as users run it: the real binary, its output and exit status.
@Suite(.serialized) struct CLITests {
    func run(_ args: String...) throws -> Binary.Result { try Binary.run(args) }

    @Test func binaryIsBuilt() {
        #expect(Binary.url != nil, "no pir executable next to the tests; run `swift build` first")
    }

    @Test func helpListsEveryCommand() throws {
        let result = try run("--help")
        #expect(result.status == 0)
        for command in ["show", "search", "export", "verify", "explore"] { #expect(result.stdout.contains(command)) }
        #expect(try run("show", "--help").stdout.contains("--data"))
    }

    @Test func verifyIsAllGreen() throws {
        let result = try run("verify")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("✗"))
        #expect(result.stdout.contains("all 12 invariants hold"))
    }

    @Test func plainOverviewWhenNotATerminal() throws {
        let result = try run()
        #expect(result.status == 0)
        #expect(result.stdout.contains("896"))
        #expect(!result.stdout.contains("\u{1B}"), "escape sequences in piped output")
    }

    @Test(arguments: [
        (["show", "3.1.3"], ["3.1.3", "根据第 204 号建议书制定推进正规化综合战略的成员国数目", "目标 12 · 成果 2 · 完成率 17%"]),
        (["show", "3"], ["成果目标 3", "表 4", "196.5", "225.1"]),
        (["show", "3.1"], ["产出 3.1", "3.1.1", "3.1.2", "3.1.3"]),
        (["show", "africa"], ["非洲", "329"]),
        (["show", "非洲"], ["非洲", "329"]),
        (["show", "Arab", "States"], ["阿拉伯国家", "82"]),
        (["show", "box", "12"], ["专栏 12", "大韩民国"]),
        (["show", "专栏", "3"], ["专栏 3", "第 182 号公约"]),
        (["show", "A"], ["成果目标 A", "A.2.2", "346"]),
        (["show", "C.2.2"], ["69%", "81%", "\n资料来源：劳工组织关于组织健康的职员调查"]),
        (["show", "3.1"], ["\n资料来源：体面劳动成果汇总表和国际劳工标准数据库(NORMLEX)。"]),
        (["show", "KOR"], ["大韩民国  Republic of Korea", "1. 国际劳工标准与权威有效的监督 › 专栏 12 box 12", "«大韩民国»"]),
        (["show", "SDN"], ["苏丹  Sudan", "«苏丹»"]),
        // budget cells to one decimal as the tables print them (表 4: 127.0 and 7.0; 表 8: 147.0)
        (["show", "3"], ["预算外发展合作       127.0     157.3", "经常预算补充账户    未设定       7.0"]),
        (["show", "7"], ["预算外发展合作       147.0"]),
        // quotations as printed: box 3's in the report's own marks under the bare speaker,
        // Part III's set apart without marks above their 资料来源 line
        (["show", "box", "3"], ["\n  “这体现出国际社会的承诺", "立足之地。”\n      — 劳工组织总干事盖·莱德\n"]),
        (["show", "part3-human-centred-recovery"], ["\n  劳工组织以《百年宣言》为指导的强有力的战略框架", "\n      — 资料来源：多边组织业绩评估网劳工组织评估简报"]),
        // Table 1 on its own and where its chapter prints it: one decimal, 暂无数据 kept, the source
        (["show", "trends"], ["表 1. 2018-2021 年体面劳动指标的主要趋势", "13.5  13.5  15.2  暂无数据", "45.0  45.2  43.0      43.4", "资料来源：劳工组织模型估测，2021 年 11 月。"]),
        (["show", "表", "1"], ["27.9  28.2  28.3  暂无数据"]),
        (["show", "part1-world-of-work"], ["表 1. 2018-2021 年体面劳动指标的主要趋势 (%)", "\n失业率 (8.5.2)"]),
        (["show", "appendix2"], ["成果目标 3：", "3.1.3    12     2     2     0           0         0           0", "资料来源：体面劳动成果汇总表"]),
        (["show", "附录二"], ["政策成果目标、产出和指标：目标和取得的成果"]),
        // one node as Markdown, as pir show prints it: 3.1.2's 18 and 12, Africa's 6 (Appendix II)
        (["export", "--node", "3.1.2", "--lang", "en"], ["# Indicator 3.1.2 ", "target **18** · result **12**", "| Africa | 6 |"]),
        (["show", "appendix", "III"], ["保障性成果目标、产出和指标：目标和取得的成果"]),
        (["show", "appendix3"], ["成果目标 C：", "\nC.2.2  ", "资料来源：劳工组织关于组织健康的职员调查"]),
        (["show", "appendix1"], ["[图 I.7. 国际劳工组织各司局和区域计划在政策成果目标 7 上面的投入]\n  工作条件和平等  31%"]),
    ])
    func show(args: [String], expected: [String]) throws {
        let result = try Binary.run(args)
        #expect(result.status == 0, "\(result.stderr)")
        for fragment in expected { #expect(result.stdout.contains(fragment), "\(args): missing \(fragment)") }
        #expect(!result.stdout.contains("\u{1B}"))
    }

    /// `pir show` gives every title's English label from the dataset under the Chinese one, marked
    /// "(translation)" only when it is not the ILO's own wording, and once on an indicator's page.
    @Test(arguments: ["1", "1.1", "3", "3.1.2", "A.2.2", "box 12"])
    func showGivesEnglishTitles(code: String) throws {
        let report = try ReportLoader.loadBundled()
        let label: EnglishLabel? = switch code {
        case "box 12": report.box(12)?.en
        case let c where c.contains("."): c.split(separator: ".").count == 3 ? report.indicator(c)?.2.en : report.output(c)?.1.en
        default: report.outcome(code)?.en
        }
        let en = try #require(label, "\(code) has no English label in the dataset")
        let result = try Binary.run(["show"] + code.split(separator: " ").map(String.init))
        #expect(result.status == 0, "\(result.stderr)")
        let line = en.text + (en.official ? "" : Strings.zh.common.translationMark)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == line }.count == 1, "\(code): expected the line \(line) once")
        if en.official { #expect(!lines.contains(en.text + Strings.zh.common.translationMark)) }
    }

    /// `pir search` prints the explorer's hits as plain text: where in the report's words, and the
    /// match marked «like this», footnote references raised as printed.
    @Test(arguments: [
        (["search", "国家青年就业战略"], "成果目标 3 › 指标 3.1.2: ", "«国家青年就业战略»"),
        (["search", "youth", "employment", "strategy"], "成果目标 3 › 指标 3.1.2: ", "«youth employment strategy»"),
        (["search", "box", "15"], " › 专栏 15: ", "«box 15»"),
        (["search", "3.1.3"], "成果目标 3 › 指标 3.1.3: ", "«3.1.3»"),
        (["search", "Arab", "States"], "阿拉伯国家", "«Arab States»"),
        (["search", "(图 10)"], "各国成果概览: ", "«(图 10)»"),  // regex metacharacters are literal
        // a hit inside a box of an outcome's chapter names the box
        (["search", "andi"], "成果目标 1 › 专栏 8: ", "«ANDI»"),
        // across a footnote reference, typed without it or with the number the PDF prints
        (["search", "896 项成果，比为"], "各国成果概览: ", "«896 项成果⁵，比为»"),
        (["search", "896 项成果5，比为"], "各国成果概览: ", "«896 项成果⁵，比为»"),
        // the excerpt is not cut inside a number (1.6 亿, 2020): it starts before the number, which
        // stays whole with its unit (it started at 亿 and 年, the figures dropped)
        (["search", "万"], "动荡中的劳动世界: …1.6 亿儿童陷入童工劳动困境", "«万»"),
        (["search", "%。这场疫情还加剧"], "动荡中的劳动世界: …2020 年新冠疫情导致全球 GDP", "3.1«%。这场疫情还加剧»"),
    ])
    func search(args: [String], place: String, marked: String) throws {
        let result = try Binary.run(args)
        #expect(result.status == 0, "\(args): \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains(place) && $0.contains(marked) }, "\(args):\n\(result.stdout)")
        #expect(lines.last?.hasSuffix(lines.count == 2 ? "1 hit" : "\(lines.count - 1) hits") == true)
    }

    @Test func searchWithNoHitIsExit1() throws {
        let result = try run("search", "没有这样的句子xyz")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func showUnknownIsExit1() throws {
        let result = try run("show", "9.9.9")
        #expect(result.status == 1)
        #expect(result.stderr.contains("9.9.9"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badArgumentIsExit2() throws {
        #expect(try run("export", "--format", "xml").status == 2)
        #expect(try run("--theme", "neon").status == 2)
    }

    @Test func indicatorsCSVIsAppendixII() throws {
        let result = try run("export", "--what", "indicators", "--format", "csv")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "outcome,output,indicator,unit,target,total,africa,americas,arab_states,asia_pacific,europe_central_asia,title")
        #expect(lines.count == 56)  // header + 55 policy indicators
        #expect(lines.contains { $0.hasPrefix("3,3.1,3.1.3,count,12,2,2,0,0,0,0,根据第 204 号建议书") })
        #expect(lines.contains { $0.hasPrefix("2,2.2,2.2.2,percent,10,10,,,,,,") })
        #expect(lines.contains { $0.hasPrefix("2,2.3,2.3.1,percent,40,40,40,34,33,34,47,") })
        #expect(lines.contains { $0.hasPrefix("2,2.2,2.2.1,cases,45,44,7,9,5,10,13,") })
        #expect(lines.contains { $0.hasPrefix("1,1.4,1.4.2,count,15,17,5,1,2,9,0,") })
    }

    /// Budget cells and Table 1 to one decimal, as the report prints them (表 4's 127.0 and 7.0,
    /// Table 1's 45.0 and 43.0 for women's employment-to-population ratio).
    @Test func budgetAndTrendsExportAsPrinted() throws {
        let budget = try run("export", "--what", "budget", "--format", "csv").stdout.split(separator: "\n")
        #expect(budget.first == "outcome,table,source,label,strategic_budget_usd_m,expenditure_usd_m,note")
        #expect(budget.contains("3,表 4,extrabudgetary,预算外发展合作,127.0,157.3,"))
        // a word the table prints instead of a figure goes to the note: the numeric columns hold numbers or nothing
        #expect(budget.contains("3,表 4,rbsa,经常预算补充账户,,7.0,strategic_budget_usd_m: 未设定"))
        #expect(budget.contains("8,表 9,rbsa,经常预算补充账户,,1.6,strategic_budget_usd_m: 不适用"))
        for line in budget.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            for cell in cells[4...5] { #expect(cell.isEmpty || Double(cell) != nil, "not a number: \(line)") }
        }
        let trends = try run("export", "--what", "trends", "--format", "csv").stdout.split(separator: "\n")
        #expect(trends.first == "row,parent,label,sdg,2018,2019,2020,2021,no_data_years")
        #expect(trends.contains("employment_to_population_women,employment_to_population,女性,,45.0,45.2,43.0,43.4,"))
        // 暂无数据 and a blank cell are told apart: youth unemployment's 2021 says no data, women's
        // working poverty 2021 is blank
        #expect(trends.contains("unemployment_youth,unemployment,青年(15-24 岁),8.5.2,13.5,13.5,15.2,,2021"))
        #expect(trends.contains("working_poverty_women,working_poverty,女性,1.1.1,7.2,7.1,,,"))
        let markdown = try run("export", "--what", "trends", "--format", "markdown").stdout
        #expect(markdown.contains("| no_data_years |"))
        #expect(markdown.contains("| 15.2 |  | 2021 |"))
    }

    @Test(arguments: ["outcomes", "regions", "budget", "trends", "indicators"], ["csv", "json", "markdown"])
    func everyTableExports(what: String, format: String) throws {
        let result = try Binary.run(["export", "--what", what, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        if format == "json" {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) }
        }
    }

    @Test func exportRoundTrip() throws {
        let exported = try run("export", "--what", "all", "--format", "json")
        #expect(exported.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pir-roundtrip-\(UUID().uuidString).json")
        try exported.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let reloaded = try ReportLoader.load(contentsOf: file.path)
        #expect(reloaded == (try ReportLoader.loadBundled()))
        // and a second export is byte-identical
        let again = try run("--data", file.path, "export", "--what", "all", "--format", "json")
        #expect(again.stdout == exported.stdout)
    }

    @Test func bundledFileIsInCanonicalForm() throws {
        // The reviewable file in Resources/ is exactly what export writes: stable key order, pretty-printed.
        let exported = try run("export", "--what", "all", "--format", "json")
        let bundled = String(decoding: ReportLoader.bundledData(), as: UTF8.self)
        #expect(exported.stdout == bundled)
    }

    @Test func malformedDataIsExit2WithOneLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pir-bad-\(UUID().uuidString).json")
        try Data("{\"schemaVersion\": 1, \"meta\": ".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        for args in [["verify"], ["show", "3"], ["export"], []] {
            let result = try Binary.run(["--data", file.path] + args)
            #expect(result.status == 2, "\(args)")
            #expect(result.stderr.hasPrefix("pir: \(file.path): "), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func binaryCopiedAloneStillOpensTheReport() throws {
        let source = try #require(Binary.url)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pir-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("pir")
        // written through a close-on-exec descriptor: a copy made with an inheritable one can be held
        // open by a process another test forks meanwhile, and exec then fails with ETXTBSY (126)
        let bytes = try Data(contentsOf: source)
        let fd = open(copy.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        try #require(fd >= 0)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try #require(written == bytes.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["pir"])
        let result = try Binary.run(["show", "3.1.2"], binary: copy, cwd: dir, environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("目标 18 · 成果 12"))
        #expect(try Binary.run(["verify"], binary: copy, cwd: dir, environment: [:]).status == 0)
    }
}
