@testable import Lessons
import RaftCore

/// Random valid scenarios for writer round trips, from a seed (SplitMix64, as the world uses).
struct ScenarioGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func bool() -> Bool { next() & 1 == 1 }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func maybe<T>(_ make: (inout ScenarioGenerator) -> T) -> T? { bool() ? make(&self) : nil }

    mutating func string() -> String {
        let pieces = ["a", "B", " ", "\"", "\\", "\n", "#", ":", "-", "노", "yes", "1", "~", "\t", "{", "]", "🚀", "\u{85}"]
        return (0..<int(1...6)).map { _ in pick(pieces) }.joined()
    }

    /// A tail of a node name: letters of any script, digits, `-` and `_` ("Limits").
    mutating func name() -> String {
        let pieces = ["a", "B", "-", "_", "노", "7", "ß", "ने"]
        return (0..<int(0...6)).map { _ in pick(pieces) }.joined()
    }

    mutating func text() -> LocalizedText {
        bool() ? LocalizedText(string())
            : LocalizedText(translations: [.init(language: "en", text: string()), .init(language: "ko", text: string())])
    }

    mutating func range() -> ClosedRange<Int> {
        let low = int(1...300)
        return low...(low + int(0...300))
    }

    mutating func cluster() -> WorldSpec {
        let nodes = bool() ? Array(WorldSpec.planets.prefix(int(1...9))) : (1...int(1...5)).map { "n\($0)\(name())" }
        var spec = WorldSpec(names: nodes)
        spec.seed = next()
        spec.engine.heartbeat = int(1...100)
        spec.engine.election = range()
        spec.latency = range()
        spec.engine.preVote = bool()
        spec.engine.checkQuorum = bool()
        spec.engine.batch = int(1...64)
        spec.engine.pipeline = bool()
        spec.engine.noop = bool()
        spec.engine.snapshotEvery = bool() ? 0 : int(1...20)
        if bool() { spec.voters = NodeSet(nodes.indices.filter { _ in bool() } + [pick(Array(nodes.indices))]) }
        spec.acks = pick(Acks.allCases)
        spec.engine.unsafe = bool() ? pick(UnsafeRules.named).rule : []
        for id in nodes.indices where bool() {
            let term = int(0...5)
            let log = term == 0 ? [] : (0..<int(0...4)).map { i in LogItem(term: min(term, i + 1), value: maybe { $0.string() }) }
            spec.state[id] = InitialState(term: term, votedFor: term == 0 ? nil : maybe { $0.pick(Array(nodes.indices)) },
                                          log: log, commit: int(0...log.count))
        }
        if let leader = nodes.indices.first(where: { (spec.state[$0]?.term ?? 0) >= 1 }), bool() { spec.leader = leader }
        if let leader = spec.leader { spec.voters?.insert(leader) }  // a leader at time 0 is a voter
        return spec
    }

    mutating func number() -> NumberMatch { NumberMatch(pick(NumberMatch.Op.allCases), int(0...9)) }

    /// A condition on the nodes `0..<count`.
    mutating func condition(_ count: Int, within: Bool) -> Condition {
        let nodes = Array(0..<count)
        var c = Condition(committed: string())
        let leaders: [LeaderMatch] = [.any, .none, .node(pick(nodes)), .oneOf(nodes)]
        if bool() { c.leader = pick(leaders) }
        if bool() { c.role = [PerNode(pick(nodes), [pick(RoleName.all.map { RoleName.role($0)! })])] }
        if bool() { c.term = nodes.map { PerNode($0, number()) } }
        if bool() { c.votedFor = [PerNode(pick(nodes), maybe { $0.pick(nodes) })] }
        if bool() { c.log = [PerNode(pick(nodes), (0..<int(0...3)).map { $0 + 1 })] }
        if bool() { c.commit = [PerNode(pick(nodes), number())] }
        if bool() { c.applied = [PerNode(pick(nodes), number())] }
        if bool() { c.match = [PerNode(pick(nodes), number())] }
        if bool() { c.inFlight = number(); c.consumed = number(); c.acked = number() }
        if bool() { c.lost = number(); c.violations = number() }
        if bool() { c.violated = [pick(RaftSafety.properties)] }
        if bool() { c.snapshot = [PerNode(pick(nodes), number())] }
        if bool() { c.reads = reads() }
        if bool() { c.voters = [PerNode(pick(nodes), subset(nodes))] }
        if bool() { c.members = subset(nodes) }
        if within, bool() { c.within = int(0...9000) }
        return c
    }

    /// `reads: {ok, stale, refused}` with at least one key.
    mutating func reads() -> ReadCounts {
        var counts = ReadCounts(ok: maybe { $0.number() }, stale: maybe { $0.number() }, refused: maybe { $0.number() })
        if counts == ReadCounts() { counts.stale = number() }
        return counts
    }

    /// Some of `nodes`, each at most once, in a random order (possibly none).
    mutating func subset(_ nodes: [NodeID]) -> [NodeID] {
        var rest = nodes, out: [NodeID] = []
        while !rest.isEmpty, bool() { out.append(rest.remove(at: int(0...rest.count - 1))) }
        return out
    }

    /// A step on the nodes `0..<count`; a `scene` step changes `count`.
    mutating func step(_ count: inout Int, inSolution: Bool = false) -> Step {
        let nodes = Array(0..<count)
        let a = pick(nodes), b = nodes.first { $0 != a }
        // Steps a solution may hold first, then `scene`, `task` and `quiz` (StepReader.notInSolution).
        switch int(0...(inSolution ? 21 : 24)) {
        case 0: return .say(text())
        case 1: return .command(.write(value: string(), to: maybe { $0.pick(nodes) }, acks: maybe { $0.pick(Acks.allCases) },
                                       count: int(1...5)))
        case 2: return .command(.crash(a))
        case 3: return .command(.restart(a))
        case 4: return .command(.partition([[a]] + (b.map { [[$0]] } ?? [])))
        case 5: return .command(.partition([[a]]))
        case 6: return .command(b.map { .cut(from: a, to: $0) } ?? .heal)
        case 7: return .command(.slow(a, latency: range()))
        case 8: return .command(.heal)
        case 9: return .command(.timeout(a))
        case 10: return .command(.configure(configure()))
        case 11: return .command(b.map { .drop(from: $0, to: a) } ?? .heal)
        case 12: return .command(.consume(from: a))
        case 13: return .run(int(0...1000))
        case 14: return .wait(condition(count, within: true))
        case 15, 16: return .expect(condition(count, within: false))
        case 17: return .command(.snapshot(a))
        case 18: return .command(.read(at: maybe { $0.pick(nodes) }, mode: pick(ReadMode.allCases)))
        case 19: return .command(.transfer(a))
        case 20: return .command(.add(a))
        case 21: return .command(.remove(a))
        case 22:
            let scene = cluster()
            count = scene.names.count
            return .scene(.raft(scene))
        case 23:
            var inner = count
            let solution = (0..<int(0...3)).map { _ in StepAt(step(&inner, inSolution: true)) }
            return .task(TaskSpec(say: text(), until: condition(count, within: false), solution: solution))
        default:
            let choices = (0..<int(2...4)).map { _ in text() }
            return .quiz(QuizSpec(ask: text(), choices: choices, answer: int(1...choices.count), explain: text()))
        }
    }

    /// A `configure` step's settings, as the loader gives them (no engine change is nil).
    mutating func configure() -> Reconfiguration<ClusterChange> {
        var engine = EngineConfig.Change(batch: maybe { $0.int(1...9) }, pipeline: maybe { $0.bool() },
                                         noop: maybe { $0.bool() }, preVote: maybe { $0.bool() },
                                         checkQuorum: maybe { $0.bool() }, snapshotEvery: maybe { $0.int(0...20) },
                                         unsafe: maybe { $0.pick(UnsafeRules.named).rule })
        let acks = maybe { $0.pick(Acks.allCases) }
        if bool() {
            engine.heartbeat = maybe { $0.int(1...9) }
            engine.election = maybe { $0.range() }
        }
        let latency = maybe { $0.range() }
        return Reconfiguration(engine: engine.isEmpty ? nil : ClusterChange.raft(engine), latency: latency, acks: acks)
    }

    mutating func scenario() -> Scenario {
        let spec = cluster()
        var count = spec.names.count
        let steps = (0..<int(1...12)).map { _ in StepAt(step(&count)) }
        return Scenario(title: text(), summary: maybe { $0.text() }, cluster: .raft(spec), steps: steps)
    }
}
