"""The physical floors pir is measured against, for benchmarks/run:

  - the first frame: benchmarks/floor.c, a C program that draws pir's own first screen with ncursesw
    (the screen as the emulator saw pir draw it, handed over in a file), timed beside pir in the same
    pseudo-terminal, interleaved, the same way: fork → the chunk of output after which the emulated
    screen is complete;
  - one-shot commands: benchmarks/floor-print.swift, a static Swift program that prints the text pir
    printed, timed beside `pir show`, `pir search` and `pir export` (fork → exit, stdout to /dev/null);
  - bytes per key: the UTF-8 bytes of the cells a key changed on the emulated screen, the least any
    program must send for that change (styles aside).

Needs pyte (the benchmark's venv has it).
"""
import os
import select
import signal
import statistics
import struct
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COLOR_NAMES = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"]


def build(out_dir, swiftc):
    """Compiles both floors into `out_dir` when their sources are newer; returns their paths."""
    os.makedirs(out_dir, exist_ok=True)
    draw = os.path.join(out_dir, "floor")
    printer = os.path.join(out_dir, "floor-print")
    jobs = [(draw, os.path.join(HERE, "floor.c"), ["cc", "-O2", "-o", draw, os.path.join(HERE, "floor.c"), "-lncursesw"]),
            (printer, os.path.join(HERE, "floor-print.swift"),
             [swiftc, "-O", "-static-stdlib", "-o", printer, os.path.join(HERE, "floor-print.swift")])]
    for target, source, command in jobs:
        if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(source):
            subprocess.run(command, check=True)
    return draw, printer


# MARK: screens

def _color(value):
    """pyte's colour back to the number ncurses is given: -1 for the default, 0–7 for the named
    ANSI colours, 16–255 (or 0–15) for a 256-colour hex."""
    import pyte.graphics as g
    if value == "default":
        return -1
    if value in COLOR_NAMES:
        return COLOR_NAMES.index(value)
    palette = g.FG_BG_256
    if value in palette[16:]:
        return palette.index(value, 16)
    return palette.index(value) if value in palette else -1


def cells(screen):
    """Every cell of a pyte screen as (text, look); a wide character's second cell has text ""."""
    return [[(c.data, (c.fg, c.bg, c.bold, c.underscore, c.reverse))
             for c in (screen.buffer[y][x] for x in range(screen.columns))] for y in range(screen.lines)]


def screen_spec(screen):
    """The screen as floor.c reads it: one run of cells of one look per line, blanks in the
    default look left out (the floor starts from a cleared screen, as pir does)."""
    out = []
    default = ("default", "default", False, False, False)
    for y, row in enumerate(cells(screen)):
        x = 0
        while x < len(row):
            text, look = row[x]
            start, run = x, []
            while x < len(row) and row[x][1] == look:
                run.append(row[x][0])
                x += 1
            joined = "".join(run)
            if look == default and not joined.strip():
                continue
            fg, bg, bold, underline, reverse = look
            out.append(f"{y} {start} {int(bold)} {int(underline)} {int(reverse)} {_color(fg)} {_color(bg)}\t{joined}\n")
    return "".join(out)


def changed_bytes(before, after):
    """UTF-8 bytes of the cells whose text or look differs between two `cells` snapshots."""
    total = 0
    for row_a, row_b in zip(before, after):
        for a, b in zip(row_a, row_b):
            if a != b:
                total += len(b[0].encode("utf-8"))
    return total


# MARK: the first frame in a pseudo-terminal

def _spawn(argv, cols, rows, env):
    start = time.monotonic_ns()
    pid, fd = os.forkpty()
    if pid == 0:
        try:
            import fcntl
            import termios
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    return start, pid, fd


def first_screen(argv, cols, rows, env, quit_keys, quiet=0.25, deadline=10.0):
    """Runs `argv` in a pty until its output has been quiet for `quiet` s, then quits it. Returns
    (ms from fork to the chunk that completed the final screen, the pyte screen, bytes written, the
    child's CPU time in ms — steadier than the wall time on a loaded machine).
    The chunks are timestamped as they arrive and fed to the emulator only afterwards, so the
    emulator's own cost never lands in the figure."""
    import pyte
    start, pid, fd = _spawn(argv, cols, rows, env)
    chunks = []
    end = time.monotonic() + deadline
    try:
        while time.monotonic() < end:
            ready, _, _ = select.select([fd], [], [], quiet if chunks else deadline)
            if not ready:
                break
            stamp = time.monotonic_ns()
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append((stamp, chunk))
        os.write(fd, quit_keys)
        finish = time.monotonic() + 5
        usage = None
        while time.monotonic() < finish:
            done, _, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if select.select([fd], [], [], 0.01)[0]:
                _drain(fd)
        else:
            os.kill(pid, signal.SIGKILL)
            _, _, usage = os.wait4(pid, 0)
    finally:
        os.close(fd)
    screen = pyte.Screen(cols, rows)
    stream = pyte.ByteStream(screen)
    for _, chunk in chunks:
        stream.feed(chunk)
    final = cells(screen)
    replay = pyte.Screen(cols, rows)
    replay_stream = pyte.ByteStream(replay)
    for stamp, chunk in chunks:
        replay_stream.feed(chunk)
        if cells(replay) == final:
            return (stamp - start) / 1e6, screen, sum(len(c) for _, c in chunks), (usage.ru_utime + usage.ru_stime) * 1e3
    raise RuntimeError(f"{argv[0]} wrote nothing")


def _drain(fd):
    try:
        os.read(fd, 65536)
    except OSError:
        pass


def first_frame_pair(pir_argv, floor_bin, spec_path, cols, rows, env, runs):
    """pir and the floor, interleaved (the order alternates each round): their first-frame times
    and CPU times, and the cells the floor's screen differed from pir's in (none, every time)."""
    out = {"pir_ms": [], "floor_ms": [], "pir_cpu_ms": [], "floor_cpu_ms": [], "mismatched_cells": []}
    _, reference, _, _ = first_screen(pir_argv, cols, rows, env, b"Q")
    with open(spec_path, "w", encoding="utf-8") as f:
        f.write(screen_spec(reference))
    want = cells(reference)
    for i in range(runs):
        order = [("pir", pir_argv, b"Q"), ("floor", [floor_bin, spec_path], b"q")]
        for name, argv, quit_keys in (order if i % 2 == 0 else order[::-1]):
            took, screen, _, cpu = first_screen(argv, cols, rows, env, quit_keys)
            out[name + "_ms"].append(took)
            out[name + "_cpu_ms"].append(cpu)
            if name == "floor" and cells(screen) != want:
                out["mismatched_cells"].append(sum(a != b for ra, rb in zip(cells(screen), want) for a, b in zip(ra, rb)))
    return out


# MARK: one-shot commands

def _timed(argv, env):
    """Wall time fork → exit in ms, and the child's CPU time in ms; stdout to /dev/null."""
    start = time.monotonic_ns()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    took = (time.monotonic_ns() - start) / 1e6
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return took, (usage.ru_utime + usage.ru_stime) * 1e3


def one_shot_pair(pir_argv, printer, text_path, env, runs):
    """A one-shot pir command and the static Swift floor printing the same text, interleaved."""
    with open(text_path, "wb") as f:
        f.write(subprocess.run(pir_argv, env=env, capture_output=True, check=True).stdout)
    out = {"pir_ms": [], "floor_ms": [], "pir_cpu_ms": [], "floor_cpu_ms": [], "bytes": os.path.getsize(text_path)}
    for i in range(runs):
        order = [("pir", pir_argv), ("floor", [printer, text_path])]
        for name, argv in (order if i % 2 == 0 else order[::-1]):
            wall, cpu = _timed(argv, env)
            out[name + "_ms"].append(wall)
            out[name + "_cpu_ms"].append(cpu)
    return out


def ratio(a, b):
    """Median over median: the figure the goals are stated in."""
    return statistics.median(a) / statistics.median(b) if a and b else None
