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

    /// The same lines for hits whose places are known already (`PreparedSearch`).
    static func searchResults(_ hits: [PreparedSearch.Hit], language: Language) -> String {
        var lines: [String] = []
        for hit in hits {
            let shown = SearchHit.excerpt(of: hit.text, hit.range, .superscript)
            lines.append(Sanitizer.clean("\(hit.location): \(excerptLine(shown, language: language))"))
        }
        lines.append("\(hits.count) hit\(hits.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// About 30 characters before the match and 40 after, cut where no number or Latin word is
    /// split (`TextLayout.excerptStart` and `excerptEnd`), `…` where text was left out; marked as
    /// the report's text in English where it is Chinese.
    static func excerptLine(_ shown: (before: String, match: String, after: String), language: Language) -> String {
        // the cut rules read only the characters near the cut, so they are given those (`tail`,
        // `head`), not a paragraph of thousands made into Characters for every hit
        let (all, wholeBefore) = tail(shown.before, atLeast: 30), match = Array(shown.match)
        let (following, wholeAfter) = head(shown.after, atLeast: 40)
        let start = all.count > 30 ? TextLayout.excerptStart(all + match, cut: all.count - 30, limit: all.count) : 0
        let end = following.count > 40 ? TextLayout.excerptEnd(match + following, cut: match.count + 40, limit: match.count) - match.count : following.count
        // the kept characters as the texts' own bytes: a `String` made Character by Character was
        // half of `pir search 就业`
        func byteCount(_ chars: ArraySlice<Character>) -> Int { chars.reduce(0) { $0 + $1.utf8.count } }
        let before = String(decoding: shown.before.utf8.suffix(byteCount(all[start...])), as: UTF8.self)
        let after = String(decoding: shown.after.utf8.prefix(byteCount(following[..<end])), as: UTF8.self)
        let context = (start > 0 || !wholeBefore ? "…" : "") + before + "«" + shown.match + "»" + after
            + (end < following.count || !wholeAfter ? "…" : "")
        let mark = context.unicodeScalars.contains { $0.value >= 0x3000 } ? language.narrativeMark : ""
        return mark + context
    }

    /// Whether the cut rules stop between two such characters: neither a Latin letter or digit,
    /// `,`, `.`, a space nor a unit of a number (what `TextLayout.splitsToken`, `partsUnit` and
    /// `numberStart` look through).
    static func stopsCuts(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return stopsCuts(scalar: UInt32(ascii)) }
        return !TextLayout.isNumberUnit(c)
    }

    /// `stopsCuts` of a character that is this one scalar.
    static func stopsCuts(scalar v: UInt32) -> Bool {
        guard v < 0x80 else { return !TextLayout.isNumberUnit(scalar: v) }
        return !((v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) || v == 0x2C || v == 0x2E || v == 0x20)
    }

    /// The last characters of `text`: at least `count` and 8 more, begun between two characters
    /// where the cut rules stop, so `excerptStart` cuts them where it would cut the whole text;
    /// the whole text (`whole`) when there is no such place.
    static func tail(_ text: String, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        // by scalars while each is inert (`ByteSearch.isInert`: then each is a character), a tenth
        // of the work of stepping back through the characters
        var scalars: [Character] = []
        scalars.reserveCapacity(count + 16)
        var s = text.unicodeScalars.endIndex, firstStops = false
        while s > text.unicodeScalars.startIndex {
            s = text.unicodeScalars.index(before: s)
            let v = text.unicodeScalars[s].value
            guard ByteSearch.isInert(v) else { scalars = []; break }
            let stops = stopsCuts(scalar: v)
            if scalars.count >= count + 8, stops, firstStops { return (scalars.reversed(), false) }
            scalars.append(Character(text.unicodeScalars[s]))
            firstStops = stops
            if s == text.unicodeScalars.startIndex { return (scalars.reversed(), true) }
        }
        return tailByCharacters(text, atLeast: count)
    }

    /// `tail` by characters, whatever the text holds.
    static func tailByCharacters(_ text: String, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        var reversed: [Character] = []
        var i = text.endIndex
        while i > text.startIndex {
            let previous = text.index(before: i)
            let c = text[previous]
            if reversed.count >= count + 8, stopsCuts(c), let first = reversed.last, stopsCuts(first) { return (reversed.reversed(), false) }
            reversed.append(c)
            i = previous
        }
        return (reversed.reversed(), true)
    }

    /// The first characters of `text`, at least `count` and 8 more, ended the same way for `excerptEnd`.
    static func head(_ text: String, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        var scalars: [Character] = [], inert = true, lastStops = false
        scalars.reserveCapacity(count + 16)
        for scalar in text.unicodeScalars {
            guard ByteSearch.isInert(scalar.value) else { inert = false; break }
            let stops = stopsCuts(scalar: scalar.value)
            if scalars.count >= count + 8, stops, lastStops { return (scalars, false) }
            scalars.append(Character(scalar))
            lastStops = stops
        }
        return inert ? (scalars, true) : headByCharacters(text, atLeast: count)
    }

    /// `head` by characters, whatever the text holds.
    static func headByCharacters(_ text: String, atLeast count: Int) -> (chars: [Character], whole: Bool) {
        var chars: [Character] = []
        for c in text {
            if chars.count >= count + 8, stopsCuts(c), let last = chars.last, stopsCuts(last) { return (chars, false) }
            chars.append(c)
        }
        return (chars, true)
    }
}
