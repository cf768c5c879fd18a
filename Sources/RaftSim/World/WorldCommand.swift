import Replication

/// What a `configure` step or the options panel changes: the engine's settings, the latency
/// between nodes and the default acks mode; nil keeps the current one.
public struct Reconfiguration<Change: Sendable & Equatable>: Sendable, Equatable {
    public var engine: Change?
    public var latency: ClosedRange<Int>?
    public var acks: Acks?
    public init(engine: Change? = nil, latency: ClosedRange<Int>? = nil, acks: Acks? = nil) {
        self.engine = engine
        self.latency = latency
        self.acks = acks
    }
}

/// One thing done to the world from outside: the common vocabulary of scenario steps,
/// the live view's keys and the fuzzer (scenario format, `steps`).
public enum WorldCommand<Change: Sendable & Equatable>: Sendable, Equatable {
    case crash(NodeID)
    case restart(NodeID)
    case partition([[NodeID]])
    case cut(from: NodeID, to: NodeID)
    case slow(NodeID, latency: ClosedRange<Int>)
    case heal
    case timeout(NodeID)
    case write(value: String, to: NodeID?, acks: Acks?, count: Int)
    case consume(from: NodeID)
    case drop(from: NodeID, to: NodeID)
    case configure(Reconfiguration<Change>)
    /// raft-extensions.md: a snapshot now, a client read, a leadership transfer, a membership change.
    case snapshot(NodeID)
    case read(at: NodeID?, mode: ReadMode)
    case transfer(NodeID)
    case add(NodeID)
    case remove(NodeID)
}

extension World {
    public typealias Command = WorldCommand<Engine.SettingsChange>

    /// Does `command` now (after every event due at or before now, as steps do).
    public mutating func apply(_ command: Command) {
        if journaling { applied.append(Applied(at: mark, command: command)) }
        run(for: 0)
        switch command {
        case .crash(let n): crash(n)
        case .restart(let n): restart(n)
        case .partition(let groups): partition(groups)
        case let .cut(a, b): cut(from: a, to: b)
        case let .slow(n, latency): slow(n, latency: latency)
        case .heal: heal()
        case .timeout(let n): timeout(n)
        case let .write(value, to, acks, count): write(value, to: to, acks: acks, count: count)
        case .consume(let n): consume(from: n)
        case let .drop(a, b): drop(from: a, to: b)
        case .configure(let change): configure(change)
        case .snapshot(let n): snapshot(n)
        case let .read(at, mode): read(at: at, mode: mode)
        case .transfer(let n): transfer(to: n)
        case .add(let n): changeMembership(MembershipRequest(node: n, add: true))
        case .remove(let n): changeMembership(MembershipRequest(node: n, add: false))
        }
    }
}
