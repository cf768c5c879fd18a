import Picture
import Testing
@testable import EtcdSource

/// What the cluster makes of log lines and keys, without starting etcd (issue 14).
struct EtcdClusterUnitTests {
    static func cluster() -> EtcdCluster {
        EtcdCluster(settings: EtcdPictureTests.settings, links: NoLinks())
    }

    static func line(_ message: String) -> String { "{\"level\":\"info\",\"msg\":\"\(message)\"}" }

    @Test func onlyANewTermClearsAVote() {
        let cluster = Self.cluster()
        cluster.state.withLock { $0.members[1].decimalID = 0xb; $0.members[0].decimalID = 0xa }
        cluster.logLine(Self.line("b became follower at term 3"), of: 1)
        cluster.logLine(Self.line("b [logterm: 2, index: 8, vote: 0] cast MsgVote for a [logterm: 2, index: 8] at term 3"), of: 1)
        #expect(cluster.observation().members[1].votedFor == "a")
        cluster.logLine(Self.line("b became pre-candidate at term 3"), of: 1)  // raft keeps Term and Vote
        #expect(cluster.observation().members[1].votedFor == "a")
        cluster.logLine(Self.line("b became follower at term 3"), of: 1)
        #expect(cluster.observation().members[1].votedFor == "a")
        cluster.logLine(Self.line("b became follower at term 4"), of: 1)
        #expect(cluster.observation().members[1].votedFor == nil)
    }
}
