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
        ("q", "退出 quit"),
        ("Q Ctrl-C", "立即退出 quit at once"),
        ("mouse", "单击选择, 滚轮滚动 click selects, wheel scrolls"),
    ]

    public func draw(_ frame: inout Frame, scroll: Int, language L: Language = .zh) {
        let keyWidth = Self.keys.map(\.0.cellWidth).max() ?? 10
        let textWidth = Self.keys.map { L.bi($0.1).cellWidth }.max() ?? 20
        let width = min(frame.width - 2, keyWidth + textWidth + 7)
        let height = min(frame.height - 2, Self.keys.count + 4)
        guard width > 10, height > 4 else { return }
        let rect = Rect(x: (frame.width - width) / 2, y: (frame.height - height) / 2, width: width, height: height)
        frame.fill(rect)
        let inner = Panel.draw(&frame, rect, title: L("帮助 Help · Esc 关闭 close", "Help · Esc closes"), focused: true, glyphs: glyphs)
        let visible = inner.height - 1
        let start = min(scroll, max(0, Self.keys.count - visible))
        for (row, (key, text)) in Self.keys.dropFirst(start).prefix(max(0, visible)).enumerated() {
            let y = inner.y + 1 + row
            let k = glyphs == .ascii ? key.replacingOccurrences(of: "↑ ↓", with: "Up Dn").replacingOccurrences(of: "→", with: "Right").replacingOccurrences(of: "←", with: "Left").replacingOccurrences(of: "–", with: "-") : key
            frame.put(TextLayout.fit(k, to: keyWidth), x: inner.x + 1, y: y, style: Style(.key, [.bold]), limit: inner.maxX)
            frame.put(L.bi(text), x: inner.x + 2 + keyWidth, y: y, limit: inner.maxX)
        }
    }
}
