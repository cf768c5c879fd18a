import Lessons
import Picture
import RaftCore
import RaftSim

/// The world command a key's action gives in the sandbox (product.md, "Keys"); a lesson may
/// take a task's solution values instead (`LessonRun.learner`).
enum ActionCommands {
    /// The command, or nil for an action that is not one (run controls, lesson requests).
    /// `writes` counts the writes keys made: they are `a=1`, `b=2`, ...
    static func command(_ action: Action, _ world: ClusterWorld, writes: inout Int) -> ClusterCommand? {
        switch action {
        case .crash(let n): return .crash(n)
        case .restart(let n): return .restart(n)
        case .isolate(let n): return .partition([[n]])
        case .heal: return .heal
        case .slow(let n): return .slow(n, latency: slowLatency(world))
        case .timeout(let n): return .timeout(n)
        case .write(let to): return write(to: to, &writes)
        case .cycleAcks: return .configure(Reconfiguration(acks: nextAcks(world.acks)))
        case .consume(let n): return .consume(from: n)
        case .snapshot(let n): return .snapshot(n)
        case .read(let mode, _): return .read(at: nil, mode: mode)
        case .transfer(let n): return .transfer(n)
        case .addMember(let n): return .add(n)
        case .removeMember(let n): return .remove(n)
        case .drop(let link): return .drop(from: link.from, to: link.to)
        case let .option(id, forward): return world.change(option: id, forward: forward).map { .configure($0) }
        case .togglePause, .stepEvent, .faster, .slower, .back, .forward, .lesson, .freeze: return nil
        }
    }

    /// `s`: ten times the current latency, in both directions of the node's links, within the
    /// format's limit so that a recorded session loads again.
    static func slowLatency(_ world: ClusterWorld) -> ClosedRange<Int> {
        let most = ScenarioLimits.milliseconds.upperBound
        return min(most, max(1, world.latency.lowerBound * 10))...min(most, max(1, world.latency.upperBound * 10))
    }

    /// `w` / `W`: writes are `key=value`, keys a, b, c ... and values counting up.
    static func write(to node: NodeID?, _ writes: inout Int) -> ClusterCommand {
        writes += 1
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return .write(value: "\(letters[(writes - 1) % letters.count])=\(writes)", to: node, acks: nil, count: 1)
    }

    /// `a`: the default acks mode cycles 0, 1, all.
    static func nextAcks(_ acks: Acks) -> Acks {
        switch acks {
        case .zero: .one
        case .one: .all
        case .all: .zero
        }
    }
}
