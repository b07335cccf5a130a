import PIRModel
@testable import PIRUI

/// Every screen a reader sees, as frames of styled cells: each explorer view with its lists
/// focused in turn, the overlays (help, search with hits, the view switcher), and every slide and
/// step of the standard deck with its overlays. What the contrast test looks at.
enum EveryScreen {
    struct Shot {
        var name: String
        var frame: Frame
    }

    static func explorer(_ report: Report, width: Int, height: Int, language: Language = .zh) -> [Shot] {
        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        func start(_ screen: Screen) -> AppState {
            var s = reducer.reduce(AppState(width: width, height: height, screen: screen), .resize(width: width, height: height))
            s.language = language
            return s
        }
        func drive(_ state: AppState, _ keys: [Key]) -> AppState {
            var s = state
            for key in keys { s = reducer.reduce(s, .key(key), after: view.snapshot(s)) }
            return s
        }
        var shots: [Shot] = []
        func shoot(_ name: String, _ state: AppState) { shots.append(Shot(name: "\(name) \(width)x\(height) \(language)", frame: view.render(state))) }
        for screen in Screen.allCases {
            let s = start(screen)
            shoot("\(screen)", s)
            shoot("\(screen) down", drive(s, [.down, .down]))
            // the text pane focused, and in the explorer each pane in turn
            shoot("\(screen) tab", drive(s, [.down, .tab]))
            if screen == .explorer {
                shoot("explorer indicators", drive(s, [.down, .down, .tab, .down]))
                shoot("explorer regions", drive(s, [.tab, .tab, .down]))
                shoot("explorer detail", drive(s, [.tab, .tab, .tab]))
            }
        }
        // outcome 1 and 3 in the explorer: rows above and below target, an over-achieving bar
        for code in ["1.1.1", "3.1.3"] {
            var s = start(.overview)
            s = drive(s, code.map { Key.char($0) } + [.enter])
            shoot("explorer at \(code)", s)
        }
        let overview = start(.overview)
        shoot("help", drive(overview, [.char("?")]))
        shoot("search", drive(overview, [.char("/")] + "就业".map { Key.char($0) }))
        shoot("search picked", drive(overview, [.char("/")] + "就业".map { Key.char($0) } + [.down, .down]))
        shoot("switcher", drive(overview, [.char(":")]))
        shoot("switcher typed", drive(overview, [.char(":"), .char("b")]))
        return shots
    }

    static func slides(_ report: Report, width: Int, height: Int, language: Language = .zh) -> [Shot] {
        let deck = Deck(spec: .standard(report), report: report, language: language)
        let decks = Decks(deck, report: report)
        let explorer = Reducer(report: report)
        let reducer = PresentReducer(report: report, decks: decks, language: language, explorer: explorer)
        let view = PresentView(report: report, decks: decks, reducer: explorer)
        var shots: [Shot] = []
        for (n, slide) in deck.slides.enumerated() {
            for step in 0...slide.steps {
                var s = PresentState(width: width, height: height, slide: n, step: step)
                s.language = language
                shots.append(Shot(name: "slide \(n + 1) step \(step) \(width)x\(height) \(language)", frame: view.render(s)))
            }
        }
        var s = PresentState(width: width, height: height, slide: 2)
        s.language = language
        for (name, key) in [("index", Key.char("o")), ("help", .char("?")), ("find", .char("/"))] {
            shots.append(Shot(name: "slides \(name)", frame: view.render(reducer.reduce(s, .key(key)))))
        }
        return shots
    }
}
