/// Everything one member is started with: its name, its folder, its ports and the timings a
/// person can watch (issue 14). The peer URL it advertises is its relay's, so raftlab can cut
/// its links; it listens on its own peer port behind the relay.
public struct MemberPlan: Sendable, Equatable {
    public var name: String
    public var dataDirectory: String
    public var clientPort: Int
    /// Where the member listens for peers.
    public var peerPort: Int
    /// Where the others reach it: its relay (`PeerRelays`).
    public var relayPort: Int

    public init(name: String, dataDirectory: String, clientPort: Int, peerPort: Int, relayPort: Int) {
        self.name = name
        self.dataDirectory = dataDirectory
        self.clientPort = clientPort
        self.peerPort = peerPort
        self.relayPort = relayPort
    }

    public var clientURL: String { "http://127.0.0.1:\(clientPort)" }
    public var advertisedPeerURL: String { "http://127.0.0.1:\(relayPort)" }

    /// The member's command line (etcd 3.4 flags). `--pre-vote` is on so pre-candidates appear
    /// (3.4's default is off); `--logger=zap` writes JSON lines carrying raft's messages.
    public func arguments(cluster: [MemberPlan], timings: EtcdTimings, token: String) -> [String] {
        let initial = cluster.map { "\($0.name)=\($0.advertisedPeerURL)" }.joined(separator: ",")
        return [
            "--name", name,
            "--data-dir", dataDirectory,
            "--listen-client-urls", clientURL,
            "--advertise-client-urls", clientURL,
            "--listen-peer-urls", "http://127.0.0.1:\(peerPort)",
            "--initial-advertise-peer-urls", advertisedPeerURL,
            "--initial-cluster", initial,
            "--initial-cluster-state", "new",
            "--initial-cluster-token", token,
            "--heartbeat-interval", String(timings.heartbeatMs),
            "--election-timeout", String(timings.electionMs),
            "--pre-vote",
            "--logger=zap",
            "--log-outputs=stderr",
        ]
    }
}

/// etcd's two timers (ms): a leader's heartbeat and the election timeout, which etcd draws per
/// follower between one and two times this value (etcd-io/raft `resetRandomizedElectionTimeout`).
public struct EtcdTimings: Sendable, Equatable {
    public var heartbeatMs: Int
    public var electionMs: Int

    public init(heartbeatMs: Int, electionMs: Int) {
        self.heartbeatMs = heartbeatMs
        self.electionMs = electionMs
    }

    /// Slow enough to watch (issue 14's example).
    public static let watchable = EtcdTimings(heartbeatMs: 300, electionMs: 3000)
    /// Short, for tests.
    public static let quick = EtcdTimings(heartbeatMs: 50, electionMs: 500)

    /// etcd refuses an election timeout under 5 heartbeats, and both must be positive
    /// (etcd's `embed.Config.Validate`).
    public var problem: String? {
        guard heartbeatMs > 0, electionMs > 0 else { return "--heartbeat and --election must be positive (ms)" }
        guard electionMs >= 5 * heartbeatMs else {
            return "--election (\(electionMs) ms) must be at least 5 times --heartbeat (\(heartbeatMs) ms), as etcd requires"
        }
        guard electionMs <= 50_000 else { return "--election must be at most 50000 ms, as etcd requires" }
        return nil
    }
}
