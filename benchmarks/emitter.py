"""The bytes floor of one key, for benchmarks/run: the fewest bytes an emitter writing each row left to
right needs to turn the emulated screen before a key into the screen after it.

Issue 18 asks that the bytes pir writes for a key stay within 1.3× of "the changed cells' bytes". The
UTF-8 of the changed cells alone (floor.changed_bytes) leaves out what no program can leave out:
getting the cursor to each run of changed cells and setting the look (colours, bold, reverse) of what
it writes. This module computes, for the same two screens, an actual shortest byte string under these
rules, and `benchmarks/run` replays it on a copy of the emulated screen to check it gives the screen
pir gave, cell for cell, look included; so the figure is what a real emitter sends, not an estimate.

What the emitter may do, row by row from the top, each row left to right:
  - write a cell (its UTF-8), changed or not (rewriting a few unchanged cells can beat a cursor move);
  - move the cursor by the shortest of CUP, HPA/VPA, CUF/CUB/CUD/CUU, CR, LF and BS;
  - set the look with one SGR holding only what changes, or a reset and what is set, whichever is
    shorter;
  - blank cells with ECH or EL, which fill with the current look.
It does not scroll, reorder rows or use insert/delete; those could only lower the floor for changes
that shift text, which a row move does not make.
"""
COLOR_NAMES = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"]
ESC = "\x1b["
LOOKAHEAD = 8  # units before a row's first change the emitter may start writing at


def look_of(char):
    """The part of a pyte character's attributes the benchmark compares (floor.cells)."""
    return (char.fg, char.bg, char.bold, char.underscore, char.reverse)


def _color(value, base):
    """The shortest SGR parameters that make pyte store `value` as the fg (base 30) or bg (base 40)."""
    if value == "default":
        return str(base + 9)
    if value in COLOR_NAMES:
        return str(base + COLOR_NAMES.index(value))
    import pyte.graphics as graphics
    extended = "38" if base == 30 else "48"
    codes = [f"{extended};5;{i}" for i, hex_value in enumerate(graphics.FG_BG_256) if hex_value == value]
    if codes:
        return min(codes, key=len)
    return f"{extended};2;{int(value[0:2], 16)};{int(value[2:4], 16)};{int(value[4:6], 16)}"


def sgr(current, wanted):
    """The shortest SGR sequence from look `current` to look `wanted` ("" when they are the same)."""
    if current == wanted:
        return ""
    fg, bg, bold, underscore, reverse = wanted
    delta = []
    if bold != current[2]:
        delta.append("1" if bold else "22")
    if underscore != current[3]:
        delta.append("4" if underscore else "24")
    if reverse != current[4]:
        delta.append("7" if reverse else "27")
    if fg != current[0]:
        delta.append(_color(fg, 30))
    if bg != current[1]:
        delta.append(_color(bg, 40))
    reset = [""]  # an empty first parameter is 0: everything back to the default
    reset += ["1"] if bold else []
    reset += ["4"] if underscore else []
    reset += ["7"] if reverse else []
    reset += [] if fg == "default" else [_color(fg, 30)]
    reset += [] if bg == "default" else [_color(bg, 40)]
    return ESC + min(";".join(delta), ";".join(reset), key=len) + "m"


def _horizontal(px, x):
    """Shortest move within a row from column px (not in the pending-wrap state) to column x."""
    if x == px:
        return ""
    n = abs(x - px)
    relative = (ESC + "C" if n == 1 else f"{ESC}{n}C") if x > px else min("\b" * n, ESC + "D" if n == 1 else f"{ESC}{n}D", key=len)
    to_start = "\r" + ("" if x == 0 else (ESC + "C" if x == 1 else f"{ESC}{x}C"))
    return min(relative, to_start, f"{ESC}{x + 1}G", key=len)


def move(py, px, y, x, columns):
    """The shortest bytes that take the cursor from (py, px) to (y, x). A cursor past the last column
    (pending wrap) only takes absolute moves, since terminals disagree on where it is."""
    absolute = ESC + "H" if (y, x) == (0, 0) else (f"{ESC}{y + 1}H" if x == 0 else f"{ESC}{y + 1};{x + 1}H")
    options = [absolute]
    wrapped = px >= columns
    if wrapped:
        px = None
    dy = y - py
    if px is None:
        options.append((f"{ESC}{y + 1}d" if dy else "") + f"{ESC}{x + 1}G")
        options.append((f"{ESC}{y + 1}d" if dy else "") + "\r" + _horizontal(0, x))
        if dy > 0:
            options.append("\r" + "\n" * dy + _horizontal(0, x))
        return min(options, key=len)
    if dy == 0:
        options.append(_horizontal(px, x))
    elif dy > 0:
        options.append("\n" * dy + _horizontal(px, x))
        options.append((ESC + "B" if dy == 1 else f"{ESC}{dy}B") + _horizontal(px, x))
    else:
        options.append((ESC + "A" if dy == -1 else f"{ESC}{-dy}A") + _horizontal(px, x))
    if dy:
        options.append(f"{ESC}{y + 1}d" + _horizontal(px, x))
    return min(options, key=len)


def _units(before, after, y):
    """A row as units (start column, width, text, look, changed); a wide character is one unit."""
    from wcwidth import wcwidth  # pyte's own measure of a wide character
    row_b, row_a = before[y], after[y]
    units = []
    x = 0
    while x < len(row_a):
        text, look = row_a[x]
        width = 2 if text and wcwidth(text) == 2 else 1
        changed = any(row_b[k] != row_a[k] for k in range(x, x + width))
        units.append((x, width, text if text else " ", look, changed))
        x += width
    return units


def _blank_run(units, i, look):
    """The last index m ≥ i such that units i…m are all one-cell blanks of `look`, or i - 1."""
    m = i - 1
    while m + 1 < len(units) and units[m + 1][1] == 1 and units[m + 1][2] == " " and units[m + 1][3] == look:
        m += 1
    return m


def _row(units, y, columns, entries):
    """Shortest ways through one row: `entries` maps (look, cursor y, cursor x) to (cost, bytes) on
    arrival; returns the same for the cursor after the row's last change."""
    changed = [i for i, u in enumerate(units) if u[4]]
    first, last = changed[0], changed[-1]
    next_changed = {}
    upcoming = None
    for i in range(len(units) - 1, -1, -1):
        next_changed[i] = upcoming
        if units[i][4]:
            upcoming = i
    next_changed[-1] = first
    # states[i + 1] maps a look to the shortest bytes so far with the cursor at the end of unit i
    # (i = -1 … last: -1 is the row's start) and every change up to unit i made.
    states = [dict() for _ in range(len(units) + 1)]

    def offer(i, look, text):
        slot = states[i + 1]
        if look not in slot or len(text) < len(slot[look]):
            slot[look] = text

    ends = {}

    def end(look, x, text):
        key = (look, y, x)
        if key not in ends or len(text) < len(ends[key]):
            ends[key] = text

    for (look, py, px), arrived in entries.items():
        for j in range(max(0, first - LOOKAHEAD), first + 1):
            offer(j - 1, look, arrived + move(py, px, y, units[j][0], columns))
    for i in range(-1, last + 1):
        for look, text in list(states[i + 1].items()):
            x = units[i][0] + units[i][1] if i >= 0 else units[0][0]
            if i >= last:
                end(look, x, text)
                continue
            nxt = units[i + 1]
            offer(i + 1, nxt[3], text + sgr(look, nxt[3]) + nxt[2])
            k = next_changed[i]
            if k is not None and k > i + 1:
                offer(k, units[k][3], text + move(y, x, y, units[k][0], columns) + sgr(look, units[k][3]) + units[k][2])
            m = _blank_run(units, i + 1, look)
            if m >= i + 1:
                if all(u[2] == " " and u[3] == look for u in units[i + 1:]):
                    end(look, x, text + ESC + "K")
                n = m - i
                erased = text + (ESC + "X" if n == 1 else f"{ESC}{n}X")
                k = next_changed.get(m)
                if m >= last or k is None:
                    end(look, x, erased)
                else:
                    offer(k, units[k][3], erased + move(y, x, y, units[k][0], columns) + sgr(look, units[k][3]) + units[k][2])
    return ends


def shortest(before, after, cursor_y, cursor_x, look):
    """The shortest bytes (a str) taking screen `before` to `after` (floor.cells snapshots), the
    cursor starting at (cursor_y, cursor_x) in `look`."""
    columns = len(after[0]) if after else 0
    states = {(look, cursor_y, cursor_x): ""}
    for y in range(len(after)):
        units = _units(before, after, y)
        if any(u[4] for u in units):
            states = _row(units, y, columns, states)
    return min(states.values(), key=len) if states else ""


def replayed(screen, before, after):
    """The shortest emitter's byte count for `before` → `after` where `screen` is a pyte screen still
    showing `before` (it is changed), and how many cells its replay left different from `after`
    (0 unless the emulator holds half of a wide character, which no terminal shows)."""
    import pyte
    import floor
    text = shortest(before, after, screen.cursor.y, screen.cursor.x, look_of(screen.cursor.attrs)).encode("utf-8")
    pyte.ByteStream(screen).feed(text)
    return len(text), sum(a != b for ra, rb in zip(floor.cells(screen), after) for a, b in zip(ra, rb))
