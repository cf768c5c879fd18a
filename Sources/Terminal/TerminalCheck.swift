import CNcurses

/// Whether the terminal can show the live view, asked of terminfo before curses takes it
/// (issue 10): `TERM=dumb`, an unknown TERM or none would give a blank or broken screen.
public enum TerminalCheck {
    /// nil when curses can draw on `TERM`; else what to tell the learner.
    public static func problem(environment: [String: String]) -> String? {
        guard let term = environment["TERM"], !term.isEmpty else {
            return "TERM is not set, so the live view cannot draw. Set it to your terminal's type "
                + "(for example TERM=xterm-256color)."
        }
        let shown = visible(term)
        switch cn_terminal_can_draw(term) {
        case 1: return nil
        case -1:
            return "no terminfo database was found, so the live view cannot draw on TERM=\(shown). "
                + "Install one (the ncurses-base package)."
        default:
            return "TERM=\(shown) is not a terminal the live view can draw on (it has no terminfo entry, "
                + "or cannot move the cursor). Use a full-screen terminal and set TERM to its type "
                + "(for example TERM=xterm-256color)."
        }
    }

    /// `text` with control characters escaped (a TERM may hold anything).
    static func visible(_ text: String) -> String {
        String(text.unicodeScalars.flatMap { scalar -> [Character] in
            scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
                ? Array(scalar.escaped(asASCII: true)) : [Character(scalar)]
        })
    }
}
