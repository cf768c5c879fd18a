import CNcurses
import Glibc

/// The process locale, set before curses starts (terminal-notes.md, "Unicode").
public enum TerminalLocale {
    /// `setlocale(LC_ALL, "")`; returns whether the character set is UTF-8. When it is not,
    /// the curses backend draws the ASCII fallback (`Glyphs`) instead of guessing.
    public static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        return cn_locale_is_utf8() != 0
    }
}
