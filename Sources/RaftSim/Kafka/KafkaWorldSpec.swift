import KafkaCore

/// The Kafka world: one partition over the nodes, its controller in the engine (kafka-mode.md).
public typealias KafkaWorld = World<KafkaEngine>

/// One node's starting log and HW checkpoint (kafka-mode.md, "Start": `state`).
public struct KafkaInitialState: Sendable, Equatable {
    /// Each record's leader epoch (`LogItem.term`) and optional value, offset 0 first.
    public var log: [LogItem] = []
    /// The HW checkpoint (exclusive: offsets below it are committed).
    public var hw = 0
    public init(log: [LogItem] = [], hw: Int = 0) {
        self.log = log
        self.hw = hw
    }
}

/// Everything needed to build a Kafka world: a kafka-mode cluster of a scenario, by node id.
public struct KafkaWorldSpec: Sendable, Equatable {
    public var names: [String]
    public var seed: UInt64 = 1
    /// The `kafka` keys of `cluster`.
    public var settings: KafkaSettings
    public var latency: ClosedRange<Int> = 10...20
    public var acks: Acks = .all
    public var state: [NodeID: KafkaInitialState] = [:]
    /// The controller's election at time 0; nil: the first node (kafka-mode.md, "Start").
    public var leader: NodeID? = nil
    /// Whether the safety monitor runs (benchmarks may switch it off).
    public var monitor = true

    public init(names: [String]) {
        self.names = names
        settings = KafkaSettings(size: names.count)
    }
}

extension World where Engine == KafkaEngine {
    /// Builds the world of `spec` at time 0: replicas from their logs and HW checkpoints, and
    /// the controller's first election (kafka-mode.md, "Start").
    public init(_ spec: KafkaWorldSpec) {
        var values = [""]
        var ids: [String: Int] = [:]
        var logs: [KafkaLog] = []
        var hws: [Int] = []
        for id in spec.names.indices {
            let initial = spec.state[id] ?? KafkaInitialState()
            var log = KafkaLog()
            for (offset, item) in initial.log.enumerated() {
                log.append(Record(epoch: item.term, write: Self.initialWrite(item, index: offset + 1, &values, &ids)))
            }
            logs.append(log)
            hws.append(initial.hw)
        }
        var settings = spec.settings
        settings.size = spec.names.count
        self.init(engine: KafkaEngine(settings: settings, logs: logs, hws: hws), names: spec.names, values: values,
                  seed: spec.seed, latency: spec.latency, acks: spec.acks, leader: spec.leader ?? 0, monitor: spec.monitor)
    }
}
