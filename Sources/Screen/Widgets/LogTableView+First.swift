extension LogTableView {
    /// The first log index shown when following the end of the logs.
    static func defaultFirstIndex(_ state: AppState) -> Int {
        let longest = state.world.nodes.map(\.log.lastIndex).max() ?? 0
        let columns = max(1, (state.width - 14) / 3)
        return max(1, longest - columns + 1)
    }
}
