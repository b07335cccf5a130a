import PIRModel
import PIRText

/// A bordered panel with its title in the top edge; returns the inner rectangle.
public enum Panel {
    /// The room a title has in the top edge of a panel `width` wide.
    public static func titleRoom(_ width: Int) -> Int { max(0, width - 6) }

    /// A panel whose title is made of parts, fitted to the room (see `TitlePart.fit`).
    @discardableResult
    public static func draw(_ frame: inout Frame, _ rect: Rect, title parts: [TitlePart], focused: Bool, glyphs: Glyphs) -> Rect {
        let parts = parts.map { TitlePart(glyphs.interface($0.text), short: $0.short.map(glyphs.interface), priority: $0.priority) }
        return draw(&frame, rect, title: TitlePart.fit(parts, to: titleRoom(rect.width), ellipsis: glyphs.ellipsis, separator: glyphs.interface(" · ")), focused: focused, glyphs: glyphs)
    }

    @discardableResult
    public static func draw(_ frame: inout Frame, _ rect: Rect, title: String, focused: Bool, glyphs: Glyphs) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let style = focused ? Style(.accent, [.bold]) : Style(.border)
        if glyphs.horizontal.count == 1, let line = glyphs.horizontal.first, line.cellWidth == 1 {
            // the edges filled cell by cell: put() would sanitise and measure each of their
            // characters, a tenth of a frame's render (issue 18)
            for (y, left, right) in [(rect.y, glyphs.topLeft, glyphs.topRight), (rect.maxY - 1, glyphs.bottomLeft, glyphs.bottomRight)] {
                frame.put(left, x: rect.x, y: y, style: style, limit: rect.maxX)
                frame.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), style: style, with: line)
                frame.put(right, x: rect.maxX - 1, y: y, style: style, limit: rect.maxX)
            }
        } else {
            let h = String(repeating: glyphs.horizontal, count: rect.width - 2)
            frame.put(glyphs.topLeft + h + glyphs.topRight, x: rect.x, y: rect.y, style: style, limit: rect.maxX)
            frame.put(glyphs.bottomLeft + h + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style, limit: rect.maxX)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put(glyphs.vertical, x: rect.x, y: y, style: style)
            frame.put(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        if rect.width > 6 {
            let label = " " + TextLayout.truncate(glyphs.interface(title), to: titleRoom(rect.width), ellipsis: glyphs.ellipsis) + " "
            frame.put(label, x: rect.x + 2, y: rect.y, style: focused ? Style(.title, [.bold]) : Style(.heading), limit: rect.maxX - 2)
        }
        return rect.inset(1)
    }
}

/// One part of a pane title (the view's name, the outcome, the sort, the filter …), with a shorter
/// form and how much it matters: a title too wide for its pane shortens its least important parts
/// first, then drops them (an ellipsis stands where they were), so the parts that change what the
/// list holds — a filter, then the sort — stay readable at every width.
public struct TitlePart: Sendable, Equatable {
    public var text: String
    public var short: String?
    /// Higher is kept longer.
    public var priority: Int
    public init(_ text: String, short: String? = nil, priority: Int) {
        self.text = text
        self.short = short
        self.priority = priority
    }

    /// The parts joined with ` · `, fitted to `width` cells.
    public static func fit(_ parts: [TitlePart], to width: Int, ellipsis: String = "…", separator: String = " · ") -> String {
        guard width > 0 else { return "" }
        var texts: [String?] = parts.map(\.text)
        func joined() -> String {
            var out: [String] = []
            for text in texts {
                if let text { out.append(text) } else if out.last != ellipsis { out.append(ellipsis) }
            }
            return out.joined(separator: separator)
        }
        // least important first; among equals the later part goes first
        let order = parts.indices.sorted { parts[$0].priority != parts[$1].priority ? parts[$0].priority < parts[$1].priority : $0 > $1 }
        for i in order where joined().cellWidth > width {
            if let short = parts[i].short { texts[i] = short }
        }
        // never drop the most important part: if even it does not fit, it is cut with an ellipsis
        for i in order.dropLast() where joined().cellWidth > width { texts[i] = nil }
        return TextLayout.truncate(joined(), to: width, ellipsis: ellipsis)
    }
}

/// A bar for a result against its target: the result as a bar in eighth blocks, the target as a
/// marker, the part beyond the target in its own role so over-achievement shows without colour too
/// (the marker sits inside the bar). The number is always printed beside it by the caller.
/// `lowHalf` (the default) draws it in the lower half of its cells, by halves of a cell, so bars in
/// rows next to each other stay apart: every list draws its bars in adjacent rows, where full-height
/// eighth blocks ran into one block (the overview's outcomes, the indicators, the budget). Only a
/// slide's bars with a blank row between them (`lowHalf: false`) use the eighths.
public enum BulletBar {
    public static func draw(_ frame: inout Frame, x: Int, y: Int, width: Int, value: Double, target: Double?,
                            scale: Double, glyphs: Glyphs, dimmed: Bool = false, lowHalf: Bool = true) {
        guard width > 0, scale > 0 else { return }
        var eighths = Int(saturating: max(0, value) / scale * Double(width * 8))
        // the target mark stands in the cell holding the target's last eighth, and a value that
        // reaches the target but not past it ends there too (it drew past the mark at some widths)
        let targetEighths = target.map { Int(saturating: max(0, $0) / scale * Double(width * 8)) }
        let targetCell = targetEighths.map { min(width - 1, max(0, ($0 - 1) / 8)) }
        if let t = targetEighths, let target, value <= target { eighths = min(eighths, t) }
        for i in 0..<width {
            let fill = min(8, max(0, eighths - i * 8))
            let over = targetCell.map { i > $0 } ?? false
            let role: Role = dimmed ? .dim : (over ? .barOver : .bar)
            // by halves: up to a quarter of a cell is none, up to three quarters half a cell
            let half = fill < 2 ? 0 : fill < 6 ? 1 : 2
            let glyph = lowHalf ? (half == 0 ? glyphs.barEmpty : glyphs.lowHalves[half]) : (fill == 0 ? glyphs.barEmpty : glyphs.eighths[fill])
            let empty = lowHalf ? half == 0 : fill == 0
            frame.put(glyph, x: x + i, y: y, style: Style(empty ? .dim : role))
        }
        if let t = targetCell {
            frame.put(glyphs.targetMarker, x: x + t, y: y, style: dimmed ? Style(.dim) : Style(.barTarget, [.bold]))
        }
    }
}

extension BulletBar {
    /// The same bar as spans, for text documents.
    public static func spans(width: Int, value: Double, target: Double?, scale: Double, glyphs: Glyphs) -> [Span] {
        var frame = Frame(width: max(1, width), height: 1)
        draw(&frame, x: 0, y: 0, width: width, value: value, target: target, scale: scale, glyphs: glyphs)
        return (0..<max(0, width)).map { Span(frame[$0, 0].text.isEmpty ? " " : frame[$0, 0].text, frame[$0, 0].style) }
    }
}

/// A span of styled text.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .normal) { self.text = text; self.style = style }
}

public typealias StyledLine = [Span]

/// Builds wrapped, styled lines for the detail area. Wrapping is by display width with the Chinese
/// line-breaking rules, and continuation lines keep their indent.
public struct Document: Sendable {
    public let width: Int
    public private(set) var lines: [StyledLine] = []
    /// Named places (`box:15`) and the line each starts on, so a view can open the text there.
    public private(set) var anchors: [String: Int] = [:]
    /// Each paragraph's text and first line, so a search hit can be scrolled to.
    public private(set) var paragraphs: [(text: String, line: Int)] = []
    /// Lines past this are not laid out (the caller shows only a window of a long chapter);
    /// `isComplete` says whether any were left out.
    public var limit = Int.max
    public private(set) var isComplete = true

    public init(width: Int) { self.width = max(1, width) }

    /// False, and marks the document incomplete, once `limit` lines are there.
    mutating func hasRoom() -> Bool {
        if lines.count < limit { return true }
        isComplete = false
        return false
    }

    public mutating func anchor(_ name: String) { if anchors[name] == nil { anchors[name] = lines.count } }

    /// The first line of the first paragraph containing `text`.
    public func line(of text: String) -> Int? {
        let needle = Sanitizer.clean(text)
        guard !needle.isEmpty else { return nil }
        return paragraphs.first { $0.text.contains(needle) }?.line
    }

    public mutating func blank() {
        if let last = lines.last, last.isEmpty { return }
        if !lines.isEmpty, hasRoom() { lines.append([]) }
    }

    public mutating func line(_ spans: Span...) { if hasRoom() { lines.append(spans) } }
    public mutating func line(_ spans: [Span]) { if hasRoom() { lines.append(spans) } }

    /// A wrapped paragraph: `lead` on the first line (e.g. a bullet), continuation lines indented to match.
    public mutating func paragraph(_ text: String, style: Style = .normal, lead: Span? = nil, indent: Int = 0) {
        guard hasRoom() else { return }
        let leadWidth = lead.map { $0.text.cellWidth } ?? 0
        let room = max(4, width - indent - leadWidth)
        let cleaned = Sanitizer.clean(text)
        paragraphs.append((cleaned, lines.count))
        // no more lines than the document keeps, and two for the wrap's last-line rule (`Wrapper.wrap`)
        let wrapped = Wrapper.wrap(cleaned, width: room, maxLines: limit == .max ? .max : max(0, limit - lines.count) + 2)
        let pad = String(repeating: " ", count: indent)
        for (n, piece) in wrapped.enumerated() {
            var spans: [Span] = []
            if indent > 0 { spans.append(Span(pad)) }
            if n == 0, let lead { spans.append(lead) } else if leadWidth > 0 { spans.append(Span(String(repeating: " ", count: leadWidth))) }
            spans.append(Span(piece, style))
            guard hasRoom() else { return }
            lines.append(spans)
        }
    }

    /// Another document's lines after `prefix` (a box's rule), with its paragraphs and named places,
    /// so a search hit or an anchor inside a box is found in the page that holds the box.
    public mutating func embed(_ inner: Document, prefix: [Span]) {
        let base = lines.count
        for (name, line) in inner.anchors where anchors[name] == nil { anchors[name] = base + line }
        for p in inner.paragraphs where base + p.line < limit { paragraphs.append((p.text, base + p.line)) }
        for line in inner.lines {
            guard hasRoom() else { return }
            lines.append(prefix + line)
        }
        if !inner.isComplete { isComplete = false }
    }

    public mutating func heading(_ text: String, style: Style = Style(.heading, [.bold])) {
        blank()
        paragraph(text, style: style)
    }
}

/// Draws lines (already fitted to the width) into a rectangle from a scroll offset.
public enum LinesView {
    public static func draw(_ frame: inout Frame, _ rect: Rect, lines: [StyledLine], offset: Int, mark: String? = nil) {
        guard !rect.isEmpty else { return }
        for row in 0..<rect.height {
            let index = offset + row
            guard index >= 0, index < lines.count else { break }
            var x = rect.x
            for span in lines[index] {
                x += frame.put(span.text, x: x, y: rect.y + row, style: span.style, limit: rect.maxX)
                if x >= rect.maxX { break }
            }
            if let mark, !mark.isEmpty { self.mark(&frame, rect, lines: lines, index: index, y: rect.y + row, term: mark) }
        }
    }

    /// Puts the search term's occurrences on a line in the match role, including the part of one
    /// that a line break splits (the rest is marked on the next line). Lines are compared by their
    /// text, not their layout: a continuation line's indent or box rule (`│ `) is not part of it, a
    /// run of spaces matches one space (a table row laid out in columns, `女性   5.5   5.5`), and a
    /// space in the term matches a line break, where the wrapper drops it.
    static func mark(_ frame: inout Frame, _ rect: Rect, lines: [StyledLine], index: Int, y: Int, term: String) {
        let text = Array(lines[index].map(\.text).joined())
        let marked = TermMatcher(term).marked(text,
                                              previous: index > 0 ? Array(lines[index - 1].map(\.text).joined()) : nil,
                                              next: index + 1 < lines.count ? Array(lines[index + 1].map(\.text).joined()) : nil)
        guard marked.contains(true) else { return }
        var x = rect.x
        for (n, character) in text.enumerated() {
            let w = character.cellWidth
            if marked[n] {
                for cx in x..<min(rect.maxX, x + max(1, w)) {
                    var cell = frame[cx, y]
                    cell.style = Style(.match, [.bold, .underline, .reverse])
                    frame[cx, y] = cell
                }
            }
            x += w
            if x >= rect.maxX { break }
        }
    }
}

/// Finds a search term in a laid-out line of text, with the ends of the lines around it.
struct TermMatcher {
    /// The term lower-cased, each run of spaces as one space.
    let needle: [Character]

    init(_ term: String) { needle = Self.collapsed(Array(term)).map(\.character) }

    struct Element {
        var character: Character
        /// The characters of the line being marked that this element stands for (a run of spaces
        /// is one element); nil for a neighbour's.
        var source: Range<Int>?
        /// The first element after a line break.
        var afterBreak = false
    }

    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\u{3000}" }
    static func lower(_ c: Character) -> Character {
        if let a = c.asciiValue { return a >= 65 && a <= 90 ? Character(Unicode.Scalar(a + 32)) : c }
        return Character(c.lowercased())
    }

    /// Characters before a line's text: its indent and a box's rule.
    static func decoration(_ line: [Character]) -> Int {
        var n = 0
        while n < line.count, isSpace(line[n]) || line[n] == "│" || line[n] == "|" { n += 1 }
        return n
    }

    static func collapsed(_ chars: [Character], offset: Int = 0, keepSource: Bool = false) -> [Element] {
        var out: [Element] = []
        var i = 0
        while i < chars.count {
            var j = i + 1
            if isSpace(chars[i]) { while j < chars.count, isSpace(chars[j]) { j += 1 } }
            out.append(Element(character: isSpace(chars[i]) ? " " : lower(chars[i]),
                               source: keepSource ? (offset + i)..<(offset + j) : nil))
            i = j
        }
        return out
    }

    /// Which characters of `line` are part of an occurrence of the term.
    func marked(_ line: [Character], previous: [Character]?, next: [Character]?) -> [Bool] {
        var marked = [Bool](repeating: false, count: line.count)
        guard !needle.isEmpty else { return marked }
        let start = Self.decoration(line)
        var current = Self.collapsed(Array(line[start...]), offset: start, keepSource: true)
        guard !current.isEmpty else { return marked }
        // a neighbour contributes at most one character fewer than the term
        var lead: [Element] = [], tail: [Element] = []
        if let previous, needle.count > 1 {
            lead = Array(Self.collapsed(Array(previous[Self.decoration(previous)...])).suffix(needle.count - 1))
            current[0].afterBreak = !lead.isEmpty
        }
        if let next, needle.count > 1 {
            tail = Array(Self.collapsed(Array(next[Self.decoration(next)...])).prefix(needle.count - 1))
            if !tail.isEmpty { tail[0].afterBreak = true }
        }
        let hay = lead + current + tail
        var from = 0
        while from < hay.count {
            if let end = match(hay, at: from) {
                for e in hay[from..<end] { if let r = e.source { for k in r { marked[k] = true } } }
                from = max(from + 1, end)
            } else {
                from += 1
            }
        }
        return marked
    }

    /// Where a match starting at `start` ends, if there is one.
    func match(_ hay: [Element], at start: Int) -> Int? {
        var h = start
        for c in needle {
            if h < hay.count, hay[h].character == c { h += 1; continue }
            // a space of the term at a line break, where the wrapper dropped it
            if c == " ", h < hay.count, hay[h].afterBreak, h > start { continue }
            return nil
        }
        return h
    }
}
