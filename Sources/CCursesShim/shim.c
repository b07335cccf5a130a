#include "CCursesShim.h"
#include "input.h"
#include "../CNcursesw/ncursesw.h"
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t started = 0;
static int mouse_mode = PIR_MOUSE_NONE;

static void write_all(const char *sequence);

/* The socket of `pir present --share`, removed by the fatal-signal handlers: unlink(2) is
 * async-signal-safe, and the path lives in a static buffer that `armed` guards, so a signal in the
 * middle of setting it sees either the whole path or none. */
static char remove_path[4096];
static volatile sig_atomic_t remove_armed = 0;

int pir_remove_on_signal(const char *path) {
    remove_armed = 0;
    if (path == NULL) return 0;
    size_t n = strlen(path);
    if (n >= sizeof remove_path) return -1;
    memcpy(remove_path, path, n + 1);
    remove_armed = 1;
    return 0;
}

void pir_signal_remove(void) {
    if (remove_armed) {
        remove_armed = 0;
        unlink(remove_path);
    }
}

/* Mouse reporting is switched on and off here, not by ncurses: its report parser blocks without a
 * time limit on a report cut short (a dropped SSH packet, a garbled paste) and then eats the keys
 * and the resize that follow. With no mousemask(), ncurses returns KEY_MOUSE for the report's
 * introducer and input.c reads the rest with a time limit. write(2), as this also runs in signal
 * handlers. Bracketed paste (mode 2004) goes on and off with it: a paste then arrives as text
 * between ESC [ 200 ~ and ESC [ 201 ~ (input.c), not as keys, so pasting "xq" neither exports
 * nor quits. */
static void mouse_tracking(int on) {
    write_all(on ? "\033[?2004h" : "\033[?2004l");
    const char *sequence = NULL;
    if (mouse_mode == PIR_MOUSE_SGR) sequence = on ? "\033[?1006;1000h" : "\033[?1006;1000l";
    else if (mouse_mode == PIR_MOUSE_X10) sequence = on ? "\033[?1000h" : "\033[?1000l";
    if (sequence == NULL) return;
    write_all(sequence);
}

static void write_all(const char *sequence) {
    /* all of it, even when a signal (a resize) interrupts the write: the fuzzer caught a quit
     * that left the mouse on */
    size_t left = strlen(sequence);
    while (left > 0) {
        ssize_t n = write(STDOUT_FILENO, sequence, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        sequence += n;
        left -= (size_t)n;
    }
}

/* Ctrl-Z: leave the screen as the shell needs it (mouse off, modes restored), stop, and on SIGCONT
 * take the terminal back and repaint everything. Installed before newterm, so ncurses keeps out. */
static void suspend(int sig) {
    (void)sig;
    int saved = errno;
    if (started) {
        mouse_tracking(0);
        endwin();
    }
    sigset_t unblock, previous;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    signal(SIGTSTP, SIG_DFL);
    sigprocmask(SIG_UNBLOCK, &unblock, &previous);
    kill(getpid(), SIGTSTP);  /* stopped here until SIGCONT */
    sigprocmask(SIG_SETMASK, &previous, NULL);
    signal(SIGTSTP, suspend);
    if (started) {
        def_shell_mode();  /* the shell may have changed the tty's settings meanwhile */
        reset_prog_mode();
        /* the shell left the keypad in cursor mode; without this the arrow keys arrive as ESC [ A */
        keypad(stdscr, TRUE);
        mouse_tracking(1);
        clearok(curscr, TRUE);
        wrefresh(curscr);
    }
    errno = saved;
}

/* Fewer bytes per attribute change (issue 18: a row move in the indicators pane sent 3.2x its
 * changed cells' bytes, half of it SGR). xterm's `sgr` and `sgr0` begin with `ESC ( B` (G0 back to
 * ASCII, which `rmacs` is), and ncurses writes one of them on every change of attributes: a row of
 * the selected band with its bold cells repeats those 3 bytes a dozen times. pir never draws with
 * the alternate character set (its lines are Unicode or ASCII characters), so the sequence is
 * written once here and cut from both strings: `sgr`'s `%?%p9%t ESC ( 0 %e ESC ( B %;` keeps only
 * its alternate-set branch, and `sgr0` loses its leading copy of `rmacs`. The strings are edited
 * in place (ncurses reads them through the same pointers while it draws); anything not in exactly
 * that form is left as it is. */
static void shorter_attribute_changes(void) {
    char *rmacs = tigetstr("rmacs");
    if (rmacs == NULL || rmacs == (char *)-1 || strcmp(rmacs, "\033(B") != 0) return;
    int cut = 0;
    char *sgr0 = tigetstr("sgr0");
    if (sgr0 != NULL && sgr0 != (char *)-1 && strncmp(sgr0, "\033(B\033[", 5) == 0) {
        memmove(sgr0, sgr0 + 3, strlen(sgr0 + 3) + 1);
        cut = 1;
    }
    char *sgr = tigetstr("sgr");
    const char *branch = "%?%p9%t\033(0%e\033(B%;";
    if (sgr != NULL && sgr != (char *)-1 && strncmp(sgr, branch, strlen(branch)) == 0) {
        const char *kept = "%?%p9%t\033(0%;";
        size_t rest = strlen(sgr + strlen(branch));
        memmove(sgr + strlen(kept), sgr + strlen(branch), rest + 1);
        memcpy(sgr, kept, strlen(kept));
        cut = 1;
    }
    if (cut) write_all(rmacs);
}

int pir_start(int use_mouse, int escdelay_ms, int utf8) {
    signal(SIGTSTP, suspend);
    // newterm rather than initscr: initscr exits the process on an unknown TERM; we want to say why.
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) {
        signal(SIGTSTP, SIG_DFL);
        return -1;
    }
    set_term(screen);
    /* Until the screen has once been left (endwin) and taken back, ncurses flushes its output at
     * every cursor move (`_nc_mvcur` while it is in its initial state): a row move went out in 30
     * write(2) calls, each waking the terminal (issue 18). Leaving and taking the screen back at
     * once, before any mode is set or anything drawn, puts it in its running state, where a frame
     * is one write at the end of doupdate. The modes below are set after it, so none is undone. */
    endwin();
    doupdate();
    mouse_mode = PIR_MOUSE_NONE;
    if (use_mouse) {
        const char *report = tigetstr("kmous");
        if (report != NULL && report != (char *)-1) {
            if (strcmp(report, "\033[<") == 0) mouse_mode = PIR_MOUSE_SGR;
            else if (strcmp(report, "\033[M") == 0) mouse_mode = PIR_MOUSE_X10;
        }
    }
    pir_input_configure(utf8, mouse_mode);
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
    shorter_attribute_changes();
    curs_set(0);
    leaveok(stdscr, TRUE);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    mouse_tracking(1);
    return 0;
}

void pir_stop(void) {
    if (!started) return;
    started = 0;
    mouse_tracking(0);
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

int pir_colors(void) { return has_colors() ? COLORS : 0; }
int pir_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }
void pir_send(const char *sequence) { write_all(sequence); }
int pir_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }
void pir_erase(void) { werase(stdscr); }
void pir_touch(void) { clearok(curscr, TRUE); }
int pir_resize(int height, int width) { return resizeterm(height, width); }
int pir_key_resize(void) { return KEY_RESIZE; }
int pir_key_mouse(void) { return KEY_MOUSE; }
