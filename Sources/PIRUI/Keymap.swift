import PIRModel

/// One key binding of a screen: the keys, how the help writes them, what they do (in both
/// languages) and, for the few that earn a place, the footer's short hint.
public struct KeyBinding: Sendable {
    /// Every key that does it: what the test of the tables presses.
    public let keys: [Key]
    /// The keys as the help and the docs write them: `↑ ↓  j k`.
    public let label: String
    /// What they do, Chinese then English: `移动 move`.
    public let help: String
    /// The footer's hint: its key, a word in each language, and its priority (lower stays longer).
    public let hint: Hint?

    public struct Hint: Sendable {
        public let key: String
        /// The key under `--ascii`, where it differs (`jk` for `↑↓`).
        public let asciiKey: String?
        public let zh: String
        public let en: String
        public let priority: Int
    }

    init(_ keys: [Key], _ label: String, _ help: String, hint: (String, String, String, Int)? = nil, ascii: String? = nil) {
        self.keys = keys
        self.label = label
        self.help = help
        self.hint = hint.map { Hint(key: $0.0, asciiKey: ascii, zh: $0.1, en: $0.2, priority: $0.3) }
    }
}

/// The key-binding table of each screen: the reducer's keys written down once, from which the
/// help overlay and the footer hints are drawn and the documentation's key tables are printed. A
/// test presses every key on every screen and fails when one changes the state without a row here.
public enum Keymap {
    /// The table of a screen, in the order the help lists it.
    public static func bindings(for screen: Screen, fromSlide: Bool = false) -> [KeyBinding] {
        let lists = Reducer.listScreens.contains(screen)
        var out = movement(screen)
        out.append(screen == .explorer ? KeyBinding([.tab, .backTab], "Tab Shift-Tab", "切换窗格 next/previous pane", hint: ("Tab", "窗格", "pane", 7))
                   : lists ? KeyBinding([.tab, .backTab], "Tab Shift-Tab", "列表/正文 list or text", hint: ("Tab", "列表/正文", "list/text", 7)) : nil)
        out += codes
        out += views
        if [.explorer, .indicators, .countries].contains(screen) {
            out.append(KeyBinding([.char("s"), .char("S")], "s S", screen == .countries ? "排序 sort (mentions, name, region)" : "排序/反向 sort indicators / reverse",
                                  hint: ("s f", "排序筛选", "sort filter", 7)))
            if screen != .countries { out.append(KeyBinding([.char("R")], "R", "排序区域：下一个区域 sort by the next region")) }
            out.append(KeyBinding([.char("f"), .char("F")], "f F", screen == .countries ? "按区域筛选/清除 filter by region / clear (Esc too)" : "筛选/清除 filter indicators / clear (Esc too)"))
        }
        out += actions
        out.append(fromSlide ? KeyBinding([.char("q")], "q", "返回幻灯片 back to the slide", hint: ("q", "返回幻灯片", "back to slide", 1))
                   : lists ? KeyBinding([.char("q")], "q", "关闭视图 close the view (Esc too)", hint: ("q", "关闭", "close", 1))
                   : KeyBinding([.char("q")], "q", "退出 quit", hint: ("q", "退出", "quit", 1)))
        out.append(KeyBinding([.char("Q"), .ctrl("c")], "Q Ctrl-C", "立即退出 quit at once"))
        out.append(KeyBinding([], "mouse", "单击选择, 滚轮滚动 click selects, wheel scrolls"))
        return out.compactMap { $0 }
    }

    static func movement(_ screen: Screen) -> [KeyBinding?] {
        [
            KeyBinding([.up, .down, .char("j"), .char("k")], "↑ ↓  j k", "移动 move", hint: ("↑↓", "移动", "move", 2), ascii: "jk"),
            KeyBinding([.pageUp, .pageDown, .ctrl("b"), .ctrl("f")], "PgUp PgDn  Ctrl-B Ctrl-F", "翻页 page"),
            KeyBinding([.ctrl("u"), .ctrl("d")], "Ctrl-U Ctrl-D", "半页 half page"),
            KeyBinding([.char("g"), .char("G"), .home, .end], "g G  Home End", "首/末 first/last"),
            KeyBinding([.enter, .right, .char("l")], "Enter → l", screen == .overview ? "打开来源 open the source" : "进入 drill in / open",
                       hint: ("⏎", "进入", "open", 3), ascii: "Enter"),
            KeyBinding([.escape, .left, .char("h"), .backspace], "Esc ← h Backspace",
                       "返回：先清除筛选和标记，再回上一视图 back: filter, marks, then the view before", hint: ("Esc", "返回", "back", 4)),
        ]
    }

    static let codes: [KeyBinding] = [
        KeyBinding("0123456789abcA".map { .char($0) }, "1–8  a b c", "转到成果目标 go to outcome", hint: ("1-8", "成果", "outcome", 8)),
        KeyBinding([.char(".")], "3.1.2 Enter", "转到产出或指标 go to output/indicator", hint: ("3.1.2⏎", "代码", "code", 9), ascii: "3.1.2"),
        KeyBinding([.char("/")], "/", "搜索 search (Enter opens, Esc closes)", hint: ("/", "搜索", "search", 5)),
        KeyBinding([.char(":")], ":", "视图切换 (可补全) view switcher with completion", hint: (":", "视图", "views", 2)),
    ]

    /// A row per view: its letter and function key open it on the item one is on.
    static var views: [KeyBinding] {
        Screen.helpOrder.map { screen in
            let hint: (String, String, String, Int)? = screen == .contents ? ("t", "目录", "contents", 6) : screen == .overview ? ("o", "概览", "overview", 6) : nil
            return KeyBinding([.char(screen.letter), .function(screen.functionKey)], "\(screen.letter) F\(screen.functionKey)",
                              screen.helpSummary, hint: hint)
        }
    }

    static let actions: [KeyBinding] = [
        KeyBinding([.char("x"), .char("X")], "x X", "导出当前视图 CSV / Markdown export the view", hint: ("x", "导出", "export", 8)),
        KeyBinding([.char("y")], "y", "复制所选项 (OSC 52) copy the focused item", hint: ("y", "复制", "copy", 8)),
        KeyBinding([.char("n"), .char("N")], "n N", "下一个/上一个搜索结果 next/previous hit"),
        KeyBinding([.char("w")], "w", "中文/English 切换语言 switch language"),
        KeyBinding([.char("p")], "p", "放映：从这里的幻灯片开始 present from here (q returns)", hint: ("p", "放映", "present", 7)),
        KeyBinding([.char("?"), .function(1)], "? F1", "帮助 this help", hint: ("?", "帮助", "help", 0)),
    ]

    /// Every screen's rows once (by label and text), for a key table of the whole program.
    public static var all: [KeyBinding] {
        var seen = Set<String>()
        return ([Screen.explorer, .overview] + Screen.switcherOrder).flatMap { bindings(for: $0) }.filter { seen.insert($0.label + "\t" + $0.help).inserted }
    }

    /// A screen's table as Markdown, for the documentation (`| keys | what they do |`).
    public static func markdown(for screen: Screen) -> String {
        (["| keys | what they do |", "| --- | --- |"] + bindings(for: screen).map { "| `\($0.label)` | \($0.help) |" }).joined(separator: "\n")
    }
}

extension Screen {
    /// The views in the order the help lists their keys.
    static let helpOrder: [Screen] = [.overview, .explorer, .indicators, .regions, .budget, .trends, .enabling, .boxes, .lessons, .contents, .countries]

    /// What the view shows, in the help (its name comes first).
    var helpSummary: String {
        switch self {
        case .overview: return "概览 overview: headline figures (start screen)"
        case .explorer: return "浏览 explorer: outcomes › indicators › regions"
        case .indicators: return "指标表 all indicators, sortable and filterable"
        case .regions: return "区域 regions, each and compared"
        case .budget: return "预算 budget vs expenditure"
        case .trends: return "趋势 Table 1 trends"
        case .enabling: return "保障性成果 enabling outcomes A/B/C"
        case .boxes: return "专栏 all boxes"
        case .lessons: return "经验教训 Part III lessons"
        case .contents: return "目录 contents: every chapter, region and box"
        case .countries: return "国家 countries the report names"
        }
    }
}
