#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Report {
    /// How much of the chapters and outcomes a one-shot command decodes
    /// (`ReportLoader.loadBundled(skipping:scope:)`): their narrative (the blocks of each, an
    /// outcome's highlights) is about half of the bundled report's text, the outputs with their
    /// indicators a third of the rest. Every id and code, every footnote and contribution is decoded
    /// in any scope, so a lookup by id or code finds what it finds in the whole report, and a page
    /// finds every note it cites and every figure it draws from another outcome.
    public enum Scope: Sendable, Equatable {
        /// Everything (what every other reader of the report gets).
        case whole
        /// No narrative: the chapters and outcomes come with empty blocks and highlights (the
        /// export's tables, which read the outputs and indicators of every outcome).
        case tables
        /// One outcome (by id, in any case, as `Report.outcome(_:)` finds it) whole but for its
        /// narrative when not `narrative`: its page, or one of its outputs' or indicators'. The
        /// other outcomes come in outline (`Reading.outline`), the chapters without narrative.
        case outcome(String, narrative: Bool)

        /// How much of an outcome is decoded.
        public enum Reading: Sendable, Equatable {
            /// All of it.
            case whole
            /// All but its narrative (blocks and highlights).
            case withoutNarrative
            /// Its id, kind, title, English label, footnotes and contributions, its outputs and
            /// indicators with their codes only: what a page of another outcome or a lookup by code
            /// reads of it.
            case outline
        }

        /// How much of the outcome with this id is decoded.
        public func reading(of id: String) -> Reading {
            switch self {
            case .whole: .whole
            case .tables: .withoutNarrative
            case .outcome(let focus, let narrative): !Self.same(id, focus) ? .outline : narrative ? .whole : .withoutNarrative
            }
        }

        static func same(_ id: String, _ focus: String) -> Bool { id.caseInsensitiveCompare(focus) == .orderedSame }
    }
}
