import Foundation

/// What a presenter tells followers, one JSON object per line on the socket.
///
/// A follower first gets `hello` — the deck as a list of entries (`outcome 3`) with their notes —
/// and builds the slides from its own copy of the report, so each follower lays them out for its
/// own terminal. Then a `state` after every change: slide, step, blank. Only the newest state
/// matters, which is what lets the presenter drop states a slow follower has not read yet.
///
/// Nothing here is text as the presenter sees it: positions, deck entries and node names, so each
/// follower renders in its own language (`pir follow --lang`) whatever the presenter's.
public struct ShareMessage: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case hello, state, bye }
    public var type: Kind
    public var hello: Hello?
    public var state: ShareState?

    public static let version = 1

    public static func hello(_ hello: Hello) -> ShareMessage { ShareMessage(type: .hello, hello: hello) }
    public static func state(_ state: ShareState) -> ShareMessage { ShareMessage(type: .state, state: state) }
    public static let bye = ShareMessage(type: .bye)

    /// One line of JSON, newline-terminated.
    public func line() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    public init(type: Kind, hello: Hello? = nil, state: ShareState? = nil) {
        self.type = type
        self.hello = hello
        self.state = state
    }
}

public struct Hello: Codable, Sendable, Equatable {
    public var version: Int
    /// The deck's title, when the presenter's deck file gives one.
    public var title: String?
    /// Deck entries in the words of a deck file: `overview`, `outcome 3`, `box 15`.
    public var entries: [String]
    /// Speaker notes per entry from the presenter's deck file (for `pir present --notes`); nil where
    /// the slide carries the report's own sentence, which a follower takes from its own report.
    public var notes: [String?]
    /// The presenter's slide titles, always as built in Chinese: a follower whose report differs
    /// says so instead of showing other slides.
    public var titles: [String]

    public init(title: String?, entries: [String], notes: [String?], titles: [String]) {
        version = ShareMessage.version
        self.title = title
        self.entries = entries
        self.notes = notes
        self.titles = titles
    }
}

public struct ShareState: Codable, Sendable, Equatable {
    public var slide: Int
    public var step: Int
    public var blank: Bool
    /// When the presenter started, seconds since 1970: followers run the same timer.
    public var startedAt: Double
    /// What the presenter is looking at in the explorer, while drilled in, as a node's words
    /// (`indicator 3.1.2`, `region africa indicator 3.1.2`): each follower labels it in its language.
    public var exploring: String?

    public init(slide: Int, step: Int, blank: Bool, startedAt: Double, exploring: String?) {
        self.slide = slide
        self.step = step
        self.blank = blank
        self.startedAt = startedAt
        self.exploring = exploring
    }
}

/// Splits a byte stream into messages; a follower feeds it whatever `read` returned.
public struct MessageReader: Sendable {
    var buffer = Data()
    /// A line longer than this is not from a presenter: the connection is dropped.
    public static let maxLine = 1 << 20

    public init() {}

    public enum Failure: Error, Equatable { case tooLong, malformed(String) }

    public mutating func feed(_ bytes: Data) throws(Failure) -> [ShareMessage] {
        buffer.append(bytes)
        var out: [ShareMessage] = []
        while let newline = buffer.firstIndex(of: 0x0A) {
            let line = buffer[buffer.startIndex..<newline]
            buffer = Data(buffer[(newline + 1)...])
            if line.isEmpty { continue }
            do {
                out.append(try JSONDecoder().decode(ShareMessage.self, from: Data(line)))
            } catch {
                throw .malformed(String(decoding: line.prefix(80), as: UTF8.self))
            }
        }
        if buffer.count > Self.maxLine { throw .tooLong }
        return out
    }
}
