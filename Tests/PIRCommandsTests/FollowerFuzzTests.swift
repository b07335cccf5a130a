import Foundation
import PIRModel
import PIRShare
import PIRTerminal
import PIRUI
import PropertyBased
import Testing

/// Random messages from a peer — hostile numbers, unknown entries, wrong types, control
/// characters — through everything a follower does with them: decoding (`MessageReader`),
/// applying (`FollowedPresentation`) and drawing the slides and the presenter view at a random
/// size. A trap anywhere ends the test process; a value out of range fails an expectation.
@Suite struct FollowerFuzzTests {
    static let report = try! ReportLoader.loadBundled()

    static let numbers = ["0", "1", "2", "-1", "15", "999", "1000000", "1000001", "1e308", "-1e308", "1e19", "-1e19", "9.3e18",
                          "9223372036854775807", "-9223372036854775808", "1e400", "0.5", "-0", "1700000000", "4102444800",
                          "\"7\"", "null", "true", "[]", "{}"]
    static let words = ["\"title\"", "\"overview\"", "\"outcomes\"", "\"outcome 3\"", "\"outcome 99\"", "\"indicator 3.1.2\"",
                        "\"indicator 9.9.9\"", "\"box 15\"", "\"box 99999999999999999999\"", "\"region africa\"", "\"budget\"",
                        "\"trends\"", "\"lessons\"", "\"end\"", "\"\"", "\"\\u001b[2J\\u0007\"", "null", "7",
                        "\"region africa indicator 3.1.2\"", "\"" + String(repeating: "长", count: 300) + "\""]

    /// One message line from picks into the tables: a state, a hello, a bye, a full, or junk.
    static func line(_ kind: Int, _ n: [Int], _ w: [Int]) -> String {
        func num(_ i: Int) -> String { numbers[n[i % n.count] % numbers.count] }
        // two times in three a plausible value, so many states get past decoding to the deck
        func plausible(_ i: Int, _ value: String) -> String { n[i % n.count] % 3 == 0 ? num(i) : value }
        func word(_ i: Int) -> String { words[w[i % w.count] % words.count] }
        // mostly well-formed strings, so most hellos get past decoding to building a deck
        func text(_ i: Int) -> String { let x = word(i); return x.hasPrefix("\"") || w[i % w.count] % 5 == 0 ? x : "\"end\"" }
        switch kind % 6 {
        case 0, 1:
            return #"{"type":"state","state":{"slide":\#(plausible(0, String(n[0] % 40))),"step":\#(plausible(1, String(n[1] % 12))),"blank":\#(n[2 % n.count] % 2 == 0),"startedAt":\#(plausible(3, "1700000000")),"exploring":\#(text(0))}}"#
        case 2:
            let count = n[4 % n.count] % 8
            let entries = (0..<count).map { text($0 + 1) }.joined(separator: ",")
            let notes = (0..<(n[5 % n.count] % (count + 2))).map { text($0 + 3) }.joined(separator: ",")
            let version = n[6 % n.count] % 4 == 0 ? num(6) : "1"
            return #"{"type":"hello","hello":{"version":\#(version),"title":\#(text(2)),"entries":[\#(entries)],"notes":[\#(notes)],"titles":[\#(text(4))]}}"#
        case 3: return #"{"type":"bye"}"#
        case 4: return #"{"type":"full"}"#
        default: return #"{"type":\#(word(5)),"state":\#(num(7))}"#
        }
    }

    @Test func randomMessagesNeverTrapAFollower() async {
        let report = Self.report
        var applied: [ShareMessage.Kind: Int] = [:]
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000).array(of: 1...8), Gen.int(in: 0...1_000).array(of: 8...8),
                            Gen.int(in: 0...1_000).array(of: 6...6)) { kinds, n, w in
            var reader = MessageReader()
            var followed = FollowedPresentation(report: report)
            var state = PresentState(width: 20 + n[0] % 140, height: 5 + n[1] % 50)
            state.showTimer = true
            let bytes = kinds.map { Self.line($0, n.shuffled(), w.shuffled()) + "\n" }.joined()
            var messages: [ShareMessage] = []
            // fed as a peer's reads arrive: in pieces of any size
            let data = Data(bytes.utf8)
            var start = 0
            while start < data.count {
                let end = min(data.count, start + 1 + n[2] % 97)
                // a message refused ends the connection: the follower starts again with a new reader
                do { messages += try reader.feed(data[start..<end]) } catch { reader = MessageReader() }
                start = end
            }
            for message in messages {
                if let s = message.state {
                    #expect(ShareLimits.index.contains(s.slide) && ShareLimits.index.contains(s.step) && ShareLimits.startedAt.contains(s.startedAt))
                }
                followed.apply(message, to: &state, report: report)
                applied[message.type, default: 0] += 1
                let slides = followed.decks.zh.slides
                #expect(slides.isEmpty ? state.slide == 0 : slides.indices.contains(state.slide))
                let time = PresentTime(elapsed: followed.elapsed(now: Date().timeIntervalSince1970), clock: "12:00")
                #expect(time.elapsed >= 0)
                _ = PresentView(report: report, decks: followed.decks).render(state, time: time)
                _ = NotesView(decks: followed.decks).render(state, time: time)
            }
        }
        // the generator reaches past decoding: decks were built and states applied to them
        #expect((applied[.hello] ?? 0) > 10 && (applied[.state] ?? 0) > 10, "\(applied)")
    }

    @Test func theWireAndDecksHaveOneLimitOnEntries() {
        // every entry makes one slide: an announcement lists at most as many entries as a deck may have
        // slides, so what a follower builds from one stays inside the deck limits
        #expect(ShareLimits.maxEntries == DeckLimits.maxSlides)
    }

    @Test(arguments: [1e308, -1e308, 1e19, -1e19, 9.3e18, .infinity, -.infinity, .nan, 0, -1])
    func theTimerNeverTrapsWhateverTheClocks(_ now: Double) {
        var followed = FollowedPresentation(report: Self.report)
        var state = PresentState(width: 80, height: 24)
        followed.apply(.state(ShareState(slide: 0, step: 0, blank: false, startedAt: 1_700_000_000, exploring: nil)), to: &state, report: Self.report)
        #expect((0...1_000_000_000).contains(followed.elapsed(now: now)))
    }
}
