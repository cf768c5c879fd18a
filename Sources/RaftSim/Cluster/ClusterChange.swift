import KafkaCore
import RaftCore

/// A settings change of either engine: what `configure` and `configured` carry in a scenario.
public enum ClusterChange: Sendable, Equatable {
    case raft(EngineConfig.Change)
    case kafka(KafkaSettings.Change)

    public var mode: ClusterMode {
        switch self {
        case .raft: .raft
        case .kafka: .kafka
        }
    }
}

/// A world command of either engine (scenario steps, keys, the fuzzer).
public typealias ClusterCommand = WorldCommand<ClusterChange>

extension WorldCommand {
    /// The same command with its settings change converted; nil when `convert` refuses it (a
    /// change meant for the other engine).
    public func mapChange<Other>(_ convert: (Change) -> Other?) -> WorldCommand<Other>? {
        switch self {
        case .crash(let n): .crash(n)
        case .restart(let n): .restart(n)
        case .partition(let g): .partition(g)
        case let .cut(a, b): .cut(from: a, to: b)
        case let .slow(n, latency): .slow(n, latency: latency)
        case .heal: .heal
        case .timeout(let n): .timeout(n)
        case let .write(value, to, acks, count): .write(value: value, to: to, acks: acks, count: count)
        case .consume(let n): .consume(from: n)
        case let .drop(a, b): .drop(from: a, to: b)
        case .configure(let r):
            r.mapChange(convert).map { .configure($0) }
        case .snapshot(let n): .snapshot(n)
        case let .read(at, mode): .read(at: at, mode: mode)
        case .transfer(let n): .transfer(n)
        case .add(let n): .add(n)
        case .remove(let n): .remove(n)
        }
    }
}

extension Reconfiguration {
    /// The same reconfiguration with its engine change converted; nil when `convert` refuses it.
    public func mapChange<Other>(_ convert: (Change) -> Other?) -> Reconfiguration<Other>? {
        guard let engine else { return Reconfiguration<Other>(engine: nil, latency: latency, acks: acks) }
        return convert(engine).map { Reconfiguration<Other>(engine: $0, latency: latency, acks: acks) }
    }
}

extension ClusterChange {
    /// Raft's change, nil for Kafka's.
    public var raft: EngineConfig.Change? { if case .raft(let c) = self { c } else { nil } }
    /// Kafka's change, nil for Raft's.
    public var kafka: KafkaSettings.Change? { if case .kafka(let c) = self { c } else { nil } }
}

extension WorldCommand where Change == ClusterChange {
    /// The command for a Raft world; nil for a change of Kafka's settings.
    public var raft: WorldCommand<EngineConfig.Change>? { mapChange(\.raft) }
    /// The command for a Kafka world; nil for a change of Raft's settings.
    public var kafka: WorldCommand<KafkaSettings.Change>? { mapChange(\.kafka) }
}

extension WorldCommand where Change == EngineConfig.Change {
    /// The same command, as either engine's worlds take it.
    public var cluster: ClusterCommand { mapChange { ClusterChange.raft($0) }! }
}

extension WorldCommand where Change == KafkaSettings.Change {
    /// The same command, as either engine's worlds take it.
    public var cluster: ClusterCommand { mapChange { ClusterChange.kafka($0) }! }
}
