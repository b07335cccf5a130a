#include "CCursesShim.h"
#include "../CNcursesw/ncursesw.h"
#include <stdlib.h>
#include <errno.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static int started = 0;
static int decode_utf8 = 1;

int pir_start(int use_mouse, int escdelay_ms, int utf8) {
    decode_utf8 = utf8;
    // newterm rather than initscr: initscr exits the process on an unknown TERM; we want to say why.
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    started = 1;
    set_escdelay(escdelay_ms);
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    /* Ctrl-S / Ctrl-Q flow control would freeze the screen on a stray Ctrl-S: keys, not flow control */
    struct termios modes;
    if (tcgetattr(0, &modes) == 0) {
        modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(0, TCSANOW, &modes);
        def_prog_mode();
    }
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    curs_set(0);
    leaveok(stdscr, TRUE);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    if (use_mouse) {
        mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
        mouseinterval(0);
    }
    return 0;
}

void pir_stop(void) {
    if (!started) return;
    started = 0;
    curs_set(1);
    endwin();
    fflush(stdout);
}

int pir_is_started(void) { return started; }

void pir_put(int y, int x, const uint32_t *scalars, int count, int attrs, int pair) {
    wchar_t wch[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) wch[i] = (wchar_t)scalars[i];
    wch[n] = L'\0';
    attr_t a = A_NORMAL;
    if (attrs & PIR_BOLD) a |= A_BOLD;
    if (attrs & PIR_UNDERLINE) a |= A_UNDERLINE;
    if (attrs & PIR_REVERSE) a |= A_REVERSE;
    if (attrs & PIR_DIM) a |= A_DIM;
    cchar_t cc;
    setcchar(&cc, wch, a, (short)pair, NULL);
    mvwadd_wch(stdscr, y, x, &cc);
}

void pir_move(int y, int x) { wmove(stdscr, y, x); }
void pir_cursor(int visible) { curs_set(visible ? 1 : 0); leaveok(stdscr, visible ? FALSE : TRUE); }
void pir_flush(void) { wnoutrefresh(stdscr); doupdate(); }
void pir_size(int *height, int *width) { getmaxyx(stdscr, *height, *width); }

/* Input is read byte by byte (wgetch) and decoded here rather than by wget_wch: ncurses' own
 * decoder, given a byte that starts no valid UTF-8 sequence, keeps collecting the bytes after it and
 * so swallows every following key (seen with ncurses 6.4). Here a malformed sequence is dropped and
 * the byte that broke it is read again as the start of the next key. */
static int pending = -1;

static int next_byte(void) {
    if (pending != -1) {
        int c = pending;
        pending = -1;
        return c;
    }
    return wgetch(stdscr);
}

int pir_read(uint32_t *ch, int timeout_ms) {
    wtimeout(stdscr, timeout_ms);
    int c = next_byte();
    if (c == ERR) return -1;
    if (c >= KEY_MIN) { *ch = (uint32_t)c; return 1; }
    if (c < 0x80) { *ch = (uint32_t)c; return 0; }
    if (!decode_utf8) return 2;
    int need;
    uint32_t value, least;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; value = (uint32_t)c & 0x1F; least = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; value = (uint32_t)c & 0x0F; least = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; value = (uint32_t)c & 0x07; least = 0x10000; }
    else return 2;
    /* the rest of a character arrives with its first byte; don't wait long for a lone lead byte */
    wtimeout(stdscr, 50);
    for (int i = 0; i < need; i++) {
        int d = next_byte();
        if (d == ERR) return 2;
        if (d < 0x80 || d > 0xBF) { pending = d; return 2; }
        value = (value << 6) | ((uint32_t)d & 0x3F);
    }
    if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 2;
    *ch = value;
    return 0;
}

int pir_input_gone(void) {
    struct pollfd fd = { .fd = 0, .events = POLLIN };
    if (poll(&fd, 1, 0) < 0) return errno != EINTR;
    if (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    if (fd.revents & POLLIN) {
        /* readable with nothing to read is the end of input */
        int available = 0;
        if (ioctl(0, FIONREAD, &available) == 0 && available == 0) return 1;
    }
    return 0;
}

int pir_mouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *y = event.y;
    *x = event.x;
    if (event.bstate & BUTTON4_PRESSED) return 2;
    if (event.bstate & BUTTON5_PRESSED) return 3;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}

int pir_colors(void) { return has_colors() ? COLORS : 0; }
int pir_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }
void pir_erase(void) { werase(stdscr); }
void pir_touch(void) { clearok(curscr, TRUE); }
int pir_resize(int height, int width) { return resizeterm(height, width); }
int pir_key_resize(void) { return KEY_RESIZE; }
int pir_key_mouse(void) { return KEY_MOUSE; }
