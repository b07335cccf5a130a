/// The report's figures must agree with each other the way the report says they do. These checks run
/// on every load (a failure refuses the dataset) and `pir verify` lists them.
public struct InvariantResult: Sendable, Equatable {
    public var name: String
    /// How many figures or items the check covered.
    public var checked: Int
    public var failures: [Failure]
    public var passed: Bool { failures.isEmpty }
    /// The first failure's path and text, for the one-line load error.
    public var path: String { failures.first?.path ?? "" }
    public var detail: String { failures.first?.message ?? "" }

    public struct Failure: Sendable, Equatable {
        public var path: String
        public var message: String
    }
}

public enum Invariants {
    /// Rounding tolerance for sums of figures printed to one decimal (USD millions).
    static let moneyTolerance = 0.15

    public static func check(_ report: Report) -> [InvariantResult] {
        [
            indicatorSums(report),
            splitSums(report),
            outcomeTotals(report),
            regionTotals(report),
            overallTotal(report),
            regionShares(report),
            budgetSums(report),
            expenditureTotal(report),
            contributionSums(report),
            uniqueCodes(report),
            boxSequence(report),
            references(report),
        ]
    }

    // MARK: Appendix II

    static func indicatorSums(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "each count indicator's total equals the sum of its five regions", checked: 0, failures: [])
        forEachPolicyIndicator(report) { indicator, path in
            guard indicator.unit != .percent, let total = indicator.total, let results = indicator.results,
                  RegionID.allCases.allSatisfy({ results[$0] != nil }) else { return }
            result.checked += 1
            let sum = results.sum ?? 0
            if sum != total {
                result.failures.append(.init(path: path + ".total",
                                             message: "\(indicator.code): total \(fmt(total)) but the regions add up to \(fmt(sum))"))
            }
        }
        return result
    }

    static func splitSums(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "result splits (1.4.2) add up to the indicator's total and regions", checked: 0, failures: [])
        forEachPolicyIndicator(report) { indicator, path in
            guard let splits = indicator.split, !splits.isEmpty, let results = indicator.results else { return }
            result.checked += 1
            let total = splits.map(\.total).reduce(0, +)
            if total != indicator.total {
                result.failures.append(.init(path: path + ".split", message: "\(indicator.code): splits total \(fmt(total)), indicator total \(fmt(indicator.total ?? 0))"))
            }
            for (s, split) in splits.enumerated() where (split.results.sum ?? 0) != split.total {
                result.failures.append(.init(path: path + ".split[\(s)]", message: "\(indicator.code) \(split.label): total \(fmt(split.total)) but its regions add up to \(fmt(split.results.sum ?? 0))"))
            }
            for region in RegionID.allCases {
                let sum = splits.compactMap { $0.results[region] }.reduce(0, +)
                if sum != (results[region] ?? 0) {
                    result.failures.append(.init(path: path + ".split", message: "\(indicator.code) \(region.rawValue): splits add up to \(fmt(sum)), result is \(fmt(results[region] ?? 0))"))
                }
            }
        }
        return result
    }

    /// Outcome totals count member States (unit `count`); percentages and "cases" are reported apart,
    /// as figure 17's note says.
    public static func countedTotals(_ outcome: Outcome) -> (achieved: Double, target: Double) {
        var achieved = 0.0, target = 0.0
        // over the outputs in place: the outcomes pane asks for every outcome's totals on every frame
        for output in outcome.outputs {
            for indicator in output.indicators where indicator.unit == .count {
                achieved += indicator.total ?? 0
                target += indicator.target ?? 0
            }
        }
        return (achieved, target)
    }

    static func outcomeTotals(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "each outcome's indicator totals and targets match the figures its chapter states", checked: 0, failures: [])
        for (o, outcome) in report.outcomes.enumerated() {
            guard let stated = outcome.results else { continue }
            let sums = countedTotals(outcome)
            let path = "outcomes[\(o)].results"
            result.checked += 1
            if sums.achieved != Double(stated.achieved) {
                result.failures.append(.init(path: path + ".achieved", message: "outcome \(outcome.id) states \(stated.achieved) results, Appendix II adds up to \(fmt(sums.achieved))"))
            }
            if let target = stated.target {
                result.checked += 1
                if Double(target) != sums.target {
                    result.failures.append(.init(path: path + ".target", message: "outcome \(outcome.id) states a target of \(target), Appendix II adds up to \(fmt(sums.target))"))
                }
            }
            if let percent = stated.targetPercent, sums.target > 0 {
                result.checked += 1
                let actual = (sums.achieved / sums.target - 1) * 100
                if actual.rounded() != percent {
                    result.failures.append(.init(path: path + ".targetPercent", message: "outcome \(outcome.id) states \(fmt(percent))% against target, Appendix II gives \(String(format: "%+.1f", actual))%"))
                }
            }
            if let difference = stated.targetDifference {
                result.checked += 1
                if Double(difference) != sums.achieved - sums.target {
                    result.failures.append(.init(path: path + ".targetDifference", message: "outcome \(outcome.id) states \(difference) against target, Appendix II gives \(fmt(sums.achieved - sums.target))"))
                }
            }
        }
        return result
    }

    static func regionTotals(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "the five regional sums equal figure 15", checked: 0, failures: [])
        for (r, region) in report.regions.enumerated() {
            result.checked += 1
            let sum = report.outcomes.filter(\.isPolicy).flatMap(\.indicators)
                .filter { $0.unit == .count }.compactMap { $0.results?[region.id] }.reduce(0, +)
            if sum != Double(region.results) {
                result.failures.append(.init(path: "regions[\(r)].results",
                                             message: "\(region.id.rawValue): figure 15 says \(region.results), Appendix II adds up to \(fmt(sum))"))
            }
        }
        return result
    }

    static func overallTotal(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "regions and outcomes add up to the headline total of results", checked: 0, failures: [])
        guard let (f, headline) = fact("results_total", in: report) else {
            result.failures.append(.init(path: "facts", message: "no fact \"results_total\""))
            return result
        }
        let byRegion = report.regions.map(\.results).reduce(0, +)
        let byOutcome = report.outcomes.compactMap(\.results?.achieved).reduce(0, +)
        result.checked = 2
        if Double(byRegion) != headline.value {
            result.failures.append(.init(path: "facts[\(f)].value", message: "headline \(fmt(headline.value)), regions add up to \(byRegion)"))
        }
        if Double(byOutcome) != headline.value {
            result.failures.append(.init(path: "facts[\(f)].value", message: "headline \(fmt(headline.value)), outcomes add up to \(byOutcome)"))
        }
        if let (g, over) = fact("over_target_percent", in: report) {
            result.checked += 1
            let target = report.outcomes.filter(\.isPolicy).map { countedTotals($0).target }.reduce(0, +)
            let percent = (Double(byOutcome) / target - 1) * 100
            if abs(percent - over.value) > 0.5 {
                result.failures.append(.init(path: "facts[\(g)].value", message: "says +\(fmt(over.value))%, results \(byOutcome) vs targets \(fmt(target)) is \(String(format: "%+.1f", percent))%"))
            }
        }
        return result
    }

    static func regionShares(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "each region's share in figure 15 matches its results", checked: 0, failures: [])
        let total = Double(report.regions.map(\.results).reduce(0, +))
        guard total > 0 else { return result }
        for (r, region) in report.regions.enumerated() {
            result.checked += 1
            let share = Double(region.results) / total * 100
            if abs(share - region.sharePercent) > 1 {
                result.failures.append(.init(path: "regions[\(r)].sharePercent", message: "\(region.id.rawValue): \(fmt(region.sharePercent))% printed, \(String(format: "%.1f", share))% computed"))
            }
        }
        return result
    }

    // MARK: Budget

    static func budgetSums(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "budget sources sum to each table's total", checked: 0, failures: [])
        for (o, outcome) in report.outcomes.enumerated() {
            guard let budget = outcome.budget else { continue }
            result.checked += 1
            let strategic = budget.rows.compactMap(\.strategic).reduce(0, +)
            let actual = budget.rows.compactMap(\.actual).reduce(0, +)
            if abs(strategic - budget.total.strategic) > moneyTolerance {
                result.failures.append(.init(path: "outcomes[\(o)].budget.total.strategic", message: "\(budget.table): rows add up to \(fmt(strategic)), total is \(fmt(budget.total.strategic))"))
            }
            if abs(actual - budget.total.actual) > moneyTolerance {
                result.failures.append(.init(path: "outcomes[\(o)].budget.total.actual", message: "\(budget.table): rows add up to \(fmt(actual)), total is \(fmt(budget.total.actual))"))
            }
        }
        return result
    }

    static func expenditureTotal(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "outcome expenditure sums to the Part I total within rounding", checked: 0, failures: [])
        guard let (f, total) = fact("policy_outcomes_expenditure", in: report) else {
            result.failures.append(.init(path: "facts", message: "no fact \"policy_outcomes_expenditure\""))
            return result
        }
        result.checked = 1
        let sum = report.outcomes.compactMap(\.budget?.total.actual).reduce(0, +)
        // Each of the eight totals is rounded to 0.1, so their sum may drift by up to 8 × 0.05.
        if abs(sum - total.value) > 0.4 {
            result.failures.append(.init(path: "facts[\(f)].value", message: "Part I says \(fmt(total.value)), the eight tables add up to \(fmt(sum))"))
        }
        let parts = ["policy_outcomes_expenditure_regular", "policy_outcomes_expenditure_voluntary", "policy_outcomes_expenditure_rbsa"]
            .compactMap { fact($0, in: report)?.1.value }
        if parts.count == 3 {
            result.checked += 1
            let sources = parts.reduce(0, +)
            if abs(sources - total.value) > moneyTolerance {
                result.failures.append(.init(path: "facts[\(f)].value", message: "Part I total \(fmt(total.value)), its sources add up to \(fmt(sources))"))
            }
        }
        return result
    }

    static func contributionSums(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "Appendix I shares of each outcome add up to 100%", checked: 0, failures: [])
        for (o, outcome) in report.outcomes.enumerated() {
            guard let contributions = outcome.contributions else { continue }
            result.checked += 1
            let sum = contributions.shares.map(\.percent).reduce(0, +)
            if abs(sum - 100) > 1 {
                result.failures.append(.init(path: "outcomes[\(o)].contributions", message: "\(contributions.figure): shares add up to \(fmt(sum))%"))
            }
        }
        return result
    }

    // MARK: Identity and references

    static func uniqueCodes(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "codes and ids are unique", checked: 0, failures: [])
        func unique(_ values: [String], _ what: String, _ path: (Int) -> String) {
            var seen = Set<String>()
            for (i, value) in values.enumerated() {
                result.checked += 1
                if !seen.insert(value).inserted {
                    result.failures.append(.init(path: path(i), message: "duplicate \(what) \"\(value)\""))
                }
            }
        }
        unique(report.outcomes.map(\.id), "outcome id") { "outcomes[\($0)].id" }
        unique(report.chapters.map(\.id), "chapter id") { "chapters[\($0)].id" }
        unique(report.facts.map(\.id), "fact id") { "facts[\($0)].id" }
        unique(report.regions.map(\.id.rawValue), "region id") { "regions[\($0)].id" }
        for (o, outcome) in report.outcomes.enumerated() {
            unique(outcome.outputs.map(\.code), "output code") { "outcomes[\(o)].outputs[\($0)].code" }
            for (p, output) in outcome.outputs.enumerated() {
                unique(output.indicators.map(\.code), "indicator code") { "outcomes[\(o)].outputs[\(p)].indicators[\($0)].code" }
            }
        }
        let allIndicators = report.outcomes.flatMap(\.indicators).map(\.code)
        if Set(allIndicators).count != allIndicators.count {
            result.failures.append(.init(path: "outcomes", message: "an indicator code is used in two outcomes"))
        }
        if Set(report.regions.map(\.id)) != Set(RegionID.allCases) {
            result.failures.append(.init(path: "regions", message: "expected each of the five regions once"))
        }
        if let countries = report.countries {
            unique(countries.map(\.id), "country id") { "countries[\($0)].id" }
            // a Chinese name that denoted two countries would send mentions to the wrong page
            var owner: [String: Int] = [:]
            for (c, country) in countries.enumerated() {
                for name in [country.zh] + country.zhAliases {
                    result.checked += 1
                    if let other = owner[name], other != c {
                        result.failures.append(.init(path: "countries[\(c)]", message: "name \"\(name)\" also names \(countries[other].id)"))
                    }
                    owner[name] = c
                }
            }
        }
        return result
    }

    static func boxSequence(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "boxes are numbered 1…N in report order", checked: 0, failures: [])
        for (expected, located) in report.boxes.enumerated() {
            result.checked += 1
            if located.number != expected + 1 {
                result.failures.append(.init(path: located.path, message: "expected box \(expected + 1), found box \(located.number)"))
                break
            }
        }
        return result
    }

    static func references(_ report: Report) -> InvariantResult {
        var result = InvariantResult(name: "every reference resolves (sections, footnotes, regions)", checked: 0, failures: [])
        let sections = Set(report.sectionIDs)
        for (f, fact) in report.facts.enumerated() {
            result.checked += 1
            if !sections.contains(fact.section) {
                result.failures.append(.init(path: "facts[\(f)].section", message: "no section \"\(fact.section)\""))
            }
        }
        for (s, target) in report.sdgTargets.enumerated() where !sections.contains(target.section) {
            result.failures.append(.init(path: "sdgTargets[\(s)].section", message: "no section \"\(target.section)\""))
        }
        for (r, ratification) in report.ratifications.enumerated() {
            result.checked += 1
            if !sections.contains(ratification.section) {
                result.failures.append(.init(path: "ratifications[\(r)].section", message: "no section \"\(ratification.section)\""))
            }
            if let id = ratification.countryID {
                result.checked += 1
                if report.countries?.contains(where: { $0.id == id }) != true {
                    result.failures.append(.init(path: "ratifications[\(r)].countryID", message: "no country \"\(id)\""))
                }
            }
        }
        // a section at a time: all the sections' texts with their paths at once were the peak of
        // the memory a large dataset takes to load
        for k in 0..<report.sectionCount {
            let section = report.section(at: k)
            let numbers = Set(section.footnotes.map(\.number))
            for (path, text) in section.texts {
                for marker in footnoteMarkers(in: text) {
                    result.checked += 1
                    if !numbers.contains(marker) {
                        result.failures.append(.init(path: path, message: "footnote [^\(marker)] is not among the section's footnotes"))
                    }
                }
            }
        }
        return result
    }

    // MARK: Helpers

    static func forEachPolicyIndicator(_ report: Report, _ body: (Indicator, String) -> Void) {
        for (o, outcome) in report.outcomes.enumerated() where outcome.isPolicy {
            for (p, output) in outcome.outputs.enumerated() {
                for (n, indicator) in output.indicators.enumerated() {
                    body(indicator, "outcomes[\(o)].outputs[\(p)].indicators[\(n)]")
                }
            }
        }
    }

    static func fact(_ id: String, in report: Report) -> (Int, Fact)? {
        report.facts.enumerated().first { $0.element.id == id }.map { ($0.offset, $0.element) }
    }

    /// Figures as the report prints them: integers bare, money to one decimal.
    static func fmt(_ value: Double) -> String {
        if value.rounded() == value { return Validation.format(value) }
        let s = String(format: "%.2f", value)
        return s.hasSuffix("0") ? String(s.dropLast()) : s
    }
}

/// Footnote references written `[^N]` in the text.
public func footnoteMarkers(in text: String) -> [Int] {
    // Over the UTF-8 bytes: every start checks every paragraph of the report, and most have no marker.
    var text = text
    return text.withUTF8 { bytes in
        var markers: [Int] = []
        var i = 0
        let end = bytes.count
        while i + 1 < end {
            guard bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "^") else { i += 1; continue }
            var j = i + 2
            while j < end && bytes[j] != UInt8(ascii: "]") { j += 1 }
            guard j < end else { break }
            // what Int(String) accepts: an optional sign, then one or more ASCII digits
            var k = i + 2
            var negative = false
            if k < j && (bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-")) { negative = bytes[k] == UInt8(ascii: "-"); k += 1 }
            if k < j && j - k <= 18 && bytes[k..<j].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                let value = bytes[k..<j].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                markers.append(negative ? -value : value)
            }
            i = j
        }
        return markers
    }
}
