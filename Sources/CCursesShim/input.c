// Keys from the terminal, read byte by byte with ncurses' wgetch (which still turns escape
// sequences into KEY_* codes and SIGWINCH into KEY_RESIZE). Everything here gives up on input cut
// short after a short wait, so no malformed or partial sequence can make pir deaf.
#include "CCursesShim.h"
#include "input.h"
#include "../CNcursesw/ncursesw.h"
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int decode_utf8 = 1;
static int mouse_mode = PIR_MOUSE_NONE;
/* A byte read too far (the one that broke a sequence), read again as the start of the next key. */
static int pending = -1;
/* Bytes read after an ESC to see whether a paste begins, read again as keys when it does not. */
static int queue[8];
static int queued = 0, queue_at = 0;
/* The last bracketed paste's text, UTF-8; longer pastes are cut at the buffer's end. */
static char paste[64 * 1024];
static size_t paste_length = 0;
/* The terminal's last reply to the background query (OSC 11), from ESC to its terminator; longer
 * replies are cut here and marked too long, so the Swift parser rejects them. */
static char reply[PIR_REPLY_MAX + 1];
static size_t reply_length = 0;
/* Whether a reply is awaited: a lone Esc then waits a little for the rest of one (see pir_read). */
static int expect_reply = 0;
/* The last mouse report: 1 press, 2 wheel up, 3 wheel down; 0-based cell. */
static int mouse_kind = 0, mouse_x = 0, mouse_y = 0;

/* How long the rest of a UTF-8 character or a mouse report may take to arrive after its start. */
enum { REST_OF_SEQUENCE_MS = 50 };

void pir_input_configure(int utf8, int mode) {
    decode_utf8 = utf8;
    mouse_mode = mode;
    pending = -1;
    queued = queue_at = 0;
}

static int next_byte(void) {
    if (pending != -1) {
        int c = pending;
        pending = -1;
        return c;
    }
    if (queue_at < queued) return queue[queue_at++];
    return wgetch(stdscr);
}

static int rest_byte(void) {
    wtimeout(stdscr, REST_OF_SEQUENCE_MS);
    return next_byte();
}

/* ncurses' own UTF-8 decoding (wget_wch), given a byte that starts no valid sequence, keeps
 * collecting the bytes after it and so swallowed every following key (ncurses 6.4). Here a
 * malformed sequence is dropped and the byte that broke it is read again. */
static int read_utf8(int first, uint32_t *ch) {
    int need;
    uint32_t value, least;
    if (first >= 0xC2 && first <= 0xDF) { need = 1; value = (uint32_t)first & 0x1F; least = 0x80; }
    else if (first >= 0xE0 && first <= 0xEF) { need = 2; value = (uint32_t)first & 0x0F; least = 0x800; }
    else if (first >= 0xF0 && first <= 0xF4) { need = 3; value = (uint32_t)first & 0x07; least = 0x10000; }
    else return 0;
    for (int i = 0; i < need; i++) {
        int d = rest_byte();
        if (d == ERR) return 0;
        if (d < 0x80 || d > 0xBF) { pending = d; return 0; }
        value = (value << 6) | ((uint32_t)d & 0x3F);
    }
    if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    *ch = value;
    return 1;
}

/* Digits up to a terminator; huge numbers are capped, not overflowed, and a report with more than
 * 20 digits in a number is no report. */
static int read_number(int *value, int *terminator) {
    long v = 0;
    int digits = 0;
    for (;;) {
        int d = rest_byte();
        if (d >= '0' && d <= '9' && digits < 20) {
            if (v < 1000000) v = v * 10 + (d - '0');
            digits++;
            continue;
        }
        *terminator = d;
        *value = (int)v;
        return digits > 0;
    }
}

static int report(int button, int x, int y, int press) {
    mouse_x = x;
    mouse_y = y;
    if (button & 32) return 0;  /* motion */
    switch (button & ~(4 | 8 | 16)) {  /* shift, meta, control don't matter */
    case 0: mouse_kind = 1; return press;
    case 64: mouse_kind = 2; return 1;
    case 65: mouse_kind = 3; return 1;
    default: return 0;
    }
}

/* After ncurses matched kmous: the rest of the report, `b;x;yM` (SGR, 1006) or three bytes (X10). */
static int read_mouse(void) {
    if (mouse_mode == PIR_MOUSE_SGR) {
        int b = 0, x = 0, y = 0, t = ERR;
        if (read_number(&b, &t) && t == ';' && read_number(&x, &t) && t == ';' && read_number(&y, &t)
            && (t == 'M' || t == 'm')) {
            return report(b, x - 1, y - 1, t == 'M');
        }
        if (t != ERR && !(t >= '0' && t <= '9') && t != ';') pending = t;
        return 0;
    }
    if (mouse_mode == PIR_MOUSE_X10) {
        int c[3];
        for (int i = 0; i < 3; i++) {
            c[i] = rest_byte();
            if (c[i] == ERR) return 0;
            if (c[i] < 32 || c[i] > 255) { pending = c[i]; return 0; }
        }
        return (c[0] - 32) % 4 == 3 ? 0 : report(c[0] - 32, c[1] - 33, c[2] - 33, 1);
    }
    return 0;
}

/* Bytes to be read again, in front of whatever is still queued. */
static void unread(const int *bytes, int n) {
    int left = queued - queue_at;
    int keep[8];
    for (int i = 0; i < left; i++) keep[i] = queue[queue_at + i];
    queued = 0;
    queue_at = 0;
    for (int i = 0; i < n && queued < 8; i++) queue[queued++] = bytes[i];
    for (int i = 0; i < left && queued < 8; i++) queue[queued++] = keep[i];
}

/* After an ESC: whether `rest` follows at once (bytes a terminal sends in one write are already
 * waiting, so a lone Esc key costs no wait). What was read and does not match is read again. */
static int followed_by(const char *rest, int wait_ms) {
    int got[8], n = 0;
    for (const char *p = rest; *p; p++) {
        wtimeout(stdscr, wait_ms);
        int d = next_byte();
        if (d == ERR) break;
        got[n++] = d;
        if (d != (unsigned char)*p) break;
    }
    if (n == (int)strlen(rest) && got[n - 1] == (unsigned char)rest[n - 1]) return 1;
    unread(got, n);
    return 0;
}

/* The text of a paste, up to ESC [ 201 ~; control characters but line breaks and tabs are
 * dropped. A paste whose end never comes (a garbled stream) ends after 500 ms without input, at an
 * ESC that does not begin its end, or at anything ncurses made a key of (a resize, a mouse report,
 * an arrow): that is read again as itself, so a resize is never lost and pressing Esc always
 * gets out. The long fuzz run found the resize swallowed here: the explorer kept its old size. */
static void read_paste(void) {
    paste_length = 0;
    for (;;) {
        wtimeout(stdscr, 500);
        int d = next_byte();
        if (d == ERR) return;
        if (d == 27) {
            if (!followed_by("[201~", 50)) unread(&d, 1);
            return;
        }
        if (d >= KEY_MIN || d > 0xFF) {
            unread(&d, 1);
            return;
        }
        if (d < 0x20 && d != '\n' && d != '\r' && d != '\t') continue;
        if (d == 0x7F) continue;
        if (paste_length < sizeof paste) paste[paste_length++] = (char)d;
    }
}

/* After ESC ] 1 1 ; : the rest of the terminal's reply, up to BEL or ESC \ (ST). Bounded: at most
 * PIR_REPLY_MAX bytes are kept and 1024 read; 100 ms without a byte, an ESC that does not begin ST,
 * or a key ncurses made (a resize) ends it, and what ended it is read again as itself. Nothing of
 * a reply, whole or not, is ever a key. */
static void read_reply(void) {
    static const char head[] = "\033]11;";
    memcpy(reply, head, sizeof head - 1);
    reply_length = sizeof head - 1;
    int complete = 0;
    for (int n = 0; n < 1024 && !complete; n++) {
        wtimeout(stdscr, 100);
        int d = next_byte();
        if (d == ERR) break;
        if (d >= KEY_MIN || d > 0xFF) { unread(&d, 1); break; }
        if (d == 27) {
            if (!followed_by("\\", 100)) { unread(&d, 1); break; }
            if (reply_length + 2 <= PIR_REPLY_MAX) { reply[reply_length++] = 27; reply[reply_length++] = '\\'; }
            else reply_length = PIR_REPLY_MAX + 1;
            complete = 1;
            break;
        }
        if (reply_length < PIR_REPLY_MAX) reply[reply_length++] = (char)d;
        else reply_length = PIR_REPLY_MAX + 1;
        if (d == 7) complete = 1;
    }
    if (reply_length > PIR_REPLY_MAX) reply_length = PIR_REPLY_MAX + 1;
}

const char *pir_reply(size_t *length) {
    *length = reply_length > PIR_REPLY_MAX ? 0 : reply_length;
    return reply_length > PIR_REPLY_MAX ? "" : reply;
}

void pir_expect_reply(int on) { expect_reply = on; }

const char *pir_paste(size_t *length) {
    *length = paste_length;
    return paste;
}

int pir_read(uint32_t *ch, int timeout_ms) {
    wtimeout(stdscr, timeout_ms);
    int c = next_byte();
    if (c == ERR) return -1;
    if (c == 27 && followed_by("[200~", 0)) {
        read_paste();
        return 3;
    }
    /* the terminal's answer to the background query; while one is awaited its rest may take a
     * moment (ssh, tmux), otherwise only bytes already waiting count, so Esc costs nothing */
    if (c == 27 && followed_by("]11;", expect_reply ? 50 : 0)) {
        read_reply();
        return 4;
    }
    if (c == KEY_MOUSE) {
        if (!read_mouse()) return 2;
        *ch = (uint32_t)c;
        return 1;
    }
    if (c >= KEY_MIN) { *ch = (uint32_t)c; return 1; }
    if (c < 0x80) { *ch = (uint32_t)c; return 0; }
    if (decode_utf8 && read_utf8(c, ch)) return 0;
    return 2;
}

int pir_mouse(int *y, int *x) {
    *y = mouse_y;
    *x = mouse_x;
    return mouse_kind;
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
