import RaftCore
import RaftSim

/// A live session as a scenario (`raftlab --record`): the cluster it started from, each
/// command as `run: DELTA` then its step, then an `expect` of every node at the end.
public enum SessionRecord {
    /// One command of the session and the simulated time it was applied at.
    public struct Command: Sendable, Equatable {
        public var time: Int
        public var command: ClusterCommand

        public init(time: Int, command: ClusterCommand) {
            self.time = time
            self.command = command
        }
    }

    /// The scenario that replays `commands` on `cluster` and checks the state of `end`
    /// (the world at exit; every event due at its time is handled first, as steps do).
    public static func scenario(cluster: ClusterSpec, commands: [Command], end: ClusterWorld) -> Scenario {
        var steps: [StepAt] = []
        var now = 0
        for item in commands {
            if item.time > now { steps.append(StepAt(.run(item.time - now))) }
            now = max(now, item.time)
            if recordable(item.command, size: cluster.names.count) { steps.append(StepAt(.command(item.command))) }
        }
        var last = end
        last.run(for: 0)
        if last.now > now { steps.append(StepAt(.run(last.now - now))) }
        steps.append(StepAt(.expect(condition(last))))
        return Scenario(title: title, summary: summary(cluster, commands.count), cluster: cluster, steps: steps)
    }

    /// Whether a command goes into the file: not when it names a node the cluster lacks, nor for
    /// a `configure` that changes nothing (the format has no empty `configure`, and leaving it
    /// out replays the same).
    public static func recordable(_ command: ClusterCommand, size: Int) -> Bool {
        let known = { (id: NodeID) in (0..<size).contains(id) }
        switch command {
        case .crash(let n), .restart(let n), .timeout(let n), .slow(let n, _), .consume(let n), .snapshot(let n),
             .transfer(let n), .add(let n), .remove(let n): return known(n)
        case .read(let at, _): return at.map(known) ?? true
        case .partition(let groups): return groups.joined().allSatisfy(known)
        case .cut(let a, let b), .drop(let a, let b): return known(a) && known(b)
        case .write(_, let to, _, _): return to.map(known) ?? true
        case .heal: return true
        case .configure(let change): return change != Reconfiguration()
        }
    }

    /// Every node's role, term, log terms and commit index in `world`.
    public static func condition(_ world: ClusterWorld) -> Condition {
        let ids = Array(world.names.indices)
        var c = Condition(role: ids.map { PerNode($0, [world.role(of: $0)]) }, log: ids.map { PerNode($0, world.logTerms(of: $0)) })
        let commits = ids.map { PerNode($0, NumberMatch(world.commitIndex(of: $0))) }
        switch world {
        case .raft:
            c.term = ids.map { PerNode($0, NumberMatch(world.term(of: $0))) }
            c.commit = commits
        case .kafka(let kafka):
            // kafka-mode.md, "Conditions": `epoch` and `hw` in place of `term` and `commit`.
            c.epoch = NumberMatch(kafka.engine.epoch)
            c.hw = commits
        }
        return c
    }

    static let title = LocalizedText(translations: [
        .init(language: "en", text: "Recorded sandbox session"),
        .init(language: "ko", text: "기록한 샌드박스 세션"),
    ])

    static func summary(_ cluster: ClusterSpec, _ count: Int) -> LocalizedText {
        LocalizedText(translations: [
            .init(language: "en", text: "\(cluster.names.count) nodes, seed \(cluster.seed), \(count) commands, "
                  + "replayed at their simulated times; ends by checking every node's state"),
            .init(language: "ko", text: "노드 \(cluster.names.count)개, 시드 \(cluster.seed), 명령 \(count)개를 "
                  + "시뮬레이션 시각 그대로 다시 실행하고, 마지막에 모든 노드의 상태를 확인합니다"),
        ])
    }
}
