/// Typed checks that the decoder cannot express: integers where the report counts, non-negative
/// figures, codes that nest, arrays that line up. Each failure names its JSON path.
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
                        if let value { try nonNegative(value, path: path + [PathKey("rows"), PathKey(r), PathKey(name)]) }
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
                try nonNegative(Double(results.achieved), path: base + [PathKey("results"), PathKey("achieved")])
                if let target = results.target { try nonNegative(Double(target), path: base + [PathKey("results"), PathKey("target")]) }
            }
        }
        for (r, region) in report.regions.enumerated() {
            try nonNegativeInteger(Double(region.results), path: [PathKey("regions"), PathKey(r), PathKey("results")])
        }
        for (f, fact) in report.facts.enumerated() {
            let path: [any CodingKey] = [PathKey("facts"), PathKey(f)]
            if !fact.value.isFinite { throw ModelError.invalid(path: path + [PathKey("value")], "expected a finite number") }
            if !ByteSearch.contains(fact.text, fact.printed) {
                throw ModelError.invalid(path: path + [PathKey("printed")], "\"\(fact.printed)\" does not occur in the fact's text")
            }
        }
        for (r, row) in report.trends.rows.enumerated() {
            try checkTrend(row, years: report.trends.years, path: [PathKey("trends"), PathKey("rows"), PathKey(r)])
        }
    }

    static func checkPolicyIndicator(_ indicator: Indicator, path: [any CodingKey]) throws {
        guard let unit = indicator.unit else {
            throw ModelError.invalid(path: path, "missing required field \"unit\"")
        }
        guard let target = indicator.target else { throw ModelError.invalid(path: path, "missing required field \"target\"") }
        guard let total = indicator.total else { throw ModelError.invalid(path: path, "missing required field \"total\"") }
        guard let results = indicator.results else { throw ModelError.invalid(path: path, "missing required field \"results\"") }
        let check = unit == .percent ? nonNegative : nonNegativeInteger
        try check(target, path + [PathKey("target")])
        try check(total, path + [PathKey("total")])
        for region in RegionID.allCases {
            if let value = results[region] { try check(value, path + [PathKey("results"), PathKey(region.rawValue)]) }
        }
        for (s, split) in (indicator.split ?? []).enumerated() {
            for region in RegionID.allCases {
                if let value = split.results[region] {
                    try nonNegativeInteger(value, path: path + [PathKey("split"), PathKey(s), PathKey("results"), PathKey(region.rawValue)])
                }
            }
        }
    }

    static func checkTrend(_ row: TrendRow, years: [Int], path: [any CodingKey]) throws {
        if row.values.count != years.count {
            throw ModelError.invalid(path: path + [PathKey("values")],
                                     "expected \(years.count) values (one per year), found \(row.values.count)")
        }
        for year in row.noData ?? [] where !years.contains(year) {
            throw ModelError.invalid(path: path + [PathKey("noData")], "year \(year) is not a column of the table")
        }
        for (b, breakdown) in (row.breakdowns ?? []).enumerated() {
            try checkTrend(breakdown, years: years, path: path + [PathKey("breakdowns"), PathKey(b)])
        }
    }

    static func nonNegative(_ value: Double, path: [any CodingKey]) throws {
        if !value.isFinite || value < 0 {
            throw ModelError.invalid(path: path, "expected a non-negative number, found \(format(value))")
        }
    }

    static func nonNegativeInteger(_ value: Double, path: [any CodingKey]) throws {
        if !value.isFinite || value < 0 || value.rounded() != value || value > 1e12 {
            throw ModelError.invalid(path: path, "expected a non-negative integer, found \(format(value))")
        }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
