import Screen

/// A tiny terminal for the tests: it interprets exactly the escapes `AnsiFrames` may emit
/// (cursor position, home, clear, SGR, cursor visibility) as an xterm does, so that replaying a
/// recording's output can be compared with the buffers that made it. Anything else is an error.
struct TinyTerminal {
    struct Cell: Equatable {
        var text: Character = " "
        /// The SGR in force when the cell was written ("0" on a cleared screen).
        var sgr = "0"
        var continuation = false
    }

    var width: Int
    var height: Int
    var cells: [Cell]
    var x = 0, y = 0
    /// A character was written in the last column: the next one wraps (xterm's pending wrap).
    var pendingWrap = false
    var sgr = "0"
    var cursorVisible = true
    var problems: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: Cell(), count: width * height)
    }

    mutating func feed(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.popFirst() {
            if s == "\u{1B}" {
                escape(&scalars)
            } else if s.value < 0x20 || s.value == 0x7F {
                problems.append("control character \(s.value)")
            } else {
                put(Character(s))
            }
        }
    }

    mutating func escape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard scalars.popFirst() == "[" else { return problems.append("ESC not followed by [") }
        var parameters = ""
        while let s = scalars.popFirst() {
            if (0x40...0x7E).contains(s.value) {
                return control(parameters, Character(s))
            }
            parameters.unicodeScalars.append(s)
        }
        problems.append("unterminated escape")
    }

    mutating func control(_ parameters: String, _ final: Character) {
        if final != "m" { pendingWrap = false }  // SGR keeps a pending wrap, as in xterm
        switch (parameters, final) {
        case ("?25", "l"): cursorVisible = false
        case ("?25", "h"): cursorVisible = true
        case ("2", "J"): cells = Array(repeating: Cell(text: " ", sgr: sgr), count: width * height)
        case ("", "H"): (x, y) = (0, 0)
        case (_, "H"):
            let numbers = parameters.split(separator: ";").compactMap { Int($0) }
            guard numbers.count == 2, (1...height).contains(numbers[0]), (1...width).contains(numbers[1]) else {
                return problems.append("bad cursor position \(parameters)")
            }
            (y, x) = (numbers[0] - 1, numbers[1] - 1)
        case (_, "m"): sgr = parameters.isEmpty ? "0" : parameters
        default: problems.append("unexpected escape [\(parameters)\(final)")
        }
    }

    /// Writes a character as xterm does: a wide one takes two columns; writing over either half
    /// of a wide character blanks the other half; past the last column the line wraps.
    mutating func put(_ c: Character) {
        let columns = CharWidth.of(c)
        guard columns > 0 else { return problems.append("zero-width character \(c)") }
        if pendingWrap || x + columns > width {
            pendingWrap = false
            x = 0
            y += 1
            if y == height {
                problems.append("the screen scrolled")
                y = height - 1
            }
        }
        for k in 0..<columns { unsplit(x + k) }
        self[x, y] = Cell(text: c, sgr: sgr)
        if columns == 2 { self[x + 1, y] = Cell(text: " ", sgr: sgr, continuation: true) }
        x += columns
        if x >= width {
            x = width - 1
            pendingWrap = true
        }
    }

    mutating func unsplit(_ column: Int) {
        if self[column, y].continuation, column > 0 { self[column - 1, y] = Cell(text: " ", sgr: self[column - 1, y].sgr) }
        if !self[column, y].continuation, column + 1 < width, self[column + 1, y].continuation {
            self[column + 1, y] = Cell(text: " ", sgr: self[column + 1, y].sgr)
        }
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The text of each row, a wide character once (as `ScreenBuffer.lines`).
    var lines: [String] {
        (0..<height).map { y in String((0..<width).filter { !self[$0, y].continuation }.map { self[$0, y].text }) }
    }
}
