extension Strings.Commands {
    /// The Chinese table: Chinese first, the English kept beside it (the examples are codes).
    public static let zh: Self = {
        var t = Self()
        t.showNeedsCode = "pir show 需要指明显示什么 needs what to show, e.g. pir show 3 · pir show 3.1.2 · pir show africa · pir show box 15 · pir show trends (pir show --help lists more)"
        t.nothingCalled = "报告中没有 \"{1}\" nothing in the report is called \"{1}\" (try 3, 3.1, 3.1.2, africa, box 15)"
        t.nothingCalledForNode = "报告中没有 --node 能写出的 \"{1}\" nothing in the report is called \"{1}\" that --node can write (try 3, 3.1, 3.1.2, africa, box 15, a chapter id)"
        t.noMatchFor = "没有找到 no match for \"{1}\""
        return t
    }()
}
