/// The role a node plays while it is up (Raft 5.1; pre-candidate from the thesis, 9.6; a
/// Kafka replica is leader or follower). A node that is down has no role (nil).
public enum Role: String, Sendable, Equatable, CaseIterable {
    case follower, preCandidate = "precandidate", candidate, leader
}
