import RaftCore
import RaftSim
import Lessons

/// The fuzzer: per seed, random engine options and a random schedule of faults and writes,
/// checked by the safety monitor on every event; then a heal phase after which the cluster
/// must converge (TigerBeetle's VOPR, FoundationDB's simulation).
public enum Fuzz {
    public static func run(seed: UInt64, options: FuzzOptions) -> FuzzOutcome {
        var rng = SplitMix64(seed: seed ^ 0x5EED_F0CC_1234_ABCD)
        let figure8 = options.unsafe == .commitOldTerms ? rng.draw(0...1) == 0 : rng.draw(0...4) == 0
        let cluster = ClusterDraw.cluster(seed: seed, options: options, rng: &rng, figure8: figure8)
        var session = FuzzSession(cluster: cluster, rng: rng)
        for _ in 0..<session.rng.draw(options.actions) {
            if figure8 { session.figure8Action() } else { session.randomAction() }
        }
        let verdict = session.finish()
        let world = session.world
        return FuzzOutcome(seed: seed, verdict: verdict, scenario: session.scenario(seed: seed, verdict: verdict),
                           events: world.eventCount, simulatedMs: world.now)
    }
}

extension FuzzSession {
    /// Safety so far, then the heal phase: heal, restart every node, elect a leader, commit a
    /// write, and check that the cluster converged (one leader, equal commits, every write
    /// acknowledged under acks=all committed), and that safety still holds.
    mutating func finish() -> FuzzVerdict {
        if play(.expect(Condition(violations: NumberMatch(.eq, 0)))) != nil { return violationVerdict() }
        act(.heal)
        for node in crashed { act(.restart(node)) }
        if let f = play(.wait(Condition(leader: .any, within: 10_000))) { return settle(.liveness(f.mismatch)) }
        if let f = commitFinalWrite() { return settle(.liveness(f.mismatch)) }
        for expectation in converge() {
            if let f = play(.expect(expectation)) { return settle(.liveness(f.mismatch)) }
        }
        if play(.expect(Condition(violations: NumberMatch(.eq, 0)))) != nil { return violationVerdict() }
        return .passed
    }

    /// A violation found during the heal phase outranks the liveness failure it caused: the
    /// failed step gives way to as long a `run` and `expect: {violations: 0}`, so the file
    /// fails on the violation.
    mutating func settle(_ verdict: FuzzVerdict) -> FuzzVerdict {
        guard !world.violations.isEmpty else { return verdict }
        steps.removeLast()
        steps.append(StepAt(.run(world.now - lastStepStart)))
        steps.append(StepAt(.expect(Condition(violations: NumberMatch(.eq, 0)))))
        return violationVerdict()
    }

    func violationVerdict() -> FuzzVerdict {
        .violation(world.violations.map(\.property.rawValue))
    }

    /// Writes until one write is committed. With the no-op off, a leader cannot commit what it
    /// inherited until a write of its own term arrives (5.4.2), so a client writes again, as a
    /// real one would, while the last one is stuck (found on a copy of the world).
    mutating func commitFinalWrite(attempts: Int = 5, within: Int = 3000) -> RunFailure? {
        for attempt in 1...attempts {
            let value = "final-\(attempt)"
            act(.write(value: value, to: nil, acks: .all, count: 1))
            let wait = Condition(committed: value, within: attempt == attempts ? 10_000 : within)
            var copy = world
            if attempt == attempts || copy.wait(limit: within, until: { ConditionEvaluator(.raft($0)).holds(wait) }) {
                return play(.wait(wait))
            }
            play(.run(within))
        }
        return nil
    }

    /// How long until the cluster converges, found on a copy of the world (at most `limit` ms).
    func timeUntilConverged(limit: Int) -> Int {
        var copy = world
        _ = copy.wait(limit: limit) { Self.missedConvergence($0).isEmpty }
        return copy.now - world.now
    }

    func missedConvergence() -> [Condition] { Self.missedConvergence(world) }

    /// Runs until the cluster converges. A leader whose only uncommitted entries are of
    /// earlier terms (no-op off) commits them once a write of its own term arrives (5.4.2),
    /// so a client writes again, as a real one would. Returns what is still missed.
    mutating func converge(attempts: Int = 3, within: Int = 5000) -> [Condition] {
        for attempt in 1...attempts {
            play(.run(timeUntilConverged(limit: within)))
            let missed = missedConvergence()
            guard !missed.isEmpty, attempt < attempts, waitsForOwnTermWrite(world) else { return missed }
            act(.write(value: "again-\(attempt)", to: nil, acks: .all, count: 1))
        }
        return missedConvergence()
    }

    /// The leader holds uncommitted entries, none of its own term.
    func waitsForOwnTermWrite(_ world: RaftWorld) -> Bool {
        guard let leader = world.undisputedLeader else { return false }
        let e = world.engine
        let last = e.lastIndex(of: leader)
        return last > e.commitIndex(of: leader) && (e.entryTerm(at: last, in: leader) ?? 0) < e.term(of: leader)
    }

    /// Expectations of convergence that do not hold in `world` (empty when it converged): one
    /// leader, every entry of its log committed on every node, every client write answered,
    /// and every write acknowledged under acks=all committed. Nothing changes after that.
    static func missedConvergence(_ world: RaftWorld) -> [Condition] {
        guard let leader = world.undisputedLeader else { return [Condition(leader: .any)] }
        let e = world.engine
        let commit = e.commitIndex(of: leader), last = e.lastIndex(of: leader)
        var out: [Condition] = []
        // Entries of the leader's own term commit by themselves; wait for them too.
        let ownTermPending = last > commit && e.entryTerm(at: last, in: leader) == e.term(of: leader)
        if ownTermPending || (0..<world.size).contains(where: { e.commitIndex(of: $0) != commit }) {
            let target = ownTermPending ? last : commit
            out.append(Condition(leader: .node(leader),
                                 commit: world.names.indices.map { PerNode($0, NumberMatch(.eq, target)) }))
        }
        for case let write? in world.clients.writes where write.acks != .zero {
            let value = world.values[write.id]
            let due = write.acks == .all && write.acked || !write.answered
            if due && !world.isCommitted(value: value) { out.append(Condition(committed: value)) }
        }
        if out.isEmpty && world.clients.writes.contains(where: { $0.map { $0.acks != .zero && !$0.answered } ?? false }) {
            out.append(Condition(inFlight: NumberMatch(.eq, 0), acked: NumberMatch(.eq, -1)))  // never holds
        }
        return out
    }

    /// The run as a scenario: its steps are the schedule; it ends with what it missed. Its
    /// summary, the replay line, is added where the file is written (`FuzzOutcome.file(at:)`).
    func scenario(seed: UInt64, verdict: FuzzVerdict) -> Scenario {
        let what: String
        switch verdict {
        case .passed: what = "passed"
        case .violation(let properties): what = "violation: " + properties.joined(separator: ", ")
        case .liveness(let miss): what = "no convergence: " + miss
        }
        return Scenario(title: LocalizedText("fuzz seed \(seed): \(what)"), cluster: .raft(cluster), steps: steps)
    }
}
