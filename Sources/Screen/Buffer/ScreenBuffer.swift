/// One terminal cell: a character (a space for none) and its style. The right half of a
/// double-width character is a `continuation` cell.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var style: Style
    public var continuation = false

    public static let blank = Cell(character: " ", style: .plain)
}

/// A grid of cells: what `render` produces and a terminal backend draws.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at (x, y) without passing `maxX` (exclusive; default: the right edge).
    /// Returns the column after the text. Double-width characters never straddle the edge.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var col = x
        for scalar in text.unicodeScalars {  // scalars, not graphemes: the screen's text has no clusters
            let w = CharWidth.of(scalar)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 {
                unsplit(col, y, width: w)
                self[col, y] = Cell(character: Character(scalar), style: style)
                if w == 2 { self[col + 1, y] = Cell(character: " ", style: style, continuation: true) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with `character`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, character: Character = " ", style: Style = .plain) {
        let from = max(0, x), to = min(width, x + w)
        guard from < to else { return }
        for row in max(0, y)..<min(height, y + h) {
            unsplit(from, row, width: to - from)
            for col in from..<to { self[col, row] = Cell(character: character, style: style) }
        }
    }

    /// Before cells `col..<col+w` of row `y` are overwritten: a double-width character cut in
    /// half at either edge becomes a space, so every row keeps exactly `width` columns.
    mutating func unsplit(_ col: Int, _ y: Int, width w: Int) {
        if col > 0, self[col, y].continuation { self[col - 1, y] = Cell(character: " ", style: self[col - 1, y].style) }
        let end = col + w
        if end < width, self[end, y].continuation { self[end, y] = Cell(character: " ", style: self[end, y].style) }
    }

    /// Sets the style of a run of cells, keeping their characters.
    public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) { change(&self[col, y].style) }
    }

    /// The text of each row, trailing spaces kept (golden screens compare it).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].continuation { line.append(self[x, y].character) }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
