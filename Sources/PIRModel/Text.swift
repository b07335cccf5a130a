/// One unit of narrative. A flat struct rather than an enum with payloads keeps the JSON
/// reviewable (`{"kind": "paragraph", "text": …}`) and the decoder's error paths short.
///
/// In memory, the fields few blocks have (an English label, a box number, a figure label, a
/// source, nested blocks) live out of line in `rare`, empty for a plain paragraph: a block is 48
/// bytes instead of 144. At 100 times the report (44,000 blocks, 5,600 of them with any rare
/// field) that is some 3 MB less of the explorer's peak memory. The properties read and write as
/// stored ones.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `quote`: a quotation's `text` as printed, with its marks where the report prints them
        /// (box 3's statements) and without where it sets the quotation apart instead (Part III).
        case paragraph, bullet, highlight, heading, quote, figure, box
        /// A photograph's caption (`text`), as printed beside the photo; the photos themselves are
        /// not in the data, but their captions are report text a reader may search for.
        case photo
    }
    public var kind: Kind
    public var text: String?
    /// Box title, figure title.
    public var title: String?
    /// The rare fields below, when the block has any of them: one element, else none (an empty
    /// array takes no memory of its own); never one element with all of them nil, so `==` holds.
    private var rare: [Rare]

    /// English label (the ILO's official wording where `official`); nil falls back to Chinese, marked.
    public var en: EnglishLabel? {
        get { rare.first?.en }
        set { updateRare { $0.en = newValue } }
    }
    /// Box number (专栏 N).
    public var box: Int? {
        get { rare.first?.box }
        set { updateRare { $0.box = newValue } }
    }
    /// Figure or table label as printed ("10", "表 2", "I.3").
    public var figure: String? {
        get { rare.first?.figure }
        set { updateRare { $0.figure = newValue } }
    }
    /// A quotation's attribution as printed under it: `资料来源：…` under Part III's citations,
    /// the bare speaker under box 3's statements.
    public var source: String? {
        get { rare.first?.source }
        set { updateRare { $0.source = newValue } }
    }
    /// A box's content, or a figure's structured content.
    public var blocks: [Block]? {
        get { rare.first?.blocks }
        set { updateRare { $0.blocks = newValue } }
    }

    public init(kind: Kind, text: String? = nil, title: String? = nil, box: Int? = nil,
                figure: String? = nil, source: String? = nil, blocks: [Block]? = nil) {
        self.kind = kind
        self.text = text
        self.title = title
        let rare = Rare(box: box, figure: figure, source: source, blocks: blocks)
        self.rare = rare.isEmpty ? [] : [rare]
    }

    /// The fields few blocks have.
    struct Rare: Sendable, Equatable {
        var en: EnglishLabel?
        var box: Int?
        var figure: String?
        var source: String?
        var blocks: [Block]?

        var isEmpty: Bool { en == nil && box == nil && figure == nil && source == nil && blocks == nil }
    }

    private mutating func updateRare(_ change: (inout Rare) -> Void) {
        var updated = rare.first ?? Rare()
        change(&updated)
        rare = updated.isEmpty ? [] : [updated]
    }
}

/// The JSON form `Codable` would synthesise for the fields as declared before `rare`: the same keys
/// in the same order, optional fields left out when nil, decoded (and refused) in the same order.
extension Block: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, en, text, title, box, figure, source, blocks
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let en = try container.decodeIfPresent(EnglishLabel.self, forKey: .en)
        let text = try container.decodeIfPresent(String.self, forKey: .text)
        let title = try container.decodeIfPresent(String.self, forKey: .title)
        let box = try container.decodeIfPresent(Int.self, forKey: .box)
        let figure = try container.decodeIfPresent(String.self, forKey: .figure)
        let source = try container.decodeIfPresent(String.self, forKey: .source)
        let blocks = try container.decodeIfPresent([Block].self, forKey: .blocks)
        self.init(kind: kind, text: text, title: title, box: box, figure: figure, source: source, blocks: blocks)
        self.en = en
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(en, forKey: .en)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(box, forKey: .box)
        try container.encodeIfPresent(figure, forKey: .figure)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(blocks, forKey: .blocks)
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
