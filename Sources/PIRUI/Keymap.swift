import PIRModel

/// One key binding of a screen: the keys, how the help writes them, what they do (in both
/// languages, from the string table's `keys` area) and, for the few that earn a place, the
/// footer's short hint.
public struct KeyBinding: Sendable {
    /// Every key that does it: what the test of the tables presses.
    public let keys: [Key]
    /// The keys as the help and the docs write them: `↑ ↓  j k`.
    public let label: String
    /// What they do in the Chinese table (which keeps the English beside it: `移动 move`) and in
    /// the English one.
    public let zh: String
    public let en: String
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

    /// What the keys do in the Chinese table: the docs' key tables print it.
    public var help: String { zh }

    /// What the keys do in a language.
    public func help(_ L: Language) -> String { L == .en ? en : zh }

    init(_ keys: [Key], _ label: String, _ words: KeyPath<Strings.Keys, String>, hint: (String, KeyPath<Strings.Keys, String>, Int)? = nil, ascii: String? = nil) {
        self.init(keys, label, zh: Strings.zh.keys[keyPath: words], en: Strings.en.keys[keyPath: words], hint: hint, ascii: ascii)
    }

    init(_ keys: [Key], _ label: String, zh: String, en: String, hint: (String, KeyPath<Strings.Keys, String>, Int)? = nil, ascii: String? = nil) {
        self.keys = keys
        self.label = label
        self.zh = zh
        self.en = en
        self.hint = hint.map { Hint(key: $0.0, asciiKey: ascii, zh: Strings.zh.keys[keyPath: $0.1], en: Strings.en.keys[keyPath: $0.1], priority: $0.2) }
    }
}

/// The key-binding table of each screen: the reducer's keys written down once, from which the
/// help overlay and the footer hints are drawn and the documentation's key tables are printed. A
/// test presses every key on every screen and fails when one changes the state without a row here.
public enum Keymap {
    /// The table of a screen, in the order the help lists it. Made once per screen: the footer
    /// reads it every frame, and making it there was a tenth of a row move's instructions at
    /// 200×60 (issue 18, callgrind of a session).
    public static func bindings(for screen: Screen, fromSlide: Bool = false) -> [KeyBinding] {
        (fromSlide ? tablesFromSlide : tables)[screen] ?? makeBindings(for: screen, fromSlide: fromSlide)
    }

    static let tables = Dictionary(uniqueKeysWithValues: Screen.allCases.map { ($0, makeBindings(for: $0, fromSlide: false)) })
    static let tablesFromSlide = Dictionary(uniqueKeysWithValues: Screen.allCases.map { ($0, makeBindings(for: $0, fromSlide: true)) })

    static func makeBindings(for screen: Screen, fromSlide: Bool) -> [KeyBinding] {
        let lists = Reducer.listScreens.contains(screen)
        var out = movement(screen)
        out.append(screen == .explorer ? KeyBinding([.tab, .backTab], "Tab Shift-Tab", \.nextPane, hint: ("Tab", \.hintPane, 7))
                   : lists ? KeyBinding([.tab, .backTab], "Tab Shift-Tab", \.listOrText, hint: ("Tab", \.hintListOrText, 7)) : nil)
        out += codes
        out += views
        if [.explorer, .indicators, .countries].contains(screen) {
            out.append(KeyBinding([.char("s"), .char("S")], "s S", screen == .countries ? \.sortCountries : \.sortIndicators,
                                  hint: ("s f", \.hintSortFilter, 7)))
            if screen != .countries { out.append(KeyBinding([.char("R")], "R", \.sortByNextRegion)) }
            out.append(KeyBinding([.char("f"), .char("F")], "f F", screen == .countries ? \.filterCountries : \.filterIndicators))
        }
        out += actions
        out.append(fromSlide ? KeyBinding([.char("q")], "q", \.backToSlide, hint: ("q", \.hintBackToSlide, 1))
                   : lists ? KeyBinding([.char("q")], "q", \.closeView, hint: ("q", \.hintClose, 1))
                   : KeyBinding([.char("q")], "q", \.quit, hint: ("q", \.hintQuit, 1)))
        out.append(KeyBinding([.char("Q"), .ctrl("c")], "Q Ctrl-C", \.quitAtOnce))
        out.append(KeyBinding([], "mouse", \.mouse))
        return out.compactMap { $0 }
    }

    static func movement(_ screen: Screen) -> [KeyBinding?] {
        [
            KeyBinding([.up, .down, .char("j"), .char("k")], "↑ ↓  j k", \.move, hint: ("↑↓", \.hintMove, 2), ascii: "jk"),
            KeyBinding([.pageUp, .pageDown, .ctrl("b"), .ctrl("f")], "PgUp PgDn  Ctrl-B Ctrl-F", \.page),
            KeyBinding([.ctrl("u"), .ctrl("d")], "Ctrl-U Ctrl-D", \.halfPage),
            KeyBinding([.char("g"), .char("G"), .home, .end], "g G  Home End", \.firstLast),
            KeyBinding([.enter, .right, .char("l")], "Enter → l", screen == .overview ? \.openSource : \.drillIn,
                       hint: ("⏎", \.hintOpen, 3), ascii: "Enter"),
            KeyBinding([.escape, .left, .char("h"), .backspace], "Esc ← h Backspace", \.back, hint: ("Esc", \.hintBack, 4)),
        ]
    }

    static let codes: [KeyBinding] = [
        KeyBinding("0123456789abcA".map { .char($0) }, "1–8  a b c", \.goToOutcome, hint: ("1-8", \.hintOutcome, 8)),
        KeyBinding([.char(".")], "3.1.2 Enter", \.goToCode, hint: ("3.1.2⏎", \.hintCode, 9), ascii: "3.1.2"),
        KeyBinding([.char("/")], "/", \.search, hint: ("/", \.hintSearch, 5)),
        KeyBinding([.char(":")], ":", \.switcher, hint: (":", \.hintViews, 2)),
    ]

    /// A row per view: its letter and function key open it on the item one is on.
    static var views: [KeyBinding] {
        Screen.helpOrder.map { screen in
            let hint: (String, KeyPath<Strings.Keys, String>, Int)? = screen == .contents ? ("t", \.hintContents, 6) : screen == .overview ? ("o", \.hintOverview, 6) : nil
            return KeyBinding([.char(screen.letter), .function(screen.functionKey)], "\(screen.letter) F\(screen.functionKey)",
                              zh: screen.helpSummary(.zh), en: screen.helpSummary(.en), hint: hint)
        }
    }

    static let actions: [KeyBinding] = [
        KeyBinding([.char("x"), .char("X")], "x X", \.export, hint: ("x", \.hintExport, 8)),
        KeyBinding([.char("y")], "y", \.copy, hint: ("y", \.hintCopy, 8)),
        KeyBinding([.char("n"), .char("N")], "n N", \.nextHit),
        KeyBinding([.char("w")], "w", \.switchLanguage),
        KeyBinding([.char("p")], "p", \.present, hint: ("p", \.hintPresent, 7)),
        KeyBinding([.char("?"), .function(1)], "? F1", \.help, hint: ("?", \.hintHelp, 0)),
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
    func helpSummary(_ L: Language) -> String {
        let v = L.strings.views
        switch self {
        case .overview: return v.overviewHelp
        case .explorer: return v.explorerHelp
        case .indicators: return v.indicatorsHelp
        case .regions: return v.regionsHelp
        case .budget: return v.budgetHelp
        case .trends: return v.trendsHelp
        case .enabling: return v.enablingHelp
        case .boxes: return v.boxesHelp
        case .lessons: return v.lessonsHelp
        case .contents: return v.contentsHelp
        case .countries: return v.countriesHelp
        }
    }
}
