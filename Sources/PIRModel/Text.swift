/// One unit of narrative. A flat struct rather than an enum with payloads keeps the JSON
/// reviewable (`{"kind": "paragraph", "text": …}`) and the decoder's error paths short.
public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `quote`: a quotation's `text` as printed, with its marks where the report prints them
        /// (box 3's statements) and without where it sets the quotation apart instead (Part III).
        case paragraph, bullet, highlight, heading, quote, figure, box
        /// A photograph's caption (`text`), as printed beside the photo; the photos themselves are
        /// not in the data, but their captions are report text a reader may search for.
        case photo
    }
    public var kind: Kind
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var text: String?
    /// Box title, figure title.
    public var title: String?
    /// Box number (专栏 N).
    public var box: Int?
    /// Figure or table label as printed ("10", "表 2", "I.3").
    public var figure: String?
    /// A quotation's attribution as printed under it: `资料来源：…` under Part III's citations,
    /// the bare speaker under box 3's statements.
    public var source: String?
    /// A box's content, or a figure's structured content.
    public var blocks: [Block]?

    public init(kind: Kind, text: String? = nil, title: String? = nil, box: Int? = nil,
                figure: String? = nil, source: String? = nil, blocks: [Block]? = nil) {
        self.kind = kind
        self.text = text
        self.title = title
        self.box = box
        self.figure = figure
        self.source = source
        self.blocks = blocks
    }
}

public struct Footnote: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
}

/// A section of the report outside the outcome chapters.
public struct Chapter: Codable, Sendable, Equatable {
    public enum Part: String, Codable, Sendable {
        case front, I, II, III, appendix
    }
    public var id: String
    public var part: Part
    public var title: String
    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel?
    public var blocks: [Block]
    public var footnotes: [Footnote]
    public var links: [String]
    /// Oddities of the source kept as printed, each said once here rather than silently fixed.
    public var quirks: [String]
}
