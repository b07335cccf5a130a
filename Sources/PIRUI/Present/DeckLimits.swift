import PIRModel

/// What a deck may expand to, checked before the work: a deck file of 1 MiB can name 65,000 slides
/// (`indicator 3.1.2` is 16 bytes), which took 19.7 s and 790 MB and wrote 161 MB with
/// `--export txt`. A presentation is tens of slides; the limits are far above that and far below harm.
public enum DeckLimits {
    /// Slides in one deck, from a deck file or the standard deck of a `--data` report. The standard
    /// deck of the 2020–21 report has 15; a deck of every indicator, region and box about 160.
    public static let maxSlides = 500
    /// The text a deck's slides may hold together (titles, figures, items, paragraphs, notes), in
    /// UTF-8 bytes: what `--export txt` writes is this text with some layout. The standard deck
    /// holds about 30 KB; a deck of every slide pir can make of the bundled report under 1 MiB.
    public static let maxTextBytes = 8 << 20

    static let tooManySlides = "more than \(maxSlides) slides, the limit for a deck"

    /// Nil, or why `deck` is too large, naming the limit and its value.
    public static func problem(_ deck: Deck) -> String? {
        if deck.slides.count > maxSlides {
            return "the deck has \(deck.slides.count) slides, over the limit of \(maxSlides)"
        }
        let bytes = textBytes(deck)
        if bytes > maxTextBytes {
            return "the deck's slides hold \(BoundedFile.describe(bytes: bytes)) of text, over the limit of \(BoundedFile.describe(bytes: maxTextBytes))"
        }
        return nil
    }

    /// The UTF-8 bytes of every slide's text and notes.
    public static func textBytes(_ deck: Deck) -> Int {
        deck.slides.reduce(0) { $0 + $1.searchText.utf8.count + ($1.notes?.utf8.count ?? 0) }
    }
}
