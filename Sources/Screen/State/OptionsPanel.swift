import Picture

/// The options panel (`o`): the rows the engine offers (switches, unsafe rules, timings),
/// one each; the runtime makes the change a row asks for.
enum OptionsPanel {
    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .options(let row) = state.overlay else { return [] }
        let rows = state.picture.settings.options
        guard !rows.isEmpty else { return [] }
        switch key {
        case .up: state.overlay = .options(row: (row + rows.count - 1) % rows.count)
        case .down, .tab: state.overlay = .options(row: (row + 1) % rows.count)
        case .enter, .char(" "), .right: return [.action(.option(id: rows[min(row, rows.count - 1)].id, forward: true))]
        case .left: return [.action(.option(id: rows[min(row, rows.count - 1)].id, forward: false))]
        case .char("o"): state.overlay = nil
        default: break
        }
        return []
    }
}
