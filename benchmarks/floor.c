/* The floor for pir's first frame: the least a program can do to put pir's first screen on a
 * terminal with ncursesw. benchmarks/run times it beside pir, in the same pseudo-terminal, and
 * reports pir ÷ this.
 *
 *   floor SCREEN    draws the screen described in SCREEN, waits for a key, restores the terminal
 *
 * SCREEN is pir's own first screen as the benchmark's terminal emulator saw it, one run of cells
 * of one look per line:  "ROW COL BOLD UNDERLINE REVERSE FG BG<TAB>TEXT"  (FG and BG are colour
 * numbers, -1 for the terminal's default). The screen is read from a file rather than compiled in
 * so the floor always draws what pir draws today; reading a 10 kB file is noise beside the rest.
 * It sets the terminal up as pir does (cbreak, no echo, keypad, no cursor, colours on the
 * terminal's default background) and draws with one refresh. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static short pair_for(int fg, int bg) {
    static int pairs[64][3];
    static int count = 0;
    for (int i = 0; i < count; i++)
        if (pairs[i][0] == fg && pairs[i][1] == bg) return (short)pairs[i][2];
    if (count == 64) return 0;
    init_pair((short)(count + 1), (short)fg, (short)bg);
    pairs[count][0] = fg; pairs[count][1] = bg; pairs[count][2] = count + 1;
    return (short)(++count);
}

int main(int argc, char **argv) {
    if (argc != 2) { fputs("usage: floor SCREEN\n", stderr); return 2; }
    FILE *file = fopen(argv[1], "r");
    if (file == NULL) { perror(argv[1]); return 2; }
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    leaveok(stdscr, TRUE);
    start_color();
    use_default_colors();
    static char line[8192];
    static wchar_t text[8192];
    while (fgets(line, sizeof line, file) != NULL) {
        int y, x, bold, underline, reverse, fg, bg, used = 0;
        /* the tab by hand: a tab in a scanf format would swallow the text's own leading blanks */
        if (sscanf(line, "%d %d %d %d %d %d %d%n", &y, &x, &bold, &underline, &reverse, &fg, &bg, &used) < 7 || line[used] != '\t') continue;
        char *run = line + used + 1;
        run[strcspn(run, "\n")] = '\0';
        size_t n = mbstowcs(text, run, sizeof text / sizeof text[0] - 1);
        if (n == (size_t)-1) continue;
        attr_t attrs = (bold ? A_BOLD : 0) | (underline ? A_UNDERLINE : 0) | (reverse ? A_REVERSE : 0);
        attr_set(attrs, (fg == -1 && bg == -1) ? 0 : pair_for(fg, bg), NULL);
        mvaddnwstr(y, x, text, (int)n);
    }
    fclose(file);
    refresh();
    getch();
    endwin();
    return 0;
}
