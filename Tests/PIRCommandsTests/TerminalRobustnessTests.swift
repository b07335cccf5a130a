import Foundation
import Testing

/// The explorer in a real pseudo-terminal when things go wrong: signals, a crash, Ctrl-Z, the
/// terminal closing under it, random keys and window sizes. Whatever happens, the terminal is left as
/// it was found (alternate screen left, cursor shown, keypad and mouse modes off, the tty's settings
/// restored) and the exit status says what happened.
@Suite(.serialized) struct TerminalRobustnessTests {
    func expectRestored(_ o: Observation, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(o.strings("modes_left_on") == [], "modes left on: \(o)", sourceLocation: sourceLocation)
        #expect(o.bool("tty_restored") == true, "tty settings not restored: \(o)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [("INT", 130), ("TERM", 143), ("HUP", 129), ("QUIT", 131), ("SEGV", 139), ("ABRT", 134),
                      ("BUS", 135), ("FPE", 136), ("ILL", 132)])
    func aFatalSignalRestoresTheTerminal(name: String, status: Int) async throws {
        let o = try await PTY.run("pty-scenarios", ["signal", name])
        #expect(o.bool("started") == true, "\(o)")
        #expect(o.int("status") == status, "SIG\(name): \(o)")
        expectRestored(o)
    }

    /// SIGPIPE is ignored in the explorer: a write to a dead terminal fails and the read loop ends it.
    @Test func sigpipeIsIgnored() async throws {
        let o = try await PTY.run("pty-scenarios", ["signal", "PIPE"])
        #expect(o.bool("exited") == false, "\(o)")
        #expect(o.bool("answers_after_signal") == true, "\(o)")
        #expect(o.int("status_after_q") == 0, "\(o)")
        expectRestored(o)
    }

    /// A real Swift trap (fatalError, with PIR_TEST_CRASH set) with the explorer on screen.
    @Test func aCrashRestoresTheTerminal() async throws {
        let o = try await PTY.run("pty-scenarios", ["crash"])
        #expect(o.bool("started") == true, "\(o)")
        // SIGILL on x86_64 (ud2), SIGTRAP on arm64 (brk)
        #expect([132, 133].contains(o.int("status") ?? 0), "\(o)")
        #expect(o.string("stderr").contains("PIR_TEST_CRASH"), "\(o)")
        expectRestored(o)
    }

    @Test func suspendAndResume() async throws {
        let o = try await PTY.run("pty-scenarios", ["suspend"])
        #expect(o.bool("stopped") == true, "\(o)")
        // while stopped the shell has its terminal back: normal screen, cursor, no mouse reports
        #expect(o.strings("modes_left_on_while_stopped") == [], "\(o)")
        #expect(o.bool("left_alternate_screen_on_stop") == true, "\(o)")
        // on SIGCONT: the alternate screen, keypad and mouse again, and a full repaint of where it was
        #expect(o.bool("reentered_alternate_screen") == true, "\(o)")
        #expect(Set(o.strings("modes_on_after_resume") ?? []).isSuperset(of: ["alternate screen", "cursor", "keypad", "mouse"]), "\(o)")
        #expect(o.bool("repainted_on_resume") == true, "\(o)")
        #expect(o.bool("answers_after_resume") == true, "\(o)")
        #expect(o.int("status_after_q") == 0, "\(o)")
        expectRestored(o)
    }

    /// The terminal closes under pir (an SSH link drops, a window is closed): pir ends at once, as a
    /// hang-up (129), whether the kernel sends SIGHUP (it is the controlling terminal) or only the
    /// reads fail (it is not) — no process is left spinning.
    @Test(arguments: [true, false])
    func theTerminalClosing(controlling: Bool) async throws {
        let o = try await PTY.run("pty-scenarios", ["hangup"] + (controlling ? [] : ["--no-controlling"]))
        #expect(o.bool("started") == true, "\(o)")
        #expect(o.int("status") == 129, "\(o)")
        #expect((o.double("seconds_to_exit") ?? 99) < 5, "\(o)")
        #expect(o.bool("process_left") == false, "\(o)")
    }

    /// 10,000 events, counted rather than timed so every run, on any machine however busy, does the
    /// same work (seed 7: 10,000 events, 10 checks, about 700 resizes): random keys, control keys,
    /// function keys, escape sequences complete, cut short and garbled, SGR/X10/urxvt mouse
    /// reports, long Chinese pastes and window sizes from 1x1 to 300x100. Every 1,000 events pir
    /// must answer (a resize repaints, `?` shows the help, Esc hides it); random `q`s and the final
    /// one exit 0 with the terminal restored. scripts/fuzz-long runs a million events on a release build.
    @Test func randomKeysAndResizesInARealTerminal() async throws {
        let crashDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("pir-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: crashDirectory) }
        let o = try await PTY.run("pty-fuzz", ["--seed", "7", "--events", "10000", "--batch", "1000",
                                         "--crash-dir", crashDirectory.path, "--json"])
        print("pty-fuzz seed 7: \(o.int("events") ?? 0) events, \(o.int("bytes_sent") ?? 0) bytes, \(o.int("resizes") ?? 0) resizes, "
              + "\(o.int("checks") ?? 0) checks, \(o.int("sessions") ?? 0) sessions in \(o.double("seconds") ?? 0) s; slowest answer \(o.double("slowest_response") ?? 0) s")
        let failures = (o["failures"] as? [[String: Any]]) ?? []
        #expect(failures.isEmpty, "\(failures)\n\(o.log)")
        #expect(o.int("crashes") == 0, "\(o)")
        #expect(o.int("hangs") == 0, "\(o)")
        #expect(o.int("not_restored") == 0, "\(o)")
        #expect((o.int("events") ?? 0) >= 10_000, "only \(o.int("events") ?? 0) events: \(o)")
        #expect((o.int("checks") ?? 0) >= 10, "\(o)")
        #expect((o.int("resizes") ?? 0) >= 500, "\(o)")
        #expect(o.int("final_status") == 0, "\(o)")
        #expect(o.bool("restored") == true, "\(o)")
        #expect(o.strings("final_modes_left_on") == [], "\(o)")
    }
}
