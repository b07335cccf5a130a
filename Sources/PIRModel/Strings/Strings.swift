/// Every interface string pir shows, one table per language (the way lazygit keeps its i18n): a
/// table of fields per area of the program, whose default values are the English table, and a
/// Chinese table made from it by setting each field. English is the fallback: a field the Chinese
/// table forgets shows English rather than nothing, and `StringTableTests` fails on it.
///
/// The explorer, the slides, the CLI and the errors take their words from here through
/// `Language.strings`, never from an inline `L("中文", "English")` pair, so a language is complete
/// when its table is, and a test can walk every key.
///
/// Report text is not here: it comes from the dataset (`Language.label`, `narrative`), Chinese
/// marked `[中文]` where the dataset has no English.
/// A final class, not a struct: the table is hundreds of strings, and a struct was copied (every
/// string retained, then released) wherever a frame took `L.strings` into a local or passed it on —
/// 10 % of a row move's instructions at 200×60 (issue 18, callgrind of a session). A reference is
/// one retain; the tables never change after they are made.
public final class Strings: Sendable {
    /// Names of the report's parts (`Outcome 3`, `Box 8`) that every layer uses.
    public let common: Common
    /// The explorer: panes, lists, overlays, the status line.
    public let explorer: Explorer
    /// The list views and the pages they open.
    public let lists: Lists
    /// The presentation: slides, the presenter view, following.
    public let slides: Slides
    /// The words around the report's text in a node's document (`pir show`, the detail pane, Markdown).
    public let document: Document
    /// The views' names and what each shows.
    public let views: Views
    /// What each key does: the help overlays and the footer.
    public let keys: Keys
    /// The indicators' sort keys and filters, the countries' orders.
    public let query: Query
    /// The command line's messages about what was asked for.
    public let commands: Commands
    /// The command line's error messages.
    public let errors: Errors

    init(common: Common = Common(), explorer: Explorer = Explorer(), lists: Lists = Lists(), slides: Slides = Slides(),
         document: Document = Document(), views: Views = Views(), keys: Keys = Keys(), query: Query = Query(),
         commands: Commands = Commands(), errors: Errors = Errors()) {
        self.common = common; self.explorer = explorer; self.lists = lists; self.slides = slides; self.document = document
        self.views = views; self.keys = keys; self.query = query; self.commands = commands; self.errors = errors
    }

    /// The English table (every field's default).
    public static let en = Strings()
    /// The Chinese table.
    public static let zh = Strings(common: .zh, explorer: .zh, lists: .zh, slides: .zh, document: .zh, views: .zh, keys: .zh,
                                   query: .zh, commands: .zh, errors: .zh)
}

extension Language {
    /// The interface strings in this language, lent rather than returned: not even the table's one
    /// retain for each word a frame reads (issue 18, perf of `pir bench`).
    public var strings: Strings {
        _read {
            if self == .en { yield Strings.en } else { yield Strings.zh }
        }
    }
}
