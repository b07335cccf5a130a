/// Typed checks that the decoder cannot express: every number within what it means (`NumberBound`),
/// codes that nest, arrays that line up. Each failure names its JSON path.
enum Validation {
    static func check(_ report: Report) throws {
        for (o, outcome) in report.outcomes.enumerated() {
            let base: [any CodingKey] = [PathKey("outcomes"), PathKey(o)]
            for (p, output) in outcome.outputs.enumerated() {
                let outputPath = base + [PathKey("outputs"), PathKey(p)]
                if !output.code.hasPrefix(outcome.id + ".") {
                    throw ModelError.invalid(path: outputPath + [PathKey("code")],
                                             "output code \"\(output.code)\" does not belong to outcome \(outcome.id)")
                }
                for (n, indicator) in output.indicators.enumerated() {
                    let path = outputPath + [PathKey("indicators"), PathKey(n)]
                    if !indicator.code.hasPrefix(output.code + ".") {
                        throw ModelError.invalid(path: path + [PathKey("code")],
                                                 "indicator code \"\(indicator.code)\" does not belong to output \(output.code)")
                    }
                    if outcome.isPolicy { try checkPolicyIndicator(indicator, path: path) }
                    else if indicator.targetText == nil || indicator.resultText == nil {
                        throw ModelError.invalid(path: path, "an enabling-outcome indicator needs targetText and resultText")
                    }
                }
            }
            if let budget = outcome.budget {
                let path = base + [PathKey("budget")]
                for (r, row) in budget.rows.enumerated() {
                    for (name, value) in [("strategic", row.strategic), ("actual", row.actual)] {
                        if let value { try bounded(value, .budgetMillion, path + [PathKey("rows"), PathKey(r), PathKey(name)]) }
                    }
                    if row.strategic == nil && row.strategicText == nil {
                        throw ModelError.invalid(path: path + [PathKey("rows"), PathKey(r)], "needs strategic or strategicText")
                    }
                    if row.actual == nil && row.actualText == nil {
                        throw ModelError.invalid(path: path + [PathKey("rows"), PathKey(r)], "needs actual or actualText")
                    }
                }
            }
            if let results = outcome.results {
                let path = base + [PathKey("results")]
                try bounded(Double(results.achieved), .count, path + [PathKey("achieved")])
                if let target = results.target { try bounded(Double(target), .count, path + [PathKey("target")]) }
                if let percent = results.targetPercent { try bounded(percent, .signedPercent, path + [PathKey("targetPercent")]) }
                if let difference = results.targetDifference { try bounded(Double(difference), .signedCount, path + [PathKey("targetDifference")]) }
            }
            try NumberChecks.outcome(outcome, path: base)
            try ShortTitles.check(outcome, path: base)
        }
        for (r, region) in report.regions.enumerated() {
            try bounded(Double(region.results), .count, [PathKey("regions"), PathKey(r), PathKey("results")])
            try NumberChecks.region(region, path: [PathKey("regions"), PathKey(r)])
        }
        for (f, fact) in report.facts.enumerated() {
            let path: [any CodingKey] = [PathKey("facts"), PathKey(f)]
            try bounded(fact.value, .of(fact.unit), path + [PathKey("value")])
            if !ByteSearch.contains(fact.text, fact.printed) {
                throw ModelError.invalid(path: path + [PathKey("printed")], "\"\(fact.printed)\" does not occur in the fact's text")
            }
        }
        for (y, year) in report.trends.years.enumerated() {
            try bounded(Double(year), .year, [PathKey("trends"), PathKey("years"), PathKey(y)])
        }
        let cell: NumberBound = report.trends.unit == "percent" ? .tablePercent : .tableValue
        for (r, row) in report.trends.rows.enumerated() {
            try checkTrend(row, years: report.trends.years, cell: cell, path: [PathKey("trends"), PathKey("rows"), PathKey(r)])
        }
        try NumberChecks.rest(report)
    }

    static func checkPolicyIndicator(_ indicator: Indicator, path: [any CodingKey]) throws {
        guard let unit = indicator.unit else {
            throw ModelError.invalid(path: path, "missing required field \"unit\"")
        }
        guard let target = indicator.target else { throw ModelError.invalid(path: path, "missing required field \"target\"") }
        guard let total = indicator.total else { throw ModelError.invalid(path: path, "missing required field \"total\"") }
        guard let results = indicator.results else { throw ModelError.invalid(path: path, "missing required field \"results\"") }
        let bound = NumberBound.of(unit)
        try bounded(target, bound, path + [PathKey("target")])
        try bounded(total, bound, path + [PathKey("total")])
        for region in RegionID.allCases {
            if let value = results[region] { try bounded(value, bound, path + [PathKey("results"), PathKey(region.rawValue)]) }
        }
        for (s, split) in (indicator.split ?? []).enumerated() {
            try bounded(split.total, .count, path + [PathKey("split"), PathKey(s), PathKey("total")])
            for region in RegionID.allCases {
                if let value = split.results[region] {
                    try bounded(value, .count, path + [PathKey("split"), PathKey(s), PathKey("results"), PathKey(region.rawValue)])
                }
            }
        }
    }

    static func checkTrend(_ row: TrendRow, years: [Int], cell: NumberBound, path: [any CodingKey]) throws {
        if row.values.count != years.count {
            throw ModelError.invalid(path: path + [PathKey("values")],
                                     "expected \(years.count) values (one per year), found \(row.values.count)")
        }
        for (v, value) in row.values.enumerated() {
            if let value { try bounded(value, cell, path + [PathKey("values"), PathKey(v)]) }
        }
        for year in row.noData ?? [] where !years.contains(year) {
            throw ModelError.invalid(path: path + [PathKey("noData")], "year \(year) is not a column of the table")
        }
        for (b, breakdown) in (row.breakdowns ?? []).enumerated() {
            try checkTrend(breakdown, years: years, cell: cell, path: path + [PathKey("breakdowns"), PathKey(b)])
        }
    }

    /// `value` within what it means (`NumberBound`), or an error naming the path, the bound and the value.
    static func bounded(_ value: Double, _ bound: NumberBound, _ path: [any CodingKey]) throws {
        if !bound.contains(value) {
            throw ModelError.invalid(path: path, "\(bound.expectation), found \(format(value))")
        }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
