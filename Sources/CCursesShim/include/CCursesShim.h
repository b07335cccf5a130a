// What Swift cannot import from curses.h: macros with arguments or computed bits (COLOR_PAIR,
// A_BOLD, getmaxyx, mouse masks) and the cchar_t dance of the wide-character calls.
#ifndef PIR_CCURSESSHIM_H
#define PIR_CCURSESSHIM_H
#include <stdint.h>
#include <stdio.h>

enum { PIR_BOLD = 1, PIR_UNDERLINE = 2, PIR_REVERSE = 4, PIR_DIM = 8 };
/// The longest reply to the background query kept (TerminalBackground.maximumReply).
enum { PIR_REPLY_MAX = 64 };

/// Starts curses on the terminal; returns 0, or -1 when the terminal type is unusable. With `utf8`,
/// input bytes are decoded as UTF-8; without, bytes above 0x7F are not keys.
int pir_start(int use_mouse, int escdelay_ms, int utf8);
void pir_stop(void);
int pir_is_started(void);
/// Writes one cell: up to 5 scalars (a base and its combining marks) with attributes and a colour pair.
void pir_put(int y, int x, const uint32_t *scalars, int count, int attrs, int pair);
void pir_move(int y, int x);
void pir_cursor(int visible);
void pir_flush(void);
void pir_size(int *height, int *width);
/// Reads one key: returns 0 for a character (in *ch), 1 for a function key (in *ch), 2 for input
/// that is no key (a malformed UTF-8 sequence, dropped), 3 for a bracketed paste (its text from
/// pir_paste), 4 for the terminal's reply to the background query (from pir_reply), -1 on
/// timeout/error.
int pir_read(uint32_t *ch, int timeout_ms);
/// After pir_read returned 4: the terminal's reply to the background query (OSC 11), ESC to its
/// terminator; empty when it was longer than PIR_REPLY_MAX bytes.
const char *pir_reply(size_t *length);
/// Whether a reply to the background query is awaited (a lone Esc then waits up to 50 ms for one).
void pir_expect_reply(int on);
/// Writes a control sequence to the terminal at once, outside ncurses (the background query).
void pir_send(const char *sequence);
/// How many colour pairs the terminal has.
int pir_color_pairs(void);
/// After pir_read returned 3: the pasted text, UTF-8, and its length in bytes.
const char *pir_paste(size_t *length);
/// After a failed read: whether standard input has ended or hung up (the terminal is gone).
int pir_input_gone(void);
/// After KEY_MOUSE: the event's kind (1 press, 2 wheel up, 3 wheel down, 0 other) and position.
int pir_mouse(int *y, int *x);
int pir_colors(void);
int pir_init_pair(int pair, int fg, int bg);
void pir_erase(void);
/// Forces a full repaint on the next flush (after a resume or a resize).
void pir_touch(void);
int pir_resize(int height, int width);

/// A file to remove if a fatal signal ends the process (the shared presentation's socket): the
/// path is copied into a static buffer, so the handler needs no allocation. NULL forgets it.
/// Returns -1 when the path is too long to keep.
int pir_remove_on_signal(const char *path);
/// From a signal handler: unlink(2) the file set by pir_remove_on_signal, if any (async-signal-safe).
void pir_signal_remove(void);

int pir_key_resize(void);
int pir_key_mouse(void);
#endif
