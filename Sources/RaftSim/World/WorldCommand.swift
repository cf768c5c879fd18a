import RaftCore

/// Settings a `configure` step or the options panel changes; nil keeps the current value.
public struct ConfigChange: Sendable, Equatable {
    public var batch: Int?
    public var pipeline: Bool?
    public var noop: Bool?
    public var preVote: Bool?
    public var checkQuorum: Bool?
    public var unsafe: UnsafeRules?
    public var heartbeat: Int?
    public var election: ClosedRange<Int>?
    public var latency: ClosedRange<Int>?
    public var acks: Acks?
    public init() {}
}

/// One thing done to the world from outside: the common vocabulary of scenario steps,
/// the live view's keys and the fuzzer (scenario format, `steps`).
public enum WorldCommand: Sendable, Equatable {
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
    case configure(ConfigChange)
}

extension World {
    /// Does `command` now (after every event due at or before now, as steps do).
    public mutating func apply(_ command: WorldCommand) {
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
        }
    }

    public mutating func configure(_ c: ConfigChange) {
        var newTiming = timing
        newTiming.heartbeat = c.heartbeat ?? timing.heartbeat
        newTiming.election = c.election ?? timing.election
        newTiming.latency = c.latency ?? timing.latency
        configure(engine: { engine in
            if let v = c.batch { engine.batch = v }
            if let v = c.pipeline { engine.pipeline = v }
            if let v = c.noop { engine.noop = v }
            if let v = c.preVote { engine.preVote = v }
            if let v = c.checkQuorum { engine.checkQuorum = v }
            if let v = c.unsafe { engine.unsafe = v }
        }, timing: newTiming, acks: c.acks)
    }
}
