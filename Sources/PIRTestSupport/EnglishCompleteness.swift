/// The proper names English mode may show in Chinese because the report gives them only in
/// Chinese. Kept short and explicit: each is a name, never an interface word.
public enum EnglishCompleteness {
    public static let names: [String] = [
        // the language switch names the other language in its own script (`w 中文`)
        "中文",
    ]
}
