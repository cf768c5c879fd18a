import RaftCore
import RaftSim

/// World commands back to steps: the inverse of `StepCommands.command(for:names:)`, so the
/// live view can save a session as a scenario (`raftlab --record`).
extension StepCommands {
    /// The step that `command(for:names:)` turns back into `command`; nil when a node has no
    /// name, or for a `configure` that changes nothing (the format has no empty `configure`,
    /// and leaving it out replays the same).
    public static func step(for command: RaftWorld.Command, names: [String]) -> Step? {
        func name(_ id: NodeID) -> String? { names.indices.contains(id) ? names[id] : nil }
        switch command {
        case .crash(let n): return name(n).map { .crash($0) }
        case .restart(let n): return name(n).map { .restart($0) }
        case .partition(let groups):
            if groups.count == 1, groups[0].count == 1 { return name(groups[0][0]).map { .isolate($0) } }
            let named = groups.map { $0.compactMap(name) }
            return named.joined().count == groups.joined().count ? .partition(named) : nil
        case let .cut(from, to): return name(from).flatMap { a in name(to).map { .cut(from: a, to: $0) } }
        case let .slow(n, latency): return name(n).map { .slow(node: $0, latency: latency) }
        case .heal: return .heal
        case .timeout(let n): return name(n).map { .timeout($0) }
        case let .write(value, to, acks, count):
            if let to, name(to) == nil { return nil }
            return .write(WriteSpec(value: value, to: to.flatMap(name), acks: acks, count: count == 1 ? nil : count))
        case .consume(let n): return name(n).map { .consume(from: $0) }
        case let .drop(from, to): return name(from).flatMap { a in name(to).map { .drop(from: a, to: $0) } }
        case .configure(let change): return change == Reconfiguration() ? nil : .configure(change)
        }
    }
}
