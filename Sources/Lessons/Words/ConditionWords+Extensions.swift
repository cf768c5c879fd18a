import RaftCore
import RaftSim

/// The condition keys of Raft past the basic algorithm in words (raft-extensions.md): each
/// node's snapshot, the client reads, each node's configuration and the leader's.
extension ConditionWords {
    static func extensionClauses(_ c: Condition, names: [String]) -> [Clause] {
        var out: [Clause] = []
        for (match, ids) in grouped(c.snapshot) { out.append(number(match, ids.map { names[$0] }, .snapshot)) }
        for (key, m) in c.reads?.entries ?? [] {
            if let m, let counter = Counter.reads(key) { out.append(count(m, counter)) }
        }
        // Sets: nodes asking for the same voters in any order share one clause.
        for (voters, ids) in grouped(c.voters?.map { PerNode($0.node, $0.value.sorted()) }) {
            out.append(configuration(voters.map { names[$0] }, of: ids.map { names[$0] }))
        }
        if let members = c.members { out.append(leaderConfiguration(members.sorted().map { names[$0] })) }
        return out
    }

    /// "Neptune's configuration is exactly Neptune and Saturn" / "Neptune의 구성: Neptune, Saturn" (thesis 4.1).
    static func configuration(_ voters: [String], of nodes: [String]) -> Clause {
        let plural = nodes.count > 1
        let subject = Wording.possessive(nodes, plural ? "configurations" : "configuration")
        let owner = Wording.koList(nodes) + "의 구성"
        guard !voters.isEmpty else {
            return Clause(en: "\(subject) \(plural ? "are" : "is") empty", koStem: "\(owner)이 비게 되", koNoun: "\(owner) 비어 있음")
        }
        let ko = Wording.koList(voters)
        return Clause(en: "\(subject) \(plural ? "are" : "is") exactly \(Wording.list(voters))",
                      koStem: "\(owner)이 정확히 \(Wording.ko(ko, .toward)) 바뀌", koNoun: "\(owner): \(ko)")
    }

    /// "the leader's configuration is exactly Neptune and Saturn" / "리더의 구성: Neptune, Saturn".
    static func leaderConfiguration(_ members: [String]) -> Clause {
        guard !members.isEmpty else {
            return Clause(en: "no node has led, or the leader's configuration is empty",
                          koStem: "리더가 없었거나 리더의 구성이 비게 되", koNoun: "리더 없음 또는 리더의 구성 비어 있음")
        }
        let ko = Wording.koList(members)
        return Clause(en: "the leader's configuration is exactly \(Wording.list(members))",
                      koStem: "리더의 구성이 정확히 \(Wording.ko(ko, .toward)) 바뀌", koNoun: "리더의 구성: \(ko)")
    }
}

extension ConditionWords.Counter {
    /// The counter of a `reads` key.
    static func reads(_ key: String) -> Self? {
        switch key {
        case "ok": .readsOK
        case "stale": .readsStale
        case "refused": .readsRefused
        default: nil
        }
    }
}

extension ReadCounts {
    /// Counts with only `key` set to `match`.
    static func only(_ key: String, _ match: NumberMatch) -> ReadCounts {
        var counts = ReadCounts()
        switch key {
        case "ok": counts.ok = match
        case "stale": counts.stale = match
        default: counts.refused = match
        }
        return counts
    }
}

/// What a world shows of snapshots, reads and configurations, in the words of a finding.
extension ConditionWords.Seen {
    /// The count behind a `reads` key.
    func reads(_ counter: ConditionWords.Counter) -> Int {
        let clients = world.clients
        switch counter {
        case .readsStale: return clients.readsStale
        case .readsRefused: return clients.readsRefused
        default: return clients.readsOK
        }
    }

    /// "Neptune's configuration is Neptune and Saturn" / "Neptune의 구성: Neptune, Saturn".
    func voters(_ id: NodeID) -> Phrase {
        let members = world.raftWorld.map { ConditionEvaluator.voters(at: id, $0) } ?? []
        guard !members.isEmpty else {
            return Phrase(en: "\(name(id))'s configuration is empty", ko: "\(name(id))의 구성 비어 있음")
        }
        let list = members.map(name)
        return Phrase(en: "\(name(id))'s configuration is \(Wording.list(list))", ko: "\(name(id))의 구성: \(Wording.koList(list))")
    }

    /// "the leader, Neptune, has configuration Neptune and Saturn" / "리더 Neptune의 구성: Neptune, Saturn".
    func members() -> Phrase {
        guard let raft = world.raftWorld, let leader = raft.currentLeader else {
            return Phrase(en: "no node has led yet", ko: "리더였던 노드 없음")
        }
        let list = ConditionEvaluator.voters(at: leader, raft).map(name)
        guard !list.isEmpty else {
            return Phrase(en: "the configuration of the leader, \(name(leader)), is empty",
                          ko: "리더 \(name(leader))의 구성 비어 있음")
        }
        return Phrase(en: "the configuration of the leader, \(name(leader)), is \(Wording.list(list))",
                      ko: "리더 \(name(leader))의 구성: \(Wording.koList(list))")
    }
}
