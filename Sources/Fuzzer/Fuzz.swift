import RaftCore
import RaftSim
import Lessons

/// The fuzzer: per seed, random engine options and a random schedule of faults and writes,
/// checked by the safety monitor on every event; then a heal phase after which the cluster
/// must converge (TigerBeetle's VOPR, FoundationDB's simulation).
public enum Fuzz {
    /// The unsafe rules that have a schedule of their own besides Figure 8's.
    static let targetedRules: UnsafeRules = [.snapshotUncommitted, .leaseIgnoresClock, .changeWithoutCommit]

    public static func run(seed: UInt64, options: FuzzOptions) -> FuzzOutcome {
        var rng = SplitMix64(seed: seed ^ 0x5EED_F0CC_1234_ABCD)
        if options.mode == .kafka { return KafkaFuzz.run(seed: seed, options: options, rng: &rng) }
        let figure8 = options.unsafe == .commitOldTerms ? rng.draw(0...1) == 0 : rng.draw(0...4) == 0
        let cluster = ClusterDraw.cluster(seed: seed, options: options, rng: &rng, figure8: figure8)
        var session = FuzzSession(cluster: .raft(cluster), rng: rng)
        session.extensions = options.extensions
        // Half the seeds of a rule past the basic algorithm aim at it (`UnsafeOps`).
        let targeted = options.unsafe.flatMap { $0.isDisjoint(with: Self.targetedRules) ? nil : $0 }
            .flatMap { session.rng.draw(0...1) == 0 ? $0 : nil }
        for _ in 0..<session.rng.draw(options.actions) {
            if let targeted { session.targetedAction(targeted) }
            else if figure8 { session.figure8Action() } else { session.randomAction() }
        }
        return session.outcome(seed: seed)
    }
}

extension FuzzSession {
    /// The heal phase, then the seed's outcome.
    mutating func outcome(seed: UInt64) -> FuzzOutcome {
        let verdict = finish()
        return FuzzOutcome(seed: seed, verdict: verdict, scenario: scenario(seed: seed, verdict: verdict),
                           events: current.eventCount, simulatedMs: current.now)
    }

    /// Safety so far, then the heal phase: heal (with a guard against removed servers,
    /// `guardAgainstRemovedServers`), restart every node, elect a leader, commit a
    /// write, and check that the cluster converged (one leader, equal commits, every write
    /// acknowledged under acks=all committed), and that safety still holds.
    mutating func finish() -> FuzzVerdict {
        if play(.expect(Condition(violations: NumberMatch(.eq, 0)))) != nil { return violationVerdict() }
        act(.heal)
        guardAgainstRemovedServers()
        for node in crashed { act(.restart(node)) }
        // Configurations split by changes that did not commit can take many elections (a
        // candidate needing the one voter that keeps standing itself a term ahead).
        if let f = play(.wait(Condition(leader: .any, within: 60_000))) { return settle(.liveness(f.mismatch)) }
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
        guard !current.violations.isEmpty else { return verdict }
        steps.removeLast()
        steps.append(StepAt(.run(current.now - lastStepStart)))
        steps.append(StepAt(.expect(Condition(violations: NumberMatch(.eq, 0)))))
        return violationVerdict()
    }

    func violationVerdict() -> FuzzVerdict {
        .violation(current.violations.map(\.property.rawValue))
    }

    /// Writes until one write is committed. With the no-op off, a leader cannot commit what it
    /// inherited until a write of its own term arrives (5.4.2), so a client writes again, as a
    /// real one would, while the last one is stuck (found on a copy of the world).
    mutating func commitFinalWrite(attempts: Int = 5, within: Int = 3000) -> RunFailure? {
        for attempt in 1...attempts {
            let value = "final-\(attempt)"
            act(.write(value: value, to: nil, acks: .all, count: 1))
            let wait = Condition(committed: value, within: attempt == attempts ? 10_000 : within)
            var copy = current
            if attempt == attempts || copy.wait(limit: within, until: { ConditionEvaluator($0).holds(wait) }) {
                return play(.wait(wait))
            }
            play(.run(within))
        }
        return nil
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
        return Scenario(title: LocalizedText("fuzz seed \(seed): \(what)"), cluster: cluster, steps: steps)
    }
}
