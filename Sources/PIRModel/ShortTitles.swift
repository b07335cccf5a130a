#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRText

/// The short labels of outputs and indicators (`shortTitle`, `shortTitleEn`): a few words, written
/// by hand from each title, that tell siblings apart where a list has no room for the whole title.
/// Appendix II's titles run to 60–140 cells and siblings often share their first 30
/// (`Number of member States with a national …` is 7.2.1 and 7.2.2), so a title cut to a pane's
/// width cannot tell them apart; a cut short label still can.
public enum ShortTitles {
    /// The widest a short label may be, in terminal cells (16 Chinese characters): at 80 columns the
    /// explorer's and the indicators view's label columns hold this whole.
    public static let maxCells = 32

    /// Each output's and indicator's short labels in both languages: present (the decoder already
    /// required them), not empty, one line of printable text, at most `maxCells` wide.
    static func check(_ outcome: Outcome, path: [any CodingKey]) throws {
        for (p, output) in outcome.outputs.enumerated() {
            let outputPath = path + [PathKey("outputs"), PathKey(p)]
            try check(output.shortTitle, outputPath + [PathKey("shortTitle")])
            try check(output.shortTitleEn, outputPath + [PathKey("shortTitleEn")])
            for (n, indicator) in output.indicators.enumerated() {
                let indicatorPath = outputPath + [PathKey("indicators"), PathKey(n)]
                try check(indicator.shortTitle, indicatorPath + [PathKey("shortTitle")])
                try check(indicator.shortTitleEn, indicatorPath + [PathKey("shortTitleEn")])
            }
        }
    }

    /// One label, or an error naming its path and the value found (escaped, so a control
    /// character in the value does not reach the terminal through the error either).
    static func check(_ label: String, _ path: [any CodingKey]) throws {
        let shown = "\"" + label.unicodeScalars.map { $0.escaped(asASCII: false) }.joined() + "\""
        if label.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ModelError.invalid(path: path, "a short label must not be empty, found \(shown)")
        }
        if let bad = label.unicodeScalars.first(where: unprintable) {
            throw ModelError.invalid(path: path, "a short label is one line of printable text; found U+\(String(format: "%04X", bad.value)) in \(shown)")
        }
        let width = label.cellWidth
        if width > maxCells {
            throw ModelError.invalid(path: path, "a short label is at most \(maxCells) cells wide, found \(width): \(shown)")
        }
    }

    /// Controls (C0, DEL, C1, the line feed included), format characters (bidi overrides, zero
    /// widths) and line or paragraph separators: none belongs in a one-line label.
    static func unprintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: return true
        default: return false
        }
    }
}
