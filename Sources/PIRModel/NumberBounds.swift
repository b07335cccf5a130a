/// What a number in a dataset may be, by what it means: a percentage, a count of member States, US$
/// millions. A bound is wide enough for any real report (the 2020–21 figures sit far inside every
/// one: the largest budget row is 191.4, the largest regional result 329) and narrow enough that
/// nothing pir computes from valid figures — a share, an attainment, a bar — overflows or divides by
/// a near-zero: no 1e308 percent, no 1e-300 target, no −1.7e308 in Table 1. `decimals` is how finely
/// the report prints the quantity; a finer figure (1e-300) is a typo or an attack, not data.
public struct NumberBound: Sendable, Equatable {
    /// The quantity, as the error names it ("a percentage").
    public var meaning: String
    public var range: ClosedRange<Double>
    /// Digits after the decimal point the figure may have; 0 means a whole number.
    public var decimals: Int

    public init(_ meaning: String, _ range: ClosedRange<Double>, decimals: Int) {
        self.meaning = meaning
        self.range = range
        self.decimals = decimals
    }

    /// An indicator's percentage (2.2.2's 40%) or a percentage of change: some exceed 100.
    public static let percent = NumberBound("a percentage", 0...1000, decimals: 2)
    /// A percentage over (+) or under (−) target, a change in percentage points.
    public static let signedPercent = NumberBound("a signed percentage", -1000...1000, decimals: 2)
    /// A share of a whole (budget shares by source, Figure 15's shares, Appendix I).
    public static let share = NumberBound("a share in percent", 0...100, decimals: 2)
    /// Results, member States, cases: whole numbers, at most ten million.
    public static let count = NumberBound("a count", 0...10_000_000, decimals: 0)
    /// A difference from target, in results.
    public static let signedCount = NumberBound("a signed count", -10_000_000...10_000_000, decimals: 0)
    /// People (Appendix III, the prose): the world's population fits.
    public static let people = NumberBound("a number of people", 0...10_000_000_000, decimals: 0)
    /// Millions of people.
    public static let peopleMillion = NumberBound("millions of people", 0...100_000, decimals: 3)
    /// A budget table's US$ millions: the ILO's whole biennial budget is under 2,000.
    public static let budgetMillion = NumberBound("US$ millions", 0...1_000_000, decimals: 3)
    /// US$ millions the prose names (world GDP, stimulus packages): up to 100 trillion dollars.
    public static let usdMillion = NumberBound("US$ millions", 0...100_000_000, decimals: 3)
    /// A year of the report's time (2018–2021) or of a plan it names (2030).
    public static let year = NumberBound("a year", 1900...2100, decimals: 0)
    /// Months (a time to decide cases).
    public static let months = NumberBound("a number of months", 0...1200, decimals: 2)
    /// A ratio (3 to 1).
    public static let ratio = NumberBound("a ratio", 0...1_000_000, decimals: 3)
    /// Table 1's cells when its unit is percent.
    public static let tablePercent = NumberBound("a percentage", 0...100, decimals: 2)
    /// Table 1's cells in any other unit.
    public static let tableValue = NumberBound("a table value", -1_000_000_000...1_000_000_000, decimals: 3)

    public static func of(_ unit: Fact.Unit) -> NumberBound {
        switch unit {
        case .count: return .people  // the prose counts people and jobs too (1.7 million)
        case .people: return .people
        case .percent, .percentPoints, .hoursPercent: return .signedPercent
        case .usdMillion: return .usdMillion
        case .peopleMillion: return .peopleMillion
        case .ratio: return .ratio
        case .year: return .year
        case .months: return .months
        }
    }

    public static func of(_ unit: Measure.Unit) -> NumberBound {
        switch unit {
        case .count: return .count
        case .percent, .percentPoints: return .signedPercent
        case .months: return .months
        case .usdMillion: return .usdMillion
        case .people: return .people
        case .peopleMillion: return .peopleMillion
        }
    }

    /// An Appendix II figure of an indicator counted in `unit`.
    public static func of(_ unit: IndicatorUnit?) -> NumberBound {
        unit == .percent ? .percent : .count
    }

    public func contains(_ value: Double) -> Bool {
        guard value.isFinite, range.contains(value) else { return false }
        // whole numbers are exact in JSON and in a Double: no tolerance
        if decimals == 0 { return value.rounded() == value }
        let scale = [1.0, 10, 100, 1000][min(decimals, 3)]
        let scaled = value * scale
        // printed decimals read back as the nearest Double (0.1 × 10 is within an ulp of 1); the
        // tolerance is relative, so 1e-300 is not taken for 0.000
        return abs(scaled - scaled.rounded()) <= 1e-9 * abs(scaled)
    }

    /// "expected a percentage from 0 to 1000 with at most 2 decimals".
    public var expectation: String {
        let limits = "from \(Validation.format(range.lowerBound)) to \(Validation.format(range.upperBound))"
        return "expected \(meaning) \(limits)" + (decimals == 0 ? ", a whole number" : " with at most \(decimals) decimals")
    }
}

/// The numbers `Validation.check` does not reach on its way through outcomes, regions and Table 1:
/// budget totals and shares, Appendix I, Appendix III's measures, Figure 15's shares, ratifications.
enum NumberChecks {
    static func outcome(_ outcome: Outcome, path: [any CodingKey]) throws {
        if let budget = outcome.budget {
            let base = path + [PathKey("budget")]
            try Validation.bounded(budget.total.strategic, .budgetMillion, base + [PathKey("total"), PathKey("strategic")])
            try Validation.bounded(budget.total.actual, .budgetMillion, base + [PathKey("total"), PathKey("actual")])
            for (source, share) in (budget.shares ?? [:]).sorted(by: { $0.key < $1.key }) {
                try Validation.bounded(share, .share, base + [PathKey("shares"), PathKey(source)])
            }
        }
        for (s, share) in (outcome.contributions?.shares ?? []).enumerated() {
            try Validation.bounded(share.percent, .share, path + [PathKey("contributions"), PathKey("shares"), PathKey(s), PathKey("percent")])
        }
        for (p, output) in outcome.outputs.enumerated() {
            for (n, indicator) in output.indicators.enumerated() {
                let base = path + [PathKey("outputs"), PathKey(p), PathKey("indicators"), PathKey(n)]
                if !outcome.isPolicy {
                    // an enabling indicator's numbers are optional; where given, bounded as a policy one's
                    let bound = NumberBound.of(indicator.unit)
                    if let target = indicator.target { try Validation.bounded(target, bound, base + [PathKey("target")]) }
                    if let total = indicator.total { try Validation.bounded(total, bound, base + [PathKey("total")]) }
                    for region in RegionID.allCases {
                        if let value = indicator.results?[region] {
                            try Validation.bounded(value, bound, base + [PathKey("results"), PathKey(region.rawValue)])
                        }
                    }
                }
                for (m, measure) in (indicator.measures ?? []).enumerated() {
                    let at = base + [PathKey("measures"), PathKey(m)]
                    let bound = NumberBound.of(measure.unit)
                    for (name, value) in [("target", measure.target), ("result", measure.result), ("baseline", measure.baseline)] {
                        if let value { try Validation.bounded(value, bound, at + [PathKey(name)]) }
                    }
                    if let year = measure.year { try Validation.bounded(Double(year), .year, at + [PathKey("year")]) }
                }
            }
        }
    }

    static func region(_ region: Region, path: [any CodingKey]) throws {
        try Validation.bounded(region.sharePercent, .share, path + [PathKey("sharePercent")])
        let base = path + [PathKey("ratifications")]
        try Validation.bounded(Double(region.ratifications.memberStates), .count, base + [PathKey("memberStates")])
        try Validation.bounded(Double(region.ratifications.instruments), .count, base + [PathKey("instruments")])
        if let fundamental = region.ratifications.fundamental {
            try Validation.bounded(Double(fundamental), .count, base + [PathKey("fundamental")])
        }
    }

    static func rest(_ report: Report) throws {
        for (r, ratification) in report.ratifications.enumerated() {
            let base: [any CodingKey] = [PathKey("ratifications"), PathKey(r)]
            if let n = ratification.conventions { try Validation.bounded(Double(n), .count, base + [PathKey("conventions")]) }
            if let n = ratification.protocols { try Validation.bounded(Double(n), .count, base + [PathKey("protocols")]) }
        }
        for (p, pillar) in report.pillars.enumerated() {
            try Validation.bounded(Double(pillar.number), .count, [PathKey("pillars"), PathKey(p), PathKey("number")])
        }
    }
}
