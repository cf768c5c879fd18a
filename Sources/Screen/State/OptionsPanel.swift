import RaftCore
import RaftSim

/// The options panel (`o`): engine switches, unsafe rules and timings, one row each.
public enum OptionsPanel {
    public enum Row: CaseIterable, Sendable {
        case preVote, checkQuorum, noop, pipeline, batch, voteWithoutLogCheck, commitOldTerms, writeWithoutQuorum
        case heartbeat, election, latency
    }

    public static let rows = Row.allCases

    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .options(let row) = state.overlay else { return [] }
        switch key {
        case .up: state.overlay = .options(row: (row + rows.count - 1) % rows.count)
        case .down, .tab: state.overlay = .options(row: (row + 1) % rows.count)
        case .enter, .char(" "), .right: return change(rows[row], state, forward: true).map { [.command(.configure($0))] } ?? []
        case .left: return change(rows[row], state, forward: false).map { [.command(.configure($0))] } ?? []
        case .char("o"): state.overlay = nil
        default: break
        }
        return []
    }

    static let batches = [1, 4, 16, 64]
    static let heartbeats = [25, 50, 100, 200]
    static let elections: [ClosedRange<Int>] = [150...300, 300...600, 1000...2000]
    static let latencies: [ClosedRange<Int>] = [1...5, 10...20, 50...100, 100...300]

    /// The change a row makes: switches flip, choices step through their values.
    static func change(_ row: Row, _ state: AppState, forward: Bool) -> Reconfiguration<EngineConfig.Change>? {
        let config = state.world.config
        var c = EngineConfig.Change()
        var r = Reconfiguration<EngineConfig.Change>()
        switch row {
        case .preVote: c.preVote = !config.preVote
        case .checkQuorum: c.checkQuorum = !config.checkQuorum
        case .noop: c.noop = !config.noop
        case .pipeline: c.pipeline = !config.pipeline
        case .batch: c.batch = step(batches, config.batch, forward)
        case .voteWithoutLogCheck: c.unsafe = config.unsafe.symmetricDifference(.voteWithoutLogCheck)
        case .commitOldTerms: c.unsafe = config.unsafe.symmetricDifference(.commitOldTerms)
        case .writeWithoutQuorum: c.unsafe = config.unsafe.symmetricDifference(.writeWithoutQuorum)
        case .heartbeat: c.heartbeat = step(heartbeats, config.heartbeat, forward)
        case .election: c.election = step(elections, config.election, forward)
        case .latency: r.latency = step(latencies, state.world.latency, forward)
        }
        if !c.isEmpty { r.engine = c }
        return r
    }

    static func step<T: Equatable>(_ values: [T], _ current: T, _ forward: Bool) -> T {
        let i = values.firstIndex(of: current) ?? (forward ? values.count - 1 : 0)
        return values[(i + (forward ? 1 : values.count - 1)) % values.count]
    }
}
