@testable import PIRModel
import PIRText
import Testing
@testable import PIRUI

/// English mode: labels and interface in English, narrative Chinese and marked, layout intact.
@Suite struct LanguageTests {
    let fixture = try! Fixture()

    @Test(arguments: [(80, 24), (120, 40)])
    func everyViewInEnglishKeepsItsLayout(width: Int, height: Int) {
        for screen in Screen.allCases {
            var s = fixture.reducer.reduce(AppState(width: width, height: height, screen: .overview), .resize(width: width, height: height))
            s.language = .en
            if screen != .overview { s = fixture.reducer.reduce(s, .key(.function(screen.functionKey))) }
            s = fixture.reducer.reduce(s, [.key(.down), .key(.enter)])
            let frame = fixture.view.render(s)
            for (y, line) in frame.lines.enumerated() { #expect(line.cellWidth == width, "\(screen) line \(y)") }
            // the footer and the breadcrumb speak English
            #expect(frame.text.contains("Report"), "\(screen)")
            #expect(!frame.lines[frame.height - 2].contains("移动"), "\(screen) footer")
        }
    }

    @Test func switchingLanguageKeepsThePlace() {
        var s = fixture.state(120, 40, Event.keys("7.5.2\r"))
        let before = s
        s = fixture.reducer.reduce(s, Event.keys("w"))
        #expect(s.language == .en)
        #expect(s.screen == before.screen && s.outcome == before.outcome && s.indicator == before.indicator && s.focus == before.focus)
        let text = fixture.view.render(s).text
        #expect(text.contains("Indicator 7.5.2"))
        #expect(text.contains("Outcome 7"))
        s = fixture.reducer.reduce(s, Event.keys("w"))
        #expect(s.language == .zh)
        #expect(fixture.view.render(s).text.contains("指标 7.5.2"))
    }

    @Test func narrativeStaysChineseAndIsMarked() throws {
        var s = fixture.state(120, 40, Event.keys("1"))
        s.language = .en
        s = fixture.reducer.reduce(s, [.key(.tab), .key(.tab), .key(.tab)])
        let doc = DetailDocument(report: fixture.report, glyphs: .unicode, language: .en).build(.outcome(fixture.report.outcomes[0]), width: 100)
        let lines = doc.lines.map { $0.map(\.text).joined() }
        let highlight = try #require(fixture.report.outcomes[0].highlights.first)
        #expect(lines.contains { $0.contains("[中文] " + highlight.prefix(10)) })
        #expect(lines.contains { $0.hasPrefix("Highlights") })
    }

    @Test func aMissingEnglishLabelFallsBackToMarkedChineseNeverEmpty() {
        #expect(Language.en.label("失业率", nil) == "[中文] 失业率")
        #expect(Language.en.label("失业率", EnglishLabel(text: "", official: false)) == "[中文] 失业率")
        #expect(Language.en.label("失业率", EnglishLabel(text: "Unemployment rate", official: true)) == "Unemployment rate")
        #expect(Language.zh.label("失业率", EnglishLabel(text: "Unemployment rate", official: true)) == "失业率")
    }
}

/// Figures from the prose read in English: qualifier, grouped digits, unit.
@Suite struct EnglishFigureTests {
    func fact(_ value: Double, _ unit: Fact.Unit, _ qualifier: Fact.Qualifier? = nil) -> Fact {
        Fact(id: "x", label: "标签", value: value, unit: unit, printed: "印出", text: "句子", section: "s", qualifier: qualifier)
    }

    @Test func figuresInEnglish() {
        #expect(Language.en.figure(fact(1104.6, .usdMillion)) == "US$1,104.6 million")
        #expect(Language.en.figure(fact(45, .percent, .about)) == "about 45%")
        #expect(Language.en.figure(fact(35000, .people)) == "35,000 people")
        #expect(Language.en.figure(fact(2021, .year)) == "2021")
        #expect(Language.en.figure(fact(60, .percent, .over)) == "over 60%")
        #expect(Language.en.figure(fact(1, .months)) == "1 month")
        #expect(Language.en.figure(fact(-15, .percent)) == "-15%")
        // Chinese mode shows the figure exactly as printed
        #expect(Language.zh.figure(fact(45, .percent, .about)) == "印出")
    }

    @Test func theOverviewsHeadlineFiguresAreEnglish() {
        let fixture = try! Fixture()
        var s = fixture.reducer.reduce(AppState(width: 120, height: 40, screen: .overview), .resize(width: 120, height: 40))
        s.language = .en
        let text = fixture.view.render(s).text
        #expect(text.contains("Member States achieving results"))
        #expect(text.contains("about 45%"))
        // the status line quotes the report's sentence for the row (marked); the labels are English
        let labels = fixture.view.render(s).lines.dropLast().joined(separator: "\n")
        #expect(!labels.contains("[中文]"), "every label on the overview has its English")
        #expect(text.contains("[中文] "), "the source sentence in the status line is marked")
    }
}
