// What a command does not read, passed over: values of bytes known to be well-formed JSON (the
// bundled report whose digest is the verified one) skipped without a look, and the outputs of the
// outcomes a `Report.Scope` does not read, decoded to their codes.

import CBundledReport

extension Report.Scope.Reading {
    /// Whether an outcome read this way has its field `key` decoded (its outputs always are, whole
    /// or to their codes).
    func reads(_ key: JSONKey) -> Bool {
        switch key {
        case "highlights", "blocks": self == .whole
        case "budget", "results", "links", "quirks", "sources": self != .outline
        default: true
        }
    }

    /// Whether an outcome's field `key` is decoded, and how, as the scope reads the outcome with
    /// its id: a field that comes before the id is passed over and read once the id is known.
    static func dependsOnTheID(_ key: JSONKey) -> Bool {
        switch key {
        case "highlights", "blocks", "budget", "results", "links", "quirks", "sources", "outputs": true
        default: false
        }
    }
}

extension JSONReader {
    /// Passes over a value and gives `empty` in its place: a section or a field a command leaves out.
    mutating func skipped<T>(_ empty: T) throws -> T {
        try skipValue()
        return empty
    }

    /// An output of an outcome the scope does not read (`Report.Scope.Reading.outline`): its code
    /// and its indicators' codes, all a lookup by code reads; its titles empty. Only in trusted
    /// bytes: once the fields it needs are read, the rest of the object is passed at once.
    mutating func outputCodes() throws -> Output {
        var code: String?, indicators: [Indicator]?
        try fields(until: { code != nil && indicators != nil }) { r, key in
            switch key {
            case "code": code = try r.string()
            case "indicators": indicators = try r.array { try $0.indicatorCode() }
            default: try r.skipValue()
            }
        }
        return Output(code: try required(code), title: "", shortTitle: "", shortTitleEn: "", indicators: try required(indicators))
    }

    /// An indicator of such an output: its code, every other field empty.
    mutating func indicatorCode() throws -> Indicator {
        var code: String?
        try fields(until: { code != nil }) { r, key in
            if key == "code" { code = try r.string() } else { try r.skipValue() }
        }
        return Indicator(code: try required(code), title: "", shortTitle: "", shortTitleEn: "", unit: nil, target: nil, total: nil,
                         results: nil, split: nil, targetText: nil, resultText: nil, measures: nil, notes: nil)
    }

    /// `object(_:)` of trusted bytes that stops calling `field` once `done`, and passes the rest of
    /// the object with `skipTrusted`: an outline's codes come first among an object's sorted keys.
    mutating func fields(until done: () -> Bool, _ field: (inout JSONReader, String) throws -> Void) throws {
        _ = try peek()
        let start = i
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try field(&self, key)
            if done() {
                i = start
                return try skipTrusted()
            }
            let c = try peek()
            i += 1
            if c == UInt8(ascii: "}") { return }
            guard c == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    /// `skipValue` of a string, object or array in trusted bytes (`trusted`): brackets counted
    /// and strings passed by `pir_skip_trusted_value` (trusted_skip.c), sixty-four bytes a step,
    /// without a look at anything else — the bytes were checked by the tests that verified their
    /// digest. About a seventh of the instructions of `skipValue` on the report.
    mutating func skipTrusted() throws {
        guard let base = bytes.baseAddress else { throw GiveUp() }
        let end = pir_skip_trusted_value(base, bytes.count, i)
        guard end > i, end <= bytes.count else { throw GiveUp() }
        i = end
    }
}
