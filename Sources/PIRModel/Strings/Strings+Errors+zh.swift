extension Strings.Errors {
    /// The Chinese table. Options, commands and paths stay as typed; the system's reason (from
    /// strerror) stays as the system gives it.
    public static let zh: Self = {
        var t = Self()
        t.maxWidthTooSmall = "--max-width 至少为 40，现为 {1}"
        t.groupNeedsShare = "--group 须与 --share NAME 一起使用"
        t.noNotesConflicts = "--no-notes 使 --export 不含备注；不能与 --share 或 --notes 同用"
        t.shareTakesNoExport = "--share NAME 在终端上演示；不能与 --export 同用"
        t.notesConflicts = "--notes NAME 跟随一场共享的演示；不能与 --share、--export 或 --deck 同用"
        t.startFromOne = "--start 从 1 开始数幻灯片，现为 {1}"
        t.startBeyondDeck = "--start {1}：这套幻灯片只有 {2} 张"
        t.deckProblem = "{1}：{2}"
        t.standardDeck = "标准幻灯片"
        t.needsTerminal = "{1} 需要终端，而{2}终端（通过 ssh：ssh -t host {1}）"
        t.inputAndOutputNotTerminal = "标准输入和输出都不是"
        t.inputNotTerminal = "标准输入不是"
        t.outputNotTerminal = "标准输出不是"
        t.nodeWritesMarkdown = "--node 只写 Markdown；请去掉 --format 或使用 --format markdown"
        t.traceNotWritable = "{1}：无法写入"
        t.badTheme = "PIR_THEME={1}：请选择 {2}"
        t.verifyFailed = "校验未通过"
        t.badName = "演示名称 \"{1}\" 无效：请用 1–64 个字母、数字、'.'、'_' 或 '-'，且不以 '.' 或 '-' 开头"
        t.badFromUser = "--from 的用户名 \"{1}\" 无效"
        t.noSuchUser = "本机没有名为 \"{1}\" 的用户（--from 取演示者的用户名或 uid）"
        t.cannotCreateDirectory = "{1}：无法创建存放共享演示的目录：{2}"
        t.cannotLetGroupReach = "{1}：无法让用户组访问：{2}"
        t.directoryUnreadable = "{1}：{2}"
        t.notADirectory = "{1} 不是目录：pir 不会使用它"
        t.directoryOwnedByOther = "{1} 属于 {2}，而不属于 {3}：pir 不会使用它（请删除它，或设置 XDG_RUNTIME_DIR）"
        t.directoryWritableByOthers = "{1} 可被他人写入（权限 {2}）：pir 不会使用它（chmod go-w {1}）"
        t.pathTooLong = "{1}：路径太长，无法用作套接字"
        t.notYourSocket = "{1} 已存在，且不是你的套接字；请换一个名称"
        t.alreadyShared = "{1}：名为 \"{2}\" 的演示已在共享中；请换一个名称"
        t.cannotCreateSocket = "无法创建套接字：{1}"
        t.cannotBind = "{1}：无法绑定：{2}"
        t.cannotListen = "{1}：无法监听：{2}"
        t.badVia = "--via 目标 \"{1}\" 无效：请像 ssh 那样给出 user@host"
        t.cannotMakeSocketPair = "无法为 ssh 创建套接字对：{1}"
        t.cannotMakePipe = "无法为 ssh 创建管道：{1}"
        t.cannotRunSSH = "无法运行 {1}：{2}"
        return t
    }()
}
