extension LogTableView {
    /// Columns before the first entry: the row label (glyph, name) and the '‹' cell.
    static let labelWidth = 12

    /// Where a row label ends (one column before the '‹' cell), within the rect.
    static func labelEnd(_ rect: Rect) -> Int { min(rect.maxX, rect.x + labelWidth - 1) }

    /// How many log indices fit across `width` columns (3 cells each, plus label and '›').
    static func columns(_ width: Int) -> Int { max(1, (width - labelWidth - 2) / 3) }

    /// The first log index shown when following the end of the logs.
    static func defaultFirstIndex(_ state: AppState) -> Int {
        max(1, state.picture.longestLog - columns(state.width) + 1)
    }

    /// The first index shown: the scrolled one (`<` / `>`), else following the end.
    static func firstIndex(_ state: AppState) -> Int {
        let longest = state.picture.longestLog
        guard let scroll = state.logScroll else { return defaultFirstIndex(state) }
        return max(1, min(scroll, longest))
    }
}
