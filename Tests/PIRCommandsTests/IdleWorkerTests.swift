#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import PIRTerminal

/// The thread that draws frames ahead while the explorer waits for a key: work handed over runs
/// there, in order, without the caller waiting; work handed over later replaces what has not started.
@Suite struct IdleWorkerTests {
    final class Log: @unchecked Sendable {  // `ran` is read and written under `mutex`
        private var ran: [String] = []
        private var mutex = pthread_mutex_t()
        init() { pthread_mutex_init(&mutex, nil) }
        func add(_ s: String) { pthread_mutex_lock(&mutex); ran.append(s); pthread_mutex_unlock(&mutex) }
        var entries: [String] { pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }; return ran }
        /// Waits up to 10 s for `count` entries.
        func wait(for count: Int) -> [String] {
            for _ in 0..<1_000 where entries.count < count { usleep(10_000) }
            return entries
        }
    }

    @Test func workRunsOnAnotherThreadInOrder() {
        let worker = IdleWorker(), log = Log()
        let caller = pthread_self()
        worker.submit([{ log.add(pthread_equal(pthread_self(), caller) != 0 ? "caller" : "a") }, { log.add("b") }])
        #expect(log.wait(for: 2) == ["a", "b"])
        worker.submit([])
        worker.submit([{ log.add("c") }])
        #expect(log.wait(for: 3) == ["a", "b", "c"])
    }

    @Test func laterWorkReplacesWhatHasNotStarted() {
        let worker = IdleWorker(), log = Log()
        // the first piece holds the thread (once it has started) until the second submission is in
        let gate = Log(), started = Log()
        worker.submit([{ started.add("yes"); while gate.entries.isEmpty { usleep(1_000) }; log.add("first") }, { log.add("stale") }])
        #expect(started.wait(for: 1) == ["yes"])
        worker.submit([{ log.add("fresh") }])
        gate.add("open")
        #expect(log.wait(for: 2) == ["first", "fresh"])
        usleep(50_000)
        #expect(log.entries == ["first", "fresh"])
    }
}
