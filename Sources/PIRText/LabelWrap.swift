/// A short label (a figure's label under its big number) on at most two lines, broken between
/// words. Chinese has no spaces to say where a word ends, and the line breaker breaks between any
/// two ideographs, so a label at the width of its cell split words (`直接助力应对新冠疫情危 / 机的成果比例`,
/// `成果总数比两年期目标 / 高出`). Here a break is taken, in this order of preference, after a particle,
/// a conjunction, a comma or a space (`…危机的 / 成果比例`), or before `比`; else at any other place
/// that splits none of the report's words listed below, no number or Latin word, and keeps the
/// line-breaking rules (禁则); of those, the one that leaves the two lines most even.
extension Wrapper {
    /// Breaks after these.
    static let phraseEnds: Set<Character> = ["的", "和", "与", "及", "或", "、", "，", "；", "：", " "]
    /// Breaks before these.
    static let phraseStarts: Set<Character> = ["比"]
    /// Words of the report's labels that a line never splits.
    static let labelWords = ["新冠", "疫情", "危机", "成果", "目标", "比例", "贡献", "重大", "两年期", "成员国", "性别",
                             "平等", "歧视", "可持续", "发展", "残疾人", "待遇", "机会", "政策", "领地", "总数", "取得",
                             "直接", "助力", "应对", "推进", "促进", "主要", "实现", "有助于", "做出", "作为", "高出", "结果"]

    /// `text` on one line where it fits in `width` cells, else on two broken between words, else
    /// wrapped as any text is (`wrap`).
    public static func label(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if text.cellWidth <= width { return [text] }
        let chars = Array(text)
        var inWord = [Bool](repeating: false, count: chars.count + 1)
        for word in labelWords {
            let w = Array(word)
            var i = 0
            while i + w.count <= chars.count {
                if Array(chars[i..<(i + w.count)]) == w { for k in (i + 1)..<(i + w.count) { inWord[k] = true } }
                i += 1
            }
        }
        func lines(_ i: Int) -> (String, String) {
            (String(chars[..<i]).trimmingSpaces, String(chars[i...]).trimmingSpaces)
        }
        var best: (tier: Int, widest: Int, at: Int)?
        for i in 1..<chars.count {
            guard !inWord[i], !TextLayout.splitsToken(chars, at: i), !noStart.contains(chars[i]), !noEnd.contains(chars[i - 1]) else { continue }
            let (a, b) = lines(i)
            guard !a.isEmpty, !b.isEmpty, a.cellWidth <= width, b.cellWidth <= width else { continue }
            let tier = phraseEnds.contains(chars[i - 1]) || phraseStarts.contains(chars[i]) || chars[i] == " " ? 0 : 1
            let widest = max(a.cellWidth, b.cellWidth)
            if best == nil || (tier, widest) < (best!.tier, best!.widest) { best = (tier, widest, i) }
        }
        guard let best else { return wrap(text, width: width) }
        let (a, b) = lines(best.at)
        return [a, b]
    }
}

extension String {
    /// Without the spaces at either end.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
