/// Double → Int without a trap.
///
/// `Int(someDouble)` traps on NaN, ±infinity and anything past ±2⁶³ — a Swift runtime failure, exit
/// 132 — and a ratio of two valid figures (40 / 1e-300) or a difference of two (1.7e308 − −1.7e308)
/// can be any of those. Validation bounds what a dataset holds, but the views do arithmetic on it, so
/// every conversion of a Double to an Int in pir goes through here instead: the result is held to
/// ±2⁵³ (every Int there is exact, and adding a screen's width to it cannot overflow), and NaN is 0.
extension Int {
    /// The largest magnitude a converted Double is held to: 2⁵³.
    public static let saturationLimit = 1 << 53

    /// `value` rounded by `rule` (schoolbook rounding by default), held to ±2⁵³; NaN gives 0.
    public init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        guard !value.isNaN else { self = 0; return }
        let limit = Double(Int.saturationLimit)
        self = Int(Swift.min(limit, Swift.max(-limit, value.rounded(rule))))
    }
}

extension Double {
    /// `self` as a whole percentage (`0.42` → 42), or nil when it is not a finite number — for the
    /// attainment shown beside an indicator, where "–" says more than a clamped figure.
    public var wholePercent: Int? {
        isFinite ? Int(saturating: self * 100) : nil
    }
}
