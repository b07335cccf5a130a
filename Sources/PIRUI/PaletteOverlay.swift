import PIRModel
import PIRText

/// `:` — every view by name (Chinese or English) with its keys, narrowed as you type; a code or
/// a region's name goes straight there.
public struct PaletteOverlay: Sendable {
    public let glyphs: Glyphs

    /// `report` names an output's or indicator's choice by its short label (`7.1.1 (indicator 7.1.1:
    /// FPRW integrated programmes)`), so sibling codes can be told apart before Enter.
    public func draw(_ frame: inout Frame, _ palette: PaletteState, choices: [PaletteChoice], language L: Language = .zh, report: Report? = nil) {
        let width = min(frame.width - 2, 76)
        let height = min(frame.height - 2, Screen.allCases.count + 5)
        guard width > 16, height > 4 else { return }
        let rect = Rect(x: (frame.width - width) / 2, y: max(1, (frame.height - height) / 3), width: width, height: height)
        frame.cover(rect)
        let inner = Panel.draw(&frame, rect, title: L.strings.explorer.paletteTitle, focused: true, glyphs: glyphs)
        palette.prompt.draw(&frame, sigil: ":", x: inner.x + 1, y: inner.y, width: inner.width - 2, glyphs: glyphs)
        if choices.isEmpty {
            frame.put(TextLayout.truncate(L.strings.explorer.noSuchView, to: inner.width - 2), x: inner.x + 1, y: inner.y + 2, style: Style(.dim))
            return
        }
        PositionMark.draw(&frame, box: rect, first: 0, shown: max(0, inner.height - 2), total: choices.count, glyphs: glyphs)
        for (row, choice) in choices.prefix(max(0, inner.height - 2)).enumerated() {
            let y = inner.y + 2 + row
            let selected = row == palette.selected
            frame.put(selected ? glyphs.selected : " ", x: inner.x, y: y, style: Style(.accent, [.bold]))
            switch choice {
            case .view(let screen):
                let keys = "F\(screen.functionKey) \(screen.letter)"
                frame.put(TextLayout.fit(keys, to: 7), x: inner.x + 1, y: y, style: Style(.key, [.bold]))
                frame.put(TextLayout.fit(screen.rawValue, to: 11), x: inner.x + 8, y: y, style: Style(.code))
                frame.put(TextLayout.truncate(glyphs.interface(screen.name(L) + " · " + screen.summary(L)), to: max(0, inner.width - 20), ellipsis: glyphs.ellipsis),
                          x: inner.x + 19, y: y, limit: inner.maxX)
            case .node(let node, let text):
                frame.put(TextLayout.fit("Enter", to: 7), x: inner.x + 1, y: y, style: Style(.key, [.bold]))
                let what = Self.describe(node, L) + (report.flatMap { Self.shortLabel(node, $0, L) }.map { L.colon + $0 } ?? "")
                frame.put(TextLayout.truncate(L.strings.explorer.goTo + " \(text) (\(what))", to: max(0, inner.width - 9), ellipsis: glyphs.ellipsis),
                          x: inner.x + 8, y: y, limit: inner.maxX)
            }
            if selected {
                for x in inner.x..<inner.maxX {
                    var cell = frame[x, y]
                    cell.style = Style(.selection, cell.style.emphasis.union([.reverse]))
                    frame[x, y] = cell
                }
            }
        }
    }

    /// An output's or indicator's short label, for its choice.
    static func shortLabel(_ node: NodeRef, _ report: Report, _ L: Language) -> String? {
        switch node {
        case .output(let code): return report.output(code).map { L.short($0.output) }
        case .indicator(let code): return report.indicator(code).map { L.short($0.indicator) }
        default: return nil
        }
    }

    static func describe(_ node: NodeRef, _ L: Language) -> String {
        switch node {
        case .outcome(let id): return L.outcome(id)
        case .output(let code): return L.output(code)
        case .indicator(let code): return L.indicator(code)
        case .region(let id): return L.strings.explorer.region(L == .en ? id.englishName : id.chineseName)
        case .box(let n): return L.box(n)
        case .chapter(let id): return L.strings.explorer.chapter(id)
        case .country(let id): return L.strings.explorer.country(id)
        }
    }
}
