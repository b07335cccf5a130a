// The system's ncursesw (Debian: libncursesw5-dev / libncurses-dev), wide-character API enabled.
#ifndef PIR_CNCURSESW_H
#define PIR_CNCURSESW_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#endif
