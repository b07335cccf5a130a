#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thread that does the work a run loop hands it while it waits for a key (the frames the next
/// keys may lead to, `FramesAhead.work`), so that work never delays a key: the loop only
/// hands the work over. Work handed over replaces what was not started yet (it was for a state that
/// is gone); what is running finishes. The thread is made on the first work and lives until the
/// process exits.
final class IdleWorker: @unchecked Sendable {  // `waiting` and `started` are read and written under `mutex`
    private var waiting: [@Sendable () -> Void] = []
    private var started = false
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let ready = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(ready, nil)
    }

    /// Hands `work` over (nothing when it is empty) and returns at once; the work runs in order.
    func submit(_ work: [@Sendable () -> Void]) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if work.isEmpty && waiting.isEmpty { return }
        waiting = work
        if !started {
            started = start()
            // no thread (the system refused one): the work is not done, and each key lays out its own text
            if !started { waiting = []; return }
        }
        pthread_cond_signal(ready)
    }

    private func start() -> Bool {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        guard pthread_create(&thread, nil, { context in
            Unmanaged<IdleWorker>.fromOpaque(context!).takeRetainedValue().loop()
        }, context) == 0 else {
            Unmanaged<IdleWorker>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    private func loop() -> Never {
        #if os(Linux)
        // idle time only: the scheduler runs this thread when nothing else of any process wants a
        // core, so on a busy (or one-core) machine the key's own thread is never slowed by it
        // (SCHED_IDLE is 5 in <sched.h>, defined only under _GNU_SOURCE, which Swift's Glibc lacks)
        var parameters = sched_param()
        sched_setscheduler(0, 5, &parameters)
        #endif
        while true {
            pthread_mutex_lock(mutex)
            while waiting.isEmpty { pthread_cond_wait(ready, mutex) }
            let next = waiting.removeFirst()
            pthread_mutex_unlock(mutex)
            next()
        }
    }
}
