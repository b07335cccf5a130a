/// A row of values as a sparkline, one cell per value, lowest to highest in the glyphs' levels
/// (a missing value a blank). The levels stop at three quarters of a cell (▆): a cell filled to its
/// top ran into the sparkline of the row above, and Table 1's 就业人口比率, 女性 and 男性 read as
/// one block.
public enum Sparkline {
    /// Nil when fewer than two values are known: one point makes no line.
    public static func text(_ values: [Double?], glyphs: Glyphs) -> String? {
        let known = values.compactMap { $0 }
        guard known.count > 1, let low = known.min(), let high = known.max(), !glyphs.sparks.isEmpty else { return nil }
        let top = glyphs.sparks.count - 1
        return values.map { v -> String in
            guard let v else { return " " }
            let level = high > low ? Int(saturating: (v - low) / (high - low) * Double(top)) : top / 2
            return glyphs.sparks[max(0, min(top, level))]
        }.joined()
    }
}
