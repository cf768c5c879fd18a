import RaftCore

/// The flow form of a CONDITION, keys in the format's order.
enum ConditionFlow {
    /// `{leader: any, commit: {Neptune: 5}, ...}`, nodes named by `names`.
    static func condition(_ c: Condition, names: [String]) -> Flow {
        var pairs: [(String, Flow)] = []
        func add(_ key: String, _ value: Flow?) { if let value { pairs.append((key, value)) } }
        add("leader", c.leader.map { leader($0, names: names) })
        add("role", c.role.map { perNode($0, names, roles) })
        add("term", c.term.map { perNode($0, names, ModelFlow.number) })
        add("voted_for", c.votedFor.map { perNode($0, names) { $0.map { .quoted(names[$0]) } ?? .plain("none") } })
        add("log", c.log.map { perNode($0, names) { .list($0.map(Flow.number)) } })
        add("commit", c.commit.map { perNode($0, names, ModelFlow.number) })
        add("committed", c.committed.map(Flow.quoted))
        add("applied", c.applied.map { perNode($0, names, ModelFlow.number) })
        add("match", c.match.map { perNode($0, names, ModelFlow.number) })
        add("in_flight", c.inFlight.map(ModelFlow.number))
        add("consumed", c.consumed.map(ModelFlow.number))
        add("acked", c.acked.map(ModelFlow.number))
        add("lost", c.lost.map(ModelFlow.number))
        add("violations", c.violations.map(ModelFlow.number))
        add("violated", c.violated.map { .list($0.map { .plain($0.rawValue) }) })
        add("configured", c.configured.map(StepFlow.configure))
        add("snapshot", c.snapshot.map { perNode($0, names, ModelFlow.number) })
        add("reads", c.reads.map { .map($0.entries.compactMap { key, m in m.map { (key, ModelFlow.number($0)) } }) })
        add("voters", c.voters.map { perNode($0, names) { .names($0.map { names[$0] }) } })
        add("members", c.members.map { .names($0.map { names[$0] }) })
        add("isr", c.isr.map { .names($0.map { names[$0] }) })
        add("hw", c.hw.map { perNode($0, names, ModelFlow.number) })
        add("leo", c.leo.map { perNode($0, names, ModelFlow.number) })
        add("epoch", c.epoch.map(ModelFlow.number))
        add("errors", c.errors.map { .map($0.map { ($0.error.rawValue, ModelFlow.number($0.count)) }) })
        add("within", c.within.map(Flow.number))
        return .map(pairs)
    }

    /// `"Neptune"`, `any`, `none` or `["A", "B"]`.
    static func leader(_ match: LeaderMatch, names: [String]) -> Flow {
        switch match {
        case .node(let id): .quoted(names[id])
        case .any: .plain("any")
        case .none: .plain("none")
        case .oneOf(let ids): .names(ids.map { names[$0] })
        }
    }

    /// One role plain, several as a list.
    static func roles(_ roles: [Role?]) -> Flow {
        roles.count == 1 ? .plain(RoleName.name(roles[0])) : .list(roles.map { .plain(RoleName.name($0)) })
    }

    /// `{NODE: value, ...}` in the stored order, nodes named by `names`.
    static func perNode<V>(_ entries: [PerNode<V>], _ names: [String], _ value: (V) -> Flow) -> Flow {
        .map(entries.map { (names[$0.node], value($0.value)) })
    }
}
