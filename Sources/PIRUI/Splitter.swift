/// How much of a row or column a part of the screen takes, as ratatui's `Constraint`s: the layout
/// is said once ("the figures 9 cells, the label the rest, the bar at most 16") instead of worked
/// out by hand in each view.
public enum Constraint: Sendable, Equatable {
    /// Exactly this many cells (less only when the whole is too small).
    case fixed(Int)
    /// At least this many cells; grows with the fills.
    case min(Int)
    /// Grows with the fills up to this many cells.
    case max(Int)
    /// A share of what is left after the others, by weight.
    case fill(Int)
    /// This share of the whole (`numerator / denominator` of it, rounded down), kept within
    /// `min` and `max`, as ratatui's `Ratio`; less only when the whole is too small. "The lists a
    /// bit over half the height, at least 7 rows" is `.ratio(11, 20, min: 7)`.
    case ratio(Int, Int, min: Int = 0, max: Int = Int.max)
}

public enum Axis: Sendable { case horizontal, vertical }

/// Splits a length or a rectangle by constraints. Fixed, ratio and minimum sizes are given first (cut
/// from the last part backwards when the whole is too small); what is left goes to the fills,
/// minimums and maximums by weight (1 for a minimum or a maximum), a maximum never past its size.
/// Cells left over by rounding go to the first growing parts.
public enum Splitter {
    public static func sizes(_ total: Int, _ constraints: [Constraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = Swift.max(0, total - spacing * (constraints.count - 1))
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n), .min(let n): return Swift.max(0, n)
            case .max, .fill: return 0
            case .ratio(let numerator, let denominator, let low, let high):
                let share = denominator > 0 ? available / denominator * numerator + available % denominator * numerator / denominator : 0
                return Swift.max(0, Swift.min(high, Swift.max(low, share)))
            }
        }
        // too small: the last parts give way first
        var excess = sizes.reduce(0, +) - available
        for i in sizes.indices.reversed() where excess > 0 {
            let cut = Swift.min(sizes[i], excess)
            sizes[i] -= cut
            excess -= cut
        }
        var rest = available - sizes.reduce(0, +)
        func weight(_ c: Constraint) -> Int {
            switch c {
            case .fill(let w): return Swift.max(0, w)
            case .min, .max: return 1
            case .fixed, .ratio: return 0
            }
        }
        // fills take precedence over the minimums' growth: minimums grow only where no fill is
        let hasFill = constraints.contains { if case .fill(let w) = $0 { return w > 0 }; return false }
        var growing = constraints.indices.filter { i in
            if case .min = constraints[i] { return !hasFill }
            return weight(constraints[i]) > 0
        }
        while rest > 0, !growing.isEmpty {
            let total = growing.map { weight(constraints[$0]) }.reduce(0, +)
            guard total > 0 else { break }
            var given = 0
            var capped = false
            for i in growing {
                var share = rest * weight(constraints[i]) / total
                if case .max(let cap) = constraints[i], sizes[i] + share >= cap { share = Swift.max(0, cap - sizes[i]); capped = true }
                sizes[i] += share
                given += share
            }
            rest -= given
            growing = growing.filter { i in if case .max(let cap) = constraints[i] { return sizes[i] < cap }; return true }
            if !capped {
                // rounding: a cell each to the first growing parts
                for i in growing where rest > 0 { sizes[i] += 1; rest -= 1 }
                break
            }
        }
        return sizes
    }

    /// The rectangle cut along an axis into the constraints' parts, with `spacing` cells between.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let lengths = sizes(axis == .horizontal ? rect.width : rect.height, constraints, spacing: spacing)
        var at = axis == .horizontal ? rect.x : rect.y
        return lengths.map { length in
            defer { at += length + spacing }
            return axis == .horizontal ? Rect(x: at, y: rect.y, width: length, height: rect.height)
                : Rect(x: rect.x, y: at, width: rect.width, height: length)
        }
    }
}
