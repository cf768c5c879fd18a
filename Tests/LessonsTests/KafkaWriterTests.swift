import KafkaCore
import RaftCore
import RaftSim
import Testing
@testable import Lessons

/// Random valid kafka-mode scenarios (kafka-mode.md), as `ScenarioGenerator` draws Raft ones:
/// clusters with every `kafka` key, `state` logs of epochs with HW checkpoints, `configure`
/// of Kafka's settings, the new conditions, and `scene` steps that switch modes.
extension ScenarioGenerator {
    mutating func kafkaCluster() -> KafkaWorldSpec {
        let nodes = bool() ? Array(WorldSpec.planets.prefix(int(1...9))) : (1...int(1...5)).map { "k\($0)\(name())" }
        var spec = KafkaWorldSpec(names: nodes)
        spec.seed = next()
        if bool() { spec.latency = range() }
        if bool() { spec.acks = pick(Acks.allCases) }
        if bool() { spec.settings = spec.settings.applying(kafkaChange(size: nodes.count)) }
        if bool() { spec.settings.leaderEpochs = bool() }
        for id in nodes.indices where bool() {
            var epoch = 1
            let log = (0..<int(0...4)).map { _ in
                epoch += int(0...2)
                return LogItem(term: epoch, value: maybe { $0.string() })
            }
            spec.state[id] = KafkaInitialState(log: log, hw: int(0...log.count))
        }
        if bool() { spec.leader = pick(Array(nodes.indices)) }
        if bool() {
            // Any set that holds the leader at time 0 (the first node when none is written).
            var isr = NodeSet(nodes.indices.filter { _ in bool() })
            isr.insert(spec.leader ?? 0)
            spec.settings.initialISR = isr
        }
        return spec
    }

    /// A `kafka` change of `configure` (no `leader_epochs`, no `isr`); may be empty.
    mutating func kafkaChange(size: Int) -> KafkaSettings.Change {
        KafkaSettings.Change(minInsyncReplicas: maybe { $0.int(1...size) }, replicaLagTimeMax: maybe { $0.int(1...900) },
                             fetchWait: maybe { $0.int(1...900) }, fetchTimeout: maybe { $0.int(1...900) },
                             sessionTimeout: maybe { $0.int(0...900) }, uncleanLeaderElection: maybe { $0.bool() },
                             strictMinIsr: maybe { $0.bool() }, batch: maybe { $0.int(1...99) })
    }

    /// A kafka-mode `configure`, as the loader gives it: `acks`, `timing: {latency}`, `kafka`.
    mutating func kafkaConfigure(size: Int) -> Reconfiguration<ClusterChange> {
        let kafka = maybe { $0.kafkaChange(size: size) }
        return Reconfiguration(engine: kafka.flatMap { $0.isEmpty ? nil : ClusterChange.kafka($0) }, latency: maybe { $0.range() },
                               acks: maybe { $0.pick(Acks.allCases) })
    }

    /// A kafka-mode condition on the nodes `0..<count`.
    mutating func kafkaCondition(_ count: Int, within: Bool) -> Condition {
        let nodes = Array(0..<count)
        var c = Condition(committed: maybe { $0.string() })
        c.mode = .kafka
        let leaders: [LeaderMatch] = [.any, .none, .node(pick(nodes)), .oneOf(nodes)]
        if bool() { c.leader = pick(leaders) }
        let roles: [Role?] = [.leader, .follower, nil]
        if bool() { c.role = [PerNode(pick(nodes), bool() ? [pick(roles)] : roles)] }
        if bool() { c.log = [PerNode(pick(nodes), (0..<int(0...3)).map { $0 + 1 })] }
        if bool() { c.match = [PerNode(pick(nodes), number())] }
        if bool() { c.inFlight = number(); c.consumed = number(); c.acked = number() }
        if bool() { c.lost = number(); c.violations = number() }
        if bool() { c.violated = [pick(KafkaSafety.properties)] }
        if bool() {
            var wanted = kafkaConfigure(size: count)
            wanted.latency = nil
            if wanted.acks == nil { wanted.acks = pick(Acks.allCases) }
            c.configured = wanted
        }
        if bool() { c.isr = nodes.filter { _ in bool() } }
        if bool() { c.hw = nodes.map { PerNode($0, number()) } }
        if bool() { c.leo = [PerNode(pick(nodes), number())] }
        if bool() { c.epoch = number() }
        if bool() {
            c.errors = WriteError.allCases.filter { _ in bool() }.map { ErrorCount($0, number()) }
            if c.errors!.isEmpty { c.errors = [ErrorCount(.notEnoughReplicas, number())] }
        }
        var empty = Condition()
        empty.mode = .kafka
        if c == empty { c.epoch = number() }
        if within, bool() { c.within = int(0...9000) }
        return c
    }

    /// A step of a scene of `mode` on the nodes `0..<count`; a `scene` step changes both.
    mutating func clusterStep(_ count: inout Int, _ mode: inout ClusterMode, inSolution: Bool = false) -> Step {
        if mode == .raft {
            // Raft's steps (their `scene` stays in raft mode), or back to kafka mode.
            guard !inSolution, int(0...3) == 0 else { return step(&count, inSolution: inSolution) }
            return kafkaScene(&count, &mode)
        }
        let nodes = Array(0..<count)
        let a = pick(nodes)
        switch int(0...(inSolution ? 5 : 8)) {
        case 0: return .command(.write(value: string(), to: maybe { $0.pick(nodes) }, acks: maybe { $0.pick(Acks.allCases) },
                                       count: int(1...5)))
        case 1: return .command(.crash(a))
        case 2: return .command(.configure(kafkaConfigure(size: count)))
        case 3: return .command(.consume(from: a))
        case 4: return .wait(kafkaCondition(count, within: true))
        case 5: return .expect(kafkaCondition(count, within: false))
        case 6: return kafkaScene(&count, &mode)
        case 7:
            var inner = count
            var innerMode = mode
            let solution = (0..<int(0...3)).map { _ in StepAt(clusterStep(&inner, &innerMode, inSolution: true)) }
            return .task(TaskSpec(say: text(), until: kafkaCondition(count, within: false), solution: solution))
        default:
            let scene = cluster()
            count = scene.names.count
            mode = .raft
            return .scene(.raft(scene))
        }
    }

    mutating func kafkaScene(_ count: inout Int, _ mode: inout ClusterMode) -> Step {
        let scene = kafkaCluster()
        count = scene.names.count
        mode = .kafka
        return .scene(.kafka(scene))
    }

    mutating func kafkaScenario() -> Scenario {
        let spec = kafkaCluster()
        var count = spec.names.count
        var mode = ClusterMode.kafka
        let steps = (0..<int(1...12)).map { _ in StepAt(clusterStep(&count, &mode)) }
        return Scenario(title: text(), summary: maybe { $0.text() }, cluster: .kafka(spec), steps: steps)
    }
}

struct KafkaWriterTests {
    /// `configure: {kafka: {}}` changes no Kafka setting: like Raft's `timing: {}`, it has no
    /// engine part, so that the writer's `{timing: {}}` loads back equal.
    @Test func anEmptyKafkaChangeIsNoEngineChange() throws {
        let s = try ScenarioLoader.parse(yaml: """
            title: t
            cluster: {mode: kafka}
            steps:
              - configure: {kafka: {}}
              - configure: {acks: 1, kafka: {}}
            """, file: "t.yaml")
        #expect(s.steps.map(\.step) == [.command(.configure(Reconfiguration())),
                                        .command(.configure(Reconfiguration(acks: .one)))])
        #expect(try reparsed(s).positionsErased == s.positionsErased)
    }

    /// Every kafka-mode scenario is written so that it loads back equal (`ScenarioWriter`).
    @Test(arguments: 0..<500)
    func roundTripsRandomKafkaScenarios(_ seed: Int) throws {
        var generator = ScenarioGenerator(seed: UInt64(seed) &+ 0x6B61_666B_61)
        let s = generator.kafkaScenario()
        #expect(try reparsed(s).positionsErased == s)
    }
}
