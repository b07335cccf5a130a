/// An English label beside a Chinese one, for meetings where not everyone reads Chinese.
public struct EnglishLabel: Codable, Sendable, Equatable, Hashable {
    public var text: String
    /// True when `text` is the ILO's own wording (Programme and Budget 2020–21), false when it is
    /// pir's translation of the Chinese.
    public var official: Bool
    /// Where an official wording was taken from.
    public var source: String?

    public init(text: String, official: Bool, source: String? = nil) {
        self.text = text
        self.official = official
        self.source = source
    }
}

/// The language structural labels and the interface are shown in. Narrative stays Chinese.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en

    /// One of a datum the dataset gives in each language (a region's or a country's name, the
    /// report's title). Never for the interface's own words: those are in the string table
    /// (`Strings`), and `InterfaceStringTests` fails on a `pick` given a literal.
    @inlinable public func pick(_ zh: String, _ en: String) -> String { self == .en ? en : zh }

    /// `en` when it is there, else the Chinese marked so a missing translation is never silent.
    public func label(_ zh: String, _ en: EnglishLabel?) -> String {
        switch self {
        case .zh: return zh
        case .en: return en.map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? narrativeMark + zh
        }
    }
}
