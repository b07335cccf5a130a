#include "CCursesShim.h"
#include "../CNcursesw/ncursesw.h"
#include <stdlib.h>

static int started = 0;

int pir_start(int use_mouse, int escdelay_ms) {
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

int pir_read(uint32_t *ch, int timeout_ms) {
    wtimeout(stdscr, timeout_ms);
    wint_t w = 0;
    int r = wget_wch(stdscr, &w);
    if (r == ERR) return -1;
    *ch = (uint32_t)w;
    return r == KEY_CODE_YES ? 1 : 0;
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
