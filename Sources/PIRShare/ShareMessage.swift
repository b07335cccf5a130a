#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics

/// What a presenter tells followers, one JSON object per line on the socket.
///
/// A follower first gets `hello` — the deck as a list of entries (`outcome 3`) with their notes —
/// and builds the slides from its own copy of the report, so each follower lays them out for its
/// own terminal. Then a `state` after every change: slide, step, blank. Only the newest state
/// matters, which is what lets the presenter drop states a slow follower has not read yet.
///
/// Nothing here is text as the presenter sees it: positions, deck entries and node names, so each
/// follower renders in its own language (`pir follow --lang`) whatever the presenter's.
///
/// A follower cannot know who is at the other end until it has checked, and a message may come
/// from an older or broken presenter: decoding range-checks every number and count (`ShareLimits`),
/// so a follower's session only ever sees values it can use without a check of its own.
public struct ShareMessage: Codable, Sendable, Equatable {
    /// `full`: the presenter has as many followers as it takes, said before it closes the connection.
    public enum Kind: String, Codable, Sendable { case hello, state, bye, full }
    public var type: Kind
    public var hello: Hello?
    public var state: ShareState?

    public static let version = 1

    public static func hello(_ hello: Hello) -> ShareMessage { ShareMessage(type: .hello, hello: hello) }
    public static func state(_ state: ShareState) -> ShareMessage { ShareMessage(type: .state, state: state) }
    public static let bye = ShareMessage(type: .bye)
    public static let full = ShareMessage(type: .full)

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

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        entries = try c.decode([String].self, forKey: .entries)
        notes = try c.decode([String?].self, forKey: .notes)
        titles = try c.decode([String].self, forKey: .titles)
        if let problem = ShareLimits.problem(with: self) {
            throw DecodingError.dataCorruptedError(forKey: .entries, in: c, debugDescription: problem)
        }
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

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func index(_ key: CodingKeys) throws -> Int {
            let value = try c.decode(Int.self, forKey: key)
            guard ShareLimits.index.contains(value) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(value) is outside \(ShareLimits.index)")
            }
            return value
        }
        slide = try index(.slide)
        step = try index(.step)
        blank = try c.decode(Bool.self, forKey: .blank)
        startedAt = try c.decode(Double.self, forKey: .startedAt)
        guard ShareLimits.startedAt.contains(startedAt) else {
            throw DecodingError.dataCorruptedError(forKey: .startedAt, in: c, debugDescription: "\(startedAt) is not a time between 1970 and 2100")
        }
        exploring = try c.decodeIfPresent(String.self, forKey: .exploring)
        if let exploring, exploring.utf8.count > ShareLimits.word {
            throw DecodingError.dataCorruptedError(forKey: .exploring, in: c, debugDescription: "longer than \(ShareLimits.word) bytes")
        }
    }
}

/// What one message may hold, the same on both sides: a presenter refuses to share a deck whose
/// announcement is over them (`problem(with:)` and `maxLine`, before the terminal is taken), and a
/// follower drops a connection that sends anything over them.
public enum ShareLimits {
    /// The longest message, in bytes without its newline. A deck's announcement (`hello`) is the
    /// longest: about 200 bytes a slide with its title, so this carries decks of thousands of
    /// slides, and a follower never holds more than this of a presenter's unfinished line.
    public static let maxLine = 1 << 20
    /// The most entries an announcement may list: each is built into a slide on every follower, and
    /// a deck has at most `DeckLimits.maxSlides` (500) — the same value, held equal by a test
    /// (PIRShare does not see PIRUI) — so what a follower builds stays inside the deck limits.
    public static let maxEntries = 500
    /// Slide and step numbers: indexes, never negative, and far below anything that overflows.
    public static let index = 0...1_000_000
    /// `startedAt`, seconds since 1970: a presenter's clock is between 1970 and 2100.
    public static let startedAt = 0.0...4_102_444_800.0
    /// A deck entry or a node's words (`region africa indicator 3.1.2`), in bytes.
    public static let word = 256

    /// Why a hello is over the limits, or nil.
    public static func problem(with hello: Hello) -> String? {
        if hello.entries.count > maxEntries { return "\(hello.entries.count) entries, over the limit of \(maxEntries)" }
        if hello.notes.count > hello.entries.count { return "\(hello.notes.count) notes for \(hello.entries.count) entries" }
        if hello.titles.count > maxEntries { return "\(hello.titles.count) slide titles, over the limit of \(maxEntries)" }
        if let long = hello.entries.first(where: { $0.utf8.count > word }) { return "an entry of \(long.utf8.count) bytes, over \(word)" }
        return nil
    }

    /// Why a presenter cannot share this deck, as the one line `present --share` says, or nil.
    public static func problem(sharing hello: Hello) -> String? {
        if let problem = problem(with: hello) { return "this deck cannot be shared: \(problem)" }
        let size = ShareMessage.hello(hello).line().count - 1
        guard size > maxLine else { return nil }
        return "this deck cannot be shared: followers are told the deck in one message of \(size) bytes (\(hello.entries.count) entries),"
            + " over the limit of \(maxLine) bytes (1 MiB); share a shorter deck"
    }
}

/// Splits a byte stream into messages; a follower feeds it whatever `read` returned.
public struct MessageReader: Sendable {
    var buffer = Data()
    /// A line longer than this is not one a presenter sends: the connection is dropped.
    public static let maxLine = ShareLimits.maxLine

    public init() {}

    /// `malformed` says why, in words safe to show (never the peer's bytes).
    public enum Failure: Error, Equatable { case tooLong, malformed(String) }

    /// How much of `buffer` is known to hold no newline: a long line is scanned once, not per read.
    var scanned = 0

    public mutating func feed(_ bytes: Data) throws(Failure) -> [ShareMessage] {
        buffer.append(bytes)
        var out: [ShareMessage] = []
        while let newline = buffer[(buffer.startIndex + scanned)...].firstIndex(of: 0x0A) {
            let line = buffer[buffer.startIndex..<newline]
            buffer = Data(buffer[(newline + 1)...])
            scanned = 0
            if line.isEmpty { continue }
            if line.count > Self.maxLine { throw .tooLong }
            do {
                out.append(try JSONDecoder().decode(ShareMessage.self, from: Data(line)))
            } catch let DecodingError.dataCorrupted(context) {
                throw .malformed(Self.describe(context))
            } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context), let DecodingError.keyNotFound(_, context) {
                throw .malformed(Self.describe(context))
            } catch {
                throw .malformed("not a message pir understands")
            }
        }
        scanned = buffer.count
        if buffer.count > Self.maxLine { throw .tooLong }
        return out
    }
}

extension MessageReader {
    /// `state.startedAt: 1e+308 is not a time between 1970 and 2100`: where and what, without the
    /// decoder's quotes of the peer's text.
    static func describe(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return ShareText.inert((path.isEmpty ? "" : path + ": ") + context.debugDescription, limit: 120)
    }
}
