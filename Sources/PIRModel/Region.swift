/// The five ILO regions, with the stable ids the CLI, the CSV header and `--data` files use.
public enum RegionID: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case africa
    case americas
    case arabStates = "arab_states"
    case asiaPacific = "asia_pacific"
    case europeCentralAsia = "europe_central_asia"
}

public struct Region: Codable, Sendable, Equatable {
    public var id: RegionID
    public var name: String
    public var nameEn: String
    /// Figure 15: results achieved in the region and its share of the 896.
    public var results: Int
    public var sharePercent: Double
    public var blocks: [Block]
    public var ratifications: RegionRatifications
    /// Box 5: the region's knowledge product on COVID-19 and the world of work.
    public var knowledgeProducts: [String]
    public var links: [String]
}

public struct RegionRatifications: Codable, Sendable, Equatable {
    public var memberStates: Int
    public var instruments: Int
    public var fundamental: Int?
    public var text: String
}

/// Results of one indicator by region. Decoded by hand so that an unknown region id or a value
/// that is not a non-negative number is reported with its exact JSON path.
///
/// Held inline, one slot per region, rather than as a dictionary: a dictionary of five entries
/// took some 200 bytes of its own, and at 100 times the report 5,700 indicators and splits hold one.
public struct RegionalResults: Codable, Sendable, Equatable {
    /// Per region (a bit per `RegionID.allCases` index): the cell is in the data, as a number or null.
    private var present: UInt8 = 0
    /// Per region: the cell is null ("-" in the report).
    private var null: UInt8 = 0
    /// The numbers of the present, non-null cells, by `RegionID.allCases` index.
    private var numbers: (Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0)

    /// `nil` where the report prints "-" (no regional breakdown) or leaves the cell out; as a
    /// dictionary, for building and reading the whole.
    public var values: [RegionID: Double?] {
        get {
            var out: [RegionID: Double?] = [:]
            for region in RegionID.allCases { if let cell = cell(region) { out[region] = cell } }
            return out
        }
        set {
            (present, null) = (0, 0)
            for (region, value) in newValue { set(region, value) }
        }
    }

    public init(_ values: [RegionID: Double?]) { self.values = values }

    init() {}

    public subscript(region: RegionID) -> Double? {
        cell(region) ?? nil
    }

    /// Nil when the region's cell is not in the data; `.some(nil)` when it is null.
    func cell(_ region: RegionID) -> Double?? {
        let bit = Self.bit(region)
        guard present & bit != 0 else { return nil }
        guard null & bit == 0 else { return .some(nil) }
        return withUnsafeBytes(of: numbers) { $0.load(fromByteOffset: Self.index(region) * 8, as: Double.self) }
    }

    /// Puts a cell in: a number, or null.
    mutating func set(_ region: RegionID, _ value: Double?) {
        let bit = Self.bit(region)
        present |= bit
        if let value {
            null &= ~bit
            withUnsafeMutableBytes(of: &numbers) { $0.storeBytes(of: value, toByteOffset: Self.index(region) * 8, as: Double.self) }
        } else {
            null |= bit
        }
    }

    /// Whether the region's cell is in the data (a number or null).
    func has(_ region: RegionID) -> Bool { present & Self.bit(region) != 0 }

    static func index(_ region: RegionID) -> Int {
        switch region {
        case .africa: 0
        case .americas: 1
        case .arabStates: 2
        case .asiaPacific: 3
        case .europeCentralAsia: 4
        }
    }

    static func bit(_ region: RegionID) -> UInt8 { 1 << UInt8(index(region)) }

    public static func == (a: RegionalResults, b: RegionalResults) -> Bool {
        RegionID.allCases.allSatisfy { a.cell($0) == b.cell($0) }
    }

    /// Sum over the regions that have a value; nil when none has.
    public var sum: Double? {
        let present = RegionID.allCases.compactMap { self[$0] }
        return present.isEmpty ? nil : present.reduce(0, +)
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys {
            guard let region = RegionID(rawValue: key.stringValue) else {
                throw ModelError.invalid(path: decoder.codingPath + [key],
                                         "unknown region id \"\(key.stringValue)\"; expected one of "
                                         + RegionID.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if try container.decodeNil(forKey: key) {
                set(region, nil)
                continue
            }
            guard let value = try? container.decode(Double.self, forKey: key), value >= 0, value.isFinite else {
                throw ModelError.invalid(path: decoder.codingPath + [key],
                                         "expected a non-negative number or null")
            }
            set(region, value)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for region in RegionID.allCases {
            guard let entry = cell(region) else { continue }
            if let value = entry {
                try container.encode(value, forKey: Key(stringValue: region.rawValue))
            } else {
                try container.encodeNil(forKey: Key(stringValue: region.rawValue))
            }
        }
    }
}
