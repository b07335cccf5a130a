import ArgumentParser
import PIRModel
import PIRTerminal
import PIRUI

/// `pir bench`: in-process timings for `benchmarks/run` — loading, building the search index, a
/// search over the whole report, and one key's reduce + render + diff at a given terminal size.
/// Hidden from help: it is the benchmark script's probe, not something a reader of the report needs.
/// Prints one JSON object of raw nanosecond samples; the script computes the statistics.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "In-process timings for benchmarks/run (JSON on stdout).",
        shouldDisplay: false
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "Terminal width for the key timings.") var width = 200
    @Option(help: "Terminal height for the key timings.") var height = 60
    @Option(help: "Runs of loading, indexing and searching.") var runs = 10
    @Option(help: "Key presses timed per kind of key.") var keys = 200
    @Option(help: "The search query.") var query = "就业"

    func run() throws {
        var out: [(String, String)] = []
        func samples(_ name: String, _ values: [UInt64]) { out.append((name, "[" + values.map(String.init).joined(separator: ",") + "]")) }

        var report: Report?
        var loads: [UInt64] = []
        for _ in 0..<max(1, runs) {
            let start = Trace.now()
            report = try global.loadReport()
            loads.append(Trace.now() - start)
        }
        guard let report else { return }
        samples("load_ns", loads)

        var builds: [UInt64] = [], searches: [UInt64] = []
        var hitCount = 0
        for _ in 0..<max(1, runs) {
            // a fresh index each run: the index keeps the last query's hits, and a repeat would time that
            let index = SearchIndex(report: report)
            let start = Trace.now()
            index.prepare()
            let built = Trace.now()
            hitCount = index.search(query, limit: Int.max).count
            searches.append(Trace.now() - built)
            builds.append(built - start)
        }
        samples("index_ns", builds)
        samples("search_ns", searches)
        out.append(("search_hits", "\(hitCount)"))
        // What a reader waits for: a fresh index asked for the prompt's page of hits, which
        // indexes only as many sections as it takes to fill the page.
        var pages: [UInt64] = []
        for _ in 0..<max(1, runs) {
            let index = SearchIndex(report: report)
            let start = Trace.now()
            _ = index.search(query)
            pages.append(Trace.now() - start)
        }
        samples("first_page_ns", pages)

        let reducer = Reducer(report: report)
        let view = ExplorerView(report: report, reducer: reducer)
        var state = reducer.reduce(AppState(width: width, height: height), .resize(width: width, height: height))
        var previous = view.render(state)
        var reduceTimes: [UInt64] = [], renderTimes: [UInt64] = [], diffTimes: [UInt64] = [], cells: [UInt64] = []
        /// One key the way the session handles it; returns nothing, records the costs when `record`.
        func press(_ key: Key, record: Bool) {
            let t0 = Trace.now()
            state = reducer.reduce(state, .key(key))
            let t1 = Trace.now()
            let frame = view.render(state)
            let t2 = Trace.now()
            let changed = frame.changedCells(since: previous).count
            let t3 = Trace.now()
            previous = frame
            if record {
                reduceTimes.append(t1 - t0); renderTimes.append(t2 - t1); diffTimes.append(t3 - t2)
                cells.append(UInt64(changed))
            }
        }
        func flush(_ kind: String) {
            samples("\(kind)_reduce_ns", reduceTimes); samples("\(kind)_render_ns", renderTimes)
            samples("\(kind)_diff_ns", diffTimes); samples("\(kind)_cells", cells)
            reduceTimes = []; renderTimes = []; diffTimes = []; cells = []
        }
        /// Moves down until the selection stops moving, then up, and so on.
        func walk(_ kind: String, position: () -> Int) {
            var down = true
            for _ in 0..<max(1, keys) {
                let before = position()
                press(down ? .down : .up, record: true)
                if position() == before {
                    down.toggle()
                    reduceTimes.removeLast(); renderTimes.removeLast(); diffTimes.removeLast(); cells.removeLast()
                    press(down ? .down : .up, record: true)
                }
            }
            flush(kind)
        }
        // A row move in the indicators pane of the first outcome, then an outcome switch.
        press(.enter, record: false)
        walk("row") { state.indicator }
        press(.escape, record: false)
        walk("outcome") { state.outcome }
        // Typing the query's last character into the search prompt: the search the prompt runs per key.
        press(.char("/"), record: false)
        for character in query.dropLast() { press(.char(character), record: false) }
        for _ in 0..<max(1, runs) {
            if let last = query.last {
                press(.char(last), record: true)
                press(.backspace, record: false)
            }
        }
        flush("search_key")
        out.append(("rss_kib", "\(Trace.peakRSSKiB())"))
        emit("{" + out.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}\n")
    }
}
