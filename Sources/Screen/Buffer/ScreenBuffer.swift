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
        for c in text {
            let w = CharWidth.of(c)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(character: c, style: style)
                if w == 2 { self[col + 1, y] = Cell(character: " ", style: style, continuation: true) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with `character`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, character: Character = " ", style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) { self[col, row] = Cell(character: character, style: style) }
        }
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
