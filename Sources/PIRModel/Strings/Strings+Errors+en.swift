extension Strings {
    /// The command line's error messages (`pir present`, `follow`, the explorer's options, sharing),
    /// in the language the command was given. The holes are what and where (a path, a name, a
    /// value, the system's reason): never translated. The defaults are the English table, which is
    /// exactly what pir printed before the messages moved here.
    ///
    /// Not here: the dataset's messages (ReportLoader, Validation), which quote the JSON path and
    /// value and stay English; swift-argument-parser's own usage messages.
    public struct Errors: Sendable {
        // options of present and follow (argument checks, before anything runs)
        public var maxWidthTooSmall: Template = "--max-width must be at least 40, found {1}"
        public var groupNeedsShare = "--group goes with --share NAME"
        public var noNotesConflicts = "--no-notes leaves the notes out of --export; it takes no --share or --notes"
        public var shareTakesNoExport = "--share NAME presents on a terminal; it takes no --export"
        public var notesConflicts = "--notes NAME follows a shared presentation; it takes no --share, --export or --deck"
        public var startFromOne: Template = "--start counts slides from 1, found {1}"
        public var startBeyondDeck: Template = "--start {1}: the deck has {2} slides"
        public var deckProblem: Template = "{1}: {2}"
        public var standardDeck = "the standard deck"
        /// {1} the command, {2} what is not a terminal (`inputAndOutput` …).
        public var needsTerminal: Template = "{1} needs a terminal, and {2} one (over ssh: ssh -t host {1})"
        public var inputAndOutputNotTerminal = "standard input and output are not"
        public var inputNotTerminal = "standard input is not"
        public var outputNotTerminal = "standard output is not"
        // other commands
        public var nodeWritesMarkdown = "--node writes Markdown only; leave out --format or use --format markdown"
        public var traceNotWritable: Template = "{1}: cannot be written"
        public var badTheme: Template = "PIR_THEME={1}: choose {2}"
        public var verifyFailed = "verify failed"
        // sharing (PIRShare's ShareError, said by the command)
        public var badName: Template = "bad presentation name \"{1}\": use 1–64 letters, digits, '.', '_' or '-', not starting with '.' or '-'"
        public var badFromUser: Template = "bad user name \"{1}\" for --from"
        public var noSuchUser: Template = "no user called \"{1}\" here (--from takes the presenter's user name or uid)"
        public var cannotCreateDirectory: Template = "{1}: cannot create the directory for shared presentations: {2}"
        public var cannotLetGroupReach: Template = "{1}: cannot let the group reach it: {2}"
        public var directoryUnreadable: Template = "{1}: {2}"
        public var notADirectory: Template = "{1} is not a directory: pir will not use it"
        public var directoryOwnedByOther: Template = "{1} belongs to {2}, not to {3}: pir will not use it (remove it, or set XDG_RUNTIME_DIR)"
        public var directoryWritableByOthers: Template = "{1} may be written by others (mode {2}): pir will not use it (chmod go-w {1})"
        public var pathTooLong: Template = "{1}: path too long for a socket"
        public var notYourSocket: Template = "{1} exists and is not a socket of yours; choose another name"
        public var alreadyShared: Template = "{1}: a presentation called \"{2}\" is already being shared; choose another name"
        public var cannotCreateSocket: Template = "cannot create a socket: {1}"
        public var cannotBind: Template = "{1}: cannot bind: {2}"
        public var cannotListen: Template = "{1}: cannot listen: {2}"
        public var badVia: Template = "bad --via destination \"{1}\": give user@host, as for ssh"
        public var cannotMakeSocketPair: Template = "cannot make a socket pair for ssh: {1}"
        public var cannotMakePipe: Template = "cannot make a pipe for ssh: {1}"
        public var cannotRunSSH: Template = "cannot run {1}: {2}"

        public init() {}
    }
}
