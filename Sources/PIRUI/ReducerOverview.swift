import PIRModel
import PIRText

/// The overview's rows, and what Enter on each opens (its source, marked).
extension Reducer {
    // MARK: Overview

    func overviewKey(_ s: inout AppState, _ key: Key) -> Bool {
        func move(_ delta: Int) {
            var index = s.overviewIndex
            let step = delta > 0 ? 1 : -1
            for _ in 0..<abs(delta) {
                var next = index + step
                while next >= 0 && next < overview.count && !overview[next].isSelectable { next += step }
                guard next >= 0 && next < overview.count else { break }
                index = next
            }
            s.overviewIndex = index
        }
        switch key {
        case .up, .char("k"): move(-1)
        case .down, .char("j"): move(1)
        case .pageUp, .ctrl("b"), .ctrl("u"): move(-10)
        case .pageDown, .ctrl("f"), .ctrl("d"): move(10)
        case .home, .char("g"): move(-1_000)
        case .end, .char("G"): move(1_000)
        case .enter, .right, .char("l"):
            switch overview[s.overviewIndex] {
            case .outcome(let id):
                openResults(&s, outcome: id)
            case .region(let id):
                openRegion(&s, id)
            case .budget(let id) where id == "policy_outcomes_expenditure":
                show(&s, .budget)
            case .fact(let id), .budget(let id):
                guard let fact = report.fact(id) else { break }
                if fact.section.hasPrefix("outcome-"), let index = report.outcomes.firstIndex(where: { "outcome-\($0.id)" == fact.section }) {
                    select(&s, outcome: index)
                } else if report.chapter(fact.section) != nil {
                    openContents(&s, .chapter(fact.section), paragraph: fact.text)
                }
                s.mark = fact.printed
                s.status = s.language.narrative(fact.text)
            case .heading: break
            }
        case .escape, .left, .char("h"), .backspace: goBack(&s)
        default: return false
        }
        return true
    }

    /// Enter on an outcome's row of the overview: the figure's source, as a headline row opens its
    /// own — the outcome's text at the sentence giving its results against target, the figure marked.
    func openResults(_ s: inout AppState, outcome id: String) {
        guard let index = report.outcomes.firstIndex(where: { $0.id == id }) else { return }
        let outcome = report.outcomes[index]
        select(&s, outcome: index)
        s.detailSource = .outcomes
        s.focus = .detail
        guard let results = outcome.results else { return }
        s.mark = Figures.number(Invariants.countedTotals(outcome).achieved)
        s.detailScroll = 0
        s.top.anchor = TextAnchor(.outcome(id), paragraph: results.statement)
        s.status = results.statement
    }

    /// The regions view on a region's page.
    func openRegion(_ s: inout AppState, _ id: RegionID) {
        show(&s, .regions)
        if let index = entries(.regions, s).firstIndex(of: .region(id)) {
            s.top.list.index = index
            s.top.list.textFocused = true
            s.top.list.textScroll = 0
        }
    }
}
