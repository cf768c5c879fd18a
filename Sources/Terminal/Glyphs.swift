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

    /// Lines: the whole box-drawing block (light, heavy, double, rounded and mixed weights,
    /// half lines) by the arms its Unicode name gives, to the VT100 letter of the curses
    /// ACS_* line with those arms (curses draws `+`, `-`, `|` where a terminal has no line
    /// set); dashes and diagonals are `symbols`. Then diamonds, shades and blocks.
    static let lines: [Character: Character] = {
        var table: [Character: Character] = [:]
        for value in 0x2500...0x257F {
            let scalar = Unicode.Scalar(value)!
            if let name = scalar.properties.name, let letter = letter(boxDrawing: name) { table[Character(scalar)] = letter }
        }
        let groups: [(String, Character)] = [("◆♦◇", "`"), ("░▒▓", "a"), ("█▇▆▅▄▃▂▁■", "0")]
        for (characters, letter) in groups {
            for c in characters { table[c] = letter }
        }
        return table
    }()

    /// The ACS letter of a box-drawing character named `name` ("BOX DRAWINGS VERTICAL DOUBLE
    /// AND RIGHT SINGLE" has arms up, down and right: `t`, the left tee); nil for dashes and
    /// diagonals.
    static func letter(boxDrawing name: String) -> Character? {
        let words = Set(name.split(separator: " "))
        if words.contains("DASH") || words.contains("DIAGONAL") { return nil }
        let vertical = words.contains("VERTICAL"), horizontal = words.contains("HORIZONTAL")
        let arms = (up: vertical || words.contains("UP"), down: vertical || words.contains("DOWN"),
                    left: horizontal || words.contains("LEFT"), right: horizontal || words.contains("RIGHT"))
        switch (arms.up, arms.down, arms.left, arms.right) {
        case (true, true, true, true): return "n"
        case (true, true, false, true): return "t"
        case (true, true, true, false): return "u"
        case (false, true, true, true): return "w"
        case (true, false, true, true): return "v"
        case (false, true, false, true): return "l"
        case (false, true, true, false): return "k"
        case (true, false, false, true): return "m"
        case (true, false, true, false): return "j"
        case (_, _, false, false): return "x"  // vertical, or half of it
        default: return "q"  // horizontal, or half of it
        }
    }

    /// Symbols to ASCII of the same width (one column, or two for a wide symbol).
    static let symbols: [Character: String] = [
        "•": "*", "●": "*", "▪": "#", "○": "o", "◉": "@", "◎": "o", "★": "*", "☆": "*", "·": ".", "…": ".",
        "→": ">", "⟶": ">", "➜": ">", "▶": ">", "►": ">", "▸": ">", "⇒": ">",
        "←": "<", "⟵": "<", "◀": "<", "◄": "<", "◂": "<", "⇐": "<",
        "↑": "^", "▲": "^", "▴": "^", "↓": "v", "▼": "v", "▾": "v", "↔": "-", "⇄": "=",
        "✓": "+", "✔": "+", "✗": "x", "✘": "x", "×": "x", "╳": "X", "⚡": "!", "⚠": "!",
        "┄": "-", "┈": "-", "╌": "-", "┅": "-", "┉": "-", "╍": "-",
        "┆": ":", "┊": ":", "╎": ":", "┇": ":", "┋": ":", "╏": ":",
        "≥": ">", "≤": "<", "⌊": "[", "⌋": "]", "⌈": "[", "⌉": "]", "≠": "#", "≈": "~", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "—": "-", "–": "-", "⏸": "=", "⏵": ">", "⟳": "@", "♥": "*", "⌛": "%",
        "╱": "/", "╲": "\\", "‖": "=", "‹": "<", "›": ">", "«": "<", "»": ">", "✕": "x",
        "↗": ">", "↘": ">", "↖": "<", "↙": "<",  // a message's direction along its link
        "⏩": ">>",  // two columns: a lesson's fast-forward
    ]
}
