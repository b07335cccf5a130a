/// Every interface string pir shows, one table per language (the way lazygit keeps its i18n): a
/// struct of fields per area of the program, whose default values are the English table, and a
/// Chinese table made from it by setting each field. English is the fallback: a field the Chinese
/// table forgets shows English rather than nothing, and `StringTableTests` fails on it.
///
/// The explorer, the slides, the CLI and the errors take their words from here through
/// `Language.strings`, never from an inline `L("中文", "English")` pair, so a language is complete
/// when its table is, and a test can walk every key.
///
/// Report text is not here: it comes from the dataset (`Language.label`, `narrative`), Chinese
/// marked `[中文]` where the dataset has no English.
public struct Strings: Sendable {
    /// Names of the report's parts (`Outcome 3`, `Box 8`) that every layer uses.
    public var common = Common()
    /// The explorer: panes, lists, overlays, the status line.
    public var explorer = Explorer()
    /// The list views and the pages they open.
    public var lists = Lists()
    /// The presentation: slides, the presenter view, following.
    public var slides = Slides()
    /// The words around the report's text in a node's document (`pir show`, the detail pane, Markdown).
    public var document = Document()
    /// The views' names and what each shows.
    public var views = Views()
    /// What each key does: the help overlays and the footer.
    public var keys = Keys()
    /// The indicators' sort keys and filters, the countries' orders.
    public var query = Query()
    /// The command line's messages about what was asked for.
    public var commands = Commands()
    /// The command line's error messages.
    public var errors = Errors()

    public init() {}

    /// The English table (every field's default).
    public static let en = Strings()
    /// The Chinese table.
    public static let zh: Strings = {
        var s = Strings()
        s.common = .zh
        s.explorer = .zh
        s.lists = .zh
        s.slides = .zh
        s.document = .zh
        s.views = .zh
        s.keys = .zh
        s.query = .zh
        s.commands = .zh
        s.errors = .zh
        return s
    }()
}

extension Language {
    /// The interface strings in this language, lent in place rather than copied: the table is a
    /// struct of hundreds of strings, and a getter returning it copied (and released) every one of
    /// them for each word a frame reads — 5 % of a row move's render (issue 18, perf of `pir
    /// bench`). A `_read` that yielded `Strings.en` or `Strings.zh` still copied the table to the
    /// stack at every use (12 copies of 7 KB in the indicator page of `pir show 3.1.3`: 0.3 M
    /// instructions and 14 pages of stack faulted in), so each table is read at its address.
    public var strings: Strings {
        unsafeAddress { self == .en ? Strings.placedEnglish : Strings.placedChinese }
    }
}

extension Strings {
    /// Each table where `Language.strings` lends it from: made once, never changed or freed.
    nonisolated(unsafe) static let placedEnglish = placed(.en)
    nonisolated(unsafe) static let placedChinese = placed(.zh)

    static func placed(_ table: Strings) -> UnsafePointer<Strings> {
        let place = UnsafeMutablePointer<Strings>.allocate(capacity: 1)
        place.initialize(to: table)
        return UnsafePointer(place)
    }
}
