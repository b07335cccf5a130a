#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRText

/// `pir present --export`: the deck for participants who ask for the slides — plain text,
/// Markdown, or one self-contained HTML file (no scripts, no links out; every text escaped).
public enum DeckExport {
    public enum Format: String, CaseIterable, Sendable { case txt, md, html }

    /// The deck in its own language (`Deck.language`): its headings and words as on the screen.
    /// Without `notes`, the speaker notes are left out: the slides as participants see them.
    public static func export(_ deck: Deck, format: Format, glyphs: Glyphs = .unicode, notes: Bool = true) -> String {
        var deck = deck
        if !notes { for n in deck.slides.indices { deck.slides[n].notes = nil } }
        switch format {
        case .txt: return text(deck.slides, title: deck.title, glyphs: glyphs, language: deck.language)
        case .md: return markdown(deck.slides, title: deck.title, glyphs: glyphs, language: deck.language)
        case .html: return html(deck.slides, title: deck.title, glyphs: glyphs, language: deck.language)
        }
    }

    static func notesLabel(_ L: Language) -> String { L.strings.slides.notes }

    static func mark(_ met: Bool?, _ glyphs: Glyphs) -> String {
        // padded to the wider mark, so the labels after `ok` and `x` line up
        met.map { " " + TextLayout.fit($0 ? glyphs.met : glyphs.below, to: glyphs.markWidth) } ?? ""
    }

    static func figureMark(_ figure: Figure, _ glyphs: Glyphs) -> String {
        switch figure.mark {
        case .met?: return glyphs.met + " "
        case .below?: return glyphs.below + " "
        case nil: return ""
        }
    }

    static func cell(_ value: Double?, _ row: TrendTable.Row, _ year: Int, _ table: TrendTable, _ glyphs: Glyphs) -> String {
        if let value { return Figures.money(value) }
        return row.noData.contains(year) ? table.noDataText : glyphs.missing
    }

    // MARK: Plain text

    public static func text(_ slides: [Slide], title: String, glyphs: Glyphs = .unicode, language L: Language = .zh) -> String {
        var out: [String] = [Sanitizer.clean(title), ""]
        for (n, slide) in slides.enumerated() {
            let heading = "\(n + 1) / \(slides.count)  " + Sanitizer.clean(slide.title)
            out.append(heading)
            out.append(String(repeating: "=", count: min(78, max(4, heading.cellWidth))))
            if let subtitle = slide.subtitle { out.append(Sanitizer.clean(subtitle)) }
            for element in slide.elements {
                out.append("")
                switch element {
                case .figures(let figures):
                    let width = figures.map(\.value.cellWidth).max() ?? 0
                    for f in figures {
                        out.append("  " + TextLayout.fit(f.value, to: width, alignment: .right) + "  " + figureMark(f, glyphs) + Sanitizer.clean(f.label)
                                   + (f.detail.map { " (\(Sanitizer.clean($0)))" } ?? ""))
                    }
                case .bars(let list):
                    if let h = list.heading { out.append(Sanitizer.clean(h)) }
                    let width = list.items.map(\.text.cellWidth).max() ?? 0
                    for item in list.items {
                        out.append("  " + TextLayout.fit(item.text, to: width, alignment: .right) + mark(item.met, glyphs) + "  " + Sanitizer.clean(item.label))
                    }
                case .bullets(let list):
                    if let h = list.heading { out.append(Sanitizer.clean(h)) }
                    for item in list.items {
                        out.append("  " + glyphs.bullet + " " + Sanitizer.clean(item.text))
                        if let d = item.detail { out.append("    " + Sanitizer.clean(d).replacingOccurrences(of: "\n", with: "\n    ")) }
                    }
                case .paragraph(let text):
                    out.append(Sanitizer.clean(text))
                case .quote(let text, let source):
                    out.append("  " + Sanitizer.clean(text))
                    if let source { out.append("    — " + Sanitizer.clean(source)) }
                case .table(let table):
                    let labels = table.rows.map { ($0.isBreakdown ? "  " : "") + Sanitizer.clean($0.label) }
                    let width = labels.map(\.cellWidth).max() ?? 0
                    out.append(TextLayout.fit("", to: width) + table.years.map { TextLayout.fit(String($0), to: 10, alignment: .right) }.joined())
                    for (row, label) in zip(table.rows, labels) {
                        out.append(TextLayout.fit(label, to: width) + zip(row.values, table.years).map {
                            TextLayout.fit(cell($0.0, row, $0.1, table, glyphs), to: 10, alignment: .right)
                        }.joined())
                    }
                case .caption(let text):
                    out.append("  " + Sanitizer.clean(text))
                }
            }
            if let notes = slide.notes {
                out.append("")
                out.append(notesLabel(L) + ": " + Sanitizer.clean(notes))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    // MARK: Markdown

    /// Backslash-escapes what Markdown would read as markup, and spells out angle brackets so
    /// nothing in the data becomes HTML.
    static func md(_ text: String) -> String {
        var out = ""
        for c in Sanitizer.clean(text) {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(c)
            case "\n": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }

    public static func markdown(_ slides: [Slide], title: String, glyphs: Glyphs = .unicode, language L: Language = .zh) -> String {
        var out: [String] = ["# " + md(title), ""]
        for (n, slide) in slides.enumerated() {
            out.append("## \(n + 1). " + md(slide.title))
            out.append("")
            if let subtitle = slide.subtitle { out += ["*" + md(subtitle) + "*", ""] }
            for element in slide.elements {
                switch element {
                case .figures(let figures):
                    for f in figures {
                        out.append("- **\(md(f.value))** " + md(figureMark(f, glyphs) + f.label) + (f.detail.map { " (\(md($0)))" } ?? ""))
                    }
                case .bars(let list):
                    if let h = list.heading { out += ["**" + md(h) + "**", ""] }
                    out.append("| | | |")
                    out.append("|---|--:|:-:|")
                    for item in list.items {
                        out.append("| \(md(item.label)) | \(md(item.text)) | \(item.met.map { $0 ? glyphs.met : glyphs.below } ?? "") |")
                    }
                case .bullets(let list):
                    if let h = list.heading { out += ["**" + md(h) + "**", ""] }
                    for item in list.items {
                        out.append("- " + md(item.text) + (item.detail.map { "<br>" + md($0) } ?? ""))
                    }
                case .paragraph(let text):
                    out.append(md(text))
                case .quote(let text, let source):
                    out.append("> " + md(text))
                    if let source { out += [">", "> — " + md(source)] }
                case .table(let table):
                    out.append("| | " + table.years.map(String.init).joined(separator: " | ") + " |")
                    out.append("|---|" + table.years.map { _ in "--:|" }.joined())
                    for row in table.rows {
                        out.append("| " + (row.isBreakdown ? "　" : "") + md(row.label) + " | "
                                   + zip(row.values, table.years).map { cell($0.0, row, $0.1, table, glyphs) }.joined(separator: " | ") + " |")
                    }
                case .caption(let text):
                    out.append("*" + md(text) + "*")
                }
                out.append("")
            }
            if let notes = slide.notes { out += ["> **\(notesLabel(L)):** " + md(notes), ""] }
        }
        return out.joined(separator: "\n")
    }

    // MARK: HTML

    public static func escape(_ text: String) -> String {
        var out = ""
        for c in Sanitizer.clean(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static func percent(_ value: Double, of scale: Double) -> String {
        String(format: "%.1f%%", max(0, min(100, scale > 0 ? value / scale * 100 : 0)))
    }

    static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#fff;color:#111}
    section{max-width:60rem;margin:0 auto;padding:2rem 1.5rem 3rem;border-bottom:1px solid #ccc;page-break-after:always}
    h1{font-size:1.6rem;text-align:center}h2{text-align:center;font-size:1.5rem;margin:0}
    .n{color:#666;font-size:.9rem;text-align:center}.sub{text-align:center;color:#555;margin-top:.3rem}
    .figures{display:flex;flex-wrap:wrap;justify-content:center;gap:1.5rem;margin:1.5rem 0}
    .figure{text-align:center;min-width:9rem}.big{display:block;font-size:3rem;font-weight:700;color:#1a4f9c}
    .met .big{color:#1e7b34}.below .big{color:#b3261e}
    table{border-collapse:collapse;width:100%;margin:.8rem 0}td,th{padding:.2rem .4rem;vertical-align:middle}
    td.num{text-align:right;white-space:nowrap;font-weight:700}.bar{position:relative;background:#eee;height:.9rem;min-width:8rem}
    .bar span{position:absolute;left:0;top:0;bottom:0;background:#1a4f9c}.bar i{position:absolute;top:-.2rem;bottom:-.2rem;width:3px;background:#111}
    .heading{font-weight:700;margin-top:1rem}blockquote{border-left:4px solid #1a4f9c;margin:1rem 0;padding:.2rem 1rem;color:#333}
    cite{display:block;text-align:right;color:#666;font-style:normal}.caption{text-align:center;color:#555}
    .detail{color:#555}.notes{background:#f6f6f0;border:1px dashed #bbb;padding:.5rem 1rem;margin-top:1rem;white-space:pre-wrap}
    .trend td{text-align:right}.trend td:first-child{text-align:left}.breakdown td:first-child{padding-left:1.5rem}
    """

    public static func html(_ slides: [Slide], title: String, glyphs: Glyphs = .unicode, language L: Language = .zh) -> String {
        var out = ["<!DOCTYPE html>", "<html lang=\"\(L.strings.slides.htmlLanguage)\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>\(escape(title))</title>", "<style>", css, "</style>", "</head>", "<body>",
                   "<h1>\(escape(title))</h1>"]
        for (n, slide) in slides.enumerated() {
            out.append("<section id=\"slide-\(n + 1)\">")
            out.append("<p class=\"n\">\(n + 1) / \(slides.count)</p>")
            out.append("<h2>\(escape(slide.title))</h2>")
            if let subtitle = slide.subtitle { out.append("<p class=\"sub\">\(escape(subtitle))</p>") }
            for element in slide.elements {
                switch element {
                case .figures(let figures):
                    out.append("<div class=\"figures\">")
                    for f in figures {
                        let kind = f.mark.map { $0 == .met ? " met" : " below" } ?? ""
                        out.append("<div class=\"figure\(kind)\"><span class=\"big\">\(escape(f.value))</span>"
                                   + "<span>\(escape(figureMark(f, glyphs) + f.label))</span>"
                                   + (f.detail.map { "<br><span class=\"detail\">\(escape($0))</span>" } ?? "") + "</div>")
                    }
                    out.append("</div>")
                case .bars(let list):
                    if let h = list.heading { out.append("<p class=\"heading\">\(escape(h))</p>") }
                    out.append("<table class=\"bars\">")
                    for item in list.items {
                        let target = item.target.map { "<i style=\"left:\(percent($0, of: item.scale))\" title=\"\(L.strings.slides.target)\"></i>" } ?? ""
                        out.append("<tr><td>\(escape(item.label))</td><td><div class=\"bar\"><span style=\"width:\(percent(item.value, of: item.scale))\"></span>\(target)</div></td>"
                                   + "<td class=\"num\">\(escape(item.text))</td><td>\(item.met.map { $0 ? glyphs.met : glyphs.below } ?? "")</td></tr>")
                    }
                    out.append("</table>")
                case .bullets(let list):
                    if let h = list.heading { out.append("<p class=\"heading\">\(escape(h))</p>") }
                    out.append("<ul>")
                    for item in list.items {
                        out.append("<li>\(escape(item.text))" + (item.detail.map { "<br><span class=\"detail\">\(escape($0))</span>" } ?? "") + "</li>")
                    }
                    out.append("</ul>")
                case .paragraph(let text):
                    out.append("<p>\(escape(text))</p>")
                case .quote(let text, let source):
                    out.append("<blockquote><p>\(escape(text))</p>" + (source.map { "<cite>— \(escape($0))</cite>" } ?? "") + "</blockquote>")
                case .table(let table):
                    out.append("<table class=\"trend\"><tr><th></th>" + table.years.map { "<th>\($0)</th>" }.joined() + "</tr>")
                    for row in table.rows {
                        out.append("<tr\(row.isBreakdown ? " class=\"breakdown\"" : "")><td>\(escape(row.label))</td>"
                                   + zip(row.values, table.years).map { "<td>\(escape(cell($0.0, row, $0.1, table, glyphs)))</td>" }.joined() + "</tr>")
                    }
                    out.append("</table>")
                case .caption(let text):
                    out.append("<p class=\"caption\">\(escape(text))</p>")
                }
            }
            if let notes = slide.notes { out.append("<aside class=\"notes\"><b>\(notesLabel(L))</b>\n\(escape(notes))</aside>") }
            out.append("</section>")
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }
}
