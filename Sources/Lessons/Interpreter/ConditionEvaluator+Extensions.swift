import RaftCore
import RaftSim

/// The keys of Raft past the basic algorithm (raft-extensions.md): snapshots, reads and
/// configurations. Configurations compare as sets.
extension ConditionEvaluator {
    func extensionMismatches(_ c: Condition, _ raft: RaftWorld, _ out: inout [String]) {
        // Paper 7: the last index the snapshot includes, 0 for none.
        numbers(c.snapshot, "snapshot", &out) { raft.engine.snapshotIndex(of: $0) }
        if let reads = c.reads {
            let found = [raft.clients.readsOK, raft.clients.readsStale, raft.clients.readsRefused]
            for ((key, match), x) in zip(reads.entries, found) { count(match, "reads \(key)", x, &out) }
        }
        // Thesis 4.1: each node follows the latest configuration in its log.
        perNode(c.voters, "voters", &out, describe: setText) { id, wanted in
            let found = Self.voters(at: id, raft)
            return Set(found) == Set(wanted) ? nil : setText(found)
        }
        if let wanted = c.members {
            let found = Self.members(raft)
            if Set(found ?? []) != Set(wanted) {
                out.append("members: expected \(setText(wanted)), found "
                           + (found.map(setText) ?? "[] (no node has led)"))
            }
        }
    }

    /// The voters node `id` follows now, in id order.
    static func voters(at id: NodeID, _ raft: RaftWorld) -> [NodeID] {
        raft.engine.voters(at: id)?.members ?? []
    }

    /// The current leader's configuration (the up leader of the highest term, else the most
    /// recent); nil when no node has led.
    static func members(_ raft: RaftWorld) -> [NodeID]? {
        raft.currentLeader.map { voters(at: $0, raft) }
    }

    /// `[Neptune, Saturn]`, in id order.
    func setText(_ ids: [NodeID]) -> String {
        "[" + ids.sorted().map { world.names[$0] }.joined(separator: ", ") + "]"
    }
}
