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

    /// The latest event's English text.
    static func lastEvent(_ cluster: EtcdCluster) -> String { cluster.observation().events.last?.text.en ?? "" }

    @Test func keysTheClustersStateRefusesAreSaidInTheEventsPane() {
        let cluster = Self.cluster()
        #expect(cluster.perform(.transfer(1)) == .noLeader)
        #expect(Self.lastEvent(cluster) == "no leader known: nothing to transfer from")
        cluster.state.withLock { o in o = EtcdPictureTests.observation() }  // Neptune leads
        #expect(cluster.perform(.transfer(0)) == .alreadyLeads("Neptune"))
        #expect(Self.lastEvent(cluster) == "Neptune already leads: select another member for T")
        cluster.state.withLock { $0.members[2].running = false }
        #expect(cluster.perform(.transfer(2)) == .alreadyDown("Jupiter"), "etcd would wait for a dead member forever")
        #expect(Self.lastEvent(cluster) == "Jupiter is down (killed): nothing done; r restarts it")
        cluster.state.withLock { $0.members[0].running = false }  // the others still name it
        #expect(cluster.perform(.transfer(0)) == .alreadyDown("Neptune"))
        cluster.children.withLock { $0.processes = [nil, nil, nil] }
        #expect(cluster.perform(.crash(2)) == .alreadyDown("Jupiter"))
        #expect(cluster.perform(.freeze(2)) == .alreadyDown("Jupiter"))
        let before = cluster.observation().events.count
        #expect(cluster.perform(.stepEvent) == .notReal)
        #expect(cluster.observation().events.count == before, "the footer says that one")
    }

    @Test func theEndOfAnEarlierLifeDoesNotDownARestartedMember() {
        let cluster = Self.cluster()
        cluster.children.withLock { $0.lives = [2, 1, 1] }  // Neptune restarted once
        cluster.ended(0, "signal 9", life: 1)
        #expect(cluster.observation().members[0].running)
        #expect(cluster.observation().events.isEmpty)
        cluster.ended(0, "exited 1", life: 2)
        #expect(!cluster.observation().members[0].running)
        #expect(Self.lastEvent(cluster) == "Neptune's process ended: exited 1")
    }
}
