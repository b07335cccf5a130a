/// Something a reader can point at: what `pir show` takes and the explorer navigates to.
public enum NodeRef: Hashable, Sendable {
    case outcome(String)
    case output(String)
    case indicator(String)
    case region(RegionID)
    case box(Int)
    case chapter(String)
    /// A country by its id (`VNM`).
    case country(String)
}

extension Report {
    public func outcome(_ id: String) -> Outcome? {
        outcomes.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    public func output(_ code: String) -> (outcome: Outcome, output: Output)? {
        for outcome in outcomes {
            if let output = outcome.outputs.first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) {
                return (outcome, output)
            }
        }
        return nil
    }

    public func indicator(_ code: String) -> (outcome: Outcome, output: Output, indicator: Indicator)? {
        for outcome in outcomes {
            for output in outcome.outputs {
                if let indicator = output.indicators.first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) {
                    return (outcome, output, indicator)
                }
            }
        }
        return nil
    }

    public func region(_ id: RegionID) -> Region? { regions.first { $0.id == id } }

    /// A region by id (`africa`), Chinese name (`非洲`) or English name (`Africa`, any case).
    public func region(named name: String) -> Region? {
        let key = name.trimmingCharacters(in: .whitespaces)
        return regions.first {
            $0.id.rawValue == key.lowercased() || $0.name == key || $0.nameEn.caseInsensitiveCompare(key) == .orderedSame
        }
    }

    /// The one region whose id or name, English or Chinese, begins with `prefix` (any case:
    /// `asia`, `arab`, `亚洲`, `asia pacific`); nil when none or more than one does (`a`).
    public func region(prefix: String) -> Region? {
        let key = prefix.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return nil }
        let found = regions.filter { r in
            [r.id.rawValue, r.id.rawValue.replacingOccurrences(of: "_", with: " "), r.nameEn.lowercased(), r.name].contains { $0.hasPrefix(key) }
        }
        return found.count == 1 ? found[0] : nil
    }

    public func box(_ number: Int) -> LocatedBox? { boxes.first { $0.number == number } }

    public func chapter(_ id: String) -> Chapter? { chapters.first { $0.id == id } }

    /// The appendices in order, as the report numbers them (附录一, 附录二, 附录三).
    public var appendices: [Chapter] { chapters.filter { $0.part == .appendix } }

    /// `附录二` / `Appendix II` for the second appendix chapter; nil for other chapters.
    public func appendixName(_ chapter: Chapter, english: Bool = false) -> String? {
        guard let n = appendices.firstIndex(where: { $0.id == chapter.id }), n < 10 else { return nil }
        return english ? "Appendix " + ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n]
                       : "附录" + ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n]
    }

    /// An appendix by the name the report and its readers use: 附录二, 附录 2, appendix 2, appendix ii.
    func appendix(named text: String) -> Chapter? {
        let key = text.lowercased().replacingOccurrences(of: " ", with: "")
        for (n, chapter) in appendices.enumerated() where n < 10 {
            let roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n]
            let names = [appendixName(chapter)!, "附录\(n + 1)", "appendix\(n + 1)", "appendix" + roman]
            if names.contains(key) { return chapter }
        }
        return nil
    }

    public func fact(_ id: String) -> Fact? { facts.first { $0.id == id } }

    /// The words a query may put before an outcome's code (`outcome 3`, `成果目标 3`).
    public static let outcomePrefixes = ["outcome", "成果目标"]

    /// `text` without a leading outcome prefix (`outcome 3` → `3`), in any case: what `resolve`
    /// reads as a code, and what `pir show` guesses the outcome to decode from.
    public static func withoutOutcomePrefix(_ text: String) -> String {
        let lower = text.lowercased()
        for prefix in outcomePrefixes where lower.hasPrefix(prefix) {
            return text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// Resolves what a user typed: `3`, `A`, `outcome 3`, `3.1`, `3.1.2`, `africa`, `非洲`, `box 15`,
    /// `专栏 15`, a chapter id, a country, or the start of one region's name (`asia`).
    public func resolve(_ query: String) -> NodeRef? {
        var text = query.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        for prefix in ["box", "专栏"] where lower.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if let n = Int(rest), box(n) != nil { return .box(n) }
            return nil
        }
        text = Self.withoutOutcomePrefix(text)
        if let outcome = outcome(text) { return .outcome(outcome.id) }
        if let (_, output) = output(text) { return .output(output.code) }
        if let (_, _, indicator) = indicator(text) { return .indicator(indicator.code) }
        if let region = region(named: text) { return .region(region.id) }
        if let chapter = chapter(text) ?? appendix(named: text) { return .chapter(chapter.id) }
        if let country = country(query) { return .country(country.id) }
        // last, so a whole name of anything else wins: the palette's `:asia`, `pir show arab`
        if let region = region(prefix: text) { return .region(region.id) }
        return nil
    }
}

extension Trends {
    /// A row of Table 1 or a breakdown under one, with the row it belongs to.
    public func row(_ id: String) -> TrendRow? {
        for row in rows {
            if row.id == id { return row }
            if let breakdown = row.breakdowns?.first(where: { $0.id == id }) { return breakdown }
        }
        return nil
    }

    public func parent(of id: String) -> TrendRow? {
        rows.first { $0.breakdowns?.contains { $0.id == id } == true }
    }
}

extension Report {
    /// Every policy indicator with its outcome and output, in report order.
    public var policyIndicators: [(outcome: Outcome, output: Output, indicator: Indicator)] {
        outcomes.filter(\.isPolicy).flatMap { o in o.outputs.flatMap { p in p.indicators.map { (o, p, $0) } } }
    }
}

extension Chapter {
    /// Appendix II's and III's chapters hold only their captions: their table is the policy or the
    /// enabling outcomes' indicators, drawn from the outcomes wherever the chapter is shown.
    public var indicatorTable: Outcome.Kind? {
        switch id {
        case "appendix2": return .policy
        case "appendix3": return .enabling
        default: return nil
        }
    }
}
