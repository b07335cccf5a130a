import PIRModel
import PIRText

extension SearchLaunch {
    /// What `run` prints: from the entries prepared with the bundled report when there is no
    /// `--data` and they were made from the report compiled in (`PreparedSearch`), else from the
    /// index of the report loaded, as `pir search` always did. The two print the same
    /// (PreparedSearchOutputTests), the first without decoding the report or building an index.
    func output(prepared usePrepared: Bool = true) throws -> String {
        let language = try LanguageOptions.resolve(self.language)
        let query = terms.map(CommandLineArguments.literal).joined(separator: " ")
        let text: String
        if data == nil, usePrepared, let prepared = PreparedSearch.bundled() {
            let hits = prepared.search(query, limit: limit, language: language)
            text = hits.isEmpty ? "" : PlainText.searchResults(hits, language: language)
        } else {
            let report = try keptUntilExit(GlobalOptions.loadReport(data: data))
            let hits = SearchIndex(report: report).search(query, limit: limit)
            text = hits.isEmpty ? "" : PlainText.searchResults(hits, in: report, language: language)
        }
        guard !text.isEmpty else { throw Failure.notFound(language.strings.commands.noMatchFor(query)) }
        return text
    }
}

extension PlainText {
    /// `pir search`'s lines: each hit's place in the report's words (`成果目标 1 › 专栏 8`, in
    /// `language`) and its excerpt with the match marked «like this» and footnote references as
    /// printed (`⁵`), then the count.
    public static func searchResults(_ hits: [SearchHit], in report: Report, language: Language = .zh) -> String {
        searchResults(hits.map { PreparedSearch.Hit(location: report.location(of: $0, language: language), text: $0.text, range: $0.range) },
                      language: language)
    }

    /// The same lines for hits whose places are known already (`PreparedSearch`), built into one
    /// string rather than an array of lines joined.
    static func searchResults(_ hits: [PreparedSearch.Hit], language: Language) -> String {
        var out = ""
        out.reserveCapacity(hits.count * 224)
        for hit in hits {
            let shown = SearchHit.excerptSlices(of: hit.text, hit.range, .superscript)
            // each line is written straight into `out` and cleaned there only when it needs it
            // (as good as never: no line made, grown and copied per hit)
            let lineStart = out.utf8.count
            out += hit.location
            out += ": "
            appendExcerpt(shown, language: language, to: &out)
            let line = out.utf8.index(out.utf8.startIndex, offsetBy: lineStart)
            if Sanitizer.needsCleaning(out[line...]) {
                let cleaned = Sanitizer.clean(String(out[line...]))
                out.removeSubrange(line...)
                out += cleaned
            }
            out += "\n"
        }
        out += "\(hits.count) hit\(hits.count == 1 ? "" : "s")\n"
        return out
    }

    /// About 30 characters before the match and 40 after, cut where no number or Latin word is
    /// split (`TextLayout.excerptStart` and `excerptEnd`), `…` where text was left out; marked as
    /// the report's text in English where it is Chinese.
    static func excerptLine(_ shown: (before: String, match: String, after: String), language: Language) -> String {
        var line = ""
        appendExcerpt((shown.before[...], shown.match[...], shown.after[...]), language: language, to: &line)
        return line
    }

    /// `excerptLine` appended to `line`: the kept parts are slices of the texts' own bytes (no
    /// `String` made Character by Character, nor a repaired copy of the bytes).
    static func appendExcerpt(_ shown: (before: Substring, match: Substring, after: Substring), language: Language, to line: inout String) {
        // the cut rules read only the characters near the cut, so they are given those (`tail`,
        // `head`), not a paragraph of thousands made into Characters for every hit; and the
        // scalars themselves where each is a character (`CutText`)
        let all = CutText.tail(shown.before, atLeast: 30), match = CutText.whole(shown.match)
        let following = CutText.head(shown.after, atLeast: 40)
        let start = all.count > 30 ? TextLayout.excerptStart(all.units + match.units, cut: all.count - 30, limit: all.count) : 0
        let end = following.count > 40
            ? TextLayout.excerptEnd(match.units + following.units, cut: match.count + 40, limit: match.count) - match.count : following.count
        let scalarsBefore = shown.before.unicodeScalars, scalarsAfter = shown.after.unicodeScalars
        let beforeStart = shown.before.utf8.index(shown.before.utf8.endIndex, offsetBy: -(all.bytes - all.bytes(ofFirst: start)))
        let afterEnd = shown.after.utf8.index(shown.after.utf8.startIndex, offsetBy: following.bytes(ofFirst: end))
        let before = Substring(scalarsBefore[beforeStart...]), after = Substring(scalarsAfter[..<afterEnd])
        // a scalar from U+3000 up is one whose UTF-8 begins with 0xE3 or more
        let chinese = before.utf8.contains { $0 >= 0xE3 } || shown.match.utf8.contains { $0 >= 0xE3 } || after.utf8.contains { $0 >= 0xE3 }
        if chinese { line += language.narrativeMark }
        if start > 0 || !all.whole { line += "…" }
        line.append(contentsOf: before)
        line += "«"
        line.append(contentsOf: shown.match)
        line += "»"
        line.append(contentsOf: after)
        if end < following.count || !following.whole { line += "…" }
    }

    /// Some characters of a text as the cut rules read them: each a scalar, the character itself
    /// where it is one scalar, else U+FFFC, which the rules take as they take such a character
    /// (not ASCII, not a space, a point nor a unit of a number).
    struct CutText {
        var units: [Unicode.Scalar]
        /// Their UTF-8 bytes.
        var bytes: Int
        /// Whether they are the whole text.
        var whole: Bool
        /// The characters, when some is more than one scalar (else each unit is one).
        var characters: [Character]?

        var count: Int { units.count }

        /// The UTF-8 bytes of the first `n`.
        func bytes(ofFirst n: Int) -> Int {
            if let characters { return PlainText.byteCount(characters[..<n]) }
            return units[..<n].reduce(0) { $0 + UTF8.width($1) }
        }

        init(scalars: [Unicode.Scalar], bytes: Int, whole: Bool) {
            (units, self.bytes, self.whole, characters) = (scalars, bytes, whole, nil)
        }

        init(characters: [Character], whole: Bool) {
            units = characters.map { c in c.unicodeScalars.count == 1 ? c.unicodeScalars.first! : "\u{FFFC}" }
            (bytes, self.whole, self.characters) = (PlainText.byteCount(characters[...]), whole, characters)
        }

        static func tail(_ text: Substring, atLeast count: Int) -> CutText {
            if case let (scalars, bytes, whole)? = PlainText.tailScalars(text, atLeast: count) { return CutText(scalars: scalars, bytes: bytes, whole: whole) }
            let (chars, whole) = PlainText.tailByCharacters(text, atLeast: count)
            return CutText(characters: chars, whole: whole)
        }

        static func head(_ text: Substring, atLeast count: Int) -> CutText {
            if case let (scalars, bytes, whole)? = PlainText.headScalars(text, atLeast: count) { return CutText(scalars: scalars, bytes: bytes, whole: whole) }
            let (chars, whole) = PlainText.headByCharacters(text, atLeast: count)
            return CutText(characters: chars, whole: whole)
        }

        /// All of a (short) text: the match.
        static func whole(_ text: Substring) -> CutText {
            if text.unicodeScalars.allSatisfy({ ByteSearch.isInert($0.value) }) {
                return CutText(scalars: Array(text.unicodeScalars), bytes: text.utf8.count, whole: true)
            }
            return CutText(characters: Array(text), whole: true)
        }
    }

    /// The UTF-8 bytes of these characters.
    static func byteCount(_ chars: ArraySlice<Character>) -> Int { chars.reduce(0) { $0 + $1.utf8.count } }

    /// The last characters of `text`: at least `count` and 8 more, begun between two characters
    /// where the cut rules stop, so `excerptStart` cuts them where it would cut the whole text;
    /// the whole text (`whole`) when there is no such place.
    static func tail(_ text: String, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        if case let (scalars, _, whole)? = tailScalars(text[...], atLeast: count) { return (scalars.map(Character.init), whole) }
        return tailByCharacters(text, atLeast: count)
    }

    /// `tail` by the UTF-8 bytes while each scalar is inert (`ByteSearch.isInert`: then each is a
    /// character), a fraction of the work of stepping back through the characters: the scalars
    /// and their UTF-8 bytes; nil at a scalar that is not inert.
    static func tailScalars(_ text: Substring, atLeast count: Int) -> (scalars: [Unicode.Scalar], bytes: Int, whole: Bool)? {
        let byBytes = text.utf8.withContiguousStorageIfAvailable { u -> (scalars: [Unicode.Scalar], bytes: Int, whole: Bool)? in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(count + 16)
            var end = u.count, firstStops = false
            while end > 0 {
                var begin = end - 1
                while begin > 0 && u[begin] & 0xC0 == 0x80 { begin -= 1 }
                guard let scalar = inertScalar(u, begin, end) else { return nil }
                // only the last two characters' stops are ever read: not worked out for the others
                let stops = scalars.count >= count + 7 && TextLayout.stopsCuts(scalar: scalar.value)
                if scalars.count >= count + 8, stops, firstStops { scalars.reverse(); return (scalars, u.count - end, false) }
                scalars.append(scalar)
                firstStops = stops
                end = begin
            }
            scalars.reverse()
            return (scalars, u.count, true)
        }
        return byBytes ?? nil
    }

    /// The scalar whose UTF-8 is `u[begin..<end]` if it is inert (`ByteSearch.isInert`; all of
    /// those take at most 3 bytes), else nil.
    @inline(__always)
    static func inertScalar(_ u: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int) -> Unicode.Scalar? {
        let b0 = UInt32(u[begin]), length = end - begin
        let v: UInt32
        switch b0 {
        case ..<0x80 where length == 1: v = b0
        case 0xC0..<0xE0 where length == 2: v = (b0 & 0x1F) << 6 | UInt32(u[begin + 1] & 0x3F)
        case 0xE0..<0xF0 where length == 3:
            v = (b0 & 0x0F) << 12 | UInt32(u[begin + 1] & 0x3F) << 6 | UInt32(u[begin + 2] & 0x3F)
        default: return nil
        }
        guard ByteSearch.isInert(v) else { return nil }
        return Unicode.Scalar(v)
    }

    /// `tail` by characters, whatever the text holds.
    static func tailByCharacters<S: StringProtocol>(_ text: S, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        var reversed: [Character] = []
        var i = text.endIndex
        while i > text.startIndex {
            let previous = text.index(before: i)
            let c = text[previous]
            if reversed.count >= count + 8, TextLayout.stopsCuts(c), let first = reversed.last, TextLayout.stopsCuts(first) { return (reversed.reversed(), false) }
            reversed.append(c)
            i = previous
        }
        return (reversed.reversed(), true)
    }

    /// The first characters of `text`, at least `count` and 8 more, ended the same way for `excerptEnd`.
    static func head(_ text: String, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        if case let (scalars, _, whole)? = headScalars(text[...], atLeast: count) { return (scalars.map(Character.init), whole) }
        return headByCharacters(text, atLeast: count)
    }

    /// `head` by the UTF-8 bytes while each scalar is inert, as `tailScalars`.
    static func headScalars(_ text: Substring, atLeast count: Int) -> (scalars: [Unicode.Scalar], bytes: Int, whole: Bool)? {
        let byBytes = text.utf8.withContiguousStorageIfAvailable { u -> (scalars: [Unicode.Scalar], bytes: Int, whole: Bool)? in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(count + 16)
            var begin = 0, lastStops = false
            while begin < u.count {
                var end = begin + 1
                while end < u.count && u[end] & 0xC0 == 0x80 { end += 1 }
                guard let scalar = inertScalar(u, begin, end) else { return nil }
                let stops = scalars.count >= count + 7 && TextLayout.stopsCuts(scalar: scalar.value)
                if scalars.count >= count + 8, stops, lastStops { return (scalars, begin, false) }
                scalars.append(scalar)
                lastStops = stops
                begin = end
            }
            return (scalars, u.count, true)
        }
        return byBytes ?? nil
    }

    /// `head` by characters, whatever the text holds.
    static func headByCharacters<S: StringProtocol>(_ text: S, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        var chars: [Character] = []
        for c in text {
            if chars.count >= count + 8, TextLayout.stopsCuts(c), let last = chars.last, TextLayout.stopsCuts(last) { return (chars, false) }
            chars.append(c)
        }
        return (chars, true)
    }
}
