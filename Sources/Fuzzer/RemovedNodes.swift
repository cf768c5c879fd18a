import RaftCore
import RaftSim
import Lessons

/// Removed servers at the heal phase (thesis 4.2.3): a node removed from the configuration
/// that never learned it keeps standing for election in its old one. With neither Pre-Vote nor
/// CheckQuorum, nothing stops its terms from deposing every leader, so, as an operator would,
/// the heal phase shuts it down instead of restarting it.
extension FuzzSession {
    /// Crashes the removed servers that are up, and keeps them down (`shutDown`). Run when the
    /// heal phase starts and again whenever entries committed since may have removed more.
    mutating func shutDownRemovedServers() {
        for node in removedServers() where !shutDown.contains(node) {
            shutDown.insert(node)
            if !crashed.contains(node) { act(.crash(node)) }
        }
    }

    /// Nodes to leave down: outside the latest committed configuration and outside every
    /// configuration entry after it in any log (so no configuration the cluster may still
    /// follow counts them), yet inside their own. None when Pre-Vote or CheckQuorum is on.
    func removedServers() -> [NodeID] {
        guard let world = current.raftWorld else { return [] }
        let e = world.engine
        guard !e.settings.preVote, !e.settings.checkQuorum else { return [] }
        var committedAt = 0
        var committed = e.settings.configuration.voters
        for node in nodes where e.isUp(node) {
            let log = e.nodes[node].log
            if let index = log.configIndexes.last(where: { $0 <= e.commitIndex(of: node) }), index > committedAt {
                committedAt = index
                committed = log[index].voters!
            }
        }
        var later = NodeSet()
        for node in nodes {
            let log = e.nodes[node].log
            for index in log.configIndexes where index > committedAt { later = NodeSet(bits: later.bits | log[index].voters!.bits) }
        }
        return nodes.filter { !committed.contains($0) && !later.contains($0) && e.voters(at: $0)?.contains($0) == true }
    }
}
