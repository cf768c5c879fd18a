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
        case 30..<45: if let leader { act(.crash(leader)) }
        case 45..<65: if let node = crashed.first { act(.restart(node)) }  // in turn
        case 65..<80: timeoutFollower()
        case 80..<92: runUntilLeader()
        default: act(.heal)
        }
        play(.run(rng.draw(0...120)))
    }

    /// The leader writes with at most one follower able to hear it, then crashes.
    mutating func replicateToMinorityThenCrash() {
        guard let leader else { return runUntilLeader() }
        let others = up.filter { $0 != leader }
        var group = [leader]
        if !others.isEmpty, chance(60) { group.append(pick(others)) }
        act(.partition([group]))
        act(.write(value: nextValue(), to: leader, acks: .one, count: 1))
        play(.run(current.latency.upperBound * 2 + 1))
        act(.crash(leader))
        act(.heal)
    }

    mutating func timeoutFollower() {
        let followers = up.filter { $0 != leader }
        if !followers.isEmpty { act(.timeout(pick(followers))) }
    }
}
