import RaftCore
import RaftSim

/// The keys only a Raft world answers (scenario format, CONDITION).
extension ConditionEvaluator {
    func raftMismatches(_ c: Condition, _ raft: RaftWorld, _ out: inout [String]) {
        numbers(c.term, "term", &out) { raft.engine.term(of: $0) }
        // Raft's own: the vote in the current term.
        perNode(c.votedFor, "voted_for", &out, describe: name) { id, wanted in
            let found = raft.nodes[id].durable.votedFor
            return found == wanted ? nil : name(found)
        }
        numbers(c.commit, "commit", &out) { raft.engine.commitIndex(of: $0) }
        numbers(c.applied, "applied", &out) { raft.nodes[$0].volatile.appliedIndex }
        numbers(c.match, "match", &out) { raft.matchIndex(of: $0) }
        if let wanted = c.configured { raftSettings(wanted, raft, &out) }
        extensionMismatches(c, raft, &out)
        notInMode(["isr": c.isr != nil, "hw": c.hw != nil, "leo": c.leo != nil, "epoch": c.epoch != nil,
                   "errors": c.errors != nil], .raft, &out)
    }

    /// `configured`: each setting named holds now (raftlab's extension, issue 11).
    private func raftSettings(_ wanted: Reconfiguration<ClusterChange>, _ raft: RaftWorld, _ out: inout [String]) {
        let now = raft.settings
        let e = wanted.engine?.raft ?? EngineConfig.Change()
        check("acks", wanted.acks, raft.acks, \.rawValue, &out)
        check("batch", e.batch, now.batch, String.init, &out)
        check("pipeline", e.pipeline, now.pipeline, String.init, &out)
        check("noop", e.noop, now.noop, String.init, &out)
        check("prevote", e.preVote, now.preVote, String.init, &out)
        check("check_quorum", e.checkQuorum, now.checkQuorum, String.init, &out)
        if wanted.engine?.kafka != nil { out.append("configured kafka: not in raft mode") }
    }

    /// `configured KEY: expected WANT, found FOUND` when a wanted setting is off.
    func check<V: Equatable>(_ key: String, _ want: V?, _ found: V, _ show: (V) -> String, _ out: inout [String]) {
        if let want, want != found { out.append("configured \(key): expected \(show(want)), found \(show(found))") }
    }

    /// A key of the other mode never holds (a loaded file never asks it: the loader refuses it).
    func notInMode(_ keys: KeyValuePairs<String, Bool>, _ mode: ClusterMode, _ out: inout [String]) {
        for (key, present) in keys where present { out.append("\(key): not in \(mode.rawValue) mode") }
    }
}
