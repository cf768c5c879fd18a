import RaftCore
import RaftSim
import Lessons

/// Builds one seed's schedule step by step against the live world, so that steps can aim
/// at the current leader; every step is recorded, so the scenario replays the run exactly.
struct FuzzSession {
    var rng: SplitMix64
    var runner: ScenarioRunner
    var steps: [StepAt] = []
    var writes = 0
    /// The simulated time at which the last step began.
    var lastStepStart = 0
    let cluster: ClusterSpec
    /// Whether the schedule draws operations past the basic algorithm (`FuzzOptions.extensions`).
    var extensions = false

    init(cluster: ClusterSpec, rng: SplitMix64) {
        self.rng = rng
        self.cluster = cluster
        runner = ScenarioRunner(Scenario(title: LocalizedText("fuzz"), cluster: cluster, steps: []), recording: false)
    }

    /// The world of either engine, as it is now.
    var current: ClusterWorld { runner.world }
    /// The Raft world of a Raft schedule.
    var world: RaftWorld { runner.world.raftWorld! }
    /// The cluster's node ids.
    var nodes: [NodeID] { Array(cluster.names.indices) }

    /// Records and plays one step; returns its failure, if any.
    @discardableResult
    mutating func play(_ step: Step) -> RunFailure? {
        lastStepStart = current.now
        steps.append(StepAt(step))
        return runner.play(StepAt(step), number: steps.count) { _, _ in }
    }

    /// Records and plays a step that acts on the world.
    mutating func act(_ command: ClusterCommand) {
        play(.command(command))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[rng.draw(0...(items.count - 1))] }
    mutating func chance(_ percent: Int) -> Bool { rng.draw(1...100) <= percent }

    var leader: NodeID? { current.undisputedLeader }
    var crashed: [NodeID] { nodes.filter { current.role(of: $0) == nil } }
    var up: [NodeID] { nodes.filter { current.role(of: $0) != nil } }

    /// A node to act on: the leader with some probability, else any node.
    mutating func target(leaderPercent: Int = 40) -> NodeID {
        if let leader, chance(leaderPercent) { return leader }
        return pick(nodes)
    }

    mutating func nextValue() -> String {
        writes += 1
        return "w\(writes)"
    }

    /// How long until a leader is up, found on a copy of the world (the world is a value).
    func timeUntilLeader(limit: Int) -> Int {
        var copy = current
        let start = copy.now
        _ = copy.wait(limit: limit) { $0.undisputedLeader != nil }
        return copy.now - start
    }

    /// A `run` step long enough for the next leader to be elected (at most `limit` ms).
    mutating func runUntilLeader(limit: Int = 3000) {
        play(.run(timeUntilLeader(limit: limit)))
    }
}
