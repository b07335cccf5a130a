import Foundation
import Testing
import PIRModel

/// docs/pir-dataset.schema.json describes the dataset for people preparing another edition of the
/// report: the bundled file must pass it, a broken file must fail it, it must agree with the loader
/// on what is refused, and its enums must be the model's.
@Suite struct DatasetSchemaTests {
    let schema: JSONValue
    let validator: SchemaValidator
    let dataset: JSONValue

    /// Read once: Swift Testing makes an instance of the suite for every test and argument.
    static let loaded = Result {
        let url = Binary.packageRoot.appendingPathComponent("docs/pir-dataset.schema.json")
        return (try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url)),
                try JSONDecoder().decode(JSONValue.self, from: ReportLoader.bundledData()))
    }

    init() throws {
        (schema, dataset) = try Self.loaded.get()
        validator = try SchemaValidator(schema: schema)
    }

    @Test func theBundledDatasetPasses() {
        let errors = validator.validate(dataset)
        #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "\n"))")
    }

    @Test func aKeywordTheValidatorDoesNotImplementIsRefused() throws {
        // so the schema cannot grow a keyword this test would silently ignore
        for keyword in ["minLength", "oneOf", "const", "uniqueItems"] {
            let bad = schema.setting(["$defs", "text", keyword], to: .number(1))
            #expect(throws: SchemaValidator.UnsupportedKeyword.self) { try SchemaValidator(schema: bad) }
        }
    }

    /// A broken copy of the bundled dataset: what the schema says, and what `pir --data` says.
    func both(_ path: String, _ value: JSONValue?) throws -> (schema: [String], loader: LoadError?) {
        // "outcomes/2/results": keys, and indices where a part is a number
        let parts: [Any] = path.split(separator: "/").map { Int($0).map { $0 as Any } ?? String($0) }
        let mutated = dataset.setting(parts, to: value)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode(mutated)
        do {
            _ = try ReportLoader.load(data, file: "mutated.json")
            return (validator.validate(mutated), nil)
        } catch {
            return (validator.validate(mutated), error)
        }
    }

    @Test(arguments: [
        // wrong type
        ("$.outcomes[2].outputs[0].indicators[1].results.africa", "outcomes/2/outputs/0/indicators/1/results/africa", JSONValue.string("x") as JSONValue?),
        ("$.regions[0].results", "regions/0/results", .string("329")),
        ("$.chapters[0].blocks", "chapters/0/blocks", .object([:])),
        // missing required field
        ("$.regions[0]", "regions/0/nameEn", nil),
        ("$.outcomes[0]", "outcomes/0/outputs", nil),
        ("$", "facts", nil),
        // unknown key where the loader refuses one
        ("$.outcomes[0].outputs[0].indicators[0].results", "outcomes/0/outputs/0/indicators/0/results/oceania", .number(1)),
        // a value outside its enum or range
        ("$.outcomes[0].kind", "outcomes/0/kind", .string("policyy")),
        ("$.outcomes[0].outputs[0].indicators[0].results.africa", "outcomes/0/outputs/0/indicators/0/results/africa", .number(-1)),
        ("$.schemaVersion", "schemaVersion", .number(2)),
        ("$.chapters[0].title", "chapters/0/title", .string("标题\u{1B}[31m")),
        // short labels: required, not empty, one line
        ("$.outcomes[6].outputs[0].indicators[0]", "outcomes/6/outputs/0/indicators/0/shortTitleEn", nil),
        ("$.outcomes[6].outputs[1]", "outcomes/6/outputs/1/shortTitle", nil),
        ("$.outcomes[6].outputs[1].shortTitleEn", "outcomes/6/outputs/1/shortTitleEn", .string("")),
        ("$.outcomes[6].outputs[1].shortTitle", "outcomes/6/outputs/1/shortTitle", .string("  ")),
        ("$.outcomes[6].outputs[0].indicators[2].shortTitleEn", "outcomes/6/outputs/0/indicators/2/shortTitleEn", .string("Child\nlabour")),
    ])
    func aBrokenDatasetFailsTheSchemaAndTheLoader(where expected: String, path: String, value: JSONValue?) throws {
        let (errors, loader) = try both(path, value)
        #expect(errors.contains { $0.hasPrefix(expected + ":") }, "schema errors: \(errors)")
        #expect(loader != nil, "pir --data accepted it")
    }

    @Test func unknownKeysElsewhereAreIgnoredByBoth() throws {
        // pir ignores unknown keys outside regional results, so the schema allows them
        for path in ["comment", "outcomes/0/note", "regions/1/ratifications/remark"] {
            let (errors, loader) = try both(path, .string("x"))
            #expect(errors.isEmpty, "\(path): \(errors)")
            #expect(loader == nil, "\(path): \(String(describing: loader))")
        }
    }

    @Test func theSchemasEnumsAreTheModels() {
        func values(_ path: String) -> Set<String> {
            var node: JSONValue? = schema["$defs"]
            for key in path.split(separator: "/") { node = node?[String(key)] }
            guard case .array(let items)? = node?["enum"] else { return [] }
            return Set(items.compactMap { if case .string(let s) = $0 { s } else { nil } })
        }
        #expect(values("block/properties/kind") == Set(Block.Kind.allCases.map(\.rawValue)))
        #expect(values("fact/properties/unit") == Set(Fact.Unit.allCases.map(\.rawValue)))
        #expect(values("measure/properties/unit") == Set(Measure.Unit.allCases.map(\.rawValue)))
        #expect(values("indicator/properties/unit") == Set(IndicatorUnit.allCases.map(\.rawValue)))
        #expect(values("budgetRow/properties/source") == Set(FundingSource.allCases.map(\.rawValue)))
        #expect(values("region/properties/id") == Set(RegionID.allCases.map(\.rawValue)))
        #expect(values("country/properties/region") == Set(RegionID.allCases.map(\.rawValue)))
        let regionKeys: Set<String>
        if case .object(let p)? = schema["$defs"]?["regionalResults"]?["properties"] { regionKeys = Set(p.keys) } else { regionKeys = [] }
        #expect(regionKeys == Set(RegionID.allCases.map(\.rawValue)))
    }
}
