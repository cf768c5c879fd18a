/// Drawing pieces the cards share: borders with labels, text rows, bars.
extension ClusterView {
    /// Box-drawing characters: rounded for a card, double for the selected card.
    struct Frame {
        let topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical, teeLeft, teeRight: Character

        static let plain = Frame(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                 horizontal: "─", vertical: "│", teeLeft: "├", teeRight: "┤")
        static let selected = Frame(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
                                    horizontal: "═", vertical: "║", teeLeft: "╟", teeRight: "╢")
    }

    /// Blanks the card (covering the links under it) and draws its border.
    static func box(_ r: Rect, _ frame: Frame, _ style: Style, into buffer: inout ScreenBuffer) {
        buffer.fill(x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2,
                    style: Style(style.tint, dim: style.dim))
        rule(r, row: r.y, frame.topLeft, frame.topRight, frame, style, into: &buffer)
        rule(r, row: r.maxY - 1, frame.bottomLeft, frame.bottomRight, frame, style, into: &buffer)
        for y in (r.y + 1)..<(r.maxY - 1) {
            put(frame.vertical, r.x, y, style, &buffer)
            put(frame.vertical, r.maxX - 1, y, style, &buffer)
        }
    }

    /// A horizontal border or separator row of a card.
    static func rule(_ r: Rect, row: Int, _ left: Character, _ right: Character, _ frame: Frame, _ style: Style,
                     into buffer: inout ScreenBuffer) {
        put(left, r.x, row, style, &buffer)
        for x in (r.x + 1)..<(r.maxX - 1) { put(frame.horizontal, x, row, style, &buffer) }
        put(right, r.maxX - 1, row, style, &buffer)
    }

    /// One single-width character, if the cell is on the buffer (a double-width character it
    /// cuts in half becomes a space).
    static func put(_ c: Character, _ x: Int, _ y: Int, _ style: Style, _ buffer: inout ScreenBuffer) {
        guard x >= 0, y >= 0, x < buffer.width, y < buffer.height else { return }
        buffer.unsplit(x, y, width: 1)
        buffer[x, y] = Cell(character: c, style: style)
    }

    /// Whether no label (bold text) is in the way at (x, y) for `width` columns, nor right
    /// beside them (labels keep a space between them).
    static func free(_ buffer: ScreenBuffer, _ x: Int, _ y: Int, _ width: Int) -> Bool {
        guard y >= 0, y < buffer.height else { return false }
        let from = max(0, x - 1), to = min(buffer.width, x + width + 1)
        guard from < to else { return true }
        for col in from..<to where buffer[col, y].style.bold { return false }
        return true
    }

    /// The cell a coordinate falls in (floor, without a libm call per cell).
    @inline(__always)
    static func cell(_ v: Double) -> Int {
        let i = Int(v)
        return Double(i) > v ? i - 1 : i
    }

    /// The nearest cell to a coordinate.
    @inline(__always)
    static func nearest(_ v: Double) -> Int { cell(v + 0.5) }

    /// Columns a text takes, scalar by scalar (the view's own texts have no combining sequences).
    static func columns(_ text: String) -> Int {
        var n = 0
        for scalar in text.unicodeScalars { n += CharWidth.of(scalar) }
        return n
    }

    /// A label sitting on a border, ending two cells before its right corner: " disk ".
    static func rightLabel(_ text: String, _ r: Rect, row: Int, _ style: Style, into buffer: inout ScreenBuffer) {
        let w = columns(text) + 2
        guard w + 4 <= r.width else { return }
        let x = r.maxX - 2 - w
        put(" ", x, row, style, &buffer)
        buffer.put(text, x: x + 1, y: row, style: style, maxX: r.maxX - 2)
        put(" ", r.maxX - 3, row, style, &buffer)
    }

    /// A text row inside a card: from one cell after the left border to the right border,
    /// ending in "…" when cut. Returns the column after the text.
    @discardableResult
    static func row(_ text: String, _ r: Rect, _ y: Int, _ style: Style, at x: Int? = nil,
                    into buffer: inout ScreenBuffer) -> Int {
        buffer.putCut(text, x: x ?? r.x + 2, y: y, style: style, maxX: r.maxX - 1)
    }

    /// `left` at the start of a card row and `right` flush right, or one space after `left`
    /// when the row is too short for both.
    static func pairRow(_ left: String, _ leftStyle: Style, _ right: String, _ rightStyle: Style, _ r: Rect, _ y: Int,
                        into buffer: inout ScreenBuffer) {
        let end = row(left, r, y, leftStyle, into: &buffer)
        row(right, r, y, rightStyle, at: max(end + 1, r.maxX - 1 - columns(right)), into: &buffer)
    }

    /// A draining bar from column x: full cells for the fraction left, light ones for the time
    /// gone. Returns the column after it.
    @discardableResult
    static func bar(_ left: Double, width: Int, x: Int, y: Int, maxX: Int, _ style: Style,
                    into buffer: inout ScreenBuffer) -> Int {
        let w = min(width, maxX - x)
        guard w > 0 else { return x }
        let full = min(w, max(0, Int((left * Double(w)).rounded())))
        for k in 0..<w { put(k < full ? "█" : "░", x + k, y, style, &buffer) }
        return x + w
    }
}
