import RaftCore
import RaftSim

/// The steps that act on the world, as world commands (scenario format, `steps`).
extension ScenarioRunner {
    mutating func act(_ step: Step) {
        if case .run(let ms) = step { return world.run(for: ms) }
        if let command = StepCommands.command(for: step, names: world.names) { world.apply(command) }
    }
}

/// Steps to world commands and back: the live view records its keys as steps, and the
/// lesson player feeds steps to the runtime as commands.
public enum StepCommands {
    public static func command(for step: Step, names: [String]) -> RaftWorld.Command? {
        func id(_ name: String) -> NodeID? { names.firstIndex(of: name) }
        switch step {
        case .write(let w):
            return .write(value: w.value, to: w.to.flatMap(id), acks: w.acks, count: w.count ?? 1)
        case .crash(let n): return id(n).map { .crash($0) }
        case .restart(let n): return id(n).map { .restart($0) }
        case .partition(let groups): return .partition(groups.map { $0.compactMap(id) })
        case .isolate(let n): return id(n).map { .partition([[$0]]) }
        case let .cut(from, to): return id(from).flatMap { a in id(to).map { .cut(from: a, to: $0) } }
        case let .slow(node, latency): return id(node).map { .slow($0, latency: latency) }
        case .heal: return .heal
        case .timeout(let n): return id(n).map { .timeout($0) }
        case let .drop(from, to): return id(from).flatMap { a in id(to).map { .drop(from: a, to: $0) } }
        case .consume(let n): return id(n).map { .consume(from: $0) }
        case .configure(let change): return .configure(change)
        default: return nil
        }
    }
}
