import Testing
import PIRText

/// A URL wraps at a `/` of its path, or not at all when it fits on a line — never after `https:`.
@Suite struct WrapURLTests {
    static let url = "https://www.ilo.org/sector/activities/sectoral-meetings/WCMS_748682/lang--en/index.htm"

    @Test func aURLLongerThanTheLineBreaksOnlyAfterASlashOfItsPath() {
        // finding 22: at 80×24 this wrapped as `https:` / `//www.ilo.org/…/index.` / `htm`
        for width in 30...85 {
            let lines = Wrapper.wrap(Self.url, width: width)
            #expect(lines.joined() == Self.url, "width \(width): \(lines)")
            #expect(lines.allSatisfy { $0.cellWidth <= width }, "width \(width): \(lines)")
            #expect(lines.first?.hasPrefix("https://www.ilo.org/") == true, "width \(width): \(lines)")
            for line in lines.dropLast() { #expect(line.hasSuffix("/"), "width \(width): \(lines)") }
        }
        #expect(Wrapper.wrap(Self.url, width: 76) == ["https://www.ilo.org/sector/activities/sectoral-meetings/WCMS_748682/",
                                                     "lang--en/index.htm"])
    }

    @Test func aURLThatFitsALineIsNotBroken() {
        let text = "详见劳工组织网站 " + Self.url + "。"
        let lines = Wrapper.wrap(text, width: 90)
        #expect(lines.contains { $0.contains(Self.url) }, "\(lines)")
        #expect(lines.allSatisfy { $0.cellWidth <= 90 })
        // a short one in the middle of a sentence moves to the next line whole
        let short = "资料来源：见 https://www.ilo.org/global/lang--en/index.htm 以及其他。"
        let link = "https://www.ilo.org/global/lang--en/index.htm"
        for width in 24...60 {
            let wrapped = Wrapper.wrap(short, width: width)
            if width >= link.count { #expect(wrapped.contains { $0.contains(link) }, "width \(width): \(wrapped)") }
            #expect(wrapped.joined().filter { $0 != " " } == short.filter { $0 != " " })
            #expect(!wrapped.contains { $0.hasSuffix("https:") || $0.hasSuffix("http") }, "width \(width): \(wrapped)")
        }
    }

    @Test func aPathSegmentLongerThanTheLineIsStillCutToFit() {
        let url = "https://example.org/" + String(repeating: "a", count: 50)
        let lines = Wrapper.wrap(url, width: 30)
        #expect(lines.joined() == url)
        #expect(lines.allSatisfy { $0.cellWidth <= 30 })
        #expect(lines.first == "https://example.org/")
    }
}
