import CNcurses
import Glibc
import Picture
import Screen

/// The real terminal through ncursesw. Every call must come from one thread (ncurses is
/// not thread-safe); background work reaches it only through the main loop.
public final class CursesBackend: TerminalBackend {
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// The colours in use: none under NO_COLOR or on a terminal without colours.
    public let depth: ColorDepth
    /// Whether the locale is UTF-8; if not, `Glyphs` gives the ASCII fallback.
    public let unicode: Bool
    /// Colour pairs made so far, by foreground colour.
    var pairs: [Int16: Int16] = [:]
    /// libc's column widths of non-ASCII characters, to catch disagreements with `CharWidth`.
    var libcWidths: [UInt32: Int] = [:]
    var open = true
    /// The frame on the terminal and the terminal size it was drawn at: unchanged rows are skipped.
    var shown: ScreenBuffer?
    var shownSize = (0, 0)
    /// The UTF-8 bytes of the run being built (reused between runs).
    var run: [UInt8] = []

    /// Takes over the terminal (stdin and stdout must be a TTY). `environment` is read for
    /// NO_COLOR and TERM.
    public init(unicode: Bool, environment: [String: String]) throws(TerminalError) {
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw .cannotOpen(environment["TERM"] ?? "")
        }
        self.screen = screen
        set_term(screen)
        window = cn_stdscr()
        self.unicode = unicode
        depth = ColorDepth.choose(environment: environment, hasColors: has_colors(), colors: Int(tigetnum("colors")))
        configure()
    }

    func configure() {
        cbreak()  // Ctrl-C stays a signal (SIGINT), which the main loop handles
        noecho()
        nonl()
        keypad(window, true)
        leaveok(window, true)
        wtimeout(window, 0)  // the main loop sleeps in poll(), never in curses
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        mousemask(cn_button1_pressed() | cn_button1_clicked(), nil)
        if depth != .none {
            start_color()
            if use_default_colors() != OK { assume_default_colors(Int32(COLOR_WHITE), Int32(COLOR_BLACK)) }
        }
    }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    public func inputs() -> [Input] {
        guard open else { return [] }
        var found: [Input] = []
        var code: wint_t = 0
        while found.count < 512 {
            let kind = wget_wch(window, &code)
            if kind == ERR { break }
            if kind == KEY_CODE_YES {
                if let input = function(Int32(code)) { found.append(input) }
            } else if let key = KeyMap.character(UInt32(code)) {
                found.append(.key(key))
            }
        }
        return found
    }

    func function(_ code: Int32) -> Input? {
        switch code {
        case KEY_RESIZE:
            let (width, height) = size
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let button1 = cn_button1_pressed() | cn_button1_clicked()
            return event.bstate & button1 != 0 ? .click(x: Int(event.x), y: Int(event.y)) : nil
        default:
            return KeyMap.function(code).map { .key($0) }
        }
    }

    /// Gives the terminal back: mouse reporting off, cursor shown, normal screen and modes.
    public func close() {
        guard open else { return }
        open = false
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    deinit { close() }
}
