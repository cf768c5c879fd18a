/* Signal plumbing that must be plain C: async-signal handlers for crashes and resizes. */
#ifndef RAFTLAB_CTERMINALRESTORE_H
#define RAFTLAB_CTERMINALRESTORE_H

/* Handlers for SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS and SIGFPE that, while curses is
   active, call endwin(), put back the saved standard error, write `note` to it, then give
   the signal to the previous handler (the Swift backtracer or the default action). */
void rl_crash_restore_install(void);

/* Whether curses owns the screen now; `saved_stderr` is the descriptor to put back on 2
   (-1: none) and `note` is written after endwin (may be NULL; copied). */
void rl_crash_restore_set(int active, int saved_stderr, const char *note);

/* Puts back the handlers that were there before rl_crash_restore_install. */
void rl_crash_restore_uninstall(void);

/* Chains a SIGWINCH handler in front of the current one (curses'): it writes one byte to
   `wake_fd` (a non-blocking pipe), so a main loop sleeping in poll() wakes up. */
void rl_winch_forward_install(int wake_fd);

/* Puts back the SIGWINCH handler from before rl_winch_forward_install. */
void rl_winch_forward_uninstall(void);

#endif
