import PIRModel
import PIRText

/// `?` / F1: every key, in a box over the screen. Esc closes it before anything else.
public struct HelpOverlay: Sendable {
    public let glyphs: Glyphs

    public static let keys: [(String, String)] = [
        ("↑ ↓  j k", "移动 move"),
        ("PgUp PgDn  Ctrl-B Ctrl-F", "翻页 page"),
        ("Ctrl-U Ctrl-D", "半页 half page"),
        ("g G  Home End", "首/末 first/last"),
        ("Enter → l", "进入 drill in"),
        ("Esc ← h Backspace", "返回 back"),
        ("Tab Shift-Tab", "切换窗格 next/previous pane"),
        ("1–8  a b c", "转到成果目标 go to outcome"),
        ("3.1.2 Enter", "转到产出或指标 go to output/indicator"),
        ("/", "搜索 search (Enter opens, Esc closes)"),
        (":", "视图切换 (可补全) view switcher with completion"),
        ("o e i r $ …", "视图键：打开该视图，Esc 返回 a view's key opens it; Esc goes back"),
        ("o F3", "概览 overview: headline figures (start screen)"),
        ("e F4", "浏览 explorer: outcomes › indicators › regions"),
        ("i F5", "指标表 all indicators, sortable and filterable"),
        ("r F6", "区域 regions, each and compared"),
        ("$ F7", "预算 budget vs expenditure"),
        ("T F8", "趋势 Table 1 trends"),
        ("E F9", "保障性成果 enabling outcomes A/B/C"),
        ("B F10", "专栏 all boxes"),
        ("L F11", "经验教训 Part III lessons"),
        ("t F2", "目录 contents: every chapter, region and box"),
        ("s S", "排序/反向 sort indicators / reverse"),
        ("R", "排序区域：下一个区域 sort by the next region"),
        ("f F", "筛选/清除 filter indicators / clear (Esc too)"),
        ("x X", "导出当前视图 CSV / Markdown export the view"),
        ("y", "复制所选项 (OSC 52) copy the focused item"),
        ("n N", "下一个/上一个搜索结果 next/previous hit"),
        ("w", "中文/English 切换语言 switch language"),
        ("C F12", "国家 countries the report names"),
        ("p", "放映：从这里的幻灯片开始 present from here (q returns)"),
        ("? F1", "帮助 this help"),
        ("q", "关闭视图；在概览和浏览中退出 close the view; quit at the overview or explorer"),
        ("Q Ctrl-C", "立即退出 quit at once"),
        ("mouse", "单击选择, 滚轮滚动 click selects, wheel scrolls"),
    ]

    static var keyWidth: Int { Self.keys.map(\.0.cellWidth).max() ?? 10 }

    /// The lines of the help for a box whose text column is `textWidth` cells: a description too
    /// long for it wraps onto lines of its own under the key, so nothing is cut.
    static func lines(textWidth: Int, language L: Language) -> [(key: String, text: String)] {
        var out: [(String, String)] = []
        for (key, text) in Self.keys {
            let wrapped = Wrapper.wrap(L.bi(text), width: max(4, textWidth))
            for (n, line) in wrapped.enumerated() { out.append((n == 0 ? key : "", line)) }
            if wrapped.isEmpty { out.append((key, "")) }
        }
        return out
    }

    /// The box (as wide as the longest line where it fits, as tall as its lines), its lines and
    /// how many show at once, for a frame of this size.
    static func layout(width: Int, height: Int, language L: Language) -> (rect: Rect, lines: [(key: String, text: String)], visible: Int)? {
        let textWidth = Self.keys.map { L.bi($0.1).cellWidth }.max() ?? 20
        let w = min(width - 2, keyWidth + textWidth + 7)
        let lines = Self.lines(textWidth: w - 2 - 3 - keyWidth, language: L)
        // borders and a blank line above the keys: a 120×40 terminal shows every line at once
        let h = min(height - 2, lines.count + 3)
        guard w > 10, h > 4 else { return nil }
        let rect = Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
        return (rect, lines, max(0, h - 3))
    }

    /// The lines PgDn / PgUp move: a full window of the help in a frame of this size.
    public static func pageSize(width: Int, height: Int, language L: Language) -> Int {
        max(1, layout(width: width, height: height, language: L)?.visible ?? 1)
    }

    /// The furthest the help can scroll in a frame of this size (the reducer keeps the scroll in range).
    public static func maxScroll(width: Int, height: Int, language L: Language) -> Int {
        guard let layout = layout(width: width, height: height, language: L) else { return 0 }
        return max(0, layout.lines.count - layout.visible)
    }

    public func draw(_ frame: inout Frame, scroll: Int, language L: Language = .zh) {
        guard let (rect, lines, visible) = Self.layout(width: frame.width, height: frame.height, language: L) else { return }
        let keyWidth = Self.keyWidth
        // its rows cleared edge to edge: no corner of the frame beneath shows beside the box
        frame.clearRows(of: rect)
        let pages = lines.count > visible
        var title = [TitlePart(L("帮助 Help", "Help"), short: L("帮助", "Help"), priority: 10),
                     TitlePart(L("Esc 关闭 close", "Esc closes"), short: "Esc", priority: 9)]
        if pages { title.append(TitlePart(L("↑↓ PgDn 滚动 scroll", "↑↓ PgDn scroll"), short: "PgDn", priority: 5)) }
        let inner = Panel.draw(&frame, rect, title: title, focused: true, glyphs: glyphs)
        let start = min(max(0, scroll), max(0, lines.count - visible))
        for (row, line) in lines.dropFirst(start).prefix(max(0, visible)).enumerated() {
            let y = inner.y + 1 + row
            let k = glyphs == .ascii ? line.key.replacingOccurrences(of: "↑ ↓", with: "Up Dn").replacingOccurrences(of: "→", with: "Right").replacingOccurrences(of: "←", with: "Left").replacingOccurrences(of: "–", with: "-") : line.key
            frame.put(TextLayout.fit(k, to: keyWidth, ellipsis: glyphs.ellipsis), x: inner.x + 1, y: y, style: Style(.key, [.bold]), limit: inner.maxX)
            frame.put(TextLayout.truncate(line.text, to: max(0, inner.maxX - (inner.x + 2 + keyWidth)), ellipsis: glyphs.ellipsis), x: inner.x + 2 + keyWidth, y: y, limit: inner.maxX)
        }
        // more than a page: where one is, as the text panes show it
        if pages {
            let position = "\(start + 1)-\(min(lines.count, start + visible))/\(lines.count)"
            frame.put(" " + position + " ", x: rect.maxX - position.cellWidth - 4, y: rect.maxY - 1, style: Style(.dim))
        }
    }
}
