import RaftCore
import RaftSim

/// The steps that act on the world (scenario format, `steps`).
extension ScenarioRunner {
    mutating func act(_ step: Step) {
        switch step {
        case .write(let w):
            world.write(w.value, to: w.to.flatMap(id), acks: w.acks.map(WorldBuilder.acks), count: w.count ?? 1)
        case .crash(let n): if let node = id(n) { world.crash(node) }
        case .restart(let n): if let node = id(n) { world.restart(node) }
        case .partition(let groups): world.partition(groups.map { $0.compactMap(id) })
        case .isolate(let n): if let node = id(n) { world.partition([[node]]) }
        case let .cut(from, to): if let a = id(from), let b = id(to) { world.cut(from: a, to: b) }
        case let .slow(node, latency): if let n = id(node) { world.slow(n, latency: latency) }
        case .heal: world.heal()
        case .timeout(let n): if let node = id(n) { world.timeout(node) }
        case let .drop(from, to): if let a = id(from), let b = id(to) { world.drop(from: a, to: b) }
        case .consume(let n): if let node = id(n) { world.consume(from: node) }
        case .run(let ms): world.run(for: ms)
        case .configure(let c): configure(c)
        default: break
        }
    }

    func id(_ name: String) -> NodeID? { world.node(named: name) }

    mutating func configure(_ c: ConfigureSpec) {
        var timing = world.timing
        if let patch = c.timing {
            timing.heartbeat = patch.heartbeat ?? timing.heartbeat
            timing.election = patch.election ?? timing.election
            timing.latency = patch.latency ?? timing.latency
        }
        world.configure(engine: { engine in
            if let v = c.batch { engine.batch = v }
            if let v = c.pipeline { engine.pipeline = v }
            if let v = c.noop { engine.noop = v }
            if let v = c.prevote { engine.preVote = v }
            if let v = c.checkQuorum { engine.checkQuorum = v }
            if let v = c.unsafe { engine.unsafe = WorldBuilder.unsafeRules(v) }
        }, timing: timing, acks: c.acks.map(WorldBuilder.acks))
    }
}
