/// What a character becomes on a terminal whose locale is not UTF-8 (ASCII fallback):
/// lines through curses' alternate character set, symbols as ASCII look-alikes.
public enum Fallback: Sendable, Equatable {
    /// ASCII text of the same width.
    case text(String)
    /// A line-drawing character, by its VT100 alternate-set letter (ACS: `q` is a horizontal line).
    case line(Character)
}

/// The ASCII fallback table.
public enum Glyphs {
    /// `c`, `columns` wide, drawn without UTF-8.
    public static func ascii(_ c: Character, columns: Int) -> Fallback {
        if c.isASCII { return .text(String(c)) }
        if let letter = lines[c] { return .line(letter) }
        if let text = symbols[c] { return .text(text) }
        return .text(String(repeating: "?", count: max(1, columns)))
    }

    /// Box drawing (light, heavy, double, rounded) to the VT100 letters curses' ACS_* use.
    static let lines: [Character: Character] = {
        var table: [Character: Character] = [:]
        let groups: [(String, Character)] = [
            ("─━═", "q"), ("│┃║", "x"), ("┌┏╔╭", "l"), ("┐┓╗╮", "k"), ("└┗╚╰", "m"), ("┘┛╝╯", "j"),
            ("├┣╠", "t"), ("┤┫╣", "u"), ("┬┳╦", "w"), ("┴┻╩", "v"), ("┼╋╬", "n"),
            ("◆♦◇", "`"), ("░▒▓", "a"), ("█▇▆▅▄▃▂▁■", "0"),
        ]
        for (characters, letter) in groups {
            for c in characters { table[c] = letter }
        }
        return table
    }()

    /// Symbols to ASCII of the same width (one column).
    static let symbols: [Character: String] = [
        "•": "*", "●": "*", "○": "o", "◉": "@", "◎": "o", "★": "*", "☆": "*", "·": ".", "…": ".",
        "→": ">", "⟶": ">", "➜": ">", "▶": ">", "►": ">", "▸": ">", "⇒": ">",
        "←": "<", "⟵": "<", "◀": "<", "◄": "<", "◂": "<", "⇐": "<",
        "↑": "^", "▲": "^", "▴": "^", "↓": "v", "▼": "v", "▾": "v", "↔": "-", "⇄": "=",
        "✓": "+", "✔": "+", "✗": "x", "✘": "x", "×": "x", "╳": "X", "⚡": "!", "⚠": "!",
        "┄": "-", "┈": "-", "╌": "-", "┅": "-", "┉": "-", "╍": "-",
        "┆": ":", "┊": ":", "╎": ":", "┇": ":", "┋": ":", "╏": ":",
        "≥": ">", "≤": "<", "≠": "#", "≈": "~", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "—": "-", "–": "-", "⏸": "=", "⏵": ">", "⟳": "@", "♥": "*", "⌛": "%",
    ]
}
