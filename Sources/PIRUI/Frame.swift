import PIRText

/// What a cell means, not how it looks: themes map roles to colours and attributes, so the UI core
/// never mentions a colour and `mono` or `NO_COLOR` need no special cases here.
public enum Role: UInt8, Sendable, CaseIterable {
    case normal, dim, title, heading, border, selection, selectionInactive, key, status,
         good, bad, warn, bar, barTarget, barOver, match, accent, code
}

/// Attributes that carry meaning on a monochrome terminal too.
public struct Emphasis: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Emphasis(rawValue: 1)
    public static let underline = Emphasis(rawValue: 2)
    public static let reverse = Emphasis(rawValue: 4)
    public static let dim = Emphasis(rawValue: 8)
}

public struct Style: Hashable, Sendable {
    public var role: Role
    public var emphasis: Emphasis
    /// On the focused list's selected row: the theme draws the row's band behind the cell and keeps
    /// the role's own colour where it means something (a bar, its target mark, a ✓), so a selected
    /// bar keeps its length instead of being inverted into a misleading one.
    public var selected = false
    public init(_ role: Role = .normal, _ emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }
    public static let normal = Style()

    /// A number for each style, below `Style.count`: for a table of what each looks like.
    public var index: Int { (Int(role.rawValue) << 5) | (Int(emphasis.rawValue & 0x0F) << 1) | (selected ? 1 : 0) }
    public static let count = Role.allCases.count << 5
}

public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var description: String { "\(width)x\(height)+\(x)+\(y)" }

    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    /// Splits off `n` rows at the top.
    public func top(_ n: Int) -> (Rect, Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }
    public func bottom(_ n: Int) -> (Rect, Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: height - n), Rect(x: x, y: maxY - n, width: width, height: n))
    }
    public func left(_ n: Int) -> (Rect, Rect) {
        let n = min(max(0, n), width)
        return (Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height))
    }
}

/// The off-screen grid every view draws into. The terminal backend copies it to the screen and lets
/// ncurses send only what changed; tests read it back as text.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (e.g. in a search prompt); nil hides it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal, with character: Character = " ") {
        let clipped = rect.intersection(bounds)
        guard !clipped.isEmpty else { return }
        let cell = Cell(character, width: 1, style: style)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { self[x, y] = cell }
        }
        repairEdges(clipped)
    }

    /// Clears the cells an overlay's box covers and nothing else: the panes' borders and the text
    /// beside the box stay as they were, and a wide character the box's edge cuts becomes a space
    /// (`fill` repairs the edges).
    public mutating func cover(_ rect: Rect, style: Style = .normal) {
        fill(rect, style: style)
    }

    /// Writes `text` at (x, y), clipped to `limit` (default: the frame's right edge). Returns the
    /// cells written. A wide character that would straddle the limit is replaced by a space; text is
    /// sanitised first, so nothing in the data can reach the terminal as a control sequence.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(limit ?? width, width)
        let clean = Sanitizer.clean(text)
        var col = x
        if clean.unicodeScalars.allSatisfy({ Self.standsAlone($0.value) }) {
            // every scalar a character of its own (CJK, Latin, punctuation, box lines: nearly all
            // text): walked by scalar, as breaking it into grapheme clusters, comparing each with a
            // line feed and measuring it was most of a put (issue 18, callgrind of a session)
            for scalar in clean.unicodeScalars {
                let w = DisplayWidth.of(scalar)
                // a combining mark with no base in this string: show nothing rather than merge into a border
                if w == 0 { continue }
                if !place(Cell(code: scalar.value, width: UInt8(w), style: style), at: &col, y: y, end: end) { break }
            }
            return max(0, col - x)
        }
        for character in clean {
            if character == "\n" { break }
            let w = character.cellWidth
            if w == 0 { continue }
            if !place(Cell(character, width: UInt8(w), style: style), at: &col, y: y, end: end) { break }
        }
        return max(0, col - x)
    }

    /// One character of `put` at `col`, which moves past it; false, with a space in the last
    /// cell if the character is wide, once the text has reached `end`.
    private mutating func place(_ cell: Cell, at col: inout Int, y: Int, end: Int) -> Bool {
        let w = Int(cell.width)
        if col + w > end {
            if col < end, col >= 0 { self[col, y] = Cell(code: 0x20, width: 1, style: cell.style); col += 1 }
            return false
        }
        if col >= 0 {
            clearWide(at: col, y: y)
            self[col, y] = cell
            if w == 2 {
                clearWide(at: col + 1, y: y)
                self[col + 1, y] = Cell(code: 0, width: 0, style: cell.style)
            }
        }
        col += w
        return true
    }

    /// A scalar that is a character on its own whatever surrounds it (`Wrapper.isStandalone`, less
    /// the half-width kana sound marks, which join the kana before them).
    static func standsAlone(_ v: UInt32) -> Bool {
        Wrapper.isStandalone(v) && !(0xFF9E...0xFF9F).contains(v)
    }

    /// Writes `text` fitted to `width` cells from x: where it does not fit it is cut with an
    /// ellipsis (`TextLayout.truncate`), never silently at the edge. Returns the cells written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, style: Style = .normal, ellipsis: String = "…") -> Int {
        guard width > 0 else { return 0 }
        return put(TextLayout.truncate(Sanitizer.clean(text), to: width, ellipsis: ellipsis), x: x, y: y, style: style, limit: x + width)
    }

    /// Overwriting half of a wide character must not leave the other half dangling.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let cell = self[x, y]
        if cell.width == 0, x > 0, self[x - 1, y].width == 2 {
            self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
        } else if cell.width == 2, x + 1 < width {
            self[x + 1, y] = Cell(text: " ", width: 1, style: cell.style)
        }
    }

    private mutating func repairEdges(_ rect: Rect) {
        for y in rect.y..<rect.maxY {
            if rect.x > 0, self[rect.x - 1, y].width == 2 { self[rect.x - 1, y] = Cell(text: " ", width: 1, style: self[rect.x - 1, y].style) }
            if rect.maxX < width, self[rect.maxX, y].width == 0 { self[rect.maxX, y] = Cell(text: " ", width: 1, style: self[rect.maxX, y].style) }
        }
    }

    /// Restyles the cells of a rectangle (e.g. a selection bar) without changing their text.
    public mutating func style(_ rect: Rect, _ style: Style) {
        let clipped = rect.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { self[x, y].style = style }
        }
    }

    /// The cells (as indices into `cells`) that differ from `old`'s, every one when `old` is nil or
    /// of another size: what a terminal must be sent. A cell is eight bytes (its character's
    /// scalar or cluster number, width and look), so they are compared as such, in place — the
    /// derived `==` over a string per cell was most of a row move's diff at 200×60, where 11,000
    /// cells of 12,000 are unchanged (issue 18, callgrind of a session).
    public func changedCells(since old: Frame?) -> [Int] {
        guard let old, old.width == width, old.height == height else { return Array(cells.indices) }
        var changed: [Int] = []
        cells.withUnsafeBufferPointer { new in
            old.cells.withUnsafeBufferPointer { old in
                guard let a = new.baseAddress, let b = old.baseAddress else { return }
                for i in 0..<new.count where a[i] != b[i] { changed.append(i) }
            }
        }
        return changed
    }

    /// Puts back what `cells(in:)` took of `rect`; false (and nothing changed) when the count of
    /// cells is not the rect's within this frame.
    mutating func paste(_ saved: [Cell], in rect: Rect) -> Bool {
        let r = rect.intersection(bounds)
        guard saved.count == r.width * r.height else { return false }
        for (row, y) in (r.y..<r.maxY).enumerated() {
            cells.replaceSubrange((y * width + r.x)..<(y * width + r.maxX), with: saved[(row * r.width)..<((row + 1) * r.width)])
        }
        return true
    }

    /// The frame as text, one string per row (what a terminal would show).
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where self[x, y].width > 0 { s += self[x, y].text }
            return s
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }
}

extension Rect {
    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
