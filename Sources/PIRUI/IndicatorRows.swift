import PIRModel

/// The indicators pane's rows — a heading per output, then its indicators — worked out from the
/// outputs' sizes instead of listing every row, so a key costs the same on an outcome of ten
/// indicators or of thousands (only the visible rows are ever looked at).
extension Outcome {
    /// How many indicators the outcome has, over all outputs.
    public var indicatorCount: Int { outputs.reduce(0) { $0 + $1.indicators.count } }

    /// The `index`th indicator in report order, with its output.
    public func indicatorEntry(_ index: Int) -> (output: Output, indicator: Indicator)? {
        guard index >= 0 else { return nil }
        var first = 0
        for output in outputs {
            if index < first + output.indicators.count { return (output, output.indicators[index - first]) }
            first += output.indicators.count
        }
        return nil
    }

    /// Rows of the pane: one heading per output plus one per indicator.
    public var indicatorRowCount: Int { outputs.reduce(0) { $0 + 1 + $1.indicators.count } }

    /// What the pane shows at `row`: an output's heading (indicator nil) or an indicator.
    public func indicatorRow(_ row: Int) -> (output: Output, indicator: Indicator?)? {
        guard row >= 0 else { return nil }
        var first = 0
        for output in outputs {
            if row == first { return (output, nil) }
            if row <= first + output.indicators.count { return (output, output.indicators[row - first - 1]) }
            first += 1 + output.indicators.count
        }
        return nil
    }

    /// The row of the `index`th indicator (0 when there is none).
    public func row(ofIndicator index: Int) -> Int {
        var first = 0, seen = 0
        for output in outputs {
            if index < seen + output.indicators.count { return first + 1 + index - seen }
            seen += output.indicators.count
            first += 1 + output.indicators.count
        }
        return 0
    }

    /// Which indicator is at `row`, if an indicator is.
    public func indicatorIndex(atRow row: Int) -> Int? {
        guard row >= 0 else { return nil }
        var first = 0, seen = 0
        for output in outputs {
            if row == first { return nil }
            if row <= first + output.indicators.count { return seen + row - first - 1 }
            seen += output.indicators.count
            first += 1 + output.indicators.count
        }
        return nil
    }
}

/// The indicators pane's row map: which row shows which indicator, in report order (output
/// headings between) or, once sorted or filtered, the indicators alone. Read by the view to draw and
/// by the reducer to scroll and hit-test, so neither asks the other.
public enum IndicatorPane {
    /// Rows of the indicators pane: a heading per output, then its indicators (worked out from the
    /// outputs' sizes, see IndicatorRows.swift) — or, once sorted or filtered, the indicators alone
    /// (an output heading would no longer sit above its own).
    static func rows(of outcome: Outcome, _ query: IndicatorQuery) -> [(output: Output, indicator: Indicator?)] {
        query.apply(outcome.indicatorEntries) { $0.1 }.map { ($0.0, $0.1) }
    }

    public static func rowCount(of outcome: Outcome, _ query: IndicatorQuery = IndicatorQuery()) -> Int {
        query.isDefault ? outcome.indicatorRowCount : rows(of: outcome, query).count
    }

    public static func row(ofIndicator index: Int, in outcome: Outcome, _ query: IndicatorQuery = IndicatorQuery()) -> Int {
        query.isDefault ? outcome.row(ofIndicator: index) : index
    }

    public static func indicatorIndex(atRow row: Int, of outcome: Outcome, _ query: IndicatorQuery = IndicatorQuery()) -> Int? {
        if query.isDefault { return outcome.indicatorIndex(atRow: row) }
        return row >= 0 && row < rows(of: outcome, query).count ? row : nil
    }
}
