extension LogTableView {
    /// Columns before the first entry: the row label (glyph, name) and the '‹' cell.
    static let labelWidth = 12

    /// Where a row label ends (one column before the '‹' cell), within the rect.
    static func labelEnd(_ rect: Rect) -> Int { min(rect.maxX, rect.x + labelWidth - 1) }

    /// How many log indices fit across `width` columns (3 cells each, plus label and '›').
    static func columns(_ width: Int) -> Int { max(1, (width - labelWidth - 2) / 3) }

    /// Committed entries kept in view left of the commit point when the table follows it.
    static let behindCommit = 3

    /// The first log index shown when following (no `<` / `>`): the newest entries when they
    /// fit with the commit point (the leader's commit index, Raft 5.3), else the commit
    /// point near the left edge with the entries being replicated after it.
    static func defaultFirstIndex(_ state: AppState) -> Int {
        let tail = max(1, state.picture.longestLog - columns(state.width) + 1)
        return max(1, min(tail, commitPoint(state) + 1 - behindCommit))
    }

    /// The commit index of the current leader (the up leader of the highest term), else the
    /// highest of the up nodes'.
    static func commitPoint(_ state: AppState) -> Int {
        if let leader = LeaderView(state.picture).leader, let commit = leader.commit { return commit }
        return state.picture.nodes.compactMap(\.commit).max() ?? 0
    }

    /// The first index shown: the one `<` / `>` hold, else following.
    static func firstIndex(_ state: AppState) -> Int {
        let longest = state.picture.longestLog
        guard let scroll = state.logScroll else { return defaultFirstIndex(state) }
        return max(1, min(scroll, longest))
    }

    /// Whether the last entry is in view from `first` on.
    static func showsEnd(_ state: AppState, first: Int) -> Bool {
        first + columns(state.width) > state.picture.longestLog
    }
}
