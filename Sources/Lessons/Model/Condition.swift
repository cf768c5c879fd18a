import RaftCore
import RaftSim

/// A CONDITION: every key present must hold. Per-node maps keep the order they were written in;
/// nodes are ids of the current scene, resolved when the file loads.
public struct Condition: Sendable, Equatable {
    /// `leader:` NAME, `any`, `none` or a list of names.
    public var leader: LeaderMatch?
    /// `role: {NODE: ROLE or [ROLE, ...]}`; nil is `crashed`.
    public var role: [PerNode<[Role?]>]?
    /// `term: {NODE: T}`.
    public var term: [PerNode<NumberMatch>]?
    /// `voted_for: {NODE: NAME or none}`; nil value is `none`.
    public var votedFor: [PerNode<NodeID?>]?
    /// `log: {NODE: [T, ...]}`: the terms of the node's log after its snapshot (raft-extensions.md).
    public var log: [PerNode<[Int]>]?
    /// `commit: {NODE: C}`.
    public var commit: [PerNode<NumberMatch>]?
    /// `committed: VALUE`.
    public var committed: String?
    /// `applied: {NODE: N}`.
    public var applied: [PerNode<NumberMatch>]?
    /// `match: {NODE: N}`: the current leader's match index for each node.
    public var match: [PerNode<NumberMatch>]?
    /// `in_flight: N`: messages between nodes.
    public var inFlight: NumberMatch?
    /// `consumed: N`.
    public var consumed: NumberMatch?
    /// `acked: N`.
    public var acked: NumberMatch?
    /// `lost: N`.
    public var lost: NumberMatch?
    /// `violations: N`.
    public var violations: NumberMatch?
    /// `violated: [PROPERTY, ...]`.
    public var violated: [SafetyProperty]?
    /// `configured: {acks, batch, pipeline, noop, prevote, check_quorum}`: the settings in force
    /// (raftlab's extension, issue 11: a task can ask the learner to switch an option).
    public var configured: Reconfiguration<ClusterChange>?
    /// `snapshot: {NODE: I}`: the last index the node's snapshot includes, 0 for none (paper 7).
    public var snapshot: [PerNode<NumberMatch>]?
    /// `reads: {ok: N, stale: N, refused: N}`: client reads so far (thesis 6.4).
    public var reads: ReadCounts?
    /// `voters: {NODE: [NAME, ...]}`: each node's current configuration, as a set (thesis 4.1).
    public var voters: [PerNode<[NodeID]>]?
    /// `members: [NAME, ...]`: the current leader's configuration, as a set; empty when no node has led.
    public var members: [NodeID]?
    /// `isr: [A, B]`: the ISR is exactly this set (kafka mode).
    public var isr: [NodeID]?
    /// `hw: {NODE: N}`: each node's high watermark (kafka mode).
    public var hw: [PerNode<NumberMatch>]?
    /// `leo: {NODE: N}`: each node's log end offset (kafka mode).
    public var leo: [PerNode<NumberMatch>]?
    /// `epoch: N`: the partition's leader epoch, the controller's (kafka mode).
    public var epoch: NumberMatch?
    /// `errors: {NOT_ENOUGH_REPLICAS: N, ...}`: writes answered with each error so far (kafka mode).
    public var errors: [ErrorCount]?
    /// `within: MS` (only in `wait`); nil means the default, `Condition.defaultWithin`.
    public var within: Int?
    /// The mode of the scene it was written in (set by the loader): its words follow it (a
    /// Kafka log holds records of epochs, not entries of terms).
    public var mode: ClusterMode = .raft

    /// The `wait` limit when `within` is absent (format, `wait`).
    public static let defaultWithin = 5000

    /// A condition; every key absent by default.
    public init(leader: LeaderMatch? = nil, role: [PerNode<[Role?]>]? = nil,
                term: [PerNode<NumberMatch>]? = nil, votedFor: [PerNode<NodeID?>]? = nil,
                log: [PerNode<[Int]>]? = nil, commit: [PerNode<NumberMatch>]? = nil,
                committed: String? = nil, applied: [PerNode<NumberMatch>]? = nil,
                match: [PerNode<NumberMatch>]? = nil, inFlight: NumberMatch? = nil,
                consumed: NumberMatch? = nil, acked: NumberMatch? = nil, lost: NumberMatch? = nil,
                violations: NumberMatch? = nil, violated: [SafetyProperty]? = nil,
                configured: Reconfiguration<ClusterChange>? = nil, snapshot: [PerNode<NumberMatch>]? = nil,
                reads: ReadCounts? = nil, voters: [PerNode<[NodeID]>]? = nil, members: [NodeID]? = nil,
                isr: [NodeID]? = nil,
                hw: [PerNode<NumberMatch>]? = nil, leo: [PerNode<NumberMatch>]? = nil, epoch: NumberMatch? = nil,
                errors: [ErrorCount]? = nil, within: Int? = nil) {
        self.leader = leader
        self.role = role
        self.term = term
        self.votedFor = votedFor
        self.log = log
        self.commit = commit
        self.committed = committed
        self.applied = applied
        self.match = match
        self.inFlight = inFlight
        self.consumed = consumed
        self.acked = acked
        self.lost = lost
        self.violations = violations
        self.violated = violated
        self.configured = configured
        self.snapshot = snapshot
        self.reads = reads
        self.voters = voters
        self.members = members
        self.isr = isr
        self.hw = hw
        self.leo = leo
        self.epoch = epoch
        self.errors = errors
        self.within = within
    }
}

/// `reads: {ok: N, stale: N, refused: N}`: each key optional, at least one (raft-extensions.md, "Reads").
public struct ReadCounts: Sendable, Equatable {
    /// Reads answered, stale or not.
    public var ok: NumberMatch?
    /// Reads answered with a state missing a write acknowledged before them.
    public var stale: NumberMatch?
    /// Reads refused, or unanswered 500 ms after the client tried every node.
    public var refused: NumberMatch?

    public init(ok: NumberMatch? = nil, stale: NumberMatch? = nil, refused: NumberMatch? = nil) {
        self.ok = ok
        self.stale = stale
        self.refused = refused
    }

    /// The keys in the format's order, with their matches (nil: not written).
    public var entries: [(key: String, match: NumberMatch?)] { [("ok", ok), ("stale", stale), ("refused", refused)] }
}

/// One entry of `errors`: how many writes were answered with this error (kafka-mode.md).
public struct ErrorCount: Sendable, Equatable {
    public var error: WriteError
    public var count: NumberMatch

    public init(_ error: WriteError, _ count: NumberMatch) {
        self.error = error
        self.count = count
    }
}

/// One node's entry of a per-node condition map.
public struct PerNode<Value: Sendable & Equatable>: Sendable, Equatable {
    public var node: NodeID
    public var value: Value

    /// The entry for `node`.
    public init(_ node: NodeID, _ value: Value) {
        self.node = node
        self.value = value
    }
}

/// The `leader` key of a condition.
public enum LeaderMatch: Sendable, Equatable {
    /// This node is up, leader, and no other up node leads an equal or higher term.
    case node(NodeID)
    /// Some node is such a leader.
    case any
    /// No up node is leader.
    case none
    /// One of these nodes is such a leader.
    case oneOf([NodeID])
}

/// A node's role as a condition names it: the engine's roles, and `crashed` for a node that is
/// down (nil).
public enum RoleName {
    /// The names in the format's order.
    public static let all = ["leader", "follower", "candidate", "precandidate", "crashed"]

    /// The role a name means; nil (`crashed`) for `crashed`.
    public static func role(_ name: String) -> Role?? {
        name == "crashed" ? .some(nil) : Role(rawValue: name).map { .some($0) }
    }

    /// The name of a role; `crashed` for nil.
    public static func name(_ role: Role?) -> String { role?.rawValue ?? "crashed" }
}

/// A number in a condition: `N` matches exactly, `">= N"` and the like compare.
public struct NumberMatch: Sendable, Equatable, CustomStringConvertible {
    /// How the found number is compared with `value`.
    public enum Op: String, Sendable, Equatable, CaseIterable {
        case eq = "==", ge = ">=", gt = ">", le = "<=", lt = "<", ne = "!="
    }

    public var op: Op
    public var value: Int

    /// A comparison: the found number `op` `value`.
    public init(_ op: Op, _ value: Int) {
        self.op = op
        self.value = value
    }

    /// An exact match of `value`.
    public init(_ value: Int) {
        self.init(.eq, value)
    }

    /// Parses `3`, `"== 3"`, `">= 3"`, `"> 3"`, `"<= 3"`, `"< 3"` or `"!= 3"` (spaces optional); nil otherwise.
    public static func parse(_ text: String) -> NumberMatch? {
        let trimmed = text.trimmingSpaces
        // Longest operators first, so ">=" is not read as ">".
        let ops: [Op] = [.ge, .le, .ne, .eq, .gt, .lt]
        let op = ops.first { trimmed.hasPrefix($0.rawValue) }
        let digits = String(trimmed.dropFirst(op?.rawValue.count ?? 0)).trimmingSpaces
        guard let value = WholeNumber.parse(digits) else { return nil }
        return NumberMatch(op ?? .eq, value)
    }

    /// True when `x` satisfies this comparison.
    public func matches(_ x: Int) -> Bool {
        switch op {
        case .eq: x == value
        case .ge: x >= value
        case .gt: x > value
        case .le: x <= value
        case .lt: x < value
        case .ne: x != value
        }
    }

    /// `3` for an exact match, else `>= 3` and the like.
    public var description: String {
        op == .eq ? "\(value)" : "\(op.rawValue) \(value)"
    }
}

/// Whole numbers as the format writes them: optional `-`, then decimal digits only.
enum WholeNumber {
    /// The number, or nil for anything else (floats, hex, `1_000`, overflow).
    static func parse(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
