import RaftCore
import RaftSim
import Lessons

/// Schedules that aim at Figure 8 of the Raft paper: leaders crash soon after replicating
/// to a minority, nodes restart in turn and time out, writes are rare and the no-op is off,
/// so entries of old terms end up on a majority under a later leader (Raft 5.4.2).
extension FuzzSession {
    mutating func figure8Action() {
        switch rng.draw(0...99) {
        case 0..<30: replicateToMinorityThenCrash()
        case 30..<45: if let leader = leaderName { play(.crash(leader)) }
        case 45..<65: if let node = crashedNames.first { play(.restart(node)) }  // in turn
        case 65..<80: timeoutFollower()
        case 80..<92: runUntilLeader()
        default: play(.heal)
        }
        play(.run(rng.draw(0...120)))
    }

    /// The leader writes with at most one follower able to hear it, then crashes.
    mutating func replicateToMinorityThenCrash() {
        guard let leader = leaderName else { return runUntilLeader() }
        let others = upNames.filter { $0 != leader }
        var group = [leader]
        if !others.isEmpty, chance(60) { group.append(pick(others)) }
        play(.partition([group]))
        play(.write(WriteSpec(value: nextValue(), to: leader, acks: .one)))
        play(.run(cluster.latency.upperBound * 2 + 1))
        play(.crash(leader))
        play(.heal)
    }

    mutating func timeoutFollower() {
        let followers = upNames.filter { $0 != leaderName }
        if !followers.isEmpty { play(.timeout(pick(followers))) }
    }
}
