extension Strings {
    /// The command line's messages about what was asked for (`pir show`, `pir search`, `pir
    /// export --node`), in the language the command was given. The defaults are the English table.
    public struct Commands: Sendable {
        public var showNeedsCode = "pir show needs what to show, e.g. pir show 3 · pir show 3.1.2 · pir show africa · pir show box 15 · pir show trends (pir show --help lists more)"
        public var nothingCalled: Template = "nothing in the report is called \"{1}\" (try 3, 3.1, 3.1.2, africa, box 15)"
        public var nothingCalledForNode: Template = "nothing in the report is called \"{1}\" that --node can write (try 3, 3.1, 3.1.2, africa, box 15, a chapter id)"
        public var noMatchFor: Template = "no match for \"{1}\""

        public init() {}
    }
}
