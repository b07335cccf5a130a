import PIRModel

/// One thing a deck shows, in the words a presenter writes in a deck file (`outcome 3`,
/// `region africa`). The default deck is a list of these too, so a deck travels to followers as a
/// short list of entries and each side builds the slides from its own copy of the report.
public enum DeckEntry: Hashable, Sendable {
    case title
    /// The headline figures of the report.
    case overview
    /// Figure 15: results by region.
    case regions
    /// Results against target for the eight policy outcomes.
    case outcomes
    /// A policy outcome (1–8) or one enabling outcome (A–C).
    case outcome(String)
    /// The enabling outcomes A–C together.
    case enabling
    case indicator(String)
    case region(RegionID)
    case box(Int)
    /// Part I's budget and expenditure, and each policy outcome's budget against its expenditure.
    case budget
    /// Table 1.
    case trends
    /// Part III.
    case lessons
    case end

    /// What a deck file says for this entry; `parse` reads it back.
    public var text: String {
        switch self {
        case .title: return "title"
        case .overview: return "overview"
        case .regions: return "regions"
        case .outcomes: return "outcomes"
        case .outcome(let id): return "outcome \(id)"
        case .enabling: return "enabling"
        case .indicator(let code): return "indicator \(code)"
        case .region(let id): return "region \(id.rawValue)"
        case .box(let n): return "box \(n)"
        case .budget: return "budget"
        case .trends: return "trends"
        case .lessons: return "lessons"
        case .end: return "end"
        }
    }

    /// The vocabulary, for error messages.
    public static let vocabulary = "title, overview, regions, outcomes, outcome N, enabling, indicator CODE, region NAME, box N, budget, trends, lessons, end"

    /// The default deck: title; headline figures; results by region; results against target; one
    /// slide per policy outcome; the enabling outcomes; trends; lessons; end.
    public static func defaultDeck(_ report: Report) -> [DeckEntry] {
        [.title, .overview, .regions, .outcomes] + report.outcomes.filter(\.isPolicy).map { .outcome($0.id) }
            + [.enabling, .trends, .lessons, .end]
    }

    /// Reads one entry, checked against the report: `outcome 9` is refused here, not on the slide.
    /// The error says what is wrong in a few words, for `DeckFile` to prefix with file and line.
    public static func parse(_ raw: String, report: Report) -> Result<DeckEntry, DeckEntryError> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let keyword = words.first?.lowercased() else { return .failure(.init("empty entry")) }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        func noArgument(_ entry: DeckEntry) -> Result<DeckEntry, DeckEntryError> {
            argument.isEmpty ? .success(entry) : .failure(.init("\"\(keyword)\" takes nothing after it, found \"\(argument)\""))
        }
        func needArgument(_ what: String) -> DeckEntryError { .init("\"\(keyword)\" needs \(what), e.g. \"\(keyword) \(example(keyword))\"") }
        switch keyword {
        case "title": return noArgument(.title)
        case "overview", "headlines": return noArgument(.overview)
        case "regions": return noArgument(.regions)
        case "outcomes", "targets": return noArgument(.outcomes)
        case "enabling": return noArgument(.enabling)
        case "budget": return noArgument(.budget)
        case "trends": return noArgument(.trends)
        case "lessons": return noArgument(.lessons)
        case "end": return noArgument(.end)
        case "outcome":
            guard !argument.isEmpty else { return .failure(needArgument("an outcome (1–8, A–C)")) }
            guard let outcome = report.outcome(argument) else {
                let ids = report.outcomes.map(\.id).joined(separator: ", ")
                return .failure(.init("no outcome \"\(argument)\" in the report (outcomes are \(ids))"))
            }
            return .success(.outcome(outcome.id))
        case "indicator":
            guard !argument.isEmpty else { return .failure(needArgument("an indicator code")) }
            guard let (_, _, indicator) = report.indicator(argument) else {
                return .failure(.init("no indicator \"\(argument)\" in the report (codes look like 3.1.2 or A.1.1)"))
            }
            return .success(.indicator(indicator.code))
        case "region":
            guard !argument.isEmpty else { return .failure(needArgument("a region")) }
            guard let region = report.region(named: argument) else {
                let names = report.regions.map(\.id.rawValue).joined(separator: ", ")
                return .failure(.init("no region \"\(argument)\" in the report (regions are \(names))"))
            }
            return .success(.region(region.id))
        case "box", "专栏":
            guard !argument.isEmpty else { return .failure(needArgument("a box number")) }
            guard let n = Int(argument), report.box(n) != nil else {
                let count = report.boxes.count
                return .failure(.init("no box \"\(argument)\" in the report (boxes are 1–\(count))"))
            }
            return .success(.box(n))
        default:
            return .failure(.init("unknown entry \"\(text)\"; expected one of: \(vocabulary)"))
        }
    }

    static func example(_ keyword: String) -> String {
        switch keyword {
        case "outcome": return "3"
        case "indicator": return "3.1.2"
        case "region": return "africa"
        default: return "15"
        }
    }
}

/// Why a deck entry was refused, in a few words.
public struct DeckEntryError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A deck as a presenter wrote it: entries in order, each with optional speaker notes.
public struct DeckSpec: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var entry: DeckEntry
        public var notes: String?
        public init(_ entry: DeckEntry, notes: String? = nil) { self.entry = entry; self.notes = notes }
    }
    /// A title for the footer and the title slide's caption; nil keeps the report's title.
    public var title: String?
    public var items: [Item]
    public init(title: String? = nil, items: [Item]) { self.title = title; self.items = items }

    public static func standard(_ report: Report) -> DeckSpec {
        DeckSpec(items: DeckEntry.defaultDeck(report).map { Item($0) })
    }
}
