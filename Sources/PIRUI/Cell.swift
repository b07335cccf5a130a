import PIRBasics

/// One terminal cell. A wide character occupies its cell and marks the next as a continuation
/// (`text` empty, `width` 0), the way ratatui's Buffer does, so a diff never splits it.
///
/// Eight bytes that hold no reference (issue 18): a character of one Unicode scalar — nearly
/// every cell's — is kept as that scalar, a longer cluster (a base with combining marks, an emoji
/// sequence) as its number in `Clusters`. A frame of 12,000 cells at 200×60 is then made, compared
/// and freed without a string retained, released or compared per cell, and is a third of the
/// memory a key's render and diff walk through.
public struct Cell: Hashable, Sendable {
    /// The scalar's value; `Cell.clustered` plus a number in `Clusters`; 0 for no text.
    var code: UInt32
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style) {
        self.code = Self.code(of: text)
        self.width = width
        self.style = style
    }

    init(code: UInt32, width: UInt8, style: Style) {
        self.code = code
        self.width = width
        self.style = style
    }

    init(_ character: Character, width: UInt8, style: Style) {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.value != 0 {
            code = only.value
        } else {
            code = Clusters.shared.code(String(character))
        }
        self.width = width
        self.style = style
    }

    public var text: String {
        get {
            if code == 0 { return "" }
            if code & Self.clustered != 0 { return Clusters.shared.text(code) }
            return Unicode.Scalar(code).map { String(Character($0)) } ?? ""
        }
        set { code = Self.code(of: newValue) }
    }

    /// The character's one scalar (nil for a cluster or no text): what a terminal is sent,
    /// without making the string.
    public var scalar: UInt32? { code != 0 && code & Self.clustered == 0 ? code : nil }

    static let clustered: UInt32 = 0x8000_0000

    static func code(of text: String) -> UInt32 {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        if scalars.next() == nil, first.value != 0 { return first.value }
        return Clusters.shared.code(text)
    }

    public static let blank = Cell(text: " ", width: 1, style: .normal)
    public static let continuation = Cell(text: "", width: 0, style: .normal)
}

/// The clusters of more than one scalar that cells have held, each with its number, for the
/// program's life: the report's and a deck's text have a few dozen. Past `capacity` (text built
/// to fill it) a cluster is kept as its first scalar, which is what a terminal without the font
/// for the sequence shows.
final class Clusters: @unchecked Sendable {  // every access holds `lock`
    static let shared = Clusters()
    static let capacity = 1 << 20

    private var numbers: [[UInt8]: UInt32] = [:]
    private var texts: [String] = []
    private let lock = Lock()

    private init() {}

    /// The cluster's code in a cell (`Cell.clustered` and its number), by its exact bytes: two
    /// spellings of one character stay two, as the terminal is sent what was drawn.
    func code(_ text: String) -> UInt32 {
        let bytes = Array(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[bytes] { return Cell.clustered | known }
        guard texts.count < Self.capacity else { return text.unicodeScalars.first.map { $0.value == 0 ? 0x20 : $0.value } ?? 0 }
        let number = UInt32(texts.count)
        texts.append(text)
        numbers[bytes] = number
        return Cell.clustered | number
    }

    func text(_ code: UInt32) -> String {
        let number = Int(code & ~Cell.clustered)
        lock.lock()
        defer { lock.unlock() }
        return number < texts.count ? texts[number] : ""
    }
}
