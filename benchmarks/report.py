#!/usr/bin/env python3
"""Writes docs/performance.md from benchmarks/results.json, so the figures people read are the
figures a run measured and nobody edits them by hand. benchmarks/run calls it after every run;
run it alone to regenerate the page without measuring again.

    benchmarks/report.py            # writes docs/performance.md
    benchmarks/report.py --check    # exit 1 if docs/performance.md is not what results.json gives

Only Python 3's standard library is needed (swift test runs --check with /usr/bin/python3).
"""
import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "benchmarks", "results.json")
PAGE = os.path.join(ROOT, "docs", "performance.md")
CHANGES = os.path.join(ROOT, "benchmarks", "changes.json")


def fmt(v, unit):
    """A figure as the table prints it: three significant digits for times, whole numbers else."""
    if v is None:
        return "–"
    if unit == "ms":
        return f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}"
    if unit == "×":
        return f"{v:.2f}" if v < 10 else f"{v:.1f}"
    if unit == "MB":
        return f"{v:.1f}"
    return f"{v:,.0f}"


def table(rows):
    """The Markdown table of every row: min / median / max, the goal and whether it is met."""
    header = ["", "figure", "unit", "min", "median", "max", "goal", "met"]
    body = []
    section = None
    for row in rows:
        goal = row.get("goal")
        met = "" if goal is None else ("yes" if row.get("met") else "NO")
        bound = "" if goal is None else ("≥ " if row.get("better") == "higher" else "≤ ") + fmt(goal, row["unit"])
        body.append([row["section"] if row["section"] != section else "", row["figure"], row["unit"],
                     fmt(row.get("min"), row["unit"]), fmt(row.get("median"), row["unit"]),
                     fmt(row.get("max"), row["unit"]), bound, met])
        section = row["section"]
    widths = [max(len(r[c]) for r in body + [header]) for c in range(len(header))]

    def render(r):
        return "| " + " | ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |"
    lines = [render(header),
             "|" + "|".join("-" * (w + 2) if i < 3 else "-" * (w + 1) + ":" for i, w in enumerate(widths)) + "|"]
    return "\n".join(lines + [render(r) for r in body])


def row(rows, section_prefix, figure_prefix):
    for r in rows:
        if r["section"].startswith(section_prefix) and r["figure"].strip().startswith(figure_prefix):
            return r
    return None


# Why a goal is missed, for the goals a run has missed so far: shown only while the run misses it.
# Each takes the rows so that the figures it quotes are this run's.
WHY_MISSED = {
    "row move: key read → frame written (session)": lambda rows: (
        "Inside the process the same key is "
        f"{fmt(row(rows, 'scale 1×', 'row move')['median'], 'ms')} ms (the scale 1× row); the session "
        "adds ncurses' `doupdate` and the write to the terminal "
        f"({fmt(row(rows, 'one key', 'of which draw')['median'], 'ms')} ms median), and caches and a CPU "
        "gone cold in the 30 ms between keys."),
    "outcome switch: key read → frame written (session)": lambda rows: (
        "Inside the process it is "
        f"{fmt(row(rows, 'scale 1×', 'outcome switch')['median'], 'ms')} ms (the scale 1× row); the "
        "session adds ncurses and the write, and the first layout of each outcome's detail text."),
    # the rows of runs before the key read was traced (their figures are the three parts' sum)
    "row move: reduce + render + draw (session)": lambda rows: (
        "Inside the process the same key is "
        f"{fmt(row(rows, 'scale 1×', 'row move')['median'], 'ms')} ms (the scale 1× row); the session "
        "row adds ncurses' `doupdate` and the write to the terminal "
        f"({fmt(row(rows, 'one key', 'of which draw')['median'], 'ms')} ms median)."),
    "outcome switch: reduce + render + draw (session)": lambda rows: (
        "These keys were not outcome switches: the run's Esc had left the explorer (opened from the "
        "overview) first, so they moved the overview's rows; `benchmarks/run` now switches outcomes "
        "in the explorer's outcomes pane."),
}


def goals(rows):
    met = [r for r in rows if r.get("goal") is not None and r.get("met")]
    missed = [r for r in rows if r.get("goal") is not None and not r.get("met")]
    out = [f"{len(met)} of {len(met) + len(missed)} goals met in this run."]
    if missed:
        out += ["", "Missed:", ""]
        for r in missed:
            label = f"{r['section']}, {r['figure'].strip()}"
            line = f"- **{label}**: median {fmt(r.get('median'), r['unit'])} {r['unit']} against " \
                   f"{'≥' if r.get('better') == 'higher' else '≤'} {fmt(r['goal'], r['unit'])}."
            why = WHY_MISSED.get(r["figure"].strip())
            if why:
                line += " " + why(rows)
            out.append(line)
    return "\n".join(out)


def presenting(raw):
    load = raw.get("present_load")
    if not load:
        return "This run has no presenting figures."
    stuck = load["stuck"]
    return (f"{load['followers']} followers on the socket ({load['readers_with_every_state']} readers "
            f"received every state), {load['keys']} keys at {load['size']}. At most "
            f"{load['max_changes_behind']} slide changes behind for any reader when the next key was sent. "
            f"The stuck follower, once it read, received {stuck['states_received']} of the "
            f"{stuck['states_sent']} states (the presenter replaced the rest); its last state "
            f"{'matched' if stuck['last_matches_presenter'] else 'did NOT match'} the presenter's slide.")


def changes():
    """What each start-up change bought, from benchmarks/changes.json: measured when the change was
    made, beside the build without it, so the figures are that day's (the file says how)."""
    try:
        with open(CHANGES, encoding="utf-8") as f:
            recorded = json.load(f)
    except OSError:
        return "No changes are recorded (benchmarks/changes.json is missing)."
    lines = [recorded["how"], "", "| change | figure | before | after |", "|---|---|---:|---:|"]
    for c in recorded["changes"]:
        lines.append(f"| {c['change']} | {c['figure']} | {c['before']} | {c['after']} |")
    if recorded.get("how_scale"):  # the scale changes were measured another day, another way
        lines += ["", recorded["how_scale"]]
    if recorded.get("how_keys"):  # and the key path's (issue 18's bytes and key cost) another
        lines += ["", recorded["how_keys"]]
    if recorded.get("how_startup"):  # so were the later start-up and one-shot changes
        lines += ["", recorded["how_startup"]]
    if recorded.get("how_oneshot"):  # and the one-shot decode scopes after those
        lines += ["", recorded["how_oneshot"]]
    if recorded.get("not_kept"):
        lines += ["", "Measured and not kept:", ""] + [f"- {n}" for n in recorded["not_kept"]]
    return "\n".join(lines)


def page(raw):
    m = raw["machine"]
    when = raw.get("date", "(the run did not record its date)")
    build = raw.get("build", "(the run did not record its build)")
    commit = f", at commit `{raw['commit'][:12]}`" if raw.get("commit") else ""
    quick = ("\n**This is a `--quick` run: one sample of each, a smoke check and not a measurement.**\n"
             if raw.get("quick") else "")
    return f"""<!-- Generated by benchmarks/report.py from benchmarks/results.json: do not edit by hand.
     benchmarks/run measures and regenerates it; benchmarks/report.py regenerates it alone. -->
# Performance

How fast pir starts, what a key costs, how many bytes it writes to the terminal, how much memory it
takes, how large the binary is, and how it scales to a report ten and a hundred times the size —
each beside its physical floor where there is one (a C program drawing the same first screen with
ncursesw, a static Swift program printing the same text, the bytes of the cells a key changes), and
beside VisiData and `less` on the same data. The tables come from `benchmarks/results.json`, written
by the last run of `benchmarks/run`, and `benchmarks/changes.json`.

## The latest run

Run on {when}{commit}; build: {build}.
Machine: {m['cpu']}, {m['cores']} cores, {m.get('ram_gib', '?')} GiB RAM, {m['os']}; {m['swift']}.
{quick}
{table(raw["table"])}

{goals(raw["table"])}

Presenting (`benchmarks/present-load.py`): {presenting(raw)}

## Running it

```sh
benchmarks/run            # the full run, a few minutes; writes results.json and this page
benchmarks/run --quick    # one run of each on the 1× and 10× data: a smoke check, not a measurement
benchmarks/report.py      # this page again from results.json, without measuring
```

`benchmarks/run` builds the release binary (`swift build -c release --static-swift-stdlib --disable-local-rpath`) and the
two floors (`benchmarks/floor.c` with `cc -O2 -lncursesw`, `benchmarks/floor-print.swift` with
`swiftc -O -static-stdlib`), installs
VisiData 3.4 and pyte (a terminal emulator, to see when a screen is complete) from PyPI into
`benchmarks/.venv`, and writes its datasets to `benchmarks/data/` (both ignored by git). Run it on an
otherwise idle machine: the figures are only as steady as the machine is quiet.

## How the figures are taken

- **pir ÷ floor, first frame**: pir with no arguments and `benchmarks/floor.c` run in turn (the order
  alternating each round) in a 120×40 pseudo-terminal. The floor draws pir's own first screen, as
  the emulator saw pir draw it, with ncursesw, set up as pir sets the terminal up, in one refresh;
  the run stops if the floor's screen differs from pir's in any cell. For both, the figure is fork →
  the chunk of output after which the emulated screen is complete (chunks are timestamped as they
  arrive and fed to the emulator afterwards, so its cost is in neither).
- **One-shot ÷ static Swift**: `pir show 3.1.3`, `pir search 就业` and `pir export --what indicators`
  (standard output to `/dev/null`), each in turn with `benchmarks/floor-print.swift`, a static Swift
  program that reads the text pir printed from a file and writes it; fork → exit.
- **Bytes ÷ changed cells**: for each key, the bytes pir wrote over the UTF-8 bytes of the cells whose
  character or look changed on the emulated screen — what any program must send, styles aside.
- **Shortest emitter**: for the same two screens, `benchmarks/emitter.py` computes the shortest bytes
  that turn the screen before the key into the one after it when written row by row, left to right:
  each changed cell's UTF-8, the shortest cursor move to each run of changes, the shortest SGR for each
  change of look, ECH/EL for blanks, and unchanged cells rewritten where that is shorter than a move.
  The harness replays those bytes on a copy of the emulated screen and counts the cells that then
  differ from pir's (none, every time). It does not scroll, and pir's ncurses does when the detail pane
  shifts its text, so for a few keys pir sends fewer bytes than it. "shortest emitter ÷ changed cells'
  bytes" is how far the goal's denominator lies below what cursor moves and looks cost; "pir ÷
  shortest emitter" is what ncurses adds on top.
- **Binary**: `.build/release/pir` copied and `strip`ped.
- **First complete frame**: pir runs in a pseudo-terminal (120×40) with `--trace FILE`, which writes
  CLOCK_MONOTONIC timestamps of `main`, the command line parsed, the report loaded, the terminal
  ready and every frame flushed (with its reduce / render / draw times). The harness reads the same
  clock before it forks, so the figure is fork → the first frame fully written. VisiData (on `pir
  export --what indicators --format csv`) and `less` (on `pir show 3`) have no trace: theirs is fork
  → the moment the emulated screen first shows their status line.
- **Bytes**: after each key the harness waits for that key's frame in the trace, reads the terminal
  until it has been quiet for 30 ms and counts the bytes (VisiData and less: until quiet for
  300 ms). The indicators-pane row moves walk outcomes 1, 3 and 7 down and back; outcome switches
  walk 1→C→1 with `j` and `k` in the outcomes pane, then jump by number (5, 2, 7, 4, 8, 1, 3, …:
  two to seven outcomes at a time).
- **Frames drawn ahead**: while the explorer waits for a key, an idle-priority thread draws the
  frames `j` and `k` would lead to in the outcomes and indicators panes (`FramesAhead`), so the
  row-move and outcome-switch rows measure keys whose frame was usually ready; the harness waits
  30 ms after each key, as a person's next key does. The switches by number are keys nothing was
  drawn ahead for: their row is what any other key in those panes costs.
- **The VisiData ratio** rests on VisiData's start-up, which moves by tens of milliseconds from run
  to run on a shared machine while pir's stays within a few; runs have landed on both sides of 10×,
  so a "yes" there means "in this run".
- **One key in-process**: the hidden `pir bench` command times reduce + render + the frame diff
  (what the backend compares) for 200 row moves and 200 outcome switches at 200×60, a search for 就业
  over the whole report (every hit, no limit), and loading. The session rows time the same keys in
  the real explorer at 200×60, where "draw" also includes ncurses and the write to the terminal.
- **Memory**: the program's peak RSS after the keys (`VmHWM` in `/proc/PID/status`, read before it
  quits; `wait4`'s `ru_maxrss` would also count the harness's memory, which a child is forked with).
- **Scale**: `benchmarks/synth.py` writes 10× and 100× datasets: every output gets N−1 copies of
  each indicator (codes numbered on), the regional results, the outcomes' stated totals and the
  headline total grow N-fold, every narrative block and every fact appears N times. All of `pir
  verify`'s invariants hold on them (the script refuses a dataset that fails), and they load through
  `--data`. pir remembers a file that passed every check by a digest of its bytes (in a cache the
  run keeps in a directory of its own, empty at the start): `pir bench`'s first load of a dataset is
  the full check, its row apart, and the loads after it and the first frames decode without the
  checks, as a reader's second start on the same file does.
- **Presenting**: `benchmarks/present-load.py` runs the release `pir present --share` in a
  pseudo-terminal at 120×40 and sends it keys alone, then with 50 followers on the socket, one of
  which never reads; key-to-frame is from writing the key to the last byte of its frame, and a
  follower's lag is from the key to the state arriving on its socket.

## What each start-up change bought

{changes()}

## What makes it fast

A decoder for the report's own schema that reads the bytes directly (JSONDecoder still decides on any
file the fast path does not accept, so every error message is the same); the pre-decode byte scan and
the footnote check over raw UTF-8; the search index built on the first search and searched with
`memchr`/`memcmp`; detail texts cached by node and width and wrapped only as far as the screen shows
(the position reads `1-13/…` until the whole text has been laid out); the indicator rows worked out
from the outputs' sizes instead of listed; CJK text wrapped by scalar; the Swift runtime linked
statically, which took exec → `main` from about 10 ms to about 6 ms; FoundationEssentials instead of
full Foundation, whose ICU data was two thirds of the binary; the bundled report decoded without
its checks when its digest is the one the tests verified, and a `--data` file when its digest is
that of a file pir checked in full before, on two threads when the file is large (split where
the full check found half the decoding on each side); object keys matched as bytes, not made into
strings; string bytes scanned eight at a time; each outcome's sums
worked out once a session; `pir` alone, and `pir show`, `search` and `export` as they are usually
typed, started without the argument parser; and the release binary linked without PIE and without
exported symbols, so the loader has nothing of pir's to relocate.
"""


def main():
    parser = argparse.ArgumentParser(description="docs/performance.md from benchmarks/results.json")
    parser.add_argument("--results", default=RESULTS)
    parser.add_argument("--out", default=PAGE)
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is not what the results give")
    args = parser.parse_args()
    with open(args.results, encoding="utf-8") as f:
        text = page(json.load(f))
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                current = f.read()
        except OSError as error:
            sys.exit(f"benchmarks/report.py: {args.out}: {error.strerror}")
        if current != text:
            sys.exit(f"benchmarks/report.py: {os.path.relpath(args.out, ROOT)} differs from what "
                     f"{os.path.relpath(args.results, ROOT)} gives; run benchmarks/report.py")
        return
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
