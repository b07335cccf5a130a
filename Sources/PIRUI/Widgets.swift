import PIRText

/// A bordered panel with its title in the top edge; returns the inner rectangle.
public enum Panel {
    /// The room a title has in the top edge of a panel `width` wide.
    public static func titleRoom(_ width: Int) -> Int { max(0, width - 6) }

    /// A panel whose title is made of parts, fitted to the room (see `TitlePart.fit`).
    @discardableResult
    public static func draw(_ frame: inout Frame, _ rect: Rect, title parts: [TitlePart], focused: Bool, glyphs: Glyphs) -> Rect {
        draw(&frame, rect, title: TitlePart.fit(parts, to: titleRoom(rect.width), ellipsis: glyphs.ellipsis), focused: focused, glyphs: glyphs)
    }

    @discardableResult
    public static func draw(_ frame: inout Frame, _ rect: Rect, title: String, focused: Bool, glyphs: Glyphs) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let style = focused ? Style(.accent, [.bold]) : Style(.border)
        let h = String(repeating: glyphs.horizontal, count: rect.width - 2)
        frame.put(glyphs.topLeft + h + glyphs.topRight, x: rect.x, y: rect.y, style: style, limit: rect.maxX)
        frame.put(glyphs.bottomLeft + h + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style, limit: rect.maxX)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put(glyphs.vertical, x: rect.x, y: y, style: style)
            frame.put(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        if rect.width > 6 {
            let label = " " + TextLayout.truncate(title, to: titleRoom(rect.width), ellipsis: glyphs.ellipsis) + " "
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
public enum BulletBar {
    public static func draw(_ frame: inout Frame, x: Int, y: Int, width: Int, value: Double, target: Double?,
                            scale: Double, glyphs: Glyphs, dimmed: Bool = false) {
        guard width > 0, scale > 0 else { return }
        let eighths = Int((max(0, value) / scale * Double(width * 8)).rounded())
        let targetCell = target.map { min(width - 1, max(0, Int(($0 / scale * Double(width)).rounded()) - 1)) }
        for i in 0..<width {
            let fill = min(8, max(0, eighths - i * 8))
            let over = targetCell.map { i > $0 } ?? false
            let role: Role = dimmed ? .dim : (over ? .barOver : .bar)
            let glyph = fill == 0 ? glyphs.barEmpty : glyphs.eighths[fill]
            frame.put(glyph, x: x + i, y: y, style: Style(fill == 0 ? .dim : role))
        }
        if let t = targetCell {
            frame.put(glyphs.targetMarker, x: x + t, y: y, style: Style(.barTarget, [.bold]))
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
        let wrapped = Wrapper.wrap(cleaned, width: room)
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
    /// that a line break splits (the rest is marked on the next line).
    static func mark(_ frame: inout Frame, _ rect: Rect, lines: [StyledLine], index: Int, y: Int, term: String) {
        let text = Array(lines[index].map(\.text).joined())
        let previous = index > 0 ? Array(lines[index - 1].map(\.text).joined()) : []
        let next = index + 1 < lines.count ? Array(lines[index + 1].map(\.text).joined()) : []
        let needle = Array(term.lowercased())
        // search the line with its neighbours' ends so split matches count, then keep this line's part
        let lead = Array(previous.suffix(needle.count - 1)), tail = Array(next.prefix(needle.count - 1))
        let joined = (lead + text + tail).map { Character($0.lowercased()) }
        guard joined.count >= needle.count else { return }
        var marked = [Bool](repeating: false, count: text.count)
        var start = 0
        while start + needle.count <= joined.count {
            if Array(joined[start..<(start + needle.count)]) == needle {
                for k in start..<(start + needle.count) where k >= lead.count && k - lead.count < text.count { marked[k - lead.count] = true }
                start += needle.count
            } else { start += 1 }
        }
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
