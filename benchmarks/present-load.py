#!/usr/bin/env python3
"""Load test for `pir present --share`: does a crowd of followers — one of them stuck, never
reading — slow the presenter down? Prints a table and writes benchmarks/results/present-load.json.

    swift build -c release --static-swift-stdlib --product pir
    benchmarks/present-load.py                 # 400 keys alone, then with 50 followers (one stuck)
    benchmarks/present-load.py --keys 100      # shorter

How it measures:
  - The presenter is the release `pir present --share NAME` in a pseudo-terminal (120x40), driven
    through scripts/ptyharness.py. For each key the harness notes the time, writes the key (`]`
    and `[` in turn, so every key changes the slide), and reads the terminal until it has been
    quiet for 20 ms. Key-to-frame is the time from writing the key to the last byte of the frame.
  - Followers speak the protocol directly (one JSON line per message on the Unix socket): 49
    read everything as it comes, in one thread with select; one connects and never reads. For
    every key the harness knows which state it causes, so it reads off each reader's lag (key
    written → that state received) and, whenever a key is sent, how many changes each reader is
    behind (0 means it has the presenter's slide; the goal is at most 1).
  - After the run the stuck follower starts reading: it receives the newest state, and fewer
    states than were sent (the presenter replaced the ones it could not take), which shows its
    socket was full during the run.
  - With --real N, N of the readers are real `pir follow` processes in their own terminals
    (80x24); they cost CPU on the same machine, and are counted in "followers".

Only Python 3's standard library is needed.
"""
import argparse
import json
import os
import platform
import select
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from ptyharness import Pir, pir_env  # noqa: E402

KEYS = [b"]", b"["]


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1)))))
    return ordered[k]


def summary(values):
    return {"n": len(values), "median": statistics.median(values) if values else float("nan"),
            "p95": percentile(values, 95), "max": max(values) if values else float("nan")}


class Reader:
    """A follower that reads every message as it arrives and notes when each state came."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.sock.setblocking(False)
        self.buffer = b""
        self.states = []  # (monotonic time, slide, step)
        self.hello = False
        self.closed = False

    def on_readable(self):
        try:
            chunk = self.sock.recv(65536)
        except BlockingIOError:
            return
        if not chunk:
            self.closed = True
            return
        now = time.monotonic()
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            message = json.loads(line)
            if message["type"] == "hello":
                self.hello = True
            elif message["type"] == "state":
                self.states.append((now, message["state"]["slide"], message["state"]["step"]))


class Crowd:
    """All the reading followers, served by one thread."""

    def __init__(self, readers):
        self.readers = readers
        self.stop = False
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        by_fd = {r.sock.fileno(): r for r in self.readers}
        while not self.stop:
            ready, _, _ = select.select(list(by_fd), [], [], 0.05)
            with self.lock:
                for fd in ready:
                    by_fd[fd].on_readable()

    def states_seen(self):
        with self.lock:
            return [len(r.states) for r in self.readers]

    def close(self):
        self.stop = True
        self.thread.join()


def start_presenter(binary, name, runtime, size):
    env = pir_env(XDG_RUNTIME_DIR=runtime)
    pir = Pir(binary, ["present", "--share", name], env=env, size=size)
    if pir.drain(quiet=0.3, timeout=20) is None:
        raise SystemExit("the presenter did not draw its first slide")
    return pir


def drive(pir, keys, crowd=None, pace_quiet=0.02):
    """Sends keys one at a time; returns key-to-frame times (s), the time each key was written,
    and, with a crowd, how many changes behind each reader was when each key was sent."""
    frame_times, sent_at, behind = [], [], []
    for n in range(keys):
        if crowd is not None:
            seen = crowd.states_seen()
            # state 0 is the one every follower gets on connecting; key k causes state k
            behind.append(max(n - (s - 1) for s in seen))
        pir.read_available()  # nothing left over from the frame before
        t0 = time.monotonic()
        os.write(pir.master, KEYS[n % 2])  # not pir.write: it would read the frame itself
        sent_at.append(t0)
        last = None
        deadline = t0 + 5
        while time.monotonic() < deadline:
            ready, _, _ = select.select([pir.master], [], [], pace_quiet)
            if ready and pir.read_available():
                last = time.monotonic()
            elif last is not None:
                break
        if last is None:
            raise SystemExit("no frame after key %d" % n)
        frame_times.append(last - t0)
    return frame_times, sent_at, behind


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "pir"))
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--followers", type=int, default=50, help="followers in all, the stuck one included")
    parser.add_argument("--real", type=int, default=0, help="how many of them are real `pir follow` processes")
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        raise SystemExit("%s not found: build it with `swift build -c release --static-swift-stdlib --product pir`" % args.binary)
    width, height = (int(v) for v in args.size.split("x"))
    runtime = tempfile.mkdtemp(prefix="pir-present-load-")
    os.chmod(runtime, 0o700)
    name = "load-" + uuid.uuid4().hex[:8]
    path = os.path.join(runtime, "pir", "%s.sock" % name)  # $XDG_RUNTIME_DIR/pir/NAME.sock
    results = {"machine": "%s, %d CPUs, %s" % (platform.platform(), os.cpu_count(), platform.python_version()),
               "binary": args.binary, "keys": args.keys, "size": args.size}
    try:
        # 1. the presenter alone
        pir = start_presenter(args.binary, name, runtime, (width, height))
        alone, _, _ = drive(pir, args.keys)
        pir.write(b"Q")
        pir.wait(5)
        pir.close()

        # 2. the same with the crowd: readers, real followers, one stuck
        pir = start_presenter(args.binary, name, runtime, (width, height))
        stuck = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stuck.connect(path)  # and never reads until the end
        real = [Pir(args.binary, ["follow", name], env=pir_env(XDG_RUNTIME_DIR=runtime), size=(80, 24)) for _ in range(args.real)]
        readers = [Reader(path) for _ in range(max(0, args.followers - 1 - args.real))]
        crowd = Crowd(readers)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not all(r.hello and r.states for r in readers):
            time.sleep(0.02)
            for f in real:
                f.read_available()
        pir.drain(quiet=0.1)
        crowded, sent_at, behind = drive(pir, args.keys, crowd)
        time.sleep(0.3)
        crowd.close()
        # each reader's lag for each key: key written → the state it caused arrived
        lags = []
        complete = 0
        for r in readers:
            states = r.states[1:]  # the first is the state on connecting
            if len(states) >= args.keys:
                complete += 1
            for n, (received, _, _) in enumerate(states[:args.keys]):
                lags.append(received - sent_at[n])
        final = (readers[0].states[-1][1], readers[0].states[-1][2]) if readers else None
        # now the stuck follower reads: the newest state, and fewer than were sent
        stuck.setblocking(False)
        got = b""
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < 1.0:
            ready, _, _ = select.select([stuck], [], [], 0.1)
            if ready:
                chunk = stuck.recv(1 << 20)
                if not chunk:
                    break
                got += chunk
                quiet_since = time.monotonic()
        stuck_states = [json.loads(l)["state"] for l in got.split(b"\n") if l and json.loads(l)["type"] == "state"]
        for f in real:
            f.read_available()
        alive = pir.poll() is None
        pir.write(b"Q")
        status = pir.wait(5)
        pir.close()
        for f in real:
            f.close()

        results["samples_ms"] = {"alone": [v * 1000 for v in alone], "crowd": [v * 1000 for v in crowded],
                                 "follower_lag": [v * 1000 for v in lags], "changes_behind": list(behind)}
        results["followers"] = len(readers) + len(real) + 1
        results["alone_ms"] = {k: v * 1000 for k, v in summary(alone).items() if k != "n"}
        results["crowd_ms"] = {k: v * 1000 for k, v in summary(crowded).items() if k != "n"}
        results["follower_lag_ms"] = {k: v * 1000 for k, v in summary(lags).items() if k != "n"}
        results["max_changes_behind"] = max(behind) if behind else None
        results["readers_with_every_state"] = "%d of %d" % (complete, len(readers))
        results["stuck"] = {"states_sent": args.keys + 1, "states_received": len(stuck_states),
                            "last_matches_presenter": bool(stuck_states) and final is not None
                            and (stuck_states[-1]["slide"], stuck_states[-1]["step"]) == final}
        results["presenter_exit"] = status
        results["presenter_alive_throughout"] = alive

        followers = len(readers) + len(real) + 1
        print()
        print("pir present --share: key-to-frame with and without followers (%s, %d keys each, %s)" % (args.size, args.keys, results["machine"]))
        print()
        print("| %-44s | %8s | %8s | %8s |" % ("", "median", "p95", "max"))
        print("|%s|%s|%s|%s|" % ("-" * 46, "-" * 10, "-" * 10, "-" * 10))
        for label, key in [("key-to-frame, presenter alone (ms)", "alone_ms"),
                           ("key-to-frame, %d followers, 1 stuck (ms)" % followers, "crowd_ms"),
                           ("follower lag, key to state received (ms)", "follower_lag_ms")]:
            s = results[key]
            print("| %-44s | %8.2f | %8.2f | %8.2f |" % (label, s["median"], s["p95"], s["max"]))
        print()
        print("most changes any reader was behind when a key was sent: %s (goal: at most 1)" % results["max_changes_behind"])
        print("readers that received every state: %s" % results["readers_with_every_state"])
        print("stuck follower, once it read: %d of %d states, the last %s the presenter's" % (
            results["stuck"]["states_received"], results["stuck"]["states_sent"],
            "matching" if results["stuck"]["last_matches_presenter"] else "NOT matching"))
        print("presenter exit status after Q: %s" % status)
        os.makedirs(os.path.join(ROOT, "benchmarks", "results"), exist_ok=True)
        with open(os.path.join(ROOT, "benchmarks", "results", "present-load.json"), "w") as f:
            json.dump(results, f, indent=2)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


if __name__ == "__main__":
    main()
