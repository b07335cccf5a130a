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
public struct RegionalResults: Codable, Sendable, Equatable {
    /// `nil` where the report prints "-" (no regional breakdown) or leaves the cell out.
    public var values: [RegionID: Double?]

    public init(_ values: [RegionID: Double?]) { self.values = values }

    public subscript(region: RegionID) -> Double? {
        values[region] ?? nil
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
        var values: [RegionID: Double?] = [:]
        for key in container.allKeys {
            guard let region = RegionID(rawValue: key.stringValue) else {
                throw ModelError.invalid(path: decoder.codingPath + [key],
                                         "unknown region id \"\(key.stringValue)\"; expected one of "
                                         + RegionID.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if try container.decodeNil(forKey: key) {
                values[region] = .some(nil)
                continue
            }
            guard let value = try? container.decode(Double.self, forKey: key), value >= 0, value.isFinite else {
                throw ModelError.invalid(path: decoder.codingPath + [key],
                                         "expected a non-negative number or null")
            }
            values[region] = value
        }
        self.values = values
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for region in RegionID.allCases {
            guard let entry = values[region] else { continue }
            if let value = entry {
                try container.encode(value, forKey: Key(stringValue: region.rawValue))
            } else {
                try container.encodeNil(forKey: Key(stringValue: region.rawValue))
            }
        }
    }
}
