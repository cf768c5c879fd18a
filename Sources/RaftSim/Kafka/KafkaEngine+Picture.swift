import KafkaCore
import Picture

/// What the cluster picture shows of Kafka replicas (kafka-mode.md, "Words"): the shared card
/// with the leader epoch as its term and the HW as its commit index (offset o is Raft's index
/// o + 1, so an HW equals a commit index), and the Kafka part: LEO, HW, ISR place, a leader's
/// view of its followers' LEOs.
extension KafkaEngine: PicturedEngine {
    /// Records of each log's end the picture carries with their values (inspect, `i`).
    static let tailLength = 40

    public static func nodes(_ world: KafkaWorld) -> [NodePicture] {
        world.engine.nodes.map { node($0, world) }
    }

    static func node(_ replica: Replica, _ world: KafkaWorld) -> NodePicture {
        let up = replica.isUp
        var p = NodePicture(id: replica.id, name: world.names[replica.id], up: up, role: up ? replica.role : nil,
                            term: replica.epoch, vote: nil, log: log(replica.log, world),
                            commit: up ? replica.hw : nil, applied: nil)
        p.leader = up ? replica.leader : nil
        p.kafka = kafka(replica, world.engine)
        p.facts = facts(replica, world)
        return p
    }

    /// The Kafka part of a card: the ISR place is the controller's, so a crashed replica the
    /// controller has not noticed yet is still in it (kafka-mode.md, "The controller").
    static func kafka(_ replica: Replica, _ engine: KafkaEngine) -> KafkaNodePicture {
        let followers = replica.isUp ? replica.leading.map { leading in
            engine.nodes.indices.filter { $0 != replica.id }.map { FollowerLEO(node: $0, leo: leading.followers[$0].leo) }
        } ?? [] : []
        let fetchesFrom = replica.isUp && replica.role == .follower ? replica.leader : nil
        return KafkaNodePicture(epoch: replica.epoch, leo: replica.leo, hw: replica.hw,
                                inISR: engine.isr.contains(replica.id), followers: followers, fetchesFrom: fetchesFrom)
    }

    /// The log as runs of epochs (KIP-101: each record carries its leader's epoch), and its
    /// last records with their values.
    static func log(_ log: KafkaLog, _ world: KafkaWorld) -> LogPicture {
        var runs: [TermRun] = []
        for record in log.records {
            if runs.last?.term == record.epoch { runs[runs.count - 1].count += 1 } else { runs.append(TermRun(term: record.epoch, count: 1)) }
        }
        let first = max(0, log.leo - tailLength)
        let tail = (first..<log.leo).map {
            EntryPicture(index: $0 + 1, term: log[$0].epoch, value: world.value(ofWrite: log[$0].write).map { ShownText.escaped($0) })
        }
        return LogPicture(count: log.leo, runs: runs, tail: tail)
    }

    public static func kind(of note: Note, by node: NodeID) -> EventPicture.Kind {
        switch note.event {
        case .becomesLeader: .leads(note.node ?? node)
        default: .other
        }
    }

    /// The diagram's scale: `fetch_wait`, the longest an idle follower's Fetch waits for its
    /// answer, so one idle fetch round fits on screen (`replica.fetch.wait.max.ms`).
    public static func heartbeat(_ settings: KafkaSettings) -> Int { settings.fetchWait }
}
