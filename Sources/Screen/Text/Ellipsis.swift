/// Cutting text to a number of columns with "…" where it is cut: the one way the screen
/// shortens a name or a label, so a cut never passes for the whole (issue 11).
enum Ellipsis {
    /// `text` as it is when it fits in `columns`, else its longest prefix that leaves room for
    /// "…", then "…" (just "…" in one column, nothing in none).
    static func cut(_ text: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        if CharWidth.of(text) <= columns { return text }
        return CharWidth.prefix(text, columns: columns - 1) + "…"
    }

    /// `text` cut with "…" or padded with spaces to exactly `columns`.
    static func fit(_ text: String, _ columns: Int) -> String {
        let shown = cut(text, columns: columns)
        return shown + String(repeating: " ", count: max(0, columns - CharWidth.of(shown)))
    }
}

extension ScreenBuffer {
    /// Writes `text` at (x, y), ending before `maxX` (default: the right edge), with "…" in its
    /// last column when it had to be cut. Returns the column after what was written.
    @discardableResult
    mutating func putCut(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        let limit = min(maxX ?? width, width)
        return put(Ellipsis.cut(text, columns: limit - x), x: x, y: y, style: style, maxX: limit)
    }
}
