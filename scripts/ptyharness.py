"""Runs pir in a real pseudo-terminal, the way a terminal emulator or sshd does: a new session with
the pty as its controlling terminal, window sizes set with TIOCSWINSZ (the kernel then sends
SIGWINCH), raw bytes in, raw bytes out.

Used by scripts/pty-fuzz (random keys and resizes) and scripts/pty-scenarios (signals, hang-ups,
hostile environments), which the Swift tests in Tests/PIRCommandsTests run. Needs only Python 3's
standard library; screens are read with pyte (Debian: python3-pyte) where a check needs them.
"""
import errno
import fcntl
import os
import select
import signal
import struct
import termios
import time

# What pir's terminal control must leave behind (xterm-256color's terminfo: rmcup, cnorm, rmkx and
# the XM mouse string with "off"). Each pair is (turned on, turned off).
MODES = {
    "alternate screen": (b"\x1b[?1049h", b"\x1b[?1049l"),
    "cursor": (b"\x1b[?25l", b"\x1b[?25h"),
    "keypad": (b"\x1b[?1h\x1b=", b"\x1b[?1l\x1b>"),
    "mouse": (b"\x1b[?1006;1000h", b"\x1b[?1006;1000l"),
    "mouse (X10)": (b"\x1b[?1000h", b"\x1b[?1000l"),
    "bracketed paste": (b"\x1b[?2004h", b"\x1b[?2004l"),
}


def restored(output):
    """The modes pir turned on and did not turn off again, judged by the last occurrence of each
    sequence in everything it wrote: [] when the terminal was left as it was found."""
    tracker = ModeTracker()
    tracker.feed(output)
    return tracker.left_on()


class ModeTracker:
    """Follows the mode sequences through output that arrives in chunks, without keeping it all:
    where each mode was last turned on and off."""

    def __init__(self):
        self.offset = 0
        self.carry = b""
        self.last = {name: (-1, -1) for name in MODES}

    def feed(self, chunk):
        data = self.carry + chunk
        base = self.offset - len(self.carry)
        for name, (on, off) in MODES.items():
            last_on, last_off = self.last[name]
            at = data.rfind(on)
            if at >= 0:
                last_on = max(last_on, base + at)
            at = data.rfind(off)
            if at >= 0:
                last_off = max(last_off, base + at)
            self.last[name] = (last_on, last_off)
        self.offset += len(chunk)
        self.carry = data[-16:]

    def left_on(self):
        return [name for name, (on, off) in self.last.items() if on > off]


class Pir:
    """One pir process on its own pty. The parent keeps the slave open too, so the terminal's
    settings can be read after pir has gone and compared with those it started with."""

    def __init__(self, binary, args=(), env=None, size=(100, 30), stderr_path=None, controlling=True,
                 keep=None, job_control=False, stdin_path=None, cwd=None):
        """`job_control` puts pir in a process group of its own under a parent that stays in the
        session, as a shell does, so Ctrl-Z / SIGTSTP really stops it (the kernel ignores SIGTSTP
        in an orphaned process group). `stdin_path` replaces the terminal as standard input; `cwd`
        is where pir runs (its `x` key writes export files there)."""
        self.master, self.slave = os.openpty()
        self.set_size(*size)
        self.termios_before = termios.tcgetattr(self.slave)
        # the output, or its last `keep` bytes on a long run; the modes are followed through all of it
        self.output = bytearray()
        self.keep = keep
        self.written = 0
        self.modes = ModeTracker()
        self.status = None
        err = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600) if stderr_path else None
        pid_pipe = os.pipe()
        child = os.fork()
        if child == 0:
            try:
                os.close(pid_pipe[0])
                if cwd:
                    os.chdir(cwd)
                os.setsid()
                if controlling:
                    fcntl.ioctl(self.slave, termios.TIOCSCTTY, 0)
                stdin = os.open(stdin_path, os.O_RDONLY) if stdin_path else self.slave
                os.dup2(stdin, 0)
                os.dup2(self.slave, 1)
                os.dup2(err if err is not None else self.slave, 2)
                for sig in range(1, signal.NSIG):
                    try:
                        signal.signal(sig, signal.SIG_DFL)
                    except (OSError, ValueError):
                        pass
                signal.pthread_sigmask(signal.SIG_SETMASK, [])
                if job_control:
                    # the parent stays as the session's "shell"; pir gets the foreground
                    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
                    pir = os.fork()
                    if pir == 0:
                        os.setpgid(0, 0)
                        if controlling:
                            os.tcsetpgrp(1, os.getpid())
                        signal.signal(signal.SIGTTOU, signal.SIG_DFL)
                        os.closerange(3, 1024)
                        os.execve(binary, [binary] + list(args), env if env is not None else os.environ)
                    os.write(pid_pipe[1], str(pir).encode())
                    os.close(pid_pipe[1])
                    os.closerange(3, 1024)
                    _, raw = os.waitpid(pir, 0)
                    os._exit(decode_status(raw))
                os.write(pid_pipe[1], str(os.getpid()).encode())
                os.close(pid_pipe[1])
                os.closerange(3, 1024)
                os.execve(binary, [binary] + list(args), env if env is not None else os.environ)
            except BaseException as error:  # never return into the harness from the child
                os.write(2, ("exec failed: %s\n" % error).encode())
            os._exit(127)
        if err is not None:
            os.close(err)
        os.close(pid_pipe[1])
        self.child = child
        self.pid = int(os.read(pid_pipe[0], 32))
        os.close(pid_pipe[0])
        os.set_blocking(self.master, False)

    # -- the window -----------------------------------------------------------------------------

    def set_size(self, width, height):
        """TIOCSWINSZ on the pty; the kernel sends SIGWINCH to the foreground process group when the
        size changes."""
        self.size = (width, height)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))

    # -- input and output -----------------------------------------------------------------------

    def read_available(self):
        """Reads whatever pir has written so far without blocking; returns the bytes."""
        got = bytearray()
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except BlockingIOError:
                break
            except OSError as error:
                if error.errno == errno.EIO:  # no process has the slave open any more
                    break
                raise
            if not chunk:
                break
            got += chunk
        if got:
            self.output += got
            self.written += len(got)
            self.modes.feed(bytes(got))
            if self.keep is not None and len(self.output) > 2 * self.keep:
                del self.output[:len(self.output) - self.keep]
        return bytes(got)

    def write(self, data, timeout=10.0):
        """Writes all of `data`, reading pir's output meanwhile so neither side blocks the other.
        False when pir stopped taking input for `timeout` seconds."""
        view = memoryview(data)
        deadline = time.monotonic() + timeout
        while view:
            try:
                n = os.write(self.master, view[:4096])
                view = view[n:]
                deadline = time.monotonic() + timeout
            except BlockingIOError:
                pass
            except OSError as error:
                if error.errno == errno.EIO:
                    return False
                raise
            self.read_available()
            if view:
                if time.monotonic() > deadline or self.poll() is not None:
                    return False
                select.select([self.master], [self.master], [], 0.01)
        return True

    def drain(self, quiet=0.1, timeout=20.0):
        """Reads until pir has written nothing for `quiet` seconds; returns the bytes read, or None
        when it kept writing (or stayed silent on a pending read) past `timeout`."""
        got = bytearray()
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while True:
            ready, _, _ = select.select([self.master], [], [], quiet / 4)
            chunk = self.read_available() if ready else b""
            now = time.monotonic()
            if chunk:
                got += chunk
                last = now
            elif now - last >= quiet:
                return bytes(got)
            if now > deadline:
                return None

    def wait_for(self, predicate, timeout=10.0):
        """Reads until predicate(all output so far) holds; False on timeout or exit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(bytes(self.output)):
                return True
            select.select([self.master], [], [], 0.02)
            self.read_available()
            if self.poll() is not None:
                self.read_available()
                return predicate(bytes(self.output))
        return predicate(bytes(self.output))

    # -- the process ----------------------------------------------------------------------------

    def poll(self):
        """The exit status (128 + signal when killed, as a shell reports it), or None while running."""
        if self.status is None:
            pid, raw = os.waitpid(self.child, os.WNOHANG)
            if pid:
                self.status = decode_status(raw)
        return self.status

    def wait(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while self.poll() is None and time.monotonic() < deadline:
            select.select([self.master], [], [], 0.02)
            self.read_available()
        self.read_available()
        return self.status

    def state(self):
        """pir's scheduler state from /proc: R running, S sleeping, T stopped; None once gone."""
        try:
            with open("/proc/%d/stat" % self.pid) as f:
                return f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return None

    def cpu_seconds(self):
        """User plus system CPU time pir has used, from /proc."""
        with open("/proc/%d/stat" % self.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def termios_restored(self):
        """Whether the terminal's settings are those it had before pir started."""
        return termios.tcgetattr(self.slave) == self.termios_before

    def kill(self):
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                if self.child != self.pid:
                    os.kill(self.child, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.wait(5)

    def close(self):
        self.kill()
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass


def decode_status(raw):
    if os.WIFSIGNALED(raw):
        return 128 + os.WTERMSIG(raw)
    if os.WIFSTOPPED(raw):
        return None
    return os.WEXITSTATUS(raw)


def screen_text(data, width, height):
    """What a VT100-compatible terminal of that size shows after `data` (pyte), as lines."""
    screen, stream = emulator(width, height)
    stream.feed(data)
    return display(screen)


def emulator(width, height):
    """A pyte screen and byte stream that also understand REP (CSI n b, "repeat the last
    character"), which ncurses uses for runs such as box lines and pyte 0.8 does not know."""
    import pyte

    class Screen(pyte.Screen):
        last = " "

        def draw(self, data):
            if data:
                self.last = data[-1]
            super().draw(data)

        def repeat_last(self, count=1, *rest, **flags):
            self.draw(self.last * max(1, min(count, self.columns * self.lines)))

    class Stream(pyte.ByteStream):
        csi = dict(pyte.ByteStream.csi, b="repeat_last")

    screen = Screen(width, height)
    return screen, Stream(screen)


def display(screen):
    """The screen's lines: each cell's text, the cell after a wide character skipped. (pyte's own
    `display` fails on a cell left empty by a zero-width character.)"""
    lines = []
    for y in range(screen.lines):
        row = screen.buffer[y]
        text = []
        skip = False
        for x in range(screen.columns):
            if skip:
                skip = False
                continue
            data = row[x].data
            text.append(data)
            if data and wcwidth(data[0]) == 2:
                skip = True
        lines.append("".join(text))
    return lines


def wcwidth(character):
    from wcwidth import wcwidth as width
    return width(character)


def full_redraw(data):
    """The part of `data` from its last clear-screen on (xterm's `clear` is ESC[H ESC[2J; screen's,
    tmux's and the Linux console's ESC[H ESC[J): what a full repaint drew."""
    at = max(data.rfind(b"\x1b[H\x1b[2J"), data.rfind(b"\x1b[H\x1b[J"))
    if at < 0:
        at = data.rfind(b"\x1b[2J")
    return data[at:] if at >= 0 else None


def pir_env(**changes):
    """A clean environment for pir: UTF-8 locale, xterm-256color, the caller's HOME and PATH, and
    its XDG_CACHE_HOME where it has one (the tests give theirs a directory of their own, so the
    --data files pir checks are remembered there, not in ~/.cache)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"),
           "LANG": "C.UTF-8", "TERM": "xterm-256color"}
    if os.environ.get("XDG_CACHE_HOME"):
        env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env
