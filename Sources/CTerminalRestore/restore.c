/* Terminal restoration on a crash, and SIGWINCH forwarding to a wake-up pipe. */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "CTerminalRestore.h"

static const int crash_signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE };
#define CRASH_COUNT (sizeof crash_signals / sizeof crash_signals[0])

static struct sigaction previous[CRASH_COUNT];
static int installed = 0;
static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t saved_stderr = -1;
static char note[1024];
static volatile sig_atomic_t note_length = 0;

static void on_crash(int sig) {
    int saved_errno = errno;
    if (curses_active) {
        curses_active = 0;
        endwin();  /* not async-signal-safe, but the process is dying: a usable shell matters more */
    }
    if (saved_stderr >= 0) {
        dup2(saved_stderr, 2);
        saved_stderr = -1;
    }
    if (note_length > 0) {
        ssize_t ignored = write(2, note, (size_t)note_length);
        (void)ignored;
        note_length = 0;
    }
    for (size_t k = 0; k < CRASH_COUNT; k++) {
        if (crash_signals[k] == sig) sigaction(sig, &previous[k], NULL);
    }
    errno = saved_errno;
    /* Blocked while this handler runs: delivered to the previous handler on return
       (a faulting instruction also faults again). */
    raise(sig);
}

void rl_crash_restore_install(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (size_t k = 0; k < CRASH_COUNT; k++) sigaction(crash_signals[k], &action, &previous[k]);
    installed = 1;
}

void rl_crash_restore_set(int active, int stderr_fd, const char *text) {
    curses_active = 0;
    note_length = 0;
    if (text) {
        size_t n = strlen(text);
        if (n >= sizeof note) n = sizeof note - 1;
        memcpy(note, text, n);
        note[n] = 0;
        note_length = (sig_atomic_t)n;
    }
    saved_stderr = stderr_fd;
    curses_active = active;
}

void rl_crash_restore_uninstall(void) {
    if (!installed) return;
    for (size_t k = 0; k < CRASH_COUNT; k++) sigaction(crash_signals[k], &previous[k], NULL);
    installed = 0;
}

static struct sigaction previous_winch;
static int winch_installed = 0;
static volatile sig_atomic_t winch_fd = -1;

static void on_winch(int sig) {
    int saved_errno = errno;
    if (winch_fd >= 0) {
        ssize_t ignored = write(winch_fd, "w", 1);  /* a full pipe already wakes the loop */
        (void)ignored;
    }
    if (!(previous_winch.sa_flags & SA_SIGINFO) && previous_winch.sa_handler != SIG_DFL
        && previous_winch.sa_handler != SIG_IGN && previous_winch.sa_handler != NULL) {
        previous_winch.sa_handler(sig);
    }
    errno = saved_errno;
}

void rl_winch_forward_install(int wake_fd) {
    if (winch_installed) return;
    winch_fd = wake_fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_winch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &action, &previous_winch);
    winch_installed = 1;
}

void rl_winch_forward_uninstall(void) {
    if (!winch_installed) return;
    sigaction(SIGWINCH, &previous_winch, NULL);
    winch_fd = -1;
    winch_installed = 0;
}
