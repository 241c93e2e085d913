#ifndef ASSETMAP_CNCURSES_SHIM_H
#define ASSETMAP_CNCURSES_SHIM_H

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <wchar.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/prctl.h>
#include <ncursesw/term.h>

/* Loads the description of the terminal named by $TERM (terminfo) and keeps it for the capabilities below.
   1 when it can put the cursor anywhere; 0 when it cannot (a dumb or hardcopy terminal, which setupterm itself
   refuses with 1 in its error); -1 for an unknown terminal. Nothing is sent to the terminal. */
static inline int am_load_terminal(void) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != 0) return error == 1 ? 0 : -1;
    const char *cup = tigetstr("cup");
    if (cup != NULL && cup != (char *)-1 && tigetflag("hc") <= 0) return 1;
    TERMINAL *loaded = set_curterm(NULL);
    if (loaded != NULL) del_curterm(loaded);
    return 0;
}

static inline void am_unload_terminal(void) {
    TERMINAL *loaded = set_curterm(NULL);
    if (loaded != NULL) del_curterm(loaded);
}

static inline void am_flush_stdout(void) { fflush(stdout); }

/* A string capability of the current terminal, or NULL when it has none. */
static inline const char *am_capability(const char *name) {
    const char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}
static inline int am_flag(const char *name) { return tigetflag(name) > 0; }
static inline int am_number(const char *name) { return tigetnum(name); }
/* A capability with its one or two numbers put in (tiparm takes any number of them, which Swift cannot call). */
static inline const char *am_with_number(const char *capability, int number) { return tiparm(capability, number); }
static inline const char *am_with_numbers(const char *capability, int first, int second) {
    return tiparm(capability, first, second);
}

/* State shared with the signal handlers. Kept in a function-local static because Swift imports
   static inline functions from this header but not file-level statics. */
struct am_state {
    int signal_pipe_fd;
    struct termios saved_termios;
    int saved_termios_valid;
    int crash_fd;
    const char *crash_message;
    int clear_scrollback;
};

static inline struct am_state *am_shared(void) {
    static struct am_state state = { -1, { 0 }, 0, 2, "", 0 };
    return &state;
}

/* Signals are turned into bytes on a pipe; only write(2) runs inside the handler. */
static void am_signal_handler(int signal_number) {
    int saved = errno;
    unsigned char byte = (unsigned char)signal_number;
    int fd = am_shared()->signal_pipe_fd;
    if (fd >= 0) { ssize_t ignored = write(fd, &byte, 1); (void)ignored; }
    errno = saved;
}

static inline int am_watch_signal(int signal_number, int pipe_write_fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    am_shared()->signal_pipe_fd = pipe_write_fd;
    action.sa_handler = am_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(signal_number, &action, NULL);
}

static inline int am_default_signal(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

static inline int am_ignore_signal(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_IGN;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

/* A pipe whose ends are closed on exec and never block. */
static inline int am_pipe(int fds[2]) {
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    return 0;
}

static inline const char *am_codeset(void) { return nl_langinfo(CODESET); }


/* The terminal's settings as they were before the program started: called before raw mode changes them,
   so that leaving, or a crash, puts back these and not the program's own. */
static inline void am_save_terminal_settings(void) {
    struct am_state *state = am_shared();
    if (tcgetattr(0, &state->saved_termios) == 0) state->saved_termios_valid = 1;
}

/* Keys come byte by byte as typed, nothing is echoed, and Ctrl-C, Ctrl-Z and Ctrl-S are keys rather than signals
   or flow control: the modes ncurses's raw() and noecho() set. Output is left as it was except that a newline
   is not turned into a carriage return and newline, as ncurses does. */
static inline int am_enter_raw_mode(void) {
    struct termios mode;
    if (tcgetattr(0, &mode) != 0) return -1;
    mode.c_lflag &= ~(tcflag_t)(ICANON | ISIG | IEXTEN | ECHO | ECHONL);
    mode.c_iflag &= ~(tcflag_t)(IXON | BRKINT | PARMRK | ICRNL | INLCR | IGNCR);
    mode.c_oflag &= ~(tcflag_t)ONLCR;
    mode.c_cc[VMIN] = 1;
    mode.c_cc[VTIME] = 0;
    return tcsetattr(0, TCSADRAIN, &mode);
}

/* Puts back the settings saved by am_save_terminal_settings. */
static inline void am_restore_terminal_settings(void) {
    struct am_state *state = am_shared();
    if (state->saved_termios_valid) tcsetattr(0, TCSADRAIN, &state->saved_termios);
}

/* Where a crash says so, and whether the terminal keeps what scrolled off (no alternate screen), so that a
   crash clears that as well. */
static inline void am_prepare_for_crash(int crash_fd, const char *message, int clear_scrollback) {
    struct am_state *state = am_shared();
    state->crash_fd = crash_fd;
    /* A copy: the caller's string may only live for the length of the call. */
    state->crash_message = strdup(message);
    state->clear_scrollback = clear_scrollback;
}

/* Only async-signal-safe calls: tcsetattr, write, signal, raise. The screen is cleared so that no one's
   details stay on it. */
static void am_crash_handler(int signal_number) {
    static const char reset[] = "\033[?2004l\033[H\033[2J\033[?1049l\033[?25h\033[0m\r\n";
    static const char scrollback[] = "\033[3J";
    struct am_state *state = am_shared();
    if (state->saved_termios_valid) tcsetattr(0, TCSANOW, &state->saved_termios);
    ssize_t ignored = write(1, reset, sizeof reset - 1);
    if (state->clear_scrollback) ignored = write(1, scrollback, sizeof scrollback - 1);
    ignored = write(state->crash_fd, state->crash_message, strlen(state->crash_message));
    (void)ignored;
    _exit(70);
}

static inline void am_install_crash_handler(void) {
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = am_crash_handler;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}

/* The window size straight from the terminal driver, after a resize signal. */
static inline int am_window_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(1, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/* No core files: they would hold personal details in plain text. */
static inline void am_disable_core_dumps(void) {
    struct rlimit none = { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

#endif
