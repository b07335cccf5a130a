#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRText

/// A presenter's own deck, read from a file: a plain list of entries, or JSON.
///
/// Plain text, one entry per line; `#` starts a comment; a line starting with `>` is a speaker
/// note for the entry above it:
///
///     overview
///     > 896 results in 151 member States
///     outcome 3
///     indicator 3.1.2
///
/// JSON, either a list or an object with a title:
///
///     {"title": "Board briefing", "slides": ["overview", {"show": "outcome 3", "notes": "…"}]}
public enum DeckFile {
    /// Larger than any hand-written deck; refused with `fstat`, before a byte is read.
    public static let maxBytes = 1 << 20

    public static func load(path: String, report: Report) throws(DeckFileError) -> DeckSpec {
        let data: Data
        do {
            data = try BoundedFile.read(path, limit: maxBytes, what: "a deck file")
        } catch {
            throw DeckFileError(file: path, location: "", message: error.description)
        }
        return try parse(data, file: path, report: report)
    }

    public static func parse(_ input: Data, file: String, report: Report) throws(DeckFileError) -> DeckSpec {
        guard input.count <= maxBytes else {
            throw DeckFileError(file: file, location: "", message: "larger than \(maxBytes / 1024) KiB; a deck is a short list of entries")
        }
        var data = input
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DeckFileError(file: file, location: "", message: "not UTF-8 text")
        }
        let first = text.first { !$0.isWhitespace }
        let spec: DeckSpec
        if first == "[" || first == "{" {
            spec = try parseJSON(Data(data), text: text, file: file, report: report)
        } else {
            spec = try parseText(text, file: file, report: report)
        }
        guard !spec.items.isEmpty else {
            throw DeckFileError(file: file, location: "", message: "no slides: list entries such as \"overview\" or \"outcome 3\", one per line")
        }
        return spec
    }

    /// LF, CRLF (one Character in Swift) or a bare CR.
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }

    static func parseText(_ text: String, file: String, report: Report) throws(DeckFileError) -> DeckSpec {
        var items: [DeckSpec.Item] = []
        // a line ends at LF, CRLF or a bare CR (Notepad, old Macs). "\r\n" is one Character in
        // Swift, so splitting on "\n" alone would leave a Windows file one long line
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
        for (n, rawLine) in lines.enumerated() {
            let location = "line \(n + 1)"
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix(">") {
                guard !items.isEmpty else {
                    throw DeckFileError(file: file, location: location, message: "a speaker note (\">\") before the first slide")
                }
                var note = String(line.dropFirst())
                if note.hasPrefix(" ") { note.removeFirst() }
                let last = items.count - 1
                items[last].notes = items[last].notes.map { $0 + "\n" + note } ?? note
                continue
            }
            // a comment after an entry: `box 15  # the flagship`
            var entryText = line
            if let hash = line.range(of: " #") { entryText = line[..<hash.lowerBound].trimmingCharacters(in: .whitespaces) }
            guard items.count < DeckLimits.maxSlides else {
                throw DeckFileError(file: file, location: location, message: DeckLimits.tooManySlides)
            }
            switch DeckEntry.parse(entryText, report: report) {
            case .success(let entry): items.append(DeckSpec.Item(entry))
            case .failure(let error): throw DeckFileError(file: file, location: location, message: error.message)
            }
        }
        return DeckSpec(items: items)
    }

    static func parseJSON(_ data: Data, text: String, file: String, report: Report) throws(DeckFileError) -> DeckSpec {
        // the dataset's own scan first: JSONSerialization accepts a trailing comma and keeps the
        // last of two "slides" without a word
        if let problem = JSONCheck.check(data) {
            throw DeckFileError(file: file, location: "line \(problem.line), column \(problem.column)", message: problem.message)
        }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw DeckFileError(file: file, location: jsonErrorLocation(error, text: text), message: "not valid JSON")
        }
        var title: String?
        let slides: [JSONValue]
        var slidesPath = ""
        if case .array(let list) = root {
            slides = list
        } else if case .object(let object) = root {
            for key in object.keys.sorted() where key != "title" && key != "slides" {
                throw DeckFileError(file: file, location: key, message: "unknown key; a deck object has \"title\" and \"slides\"")
            }
            if let value = object["title"] {
                guard case .string(let string) = value else {
                    throw DeckFileError(file: file, location: "title", message: "expected a string, found \(describe(value))")
                }
                title = string
            }
            guard let value = object["slides"] else {
                throw DeckFileError(file: file, location: "", message: "no \"slides\": expected {\"slides\": [\"overview\", \"outcome 3\", …]}")
            }
            guard case .array(let list) = value else {
                throw DeckFileError(file: file, location: "slides", message: "expected a list of entries, found \(describe(value))")
            }
            slides = list
            slidesPath = "slides"
        } else {
            throw DeckFileError(file: file, location: "", message: "expected a list of entries or an object with \"slides\", found \(describe(root))")
        }
        guard slides.count <= DeckLimits.maxSlides else {
            throw DeckFileError(file: file, location: slidesPath, message: "\(slides.count) entries: " + DeckLimits.tooManySlides)
        }
        var items: [DeckSpec.Item] = []
        for (n, element) in slides.enumerated() {
            let path = "\(slidesPath)[\(n)]"
            var entryText: String
            var entryPath = path
            var notes: String?
            if case .string(let string) = element {
                entryText = string
            } else if case .object(let object) = element {
                for key in object.keys.sorted() where key != "show" && key != "notes" {
                    throw DeckFileError(file: file, location: "\(path).\(key)", message: "unknown key; a slide has \"show\" and \"notes\"")
                }
                guard let show = object["show"] else {
                    throw DeckFileError(file: file, location: path, message: "no \"show\": expected {\"show\": \"outcome 3\", \"notes\": \"…\"}")
                }
                guard case .string(let string) = show else {
                    throw DeckFileError(file: file, location: "\(path).show", message: "expected a string such as \"outcome 3\", found \(describe(show))")
                }
                entryText = string
                entryPath = "\(path).show"
                if let value = object["notes"] {
                    if case .string(let string) = value {
                        notes = string
                    } else if case .array(let lines) = value, case let strings = lines.compactMap(\.string), strings.count == lines.count {
                        notes = strings.joined(separator: "\n")
                    } else {
                        throw DeckFileError(file: file, location: "\(path).notes", message: "expected a string or a list of strings, found \(describe(value))")
                    }
                }
            } else {
                throw DeckFileError(file: file, location: path, message: "expected an entry such as \"outcome 3\", found \(describe(element))")
            }
            switch DeckEntry.parse(entryText, report: report) {
            case .success(let entry): items.append(DeckSpec.Item(entry, notes: notes))
            case .failure(let error): throw DeckFileError(file: file, location: entryPath, message: error.message)
            }
        }
        return DeckSpec(title: title, items: items)
    }

    /// The decoder says "around line N, column M" (the scan before it has caught almost everything it
    /// would): that place, or "" when it says none.
    static func jsonErrorLocation(_ error: Error, text: String) -> String {
        let description = String(describing: error)
        guard let at = description.firstRange(of: "line ") else {
            return description.contains("end of file") ? "end of file" : ""
        }
        let place = description[at.lowerBound...].prefix { $0.isLetter || $0.isNumber || $0 == " " || $0 == "," }
        return place.hasSuffix(",") || place.hasSuffix(" ") ? String(place.dropLast()) : String(place)
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return "the number \(JSONValue.describe(number: n))"
        case .string(let s): return "\"\(s.prefix(40))\""
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

/// A deck file that cannot be used: file, where in it (a line or a JSON path), and what is wrong.
public struct DeckFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// `line 4`, `slides[2].show`, or empty for the file as a whole.
    public var location: String
    public var message: String

    /// One line whatever the file held: what is quoted from it (and the file's name) is
    /// sanitised, and a line break left in it is shown as a visible mark, never written.
    public var description: String {
        let text = location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
        return Self.oneLine(text)
    }

    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in Sanitizer.clean(text).unicodeScalars {
            if scalar == "\n" { out.append(Sanitizer.replacement.unicodeScalars.first!) } else { out.append(scalar) }
        }
        return String(out)
    }
}
