import PIRModel
import Testing

/// The country index, checked against an independent count made from the report's text by a
/// different matcher (whitespace-free longest match over the raw extraction, line by line).
@Suite struct CountryTests {
    let report = try! ReportLoader.loadBundled()
    var index: CountryIndex { CountryIndex(report: report) }

    @Test func theTableHasThe187MemberStatesAndTheTerritories() {
        let countries = report.countries ?? []
        #expect(countries.filter(\.memberState).count == 187)
        #expect(Set(countries.map(\.id)).count == countries.count)
        #expect(countries.contains { $0.id == "PSE" && !$0.memberState && $0.zh == "巴勒斯坦被占领土" })
        // names as the report writes them
        #expect(report.country("TZA")?.zh == "坦桑尼亚")
        #expect(report.country("KOR")?.zh == "大韩民国")
        #expect(report.country("COD")?.zh == "刚果民主共和国")
        #expect(report.country("VNM")?.region == .asiaPacific)
        #expect(report.country("JOR")?.region == .arabStates)
        #expect(report.country("EGY")?.region == .africa)
    }

    @Test func aCountryIsFoundByIdChineseOrEnglishName() {
        for query in ["VNM", "vnm", "越南", "Viet Nam", "vietnam"] { #expect(report.country(query)?.id == "VNM", "\(query)") }
        #expect(report.country("Republic of Korea")?.id == "KOR")
        #expect(report.country("坦桑尼亚联合共和国")?.id == "TZA")
        #expect(report.resolve("越南") == .country("VNM"))
        #expect(report.resolve("Viet Nam") == .country("VNM"))
        // region and outcome names still win where they clash with nothing
        #expect(report.resolve("africa") == .region(.africa))
    }

    /// Passages (not lines) that name each country: the independent count of report lines is an
    /// upper bound that a passage joining several lines can only lower, and zero must stay zero.
    @Test(arguments: [
        ("AGO", 1), ("CPV", 2), ("HRV", 1), ("LUX", 1), ("SOM", 2), ("SDN", 2), ("VNM", 6), ("IDN", 8),
        ("KOR", 2), ("MLI", 1), ("SSD", 0), ("GIN", 0), ("COG", 0), ("PNG", 0), ("NER", 0), ("DMA", 0),
    ])
    func passagesNamingACountry(id: String, passages: Int) {
        #expect(index.mentions(of: id).count == passages, "\(id)")
    }

    @Test func theExactPassagesForSomeCountries() {
        // Angola: only the C.144 highlight of outcome 1
        let angola = index.mentions(of: "AGO")
        #expect(angola.map(\.sectionID) == ["outcome-1"])
        #expect(angola.first?.path.contains(".highlights[") == true)
        #expect(angola.first?.text.contains("第 144 号") == true)
        #expect(angola.first?.place(.zh) == "亮点 highlight" && angola.first?.place(.en) == "highlight")
        // the Republic of Korea: box 12 on its ratification of the fundamental conventions
        let korea = index.mentions(of: "KOR")
        #expect(korea.allSatisfy { $0.sectionID == "outcome-2" })
        #expect(korea.contains { $0.text.contains("第 29 号") || $0.text.contains("基本公约") })
        #expect(korea.allSatisfy { $0.box == 12 && $0.place(.zh) == "专栏 12 box 12" && $0.place(.en) == "Box 12" })
        // a passage outside any box says so, even where it is nested (a figure's content)
        #expect(index.mentions(of: "MLI").first?.box == nil)
        // Mali: named only in the caption of the photo on Appendix I's first page (马里锡卡索, not 索马里)
        let mali = index.mentions(of: "MLI")
        #expect(mali.map(\.sectionID) == ["appendix1"])
        #expect(mali.first?.text.hasPrefix("马里锡卡索的前童工正在上课") == true)
        #expect(index.mentions(of: "SOM").allSatisfy { !$0.text.contains("马里锡卡索") })
        // every range really holds one of the country's names
        for country in report.countries ?? [] {
            let names = Set([country.zh] + country.zhAliases)
            for mention in index.mentions(of: country.id) {
                for range in mention.ranges { #expect(names.contains(String(mention.text[range])), "\(country.id) at \(mention.path)") }
            }
        }
    }

    @Test func sudanInsideSouthSudanAndChinaInsideDevelopingCountriesDoNotCount() {
        for mention in index.mentions(of: "SDN") {
            for range in mention.ranges {
                // the character before 苏丹 is never 南
                if range.lowerBound > mention.text.startIndex {
                    #expect(mention.text[mention.text.index(before: range.lowerBound)] != "南")
                }
            }
        }
        let china = index.mentions(of: "CHN")
        #expect(!china.isEmpty)
        for mention in china {
            for range in mention.ranges {
                let before = mention.text[..<range.lowerBound].suffix(2)
                #expect(before != "发展", "发展中国家 counted as China in \(mention.path)")
            }
        }
        // 撒哈拉以南非洲 is sub-Saharan Africa, not South Africa
        #expect(!index.mentions(of: "ZAF").contains { $0.text.contains("撒哈拉以南非洲") && !$0.text.replacingOccurrences(of: "撒哈拉以南非洲", with: "").contains("南非") })
    }

    @Test func ratificationsAttributedToNamedCountries() throws {
        for id in ["AGO", "CPV", "HRV", "LUX", "SOM", "SDN"] {
            let country = try #require(report.country(id))
            #expect(report.ratifications(of: country).contains { $0.instruments == ["C144"] }, "\(id) C.144")
        }
        let korea = try #require(report.country("KOR"))
        #expect(Set(report.ratifications(of: korea).flatMap(\.instruments)) == ["C029", "C087", "C098"])
        let paraguay = try #require(report.country("PRY"))
        #expect(report.ratifications(of: paraguay).flatMap(\.instruments) == ["C102"])
        let antigua = try #require(report.country("ATG"))
        #expect(report.ratifications(of: antigua).first?.conventions == 8)
    }

    @Test func exportListsEveryCountryWithItsMentions() throws {
        let table = Exporter.table(report, .countries)
        #expect(table.header == ["id", "name_zh", "name_en", "region", "member_state", "mentions"])
        #expect(table.rows.count == report.countries?.count)
        let vietnam = try #require(table.rows.first { $0[0] == "VNM" })
        #expect(vietnam[1] == "越南" && vietnam[3] == "asia_pacific" && vietnam[5] == "6")
    }
}
