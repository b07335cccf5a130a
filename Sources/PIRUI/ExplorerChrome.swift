import PIRModel
import PIRText

/// What every view draws around its body: the title line, the breadcrumb (the navigation stack),
/// the footer's key hints (from the screen's key table) and the status line.
extension ExplorerView {
    // MARK: Chrome

    func drawTooSmall(_ frame: inout Frame, language L: Language = .zh) {
        let need = "\(AppState.minimumWidth)×\(AppState.minimumHeight)"
        // the longest wording that fits on one line, down to a single mark on a 1×1 window
        let message = L.tooSmall(need: need).first { $0.cellWidth <= frame.width } ?? "!"
        guard frame.height > 0, frame.width > 0 else { return }
        frame.put(message, x: max(0, (frame.width - message.cellWidth) / 2), y: (frame.height - 1) / 2, style: Style(.warn, [.bold]))
    }

    /// The title line: the report's title, and on the right which view this is (so a reader always
    /// knows where they are), with the English title where there is room.
    func drawHeader(_ frame: inout Frame, _ rect: Rect, screen: Screen, language: Language = .zh) {
        struct Key: Hashable { var screen: Screen, language: Language, glyphs: Glyphs }
        context.panes.draw(.header, key: Key(screen: screen, language: language, glyphs: glyphs), rect, into: &frame) { frame in
            drawHeaderCells(&frame, rect, screen: screen, language: language)
        }
    }

    func drawHeaderCells(_ frame: inout Frame, _ rect: Rect, screen: Screen, language: Language) {
        frame.fill(rect, style: Style(.title, [.reverse]))
        let view = language.strings.explorer.viewTag(screen.chineseName, screen.englishName) + " "  // in Chinese both names: the way back from either language
        let left = glyphs.interface(" pir " + glyphs.vertical + " " + (language == .en ? report.meta.titleEn : report.meta.title))
        // the other language's title beside it in Chinese; English has its own on the left
        let full = language == .en ? view : glyphs.interface(report.meta.titleEn + " " + glyphs.vertical + " " + view)
        let right = left.cellWidth + full.cellWidth + 2 <= rect.width ? full : view
        // the view's name outlasts the report's title: the title gives way (with an ellipsis) first
        let shown = right.cellWidth + 12 <= rect.width
        frame.put(left, x: rect.x, y: rect.y, width: shown ? min(left.cellWidth, rect.width - right.cellWidth - 2) : rect.width,
                  style: Style(.title, [.reverse, .bold]), ellipsis: glyphs.ellipsis)
        if shown {
            frame.put(right, x: rect.maxX - right.cellWidth, y: rect.y, style: Style(.title, [.reverse]))
        }
    }

    /// The explorer's item: outcome, output, indicator, region.
    func breadcrumb(_ focused: Focused, _ L: Language = .zh) -> [String] {
        var parts: [String] = []
        switch focused {
        case .outcome(let o):
            parts.append(L.outcome(o.id))
        case .indicator(let o, let p, let i):
            parts += [L.outcome(o.id), L.output(p.code), L.indicator(i.code)]
        case .region(let r, let o, let i):
            parts.append(L.outcome(o.id))
            if let i { parts += [L.indicator(i.code)] }
            parts.append(L.name(r))
        }
        return parts
    }

    /// The breadcrumb: the views on the stack, bottom first, then the item the view on top is on.
    /// Where the line is too short for every view, the ones after the overview give way to an
    /// ellipsis, oldest first, down to the last two.
    static func trail(_ state: AppState, items: [String], width: Int, glyphs: Glyphs) -> [String] {
        let L = state.language
        let names = state.path.map { $0.name(L) }
        func cells(_ parts: [String]) -> Int { parts.map(\.cellWidth).reduce(0, +) + max(0, parts.count - 1) * glyphs.breadcrumb.cellWidth + 2 }
        guard cells(names + items) > width, names.count > 3 else { return names + items }
        var kept = names.count - 1
        while kept > 2, cells([names[0], glyphs.ellipsis] + names.suffix(kept) + items) > width { kept -= 1 }
        return [names[0], glyphs.ellipsis] + names.suffix(kept) + items
    }

    func drawBreadcrumb(_ frame: inout Frame, _ rect: Rect, _ focused: Focused, _ state: AppState) {
        drawTrail(&frame, rect, state, items: breadcrumb(focused, state.language))
    }

    func drawTrail(_ frame: inout Frame, _ rect: Rect, _ state: AppState, items: [String]) {
        let parts = Self.trail(state, items: items, width: rect.width, glyphs: glyphs)
        var x = rect.x + 1
        for (n, part) in parts.enumerated() {
            if n > 0 { x += frame.put(glyphs.breadcrumb, x: x, y: rect.y, style: Style(.dim), limit: rect.maxX) }
            let last = n == parts.count - 1
            x += frame.put(part, x: x, y: rect.y, width: rect.maxX - x, style: last ? Style(.accent, [.bold]) : Style(.normal), ellipsis: glyphs.ellipsis)
        }
    }

    func drawFooter(_ frame: inout Frame, _ rect: Rect, _ state: AppState) {
        struct Key: Hashable { var screen: Screen, fromSlide: Bool, language: Language, glyphs: Glyphs }
        let key = Key(screen: state.screen, fromSlide: state.fromSlide != nil, language: state.language, glyphs: glyphs)
        context.panes.draw(.footer, key: key, rect, into: &frame) { frame in drawFooterCells(&frame, rect, state) }
    }

    /// Reads of the state only what `drawFooter`'s key holds.
    func drawFooterCells(_ frame: inout Frame, _ rect: Rect, _ state: AppState) {
        // (key, Chinese, English, priority: lower is dropped last), from the screen's key table
        let base: [(String, String, String, Int)] = Keymap.bindings(for: state.screen, fromSlide: state.fromSlide != nil).compactMap { binding in
            binding.hint.map { ((glyphs == .ascii ? $0.asciiKey : nil) ?? $0.key, $0.zh, $0.en, $0.priority) }
        }
        func width(_ h: (String, String, String, Int), _ english: Bool) -> Int {
            h.0.cellWidth + 1 + h.1.cellWidth + (english ? 1 + h.2.cellWidth : 0) + 2
        }
        // English labels if everything fits with them; otherwise Chinese only, dropping the least
        // important hints until the line fits — help and quit always stay. In English mode the
        // English words take the Chinese ones' place.
        let switchLanguage = ("w", state.language.strings.keys.hintLanguage, "", 7)  // the other language, in its own words
        let hints = (state.language == .en ? base.map { ($0.0, $0.2, "", $0.3) } : base) + [switchLanguage]
        var english = state.language == .zh && hints.map { width($0, true) }.reduce(0, +) + 1 <= rect.width
        var kept = hints
        if !english {
            english = false
            while kept.map({ width($0, false) }).reduce(0, +) + 1 > rect.width, let drop = kept.max(by: { $0.3 < $1.3 }), drop.3 > 1 {
                kept.removeAll { $0.0 == drop.0 }
            }
        }
        var x = rect.x + 1
        for (key, zh, en, _) in kept {
            let label = english && !en.isEmpty ? zh + " " + en : zh
            if x + key.cellWidth + 1 + label.cellWidth > rect.maxX { break }
            x += frame.put(key, x: x, y: rect.y, style: Style(.key, [.bold]))
            x += 1
            x += frame.put(label, x: x, y: rect.y, style: Style(.dim))
            x += 2
        }
    }

    func drawStatus(_ frame: inout Frame, _ rect: Rect, _ state: AppState, _ focused: Focused) {
        let L = state.language
        frame.fill(rect, style: Style(.status, [.reverse]))
        var text = state.status
        if text.isEmpty {
            switch focused {
            case .outcome(let o):
                text = "\(L.outcome(o.id)) · \(state.outcome + 1)/\(report.outcomes.count)"
            case .indicator(let o, _, let i):
                // the figures again here, so they show even when the detail area has no room (40×10)
                let figures = o.isPolicy ? " · \(L.strings.explorer.target) \(figure(i.target, i.unit, L)) \(L.strings.explorer.result) \(figure(i.total, i.unit, L))"
                    + (i.attainment == nil ? "" : " (\(Figures.ratio(i.attainment)))") : ""
                text = "\(L.indicator(i.code))\(figures) · \(state.indicator + 1)/\(state.entryCount(of: o))"
            case .region(let r, let o, let i):
                let value = (i != nil && o.isPolicy) ? " · \(L.indicator(i!.code))\(L.colon)\(figure(i!.results?[r.id], i!.unit, L))" : ""
                text = L.strings.explorer.regionStatus(r.name, r.nameEn, value, r.results)
            }
        }
        frame.put(" " + glyphs.interface(text), x: rect.x, y: rect.y, width: rect.width, style: Style(.status, [.reverse]), ellipsis: glyphs.ellipsis)
    }
}
