import RaftCore
import RaftSim
import Lessons

/// Removed servers at the heal phase (thesis 4.2.3): a node removed from the configuration
/// that never learned it keeps standing for election in its old one. With neither Pre-Vote nor
/// CheckQuorum nothing stops its terms from deposing every leader, so Raft is not live after
/// such a change; the heal phase then switches CheckQuorum on, whose guard (a voter that heard
/// from a leader refuses a candidate outside its configuration) lets a leader stay.
extension FuzzSession {
    /// A `configure: {check_quorum: true}` step when neither setting is on and some log holds a
    /// configuration entry (only then can a node have been removed without learning it).
    mutating func guardAgainstRemovedServers() {
        guard let world = current.raftWorld else { return }
        let e = world.engine
        guard !e.settings.preVote, !e.settings.checkQuorum,
              nodes.contains(where: { !e.nodes[$0].log.configIndexes.isEmpty }) else { return }
        act(.configure(Reconfiguration(engine: .raft(EngineConfig.Change(checkQuorum: true)))))
    }
}
