import KafkaCore
import RaftCore
import RaftSim

/// Reads a CONDITION: a map whose keys must all hold (format, `CONDITION`).
extension Located {
    /// The keys of a condition, in the format's order.
    static let conditionKeys = ["leader", "role", "term", "voted_for", "log", "commit", "committed",
                                "applied", "match", "in_flight", "consumed", "acked", "lost",
                                "violations", "violated", "configured", "snapshot", "reads", "voters", "members", "isr", "hw", "leo", "epoch", "errors",
                                "within"]

    /// A condition naming only nodes of `names` (as ids); `within` only where `allowWithin` ("only in `wait`").
    func condition(names: [String], mode: ClusterMode, allowWithin: Bool) throws(ScenarioError) -> Condition {
        let map = try MapReader(self, allowed: Self.conditionKeys, expected: "a condition: a map like {leader: any}")
        var c = Condition()
        c.mode = mode
        for entry in map.entries {
            let v = entry.value
            try ModeKeys.check(entry.name, at: .condition, in: mode, entry.key)
            switch entry.name {
            case "leader": c.leader = try v.leaderMatch(names: names)
            case "role": c.role = try v.perNode(names) { r throws(ScenarioError) in try r.roles(mode: mode) }
            case "term": c.term = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch(in: ScenarioLimits.term) }
            case "voted_for": c.votedFor = try v.perNode(names) { n throws(ScenarioError) in try n.vote(names: names) }
            case "log": c.log = try v.perNode(names) { l throws(ScenarioError) in try l.terms() }
            case "commit": c.commit = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch() }
            case "committed": c.committed = try v.value()
            case "applied": c.applied = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch() }
            case "match": c.match = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch() }
            case "in_flight": c.inFlight = try v.numberMatch()
            case "consumed": c.consumed = try v.numberMatch()
            case "acked": c.acked = try v.numberMatch()
            case "lost": c.lost = try v.numberMatch()
            case "violations": c.violations = try v.numberMatch()
            case "violated":
                c.violated = try v.safetyProperties(mode: mode)
            case "configured": c.configured = try v.configured(mode: mode, size: names.count)
            case "snapshot": c.snapshot = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch() }
            case "reads": c.reads = try v.readCounts()
            case "voters": c.voters = try v.perNode(names) { l throws(ScenarioError) in try l.nodeIDs(in: names, "a list of node names, like [Neptune, Saturn]") }
            case "members": c.members = try v.nodeIDs(in: names, "a list of node names, like [Neptune, Saturn]")
            case "isr": c.isr = try v.nodeIDs(in: names)
            case "hw": c.hw = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch() }
            case "leo": c.leo = try v.perNode(names) { n throws(ScenarioError) in try n.numberMatch() }
            case "epoch": c.epoch = try v.numberMatch(in: ScenarioLimits.term)  // Kafka's term, in the same limits
            case "errors": c.errors = try v.errorCounts()
            default: c.within = try v.within(allowed: allowWithin, key: entry.key)
            }
        }
        guard map.entries.contains(where: { $0.name != "within" }) else {
            throw error("a condition needs at least one key to check besides `within`")
        }
        return c
    }

    /// `within: MS`, refused outside `wait`.
    private func within(allowed: Bool, key: Located) throws(ScenarioError) -> Int {
        guard allowed else { throw key.error("`within` is only allowed in a `wait` condition") }
        return try milliseconds()
    }

    /// `leader`: a node, `any`, `none` or a list of nodes.
    private func leaderMatch(names: [String]) throws(ScenarioError) -> LeaderMatch {
        if case .sequence = node {
            let ids = try nodeIDs(in: names)
            guard !ids.isEmpty else { throw error("expected at least one node name") }
            return .oneOf(ids)
        }
        switch try text("a node name, any, none or a list of node names") {
        case "any": return .any
        case "none": return .none
        default: return .node(try nodeID(in: names))
        }
    }

    /// A map `{NODE: X}` over known nodes (as ids), in written order, with at least one node.
    private func perNode<V>(_ names: [String],
                            _ read: (Located) throws(ScenarioError) -> V) throws(ScenarioError) -> [PerNode<V>] {
        var result: [PerNode<V>] = []
        for entry in try pairs("a map from node name to a value, like {Neptune: 1}") {
            let id = try entry.key.nodeID(in: names)
            result.append(PerNode(id, try read(entry.value)))
        }
        guard !result.isEmpty else { throw error("expected at least one node") }
        return result
    }

    /// A role, or a non-empty list of roles meaning any of them; the mode's roles only.
    private func roles(mode: ClusterMode) throws(ScenarioError) -> [Role?] {
        let items = if case .scalar = node { [self] } else { try list("a role or a list of roles") }
        var roles: [Role?] = []
        for item in items {
            let name = try item.name(RoleName.all, "role")
            try ModeKeys.check(name, at: .role, in: mode, item)
            guard !roles.contains(RoleName.role(name)!) else { throw item.error("`\(name)` is listed twice") }
            roles.append(RoleName.role(name)!)
        }
        guard !roles.isEmpty else { throw error("expected at least one role") }
        return roles
    }

    /// The safety properties a mode's monitor checks (kafka-mode.md, "The safety monitor").
    static func properties(_ mode: ClusterMode) -> [SafetyProperty] {
        switch mode {
        case .raft: RaftSafety.properties
        case .kafka: KafkaSafety.properties
        }
    }

    /// `violated: [PROPERTY, ...]`: the mode's properties; another mode's is refused as such.
    private func safetyProperties(mode: ClusterMode) throws(ScenarioError) -> [SafetyProperty] {
        let own = Self.properties(mode).map(\.rawValue)
        for item in try list("a list of safety property names, like [\(own[0])]") {
            let other = ClusterMode.allCases.first { $0 != mode && Self.properties($0).map(\.rawValue).contains(try? item.text("")) }
            if let other {
                throw item.error("`\(try item.text(""))` is a property of \(other.rawValue) mode; \(mode.rawValue) mode's monitor checks "
                                 + own.joined(separator: ", "))
            }
        }
        return try namesOf(own, "safety property").map(SafetyProperty.init(rawValue:))
    }

    /// `errors: {NOT_ENOUGH_REPLICAS: N, NOT_ENOUGH_REPLICAS_AFTER_APPEND: N}`, at least one.
    private func errorCounts() throws(ScenarioError) -> [ErrorCount] {
        var counts: [ErrorCount] = []
        for entry in try pairs("a map like {NOT_ENOUGH_REPLICAS: 1}") {
            let name = try entry.key.name(WriteError.allCases.map(\.rawValue), "write error")
            counts.append(ErrorCount(WriteError(rawValue: name)!, try entry.value.numberMatch()))
        }
        guard !counts.isEmpty else { throw error("expected at least one error name") }
        return counts
    }

    /// `reads: {ok: N, stale: N, refused: N}`: each key optional, at least one (raft-extensions.md, "Reads").
    private func readCounts() throws(ScenarioError) -> ReadCounts {
        let map = try MapReader(self, allowed: ["ok", "stale", "refused"], expected: "a map like {ok: 1, stale: 0, refused: 0}")
        guard !map.entries.isEmpty else { throw error("expected at least one of ok, stale and refused") }
        var counts = ReadCounts()
        if let ok = map.optional("ok") { counts.ok = try ok.numberMatch() }
        if let stale = map.optional("stale") { counts.stale = try stale.numberMatch() }
        if let refused = map.optional("refused") { counts.refused = try refused.numberMatch() }
        return counts
    }

    /// `log: {NODE: [T, ...]}`: the terms of every entry, each at least 1.
    private func terms() throws(ScenarioError) -> [Int] {
        var terms: [Int] = []
        for item in try list("a list of terms, like [1, 1, 2]") {
            terms.append(try item.entryTerm())
        }
        return terms
    }

    /// A number, or a string `">= N"`, `"> N"`, `"<= N"`, `"< N"`, `"!= N"`; never negative, N within `range`.
    func numberMatch(in range: ClosedRange<Int> = 0...Int.max) throws(ScenarioError) -> NumberMatch {
        let raw = try text("a number or a comparison like \">= 3\"")
        guard let match = NumberMatch.parse(raw) else {
            throw error("expected a whole number or a comparison like \">= 3\", found `\(raw)`")
        }
        guard match.value >= 0 else { throw error("must not be negative, found \(match.value)") }
        guard range.contains(match.value) else {
            throw error("must be from \(range.lowerBound) to \(range.upperBound), found \(match.value)")
        }
        return match
    }
}
