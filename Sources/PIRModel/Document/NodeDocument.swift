/// What a report node says, once, before anyone lays it out: headings, paragraphs with their
/// footnote references, figures already written by `Figures` (with units), tables, lists,
/// quotations with attribution, boxes, and the notes the node cites. `NodeDocuments` builds one
/// per node (outcome, output, indicator, region, box, chapter, the headline figures, a budget
/// table); the explorer's detail pane, `pir show` and the Markdown export only draw it, so the
/// three print the same words, figures and notes. Built on demand for the node asked for, never
/// for the whole report at start.
public struct NodeDocument: Sendable, Equatable {
    public var blocks: [DocumentBlock] = []
    /// The notes the node's text refers to (or its section's own), listed at its end.
    public var footnotes: [Footnote] = []
    /// Where the report points for more (URLs), listed after the notes.
    public var links: [String] = []

    public init(blocks: [DocumentBlock] = [], footnotes: [Footnote] = [], links: [String] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.links = links
    }

    mutating func add(_ block: DocumentBlock) { blocks.append(block) }

    /// Every text of the document in order, as plain words: what the footnotes are collected from.
    var texts: [String] { blocks.flatMap(\.texts) }
}

/// A run of text with its footnote references kept apart from the words, so each renderer prints
/// a reference its own way (`⁵`, `[5]`) and never as the stored `[^5]`.
public struct Inline: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        case text(String)
        case reference(Int)
    }
    public var pieces: [Piece]

    /// `text` as stored in the dataset, its `[^5]` markup read as references.
    public init(_ text: String) {
        pieces = Footnotes.spans(text[...]).map { span in
            switch span {
            case .text(let s): return .text(String(s))
            case .reference(let n, _): return .reference(n)
            }
        }
    }

    public init(pieces: [Piece]) { self.pieces = pieces }

    /// The text with each reference printed in `style`.
    public func rendered(_ style: FootnoteStyle) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let s): return s
            case .reference(let n): return Footnotes.reference(n, style)
            }
        }.joined()
    }

    /// The words alone.
    public var words: String { pieces.map { if case .text(let s) = $0 { s } else { "" } }.joined() }

    public var references: [Int] { pieces.compactMap { if case .reference(let n) = $0 { n } else { nil } } }

    public static func + (a: Inline, b: Inline) -> Inline { Inline(pieces: a.pieces + b.pieces) }
}

/// How a paragraph reads: the report's own text, or pir's notes around it.
public enum DocumentTone: Sendable, Equatable {
    /// The report's text (marked `[中文]` in English mode by the builder).
    case normal
    /// Secondary: a subtitle, a source line, a unit, an explanation of a table.
    case quiet
    /// A caution about the source (a quirk of the PDF).
    case caution
    /// A line that names what the node is in its context (an indicator in a region).
    case emphasis
    /// A heading inside the report's own text (it may carry a footnote reference).
    case heading
}

/// A figure and what it is: `target 25`, `result 45 cases`.
public struct LabelledFigure: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table: cells already written (figures by `Figures`); `numeric` columns are right-aligned;
/// `bars` (one per row, optional) are drawn by the terminal after the row and left out in text,
/// where the figure says the same.
public struct DocumentTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    /// In a list, not a set: a page has a few columns, and the first `Set<Int>` of a process
    /// costs `pir show` a generic metadata instantiation and conformance look-ups.
    public var numeric: [Int]
    /// Column the terminal may cut to fit (the longest text column); the others keep their width.
    public var flexible: Int?
    public var bars: [Bar]?

    public struct Bar: Sendable, Equatable {
        public var value: Double
        public var target: Double?
        public var scale: Double
        public init(value: Double, target: Double?, scale: Double) {
            self.value = value
            self.target = target
            self.scale = scale
        }
    }

    public init(header: [String], rows: [[String]], numeric: [Int] = [], flexible: Int? = nil, bars: [Bar]? = nil) {
        self.header = header
        self.rows = rows
        self.numeric = numeric
        self.flexible = flexible
        self.bars = bars
    }
}

public indirect enum DocumentBlock: Sendable, Equatable {
    /// The node's own heading, and lines under it (the other language's title, where it sits).
    case title(String, subtitles: [String])
    /// A section heading; `anchor` names the place (`budget`, `contributions`) a view can open at.
    case heading(String, anchor: String?)
    case paragraph(Inline, tone: DocumentTone)
    /// Figures on one line (`target 25 · result 45 · 180% of target`).
    case figures([LabelledFigure])
    /// Whether a target was met, in words (`达到目标` / `target met`).
    case status(met: Bool, text: String)
    case table(DocumentTable)
    /// A list; `highlight` for the report's ► highlights, else bullets.
    case list([Inline], highlight: Bool)
    /// A quotation and who said it.
    case quote(Inline, attribution: String?)
    /// A figure or table the report prints, by its caption (`图 5. …`), with what it holds.
    case caption(String, [DocumentBlock])
    /// A box: its number (the anchor `box:N`), its heading and what it holds, drawn framed.
    case box(Int, String, [DocumentBlock])
    case photo(Inline)
    /// Blocks set in under the one before (an enabling indicator's target and result under it).
    case indented([DocumentBlock])
    /// A measure's bar: the terminal draws it, text leaves it out (the figures are on the line above).
    case bar(DocumentTable.Bar)

    var texts: [String] {
        switch self {
        case .title(let t, let subs): return [t] + subs
        case .heading(let t, _): return [t]
        case .paragraph(let i, _), .photo(let i): return [i.words]
        case .figures(let f): return f.flatMap { [$0.label, $0.value] }
        case .status(_, let t): return [t]
        case .table(let t): return t.header + t.rows.flatMap { $0 }
        case .list(let items, _): return items.map(\.words)
        case .quote(let i, let a): return [i.words] + (a.map { [$0] } ?? [])
        case .caption(let t, let inner), .box(_, let t, let inner): return [t] + inner.flatMap(\.texts)
        case .indented(let inner): return inner.flatMap(\.texts)
        case .bar: return []
        }
    }

    /// The footnote numbers this block's text refers to, in order.
    var references: [Int] {
        switch self {
        case .paragraph(let i, _), .photo(let i), .quote(let i, _): return i.references
        case .list(let items, _): return items.flatMap(\.references)
        case .caption(_, let inner), .box(_, _, let inner), .indented(let inner): return inner.flatMap(\.references)
        default: return []
        }
    }
}
