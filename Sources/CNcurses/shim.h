/* ncursesw for Swift: the wide-character API and the macros Swift cannot import
   (see ../../../shared/design/terminal-notes.md). */
#ifndef RAFTLAB_CNCURSES_SHIM_H
#define RAFTLAB_CNCURSES_SHIM_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600: without this, cchar_t and the
   wide functions (wget_wch, mvwaddnwstr) are silently missing. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

/* Attributes (macros built from NCURSES_BITS). */
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_color(void) { return A_COLOR; }
static inline attr_t cn_a_altcharset(void) { return A_ALTCHARSET; }

/* The standard streams (globals Swift 6 rejects), for newterm. */
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }

/* The standard screen (a global Swift 6 rejects) and its size (getmaxyx is a macro). */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

/* Colours the terminal has (globals Swift 6 rejects; valid after start_color). */
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* The line-drawing characters: ACS_* index acs_map, a global; WACS_* point into _nc_wacs. */
static inline chtype cn_acs(char c) { return NCURSES_ACS(c); }
static inline chtype cn_acs_hline(void) { return ACS_HLINE; }
static inline chtype cn_acs_vline(void) { return ACS_VLINE; }
static inline chtype cn_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype cn_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype cn_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype cn_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline chtype cn_acs_ltee(void) { return ACS_LTEE; }
static inline chtype cn_acs_rtee(void) { return ACS_RTEE; }
static inline chtype cn_acs_ttee(void) { return ACS_TTEE; }
static inline chtype cn_acs_btee(void) { return ACS_BTEE; }
static inline chtype cn_acs_plus(void) { return ACS_PLUS; }
static inline chtype cn_acs_diamond(void) { return ACS_DIAMOND; }
static inline chtype cn_acs_ckboard(void) { return ACS_CKBOARD; }
static inline chtype cn_acs_bullet(void) { return ACS_BULLET; }
static inline chtype cn_acs_block(void) { return ACS_BLOCK; }
static inline const cchar_t *cn_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *cn_wacs_vline(void) { return WACS_VLINE; }

/* Mouse masks (NCURSES_MOUSE_MASK expressions). */
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }

/* Function keys (KEY_F(n) is a macro). */
static inline int cn_key_f(int n) { return KEY_F(n); }

/* libc's column width of a character (-1: not printable in this locale); glibc declares
   wcwidth only under _XOPEN_SOURCE, which SwiftPM drops. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Whether terminfo describes `term` as a screen curses can draw on (issue 10): 1 if it has
   an entry that can move the cursor and clear, and is no hard-copy terminal; 0 if it has no
   entry or cannot (TERM=dumb); -1 if there is no terminfo database. Leaves no terminal set. */
static inline int cn_terminal_can_draw(const char *term) {
    int error = 0;
    TERMINAL *saved = cur_term;
    if (setupterm((char *)term, 1, &error) != OK) {
        set_curterm(saved);
        return error == -1 ? -1 : 0;
    }
    char *cup = tigetstr("cup");
    char *clear = tigetstr("clear");
    int drawable = cup && cup != (char *)-1 && clear && clear != (char *)-1 && tigetflag("hc") <= 0;
    TERMINAL *made = set_curterm(saved);
    del_curterm(made);
    return drawable;
}

/* Whether the current locale's character set is UTF-8. */
static inline int cn_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (!codeset) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
        && (codeset[2] == 'F' || codeset[2] == 'f') && codeset[3] == '-' && codeset[4] == '8' && codeset[5] == 0;
}

#endif
