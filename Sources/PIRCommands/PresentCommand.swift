import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRShare
import PIRTerminal
import PIRUI
#if canImport(Glibc)
import Glibc
#endif

/// `pir present`: the report as a slide deck for a meeting.
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Present the report as slides built from its data; followers mirror them with `pir follow`.",
        discussion: """
        With no --deck, the deck is: title; headline figures; results by region; results against target; \
        one slide per policy outcome; the enabling outcomes; trends (Table 1); lessons (Part III); end.

        A deck file lists what to show, one entry per line (or as JSON): title, overview, regions, outcomes, \
        outcome N, enabling, indicator CODE, region NAME, box N, budget, trends, lessons, end. \
        A line starting with '>' is a speaker note for the entry above it.

        Keys: → Space PgDn next; ← PgUp Backspace previous; 7 Enter or 7G go to slide 7; / find; o index; \
        Enter opens the explorer at the slide's figure and Esc comes back; b blank; t timer; f footer; \
        w English / 中文; ? help; q quit.

        --lang en shows the slides' labels and the interface in English, --export too (narrative quoted \
        from the report stays Chinese, marked [中文]); followers choose their own --lang.

        Examples:
          pir present                          the standard deck
          pir present --deck talk.deck --share talk
          pir present --notes talk             the presenter view, in a second terminal
          pir present --export md --lang en > slides.md
        """
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("A deck file: entries one per line, or JSON.", valueName: "FILE"))
    var deck: String?
    @Option(help: ArgumentHelp("Share the current slide on a local socket for `pir follow NAME`.", valueName: "NAME"))
    var share: String?
    @Flag(help: "With --share: let the group follow too, with `pir follow NAME --from YOU` (socket in /tmp/pir-UID/, mode 0660) — for participants who ssh in as other users.")
    var group = false
    @Option(help: ArgumentHelp("The presenter view of shared presentation NAME: timer, current and next slide, speaker notes.", valueName: "NAME"))
    var notes: String?
    @Option(help: ArgumentHelp("Write the deck to standard output as txt, md or html, and exit.", valueName: "FORMAT"))
    var export: DeckExport.Format?
    @Flag(name: .customLong("no-notes"), help: "With --export (or the text printed without a terminal): leave the speaker notes out, for participants.")
    var noNotes = false
    @Option(help: ThemeName.help("projector: the terminal's own colours, on any background"))
    var theme: ThemeName?
    @Option(name: .customLong("max-width"), help: ArgumentHelp("The widest the slide text grows on a wide terminal, in columns.", valueName: "N"))
    var maxWidth: Int = SlideView.defaultMaxWidth
    @Option(help: ArgumentHelp("Start at slide N (counting from 1).", valueName: "N"))
    var start: Int = 1
    @Flag(help: "Draw with ASCII only (big digits too).")
    var ascii = false
    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse.")
    var noMouse = false
    @OptionGroup var language: LanguageOptions
    @OptionGroup var pager: PagerOptions

    func validate() throws {
        let errors = language.forMessages.strings.errors
        guard maxWidth >= 40 else { throw ValidationError(errors.maxWidthTooSmall(maxWidth)) }
        if group && share == nil { throw ValidationError(errors.groupNeedsShare) }
        if noNotes && (share != nil || notes != nil) { throw ValidationError(errors.noNotesConflicts) }
        if share != nil && export != nil { throw ValidationError(errors.shareTakesNoExport) }
        if notes != nil && (share != nil || export != nil || deck != nil) { throw ValidationError(errors.notesConflicts) }
        guard start >= 1 else { throw ValidationError(errors.startFromOne(start)) }
        for name in [share, notes].compactMap({ $0 }) { try validName(name, language.forMessages) }
    }

    func run() throws {
        let language = try self.language.resolved()
        let theme = try ThemeName.chosen(self.theme, language: language)
        // sharing and the presenter view happen on a terminal: without one they are refused,
        // not dropped in favour of the text deck (a --share NAME in use would go unnoticed)
        if let notes { try requireTerminal("pir present --notes \(notes)", language) }
        if let share { try requireTerminal("pir present --share \(share)", language) }
        let report = try global.loadReport()
        if let notes {
            var options = FollowSession.Options()
            options.theme = theme
            options.ascii = ascii
            options.maxWidth = maxWidth
            options.notes = true
            options.language = language
            try terminalFailures { _ = try FollowSession.run(report: report, name: notes, options: options) }
            return
        }
        let spec: DeckSpec
        if let deck {
            do { spec = try DeckFile.load(path: deck, report: report) } catch { throw Failure.badInput(error.description) }
        } else {
            spec = .standard(report)
        }
        let slides = Deck(spec: spec, report: report, language: language)
        // what the deck expands to, bounded before it is drawn, exported or shared
        if let problem = DeckLimits.problem(slides) {
            throw Failure.badInput(language.strings.errors.deckProblem(deck ?? language.strings.errors.standardDeck, problem))
        }
        guard start <= slides.slides.count else {
            throw Failure.badInput(language.strings.errors.startBeyondDeck(start, slides.slides.count))
        }
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if let export {
            pager.emit(DeckExport.export(slides, format: export, glyphs: ascii ? .ascii : .unicode, notes: !noNotes))
            return
        }
        guard interactive else {
            // piped or redirected: the deck as text, like the explorer's plain overview
            emit(DeckExport.export(slides, format: .txt, glyphs: ascii ? .ascii : .unicode, notes: !noNotes))
            return
        }
        var options = PresentSession.Options()
        options.theme = theme
        options.ascii = ascii
        options.mouse = !noMouse
        options.maxWidth = maxWidth
        options.share = share
        options.group = group
        options.startSlide = start - 1
        options.language = language
        try terminalFailures { _ = try PresentSession.run(report: report, deck: slides, options: options) }
    }
}

/// `pir follow NAME`: mirror a presentation shared with `pir present --share NAME`.
struct Follow: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow a presentation shared with `pir present --share NAME`, at this terminal's size.",
        discussion: """
        Works on the presenter's machine; from another machine with --via user@host (ssh carries the \
        presentation, and this terminal draws it at its own size, in its own language); or as \
        ssh -t host pir follow NAME. Another account's presentation (shared with --group) is followed \
        with --from USER: pir follows only a presenter running as you, or as USER. The presenter drives; \
        here q quits, f hides the footer, t shows the timer, w switches between English and 中文 (each \
        follower reads in its own language, whatever the presenter's). When the presenter restarts, this reconnects.

        Examples:
          pir follow talk
          ssh -t host pir follow talk --lang en
        """
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The name the presenter gave to --share.") var name: String
    @Option(help: ThemeName.help("projector: the terminal's own colours, on any background"))
    var theme: ThemeName?
    @Option(name: .customLong("max-width"), help: ArgumentHelp("The widest the slide text grows, in columns.", valueName: "N"))
    var maxWidth: Int = SlideView.defaultMaxWidth
    @Flag(help: "Draw with ASCII only.")
    var ascii = false
    @OptionGroup var language: LanguageOptions
    @Option(help: ArgumentHelp("Follow USER's presentation, shared with --share NAME --group (the presenter must run as USER).", valueName: "USER"))
    var from: String?
    @Option(help: ArgumentHelp("The presenter is on another machine: reach it with ssh (key or agent login; PIR_SSH names another ssh).", valueName: "USER@HOST"))
    var via: String?
    @Option(name: .customLong("remote-pir"), help: ArgumentHelp("With --via: the pir to run there, when it is not `pir` on that machine's PATH.", valueName: "PATH"))
    var remotePir: String = "pir"

    func validate() throws {
        let errors = language.forMessages.strings.errors
        guard maxWidth >= 40 else { throw ValidationError(errors.maxWidthTooSmall(maxWidth)) }
        try validName(name, language.forMessages)
        if let from, !SharePath.isSafeWord(from) { throw ValidationError(errors.badFromUser(ShareText.inert(from))) }
    }

    func run() throws {
        let language = try self.language.resolved()
        let theme = try ThemeName.chosen(self.theme, language: language)
        let report = try global.loadReport()
        try requireTerminal("pir follow \(name)", language)
        var options = FollowSession.Options()
        options.theme = theme
        options.ascii = ascii
        options.maxWidth = maxWidth
        options.language = language
        options.from = from
        options.via = via
        options.remotePir = remotePir
        try terminalFailures { _ = try FollowSession.run(report: report, name: name, options: options) }
    }
}

/// `pir relay NAME` (hidden): the far end of `pir follow NAME --via`, run there by ssh.
struct Relay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a shared presentation's messages to standard output (run by `pir follow --via` over ssh).",
        shouldDisplay: false
    )
    @Argument(help: "The name the presenter gave to --share.") var name: String
    @Option(help: ArgumentHelp("The presenter's user, for a --group share.", valueName: "USER")) var from: String?

    func validate() throws {
        try validName(name, Self.language)
        if let from, !SharePath.isSafeWord(from) { throw ValidationError(Self.language.strings.errors.badFromUser(ShareText.inert(from))) }
    }

    /// `pir relay` has no `--lang` (ssh runs it, and its complaints reach the follower as they
    /// are): the far end's environment says the language, English when it names none it knows.
    static var language: Language { (try? LanguageOptions.resolve(nil)) ?? .en }

    func run() throws {
        let client: ShareClient
        do { client = try ShareClient(name: name, from: from) } catch { throw Failure.badInput(error.message(in: Self.language)) }
        let status = ShareRelay.run(client)
        if status != 0 { throw ExitCode(status) }
    }
}

/// A presentation name is part of a socket's file name: checked before anything starts.
func validName(_ name: String, _ language: Language) throws {
    do { try SharePath.validate(name) } catch { throw ValidationError(error.message(in: language)) }
}

/// One line naming what is not a terminal, and how to get one over ssh.
func requireTerminal(_ what: String, _ language: Language) throws {
    let input = isatty(STDIN_FILENO) == 1, output = isatty(STDOUT_FILENO) == 1
    guard input, output else {
        let errors = language.strings.errors
        let missing = !input && !output ? errors.inputAndOutputNotTerminal : !input ? errors.inputNotTerminal : errors.outputNotTerminal
        throw Failure.badInput(errors.needsTerminal(what, missing))
    }
}

/// A terminal or socket that cannot be used is bad input: one line and exit 2, like a bad file.
func terminalFailures(_ body: () throws -> Void) throws {
    do { try body() } catch let error as TerminalError { throw Failure.badInput(error.description) }
}
