#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCursesShim
import CNcursesw
import PIRUI

public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The thin ncurses backend: copies frames to the screen (only the cells that changed; ncurses then
/// sends only what differs from the terminal), and turns keys, mouse reports and resizes into events.
public final class Terminal {
    public let glyphs: Glyphs
    public let utf8: Bool
    /// The theme drawn now; it changes once if the terminal's answer about its background calls
    /// for another (`auto`).
    private(set) var theme: Theme
    /// What was asked for (`--theme`, `PIR_THEME`, `auto`), and whether slides are drawn.
    let requested: ThemeName
    let slides: Bool
    let colors: Int
    /// The terminal's background as far as it is known: `COLORFGBG`'s hint, then its answer.
    public private(set) var background: TerminalBackground?
    /// Colour pairs made so far, by (fg, bg), and each style's attributes and pair.
    var pairs: [Int: Int32] = [:]
    /// By `Style.index`: a draw looks up every changed cell's, and hashing a style for a dictionary
    /// was a tenth of an outcome switch's draw (issue 18, callgrind of a session).
    var drawnStyles = Terminal.noStyles
    static let noStyles = [(attrs: Int32, pair: Int32)?](repeating: nil, count: Style.count)
    /// When the background query went out (monotonic seconds), while its answer is awaited.
    var queried: Double?
    var previous: Frame?

    /// Decides glyphs from the locale: `setlocale(LC_ALL, "")`, then UTF-8 or not.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Starts curses. With `theme` auto (and not `slides`), the theme follows the background:
    /// `COLORFGBG` decides the first frame, and the terminal is asked (OSC 11) without waiting;
    /// its answer, whenever it comes, redraws the screen in the theme it calls for.
    public init(theme: ThemeName, slides: Bool = false, ascii: Bool, mouse: Bool) throws {
        utf8 = Self.localeIsUTF8()
        glyphs = (ascii || !utf8) ? .ascii : .unicode
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty || term == "dumb" {
            throw TerminalError(description: "the terminal \(term.isEmpty ? "type is not set (TERM)" : "is \"dumb\"") and cannot show the explorer; use `pir show CODE` or `pir export` for plain text")
        }
        Signals.install()
        if pir_start(mouse ? 1 : 0, 25, utf8 ? 1 : 0) != 0 {
            throw TerminalError(description: "unknown terminal type \"\(term)\"; use `pir show CODE` or `pir export` for plain text")
        }
        colors = Int(pir_colors())
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        requested = noColor || colors == 0 ? .mono : theme
        self.slides = slides
        background = TerminalBackground.hint(colorfgbg: getenv("COLORFGBG").map { String(cString: $0) })
        self.theme = Self.theme(requested.resolved(background: background, slides: slides), colors: colors)
        // asked before the first frame, whose full repaint clears anything a terminal that does
        // not know OSC 11 might show of it; the Linux console is known not to answer
        if requested.followsBackground(slides: slides), !term.hasPrefix("linux") {
            pir_send(TerminalBackground.query)
            pir_expect_reply(1)
            queried = Self.monotonicSeconds()
        }
    }

    static func theme(_ name: ThemeName, colors: Int) -> Theme {
        Theme.named(name.rawValue, colors: colors) ?? Theme.named("mono", colors: colors)!
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The terminal's reply to the background query: the theme it calls for, drawn at once over
    /// the whole screen if it is another. A reply that does not parse changes nothing.
    func adopt(reply bytes: [UInt8]) {
        guard let colour = TerminalBackground.parseReply(bytes) else { return }
        stopAwaitingReply()
        let found = TerminalBackground.of(colour)
        background = found
        let name = requested.resolved(background: found, slides: slides)
        guard name.rawValue != theme.name else { return }
        theme = Self.theme(name, colors: colors)
        drawnStyles = Self.noStyles
        pairs = [:]
        if let shown = previous {
            invalidate()
            draw(shown)
        }
    }

    /// No more waiting for an answer: it came, or (asked `seconds` ago) it never will, and a lone
    /// Esc need not wait to see whether one begins.
    func stopAwaitingReply(ifOlderThan seconds: Double = 0) {
        guard let queried, Self.monotonicSeconds() - queried >= seconds else { return }
        self.queried = nil
        pir_expect_reply(0)
    }

    deinit { stop() }

    public func stop() {
        // an answer to the background query still on its way would be typed at the shell's
        // prompt: if it was asked for moments ago, wait for it a little (150 ms at most) and drop
        // whatever comes; a terminal asked long ago either answered or never will
        if let queried, pir_is_started() != 0 {
            let deadline = min(queried + 0.5, Self.monotonicSeconds() + 0.15)
            var left = deadline - Self.monotonicSeconds()
            while left > 0 {
                var ch: UInt32 = 0
                let kind = pir_read(&ch, Int32(left * 1000) + 1)
                if kind == 4 || kind < 0 { break }
                left = deadline - Self.monotonicSeconds()
            }
            self.queried = nil
        }
        pir_stop()
    }

    public var size: (width: Int, height: Int) {
        var h: Int32 = 0, w: Int32 = 0
        pir_size(&h, &w)
        return (Int(w), Int(h))
    }

    /// Copies a frame: cells equal to the previous frame's are not touched at all.
    public func draw(_ frame: Frame) {
        let full = previous.map { $0.width != frame.width || $0.height != frame.height } ?? true
        if full { pir_erase() }
        var scalars = [UInt32](repeating: 0, count: 5)
        let ascii = glyphs == .ascii
        let cells = frame.cells
        for i in frame.changedCells(since: full ? nil : previous) {
            let cell = cells[i]
            if cell.width == 0 { continue }
            let y = i / frame.width, x = i % frame.width
            if !ascii, let scalar = cell.scalar, utf8 || scalar < 0x80 {
                // nearly every cell: its one scalar as it is
                scalars[0] = scalar
                putCell(y, x, scalars, 1, cell.style)
                continue
            }
            var count = 0
            let text = cell.text
            // --ascii: an ambiguous-width character left after layout gets its one-cell stand-in
            if ascii, cell.width == 1, let c = text.first, let plain = Glyphs.asciiCell(c) {
                scalars[0] = plain.unicodeScalars.first!.value; count = 1
            } else if utf8 || text.unicodeScalars.allSatisfy({ $0.isASCII }) {
                for scalar in text.unicodeScalars.prefix(5) { scalars[count] = scalar.value; count += 1 }
            } else {
                // no UTF-8 locale: keep the layout, show a placeholder per cell
                scalars[0] = UInt32(UInt8(ascii: "?")); count = 1
                if cell.width == 2 && x + 1 < frame.width { putCell(y, x + 1, [UInt32(UInt8(ascii: "?"))], 1, cell.style) }
            }
            putCell(y, x, scalars, count, cell.style)
        }
        if let cursor = frame.cursor {
            pir_cursor(1)
            pir_move(Int32(cursor.y), Int32(cursor.x))
        } else {
            pir_cursor(0)
        }
        pir_flush()
        previous = frame
    }

    func putCell(_ y: Int, _ x: Int, _ scalars: [UInt32], _ count: Int, _ style: Style) {
        let (attrs, pair) = drawnStyles[style.index] ?? drawnStyle(style)
        scalars.withUnsafeBufferPointer { buffer in
            pir_put(Int32(y), Int32(x), buffer.baseAddress, Int32(count), attrs, pair)
        }
    }

    /// A style's attributes and colour pair under the theme (`Theme.drawn`), the pair made the
    /// first time its colours are needed; kept until the theme changes.
    func drawnStyle(_ style: Style) -> (attrs: Int32, pair: Int32) {
        let drawn = theme.drawn(style)
        var attrs: Int32 = 0
        if drawn.emphasis.contains(.bold) { attrs |= Int32(PIR_BOLD) }
        if drawn.emphasis.contains(.underline) { attrs |= Int32(PIR_UNDERLINE) }
        if drawn.emphasis.contains(.reverse) { attrs |= Int32(PIR_REVERSE) }
        if drawn.emphasis.contains(.dim) { attrs |= Int32(PIR_DIM) }
        var pair: Int32 = 0
        if colors > 0, drawn.fg != -1 || drawn.bg != -1 {
            let fg = drawn.fg == -1 ? -1 : min(drawn.fg, colors - 1), bg = drawn.bg == -1 ? -1 : min(drawn.bg, colors - 1)
            let key = (fg + 1) * 1024 + (bg + 1)
            if let made = pairs[key] {
                pair = made
            } else if pairs.count + 1 < Int(pir_color_pairs()), pir_init_pair(Int32(pairs.count + 1), Int32(fg), Int32(bg)) == 0 {
                pair = Int32(pairs.count + 1)
                pairs[key] = pair
            }
        }
        drawnStyles[style.index] = (attrs, pair)
        return (attrs, pair)
    }

    /// Forgets what is on screen, so the next draw repaints everything (after a resume).
    public func invalidate() {
        previous = nil
        pir_touch()
    }

    /// Nothing drawn yet, or forgotten (`invalidate`): the run loops draw even an unchanged frame.
    public var screenForgotten: Bool { previous == nil }

    /// Set once a read has found the terminal gone (the SSH link dropped, the window closed).
    public private(set) var inputEnded = false

    /// Blocks until an event (or, with `timeout` in milliseconds, waits at most that long); nil on a
    /// timeout or when input has ended — `inputEnded` tells which.
    public func nextEvent(timeout: Int32 = -1) -> Event? {
        var failures = 0
        while !inputEnded {
            var ch: UInt32 = 0
            let kind = pir_read(&ch, timeout)
            if kind < 0 {
                if pir_input_gone() != 0 { inputEnded = true; break }
                if timeout >= 0 { return nil }
                // a blocking read interrupted by a signal is retried, but never spin on a
                // descriptor that keeps failing
                failures += 1
                if isatty(STDIN_FILENO) == 0 || failures > 100 { inputEnded = true }
                continue
            }
            failures = 0
            if kind == 2 { continue }  // a malformed UTF-8 sequence: no key
            if kind == 4 {
                // the terminal's answer about its background: never a key
                var length = 0
                if let bytes = pir_reply(&length) {
                    adopt(reply: Array(UnsafeRawBufferPointer(start: bytes, count: length)))
                }
                continue
            }
            if queried != nil { stopAwaitingReply(ifOlderThan: 2) }
            if kind == 3 {
                var length = 0
                guard let bytes = pir_paste(&length) else { continue }
                let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
                return .paste(text)
            }
            if kind == 1 {
                if Int32(ch) == pir_key_resize() {
                    let (w, h) = size
                    invalidate()
                    return .resize(width: w, height: h)
                }
                if Int32(ch) == pir_key_mouse() {
                    var y: Int32 = 0, x: Int32 = 0
                    switch pir_mouse(&y, &x) {
                    case 1: return .mouse(Mouse(.press, x: Int(x), y: Int(y)))
                    case 2: return .mouse(Mouse(.wheelUp, x: Int(x), y: Int(y)))
                    case 3: return .mouse(Mouse(.wheelDown, x: Int(x), y: Int(y)))
                    default: continue
                    }
                }
                if let key = Self.functionKey(Int32(ch)) { return .key(key) }
                continue
            }
            if let key = Self.characterKey(ch) { return .key(key) }
        }
        return nil
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    static func characterKey(_ ch: UInt32) -> Key? {
        switch ch {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(UnicodeScalar(ch + 0x60)!))
        case 0x00...0x1F: return nil
        default:
            guard let scalar = UnicodeScalar(ch) else { return nil }
            return .char(Character(scalar))
        }
    }
}
