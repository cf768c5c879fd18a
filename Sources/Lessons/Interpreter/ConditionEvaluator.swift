import RaftCore
import RaftSim

/// Evaluates a CONDITION against a world (scenario format, CONDITION). `mismatches` lists
/// what was expected and what was found, empty when the condition holds; nodes are ids
/// (resolved when the file loaded), named in messages by the world's names.
public struct ConditionEvaluator {
    let world: ClusterWorld

    public init(_ world: ClusterWorld) { self.world = world }

    public func holds(_ c: Condition) -> Bool { mismatches(c).isEmpty }

    public func mismatches(_ c: Condition) -> [String] {
        var out: [String] = []
        if let leader = c.leader, let miss = leaderMismatch(leader) { out.append(miss) }
        perNode(c.role, "role", &out, describe: { $0.map(RoleName.name).joined(separator: " or ") }) { id, roles in
            let found = world.role(of: id)
            return roles.contains(found) ? nil : RoleName.name(found)
        }
        perNode(c.log, "log", &out, describe: Self.terms) { id, terms in
            let found = world.logTerms(of: id)
            return found == terms ? nil : Self.terms(found)
        }
        switch world {
        case .raft(let raft): raftMismatches(c, raft, &out)
        case .kafka(let kafka): kafkaMismatches(c, kafka, &out)
        }
        if let value = c.committed, !world.isCommitted(value: value) {
            out.append("committed \(ShownText.escaped(value)): expected an up node to have committed it, found none")
        }
        count(c.inFlight, "in_flight", world.inFlight, &out)
        count(c.consumed, "consumed", world.clients.consumed, &out)
        count(c.acked, "acked", world.clients.acked, &out)
        count(c.lost, "lost", world.clients.lost, &out)
        count(c.violations, "violations", world.violations.count, &out)
        if let wanted = c.violated {
            let broken = Set(world.violations.map(\.property.rawValue))
            let missing = wanted.filter { !broken.contains($0.rawValue) }
            if !missing.isEmpty {
                out.append("violated: expected \(missing.map(\.rawValue).joined(separator: ", ")), found "
                           + (broken.isEmpty ? "none" : broken.sorted().joined(separator: ", ")))
            }
        }
        return out
    }

    private func leaderMismatch(_ match: LeaderMatch) -> String? {
        let current = world.undisputedLeader
        let found = current.map { world.names[$0] } ?? (world.anyLeaderUp ? "disputed" : "none")
        switch match {
        case .any: return current != nil ? nil : "leader: expected any, found \(found)"
        case .none: return world.anyLeaderUp ? "leader: expected none, found \(leadersUp())" : nil
        case .node(let id): return current == id ? nil : "leader: expected \(world.names[id]), found \(found)"
        case .oneOf(let ids):
            return current.map(ids.contains) == true ? nil
                : "leader: expected one of \(ids.map { world.names[$0] }.joined(separator: ", ")), found \(found)"
        }
    }

    private func leadersUp() -> String {
        let term = world.mode == .kafka ? "epoch" : "term"
        return world.leadersUp.map { "\(world.names[$0]) (\(term) \(world.term(of: $0)))" }.joined(separator: ", ")
    }

    /// `KEY NODE: expected WANTED, found FOUND` for each node whose value `found` says is off.
    func perNode<V>(_ items: [PerNode<V>]?, _ key: String, _ out: inout [String],
                            describe: (V) -> String, found: (NodeID, V) -> String?) {
        for item in items ?? [] {
            if let miss = found(item.node, item.value) {
                out.append("\(key) \(world.names[item.node]): expected \(describe(item.value)), found \(miss)")
            }
        }
    }

    func numbers(_ items: [PerNode<NumberMatch>]?, _ key: String, _ out: inout [String],
                         value: (NodeID) -> Int) {
        perNode(items, key, &out, describe: \.description) { id, match in
            let x = value(id)
            return match.matches(x) ? nil : "\(x)"
        }
    }

    func count(_ match: NumberMatch?, _ key: String, _ x: Int, _ out: inout [String]) {
        if let match, !match.matches(x) { out.append("\(key): expected \(match), found \(x)") }
    }

    /// A log's terms, `[1, 2]`; an empty log reads `[] (empty)`, so that it cannot be missed.
    static func terms(_ terms: [Int]) -> String {
        terms.isEmpty ? "[] (empty)" : "\(terms)"
    }

    /// A node's name, or `none`.
    func name(_ id: NodeID?) -> String { id.map { world.names[$0] } ?? "none" }
}
