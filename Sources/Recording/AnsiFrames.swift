import Screen
import Terminal

/// Screen buffers as terminal output (xterm escapes, which asciinema's player follows): the
/// first frame whole (cursor hidden, screen cleared), each later one as the cells changed since
/// the previous frame, a frame of another size whole again. Cells are written as the curses
/// backend writes them: a double-width character once over its two columns, what a terminal
/// cannot show as a space; colours from `Palette` at `depth` (none under NO_COLOR).
public struct AnsiFrames: Sendable {
    public let depth: ColorDepth
    /// The frame the terminal shows now.
    var shown: ScreenBuffer?
    /// SGR sequences already made, by style.
    var pens: [Style: String] = [:]

    public init(depth: ColorDepth) { self.depth = depth }

    /// Unchanged cells between two changed runs this short are written again rather than jumped
    /// over: a cursor move costs about as many bytes.
    static let gap = 4
    /// Hides the cursor, resets attributes, homes and clears the screen.
    static let clear = "\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J"

    /// The output that turns the terminal's screen into `buffer`; empty when nothing changed.
    public mutating func frame(_ buffer: ScreenBuffer) -> String {
        var out = Pen(frames: self)
        if let shown, shown.width == buffer.width, shown.height == buffer.height {
            for y in 0..<buffer.height {
                for run in Self.changedRuns(shown, buffer, y) { out.cells(buffer, y, run) }
            }
        } else {
            out.text += Self.clear
            for y in 0..<buffer.height {
                let end = Self.contentEnd(buffer, y)
                if end > 0 { out.cells(buffer, y, 0..<end) }
            }
        }
        out.finish()
        shown = buffer
        pens = out.pens
        return out.text
    }

    /// The columns of row `y` that differ between `old` and `new` (of one size), widened so a
    /// double-width character is written whole, and joined across short unchanged gaps.
    static func changedRuns(_ old: ScreenBuffer, _ new: ScreenBuffer, _ y: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var x = 0
        while x < new.width {
            guard old[x, y] != new[x, y] else {
                x += 1
                continue
            }
            var start = x
            while x < new.width, old[x, y] != new[x, y] { x += 1 }
            var end = x
            if start > 0, new[start, y].continuation { start -= 1 }  // the left half writes both
            if end < new.width, end > start, new[end, y].continuation { end += 1 }
            if let last = runs.last, start - last.upperBound <= gap {
                runs[runs.count - 1] = last.lowerBound..<max(end, last.upperBound)
            } else {
                runs.append(start..<end)
            }
            x = max(x, end)
        }
        return runs
    }

    /// The column after the last cell of row `y` that a cleared screen does not already show.
    static func contentEnd(_ buffer: ScreenBuffer, _ y: Int) -> Int {
        var end = buffer.width
        while end > 0, buffer[end - 1, y] == .blank { end -= 1 }
        return end
    }

    /// The escape that draws in `style`: attributes, then the tint's colour at `depth`.
    func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim || Palette.dims(style.tint, depth) { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let color = Palette.foreground(style.tint, depth) {
            codes.append(depth == .eight ? "3\(color)" : "38;5;\(color)")
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

/// One frame's output as it is built: where the cursor is and which attributes are set.
struct Pen {
    var text = ""
    var pens: [Style: String]
    let frames: AnsiFrames
    /// The SGR in force (each frame starts and ends with the terminal's default).
    var current = "\u{1B}[0m"
    /// Where the next character goes, when known.
    var cursor: (x: Int, y: Int)?

    init(frames: AnsiFrames) {
        self.frames = frames
        pens = frames.pens
    }

    /// Writes columns `run` of row `y`.
    mutating func cells(_ buffer: ScreenBuffer, _ y: Int, _ run: Range<Int>) {
        move(run.lowerBound, y)
        var x = run.lowerBound
        while x < run.upperBound {
            let cell = buffer[x, y]
            setStyle(cell.style)
            let (glyph, columns) = Self.glyph(buffer, x, y)
            text += glyph
            x += columns
        }
        cursor = x < buffer.width ? (x, y) : nil  // at the right edge the next write would wrap
    }

    /// The text of the cell at (x, y) and the columns it covers, as the curses backend draws it.
    static func glyph(_ buffer: ScreenBuffer, _ x: Int, _ y: Int) -> (String, Int) {
        let cell = buffer[x, y]
        if cell.continuation { return (" ", 1) }  // a right half whose left half was overwritten
        let c = cell.character
        if let ascii = c.asciiValue { return (ascii < 32 || ascii == 127 ? " " : String(c), 1) }
        switch CharWidth.of(c) {
        case 2: return x + 1 < buffer.width && buffer[x + 1, y].continuation ? (String(c), 2) : (" ", 1)
        case 1: return (String(c), 1)
        default: return (" ", 1)
        }
    }

    mutating func move(_ x: Int, _ y: Int) {
        if let cursor, cursor == (x, y) { return }
        text += "\u{1B}[\(y + 1);\(x + 1)H"
        cursor = (x, y)
    }

    mutating func setStyle(_ style: Style) {
        let code: String
        if let made = pens[style] {
            code = made
        } else {
            code = frames.sgr(style)
            pens[style] = code
        }
        if code != current {
            text += code
            current = code
        }
    }

    /// Ends the frame in the default attributes, so the next starts from a known pen.
    mutating func finish() {
        if current != "\u{1B}[0m" { text += "\u{1B}[0m" }
    }
}
