import PIRModel
import PIRText

extension PlainText {
    /// `pir search`'s lines: each hit's place in the report's words (`成果目标 1 › 专栏 8`, in
    /// `language`) and its excerpt with the match marked «like this» and footnote references as
    /// printed (`⁵`), then the count.
    public static func searchResults(_ hits: [SearchHit], in report: Report, language: Language = .zh) -> String {
        var lines: [String] = []
        for hit in hits {
            let shown = hit.excerpt(.superscript)
            // about 30 characters before and 40 after, cut where no number or Latin word is split
            let all = Array(shown.before), match = Array(shown.match), following = Array(shown.after)
            let start = all.count > 30 ? TextLayout.excerptStart(all + match, cut: all.count - 30, limit: all.count) : 0
            let end = following.count > 40 ? TextLayout.excerptEnd(match + following, cut: match.count + 40, limit: match.count) - match.count : following.count
            let context = (start > 0 ? "…" : "") + String(all[start...]) + "«" + String(match) + "»" + String(following[..<end])
                + (end < following.count ? "…" : "")
            // the excerpt is the report's text: marked in English where it is Chinese
            let mark = context.unicodeScalars.contains { $0.value >= 0x3000 } ? language.narrativeMark : ""
            lines.append(Sanitizer.clean("\(report.location(of: hit, language: language)): \(mark)\(context)"))
        }
        lines.append("\(hits.count) hit\(hits.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }
}
