import Foundation
import Picture

/// The live keys on a real cluster (issue 14): `c` SIGKILL, `r` restart from the same folder,
/// `z` SIGSTOP/SIGCONT, `p`/`h` through the relays, `w`/`W` a put, `R` a read (serializable or
/// linearizable), `T` a leadership transfer. Returns why not when it cannot; a refusal about
/// the cluster's state (down, up, no leader, already leads) is also said in the events pane,
/// since the screen cannot know it (a key that did nothing said nothing).
extension EtcdCluster {
    @discardableResult
    public func perform(_ action: Action) -> EtcdRefusal? {
        let refusal = act(action)
        if let refusal, let words = EtcdWords.refused(refusal) { note(words) }
        return refusal
    }

    func act(_ action: Action) -> EtcdRefusal? {
        switch action {
        case .crash(let n): return faulting(n) ?? kill(n)
        case .restart(let n): return faulting(n) ?? restart(n)
        case .freeze(let n): return faulting(n) ?? freeze(n)
        case .isolate(let n): return faulting(n) ?? isolate(n)
        case .heal: return settings.attached ? .attached : heal()
        case .write(let to): return write(to: to)
        case let .read(mode, n): return read(at: n, serializable: mode == .local)
        case .transfer(let n): return transfer(to: n)
        default: return .notReal
        }
    }

    func faulting(_ n: Int) -> EtcdRefusal? {
        if settings.attached { return .attached }
        return settings.names.indices.contains(n) ? nil : .notReal
    }

    func note(_ text: Phrase, _ kind: EventPicture.Kind = .other) {
        update { observation, t in observation.add(EtcdEvent(time: t, text: text, kind: kind)) }
    }

    /// Changes what raftlab has seen, stamped with the time now, and wakes the screen.
    func update(_ change: (inout EtcdObservation, Int) -> Void) {
        let t = now
        state.withLock { change(&$0, t) }
        onChange()
    }

    func name(_ n: Int) -> String { state.withLock { $0.members[n].name } }

    func kill(_ n: Int) -> EtcdRefusal? {
        guard let process = children.withLock({ $0.running(n) }) else { return .alreadyDown(name(n)) }
        state.withLock { $0.members[n].running = false }
        process.send(SIGKILL)
        note(EtcdWords.killed(name(n)), .crashed(n))
        return nil
    }

    func restart(_ n: Int) -> EtcdRefusal? {
        if children.withLock({ $0.running(n) }) != nil { return .alreadyUp(name(n)) }
        launch(n)
        note(EtcdWords.restarted(name(n)), .restarted(n))
        return nil
    }

    func freeze(_ n: Int) -> EtcdRefusal? {
        guard let process = children.withLock({ $0.running(n) }) else { return .alreadyDown(name(n)) }
        let paused = state.withLock { observation -> Bool in
            observation.members[n].paused.toggle()
            return observation.members[n].paused
        }
        process.send(paused ? SIGSTOP : SIGCONT)
        note(paused ? EtcdWords.paused(name(n)) : EtcdWords.resumed(name(n)))
        return nil
    }

    func isolate(_ n: Int) -> EtcdRefusal? {
        links.isolate(n)
        update { observation, t in
            observation.members[n].isolated = true
            observation.add(EtcdEvent(time: t, text: EtcdWords.isolated(observation.members[n].name)))
        }
        return nil
    }

    func heal() -> EtcdRefusal? {
        links.heal()
        update { observation, t in
            for i in observation.members.indices { observation.members[i].isolated = false }
            observation.add(EtcdEvent(time: t, text: EtcdWords.healed))
        }
        return nil
    }
}

/// Why a key did nothing on a real cluster (the footer says it).
public enum EtcdRefusal: Sendable, Equatable {
    /// Attached to a cluster raftlab did not start: no faults.
    case attached
    /// Step, speed, history, drop, options...: a real cluster cannot.
    case notReal
    case alreadyDown(String)
    case alreadyUp(String)
    case noLeader
    case alreadyLeads(String)
}
