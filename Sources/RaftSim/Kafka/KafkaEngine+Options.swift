import KafkaCore
import Picture

/// The options panel of a Kafka world (`o`): what `configure` takes in kafka mode (kafka-mode.md,
/// "Settings": `acks`, `timing.latency` and every `kafka` key but `leader_epochs` and `isr`,
/// which are fixed at start), each row with the Kafka name and a phrase in the learner's language.
extension KafkaEngine {
    /// One row: its id, its label, how to read its value, and the change a step makes.
    struct OptionRow: Sendable {
        let id: String
        let label: Phrase
        let value: @Sendable (KafkaWorld) -> Phrase
        let change: @Sendable (KafkaWorld, Bool) -> Reconfiguration<KafkaSettings.Change>
    }

    static let lags = [100, 200, 400, 1000, 30000]
    static let batches = [1, 4, 16, 64]
    static let fetchWaits = [50, 100, 500]
    static let fetchTimeouts = [250, 500, 1000]
    static let sessionTimeouts = [150, 300, 1000, 9000]
    static let latencies: [ClosedRange<Int>] = [1...5, 10...20, 50...100, 100...300]

    static func onOff(_ value: Bool) -> Phrase { value ? Phrase(en: "on", ko: "켜짐") : Phrase(en: "off", ko: "꺼짐") }
    static func ms(_ v: Int) -> Phrase { Phrase("\(v) ms") }
    static func ms(_ r: ClosedRange<Int>) -> Phrase {
        Phrase(r.lowerBound == r.upperBound ? "\(r.lowerBound) ms" : "\(r.lowerBound)–\(r.upperBound) ms")
    }

    /// A Kafka setting's row: its name, then a phrase in the learner's language.
    static func named(_ name: String, _ en: String, _ ko: String) -> Phrase { Phrase(en: "\(name) (\(en))", ko: "\(name) (\(ko))") }

    /// A choice among `values` of one `kafka` key.
    static func choice(_ id: String, _ label: Phrase, _ values: [Int], _ show: @escaping @Sendable (Int) -> Phrase,
                       _ key: WritableKeyPath<KafkaSettings.Change, Int?> & Sendable,
                       _ read: @escaping @Sendable (KafkaSettings) -> Int) -> OptionRow {
        OptionRow(id: id, label: label, value: { show(read($0.settings)) }, change: { world, forward in
            var c = KafkaSettings.Change()
            c[keyPath: key] = step(values, read(world.settings), forward)
            return Reconfiguration(engine: c)
        })
    }

    /// A switch of one `kafka` key.
    static func toggle(_ id: String, _ label: Phrase, _ key: WritableKeyPath<KafkaSettings.Change, Bool?> & Sendable,
                       _ read: @escaping @Sendable (KafkaSettings) -> Bool) -> OptionRow {
        OptionRow(id: id, label: label, value: { onOff(read($0.settings)) }, change: { world, _ in
            var c = KafkaSettings.Change()
            c[keyPath: key] = !read(world.settings)
            return Reconfiguration(engine: c)
        })
    }

    static let optionRows: [OptionRow] = [
        // [Kafka: acks]: 0, 1 or every current ISR member.
        OptionRow(id: "acks", label: named("acks", "what a write waits for", "쓰기가 기다리는 것"),
                  value: { Phrase($0.acks.rawValue) },
                  change: { Reconfiguration(acks: step(Acks.allCases, $0.acks, $1)) }),
        // [Kafka: min.insync.replicas]: 1 to the node count.
        OptionRow(id: "min_insync_replicas",
                  label: named("min.insync.replicas", "fewest ISR members acks=all accepts", "acks=all에 필요한 최소 ISR 구성원 수"),
                  value: { Phrase("\($0.settings.minInsyncReplicas)") },
                  change: { Reconfiguration(engine: KafkaSettings.Change(
                      minInsyncReplicas: step(Array(1...max(1, $0.size)), $0.settings.minInsyncReplicas, $1))) }),
        // [Kafka: unclean.leader.election.enable]: false since 0.11.0.0.
        toggle("unclean_leader_election",
               named("unclean.leader.election.enable", "a replica outside the ISR may lead", "ISR 밖의 복제본도 리더가 됨"),
               \.uncleanLeaderElection) { $0.uncleanLeaderElection },
        // [Kafka: replica.lag.time.max.ms]: 30000 in Kafka, 400 here.
        choice("replica_lag_time_max",
               named("replica.lag.time.max.ms", "lag before leaving the ISR", "ISR에서 빠지기까지 허용하는 지연"),
               lags, ms, \.replicaLagTimeMax) { $0.replicaLagTimeMax },
        // KIP-966: the HW waits while the ISR is below min.insync.replicas.
        toggle("strict_min_isr", named("KIP-966", "the HW waits for min.insync.replicas", "HW가 min.insync.replicas를 기다림"),
               \.strictMinIsr) { $0.strictMinIsr },
        choice("batch", Phrase(en: "batch: records per Fetch answer", ko: "배치: Fetch 응답당 레코드 수"),
               batches, { Phrase("\($0)") }, \.batch) { $0.batch },
        // [Kafka: replica.fetch.wait.max.ms]: 500 in Kafka, 100 here.
        choice("fetch_wait", named("replica.fetch.wait.max.ms", "how long a leader holds an empty Fetch", "빈 Fetch 요청을 붙잡아 두는 시간"),
               fetchWaits, ms, \.fetchWait) { $0.fetchWait },
        choice("fetch_timeout", Phrase(en: "an unanswered request is sent again after", ko: "응답 없는 요청을 다시 보내기까지"),
               fetchTimeouts, ms, \.fetchTimeout) { $0.fetchTimeout },
        // broker.session.timeout.ms: 9000 in Kafka, 300 here.
        choice("session_timeout", Phrase(en: "the controller notices a crash after", ko: "컨트롤러가 다운을 알아채기까지"),
               sessionTimeouts, ms, \.sessionTimeout) { $0.sessionTimeout },
        OptionRow(id: "latency", label: Phrase(en: "network latency", ko: "네트워크 지연"),
                  value: { ms($0.latency) },
                  change: { Reconfiguration(latency: step(latencies, $0.latency, $1)) }),
    ]

    public static func options(_ world: KafkaWorld) -> [OptionPicture] {
        optionRows.map { OptionPicture(id: $0.id, label: $0.label, value: $0.value(world), unsafe: isUnsafe($0.id, world)) }
    }

    /// Unclean leader election, switched on, can lose committed records [Kafka: unclean]: drawn as a warning.
    static func isUnsafe(_ id: String, _ world: KafkaWorld) -> Bool {
        id == "unclean_leader_election" && world.settings.uncleanLeaderElection
    }

    public static func change(option id: String, forward: Bool, _ world: KafkaWorld) -> Reconfiguration<KafkaSettings.Change>? {
        optionRows.first { $0.id == id }?.change(world, forward)
    }

    /// The next (or previous) value of a choice, wrapping around.
    static func step<T: Equatable>(_ values: [T], _ current: T, _ forward: Bool) -> T {
        let i = values.firstIndex(of: current) ?? (forward ? values.count - 1 : 0)
        return values[(i + (forward ? 1 : values.count - 1)) % values.count]
    }
}
