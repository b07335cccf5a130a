import PIRModel

/// Everything the presentation screen shows, apart from the deck and the time: which slide and
/// step, what overlay is open, and — while the presenter answers a question — the explorer's state.
public struct PresentState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Index into the deck's slides.
    public var slide = 0
    /// 0: nothing highlighted; k: the k-th item of the slide's list.
    public var step = 0
    public var blank = false
    public var showTimer = false
    public var showFooter = true
    public var showHelp = false
    /// The slide index (`o`): the selected row while it is open.
    public var index: Int?
    /// The `/` prompt while it is open.
    public var find: FindState?
    /// Digits typed towards `12 Enter` or `12G`.
    public var pending = ""
    /// The first `g` of `gg`.
    public var pendingG = false
    /// The explorer, while the presenter has drilled into a slide's node (Enter); Esc comes back.
    public var explorer: AppState?
    public var status = ""
    /// `q`: leave the presentation (back to the explorer when it was opened from there).
    public var quit = false
    /// `Q` or Ctrl-C: leave pir.
    public var quitAll = false
    /// For followers: what the footer says about whom they follow, and a notice while waiting.
    public var following: String?
    public var notice: String?
    /// The language of the slides' labels and of the interface (`--lang`, `w`); a follower has its
    /// own, whatever the presenter's.
    public var language: Language = .zh

    public init(width: Int, height: Int, slide: Int = 0, step: Int = 0) {
        self.width = width
        self.height = height
        self.slide = slide
        self.step = step
    }

    public var isExploring: Bool { explorer != nil }
}

/// The slides' `/` find: a prompt whose choices are the slides that match.
public struct FindState: Sendable, Equatable {
    public var prompt: Prompt
    public var query: String { get { prompt.text } set { prompt.text = newValue } }
    public var selected: Int { get { prompt.selected } set { prompt.selected = newValue } }
    public init(query: String = "") { prompt = Prompt(query) }
}

/// The clock the footer and the presenter view show; passed in, so rendering stays a pure function.
public struct PresentTime: Sendable, Equatable {
    /// Seconds since the presentation started.
    public var elapsed: Int
    /// Wall clock, `14:05`.
    public var clock: String
    public init(elapsed: Int, clock: String) { self.elapsed = elapsed; self.clock = clock }
    public static let zero = PresentTime(elapsed: 0, clock: "")

    /// `12:34`, or `1:02:03` past an hour.
    public var elapsedText: String {
        let h = elapsed / 3600, m = (elapsed / 60) % 60, s = elapsed % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(two(m)):\(two(s))"
    }
}
