import RaftCore
import RaftSim

/// What a condition that did not hold found instead, in words: one finding per key (per node of
/// a per-node key), "expected: Saturn leads" over "found: Jupiter leads (term 4)". Whether a key
/// holds is the evaluator's to say (`ConditionEvaluator`); this only words what it saw.
extension ConditionWords {
    /// One key that did not hold: what the step expected and what the world showed.
    public struct Finding: Sendable, Equatable {
        public var expected: Phrase
        public var found: Phrase

        /// "expected: Saturn leads\nfound: Jupiter leads (term 4)" / "기대: Saturn이 리더\n실제: ...".
        public var lines: Phrase {
            Phrase(en: "expected: \(expected.en)\nfound: \(found.en)", ko: "기대: \(expected.ko)\n실제: \(found.ko)")
        }
    }

    /// The keys of `c` that do not hold in `world`; empty when it holds.
    public static func findings(_ c: Condition, in world: ClusterWorld) -> [Finding] {
        let evaluator = ConditionEvaluator(world)
        let names = world.names
        var out: [Finding] = []
        func check(_ one: Condition, _ found: () -> Phrase) {
            var single = one
            single.mode = c.mode
            guard !evaluator.holds(single) else { return }
            for clause in clauses(single, names: names) {
                out.append(Finding(expected: Phrase(en: clause.en, ko: clause.koNoun), found: found()))
            }
        }
        let see = Seen(world: world)
        if let leader = c.leader { check(Condition(leader: leader)) { see.leader() } }
        for item in c.role ?? [] { check(Condition(role: [item])) { see.role(item.node) } }
        for item in c.term ?? [] { check(Condition(term: [item])) { see.number(item.node, .term) } }
        for item in c.votedFor ?? [] { check(Condition(votedFor: [item])) { see.vote(item.node) } }
        for item in c.log ?? [] { check(Condition(log: [item])) { see.log(item.node) } }
        for item in c.commit ?? [] { check(Condition(commit: [item])) { see.number(item.node, .commit) } }
        if let value = c.committed { check(Condition(committed: value)) { see.notCommitted(ShownText.escaped(value)) } }
        for item in c.applied ?? [] { check(Condition(applied: [item])) { see.number(item.node, .applied) } }
        for item in c.match ?? [] { check(Condition(match: [item])) { see.number(item.node, world.mode == .kafka ? .leoRecord : .match) } }
        if let m = c.inFlight { check(Condition(inFlight: m)) { see.count(world.inFlight, .inFlight) } }
        if let m = c.consumed { check(Condition(consumed: m)) { see.count(world.clients.consumed, .consumed) } }
        if let m = c.acked { check(Condition(acked: m)) { see.count(world.clients.acked, .acked) } }
        if let m = c.lost { check(Condition(lost: m)) { see.count(world.clients.lost, .lost) } }
        if let m = c.violations { check(Condition(violations: m)) { see.count(world.violations.count, .violations) } }
        if let broken = c.violated { check(Condition(violated: broken)) { see.broken() } }
        for item in c.snapshot ?? [] { check(Condition(snapshot: [item])) { see.number(item.node, .snapshot) } }
        for (key, m) in c.reads?.entries ?? [] {
            guard let m, let counter = Counter.reads(key) else { continue }
            check(Condition(reads: ReadCounts.only(key, m))) { see.count(see.reads(counter), counter) }
        }
        for item in c.voters ?? [] { check(Condition(voters: [item])) { see.voters(item.node) } }
        if let members = c.members { check(Condition(members: members)) { see.members() } }
        if let isr = c.isr { check(Condition(isr: isr)) { see.isr() } }
        for item in c.hw ?? [] { check(Condition(hw: [item])) { see.number(item.node, .hw) } }
        for item in c.leo ?? [] { check(Condition(leo: [item])) { see.number(item.node, .leo) } }
        if let m = c.epoch { check(Condition(epoch: m)) { see.epoch() } }
        for item in c.errors ?? [] {
            check(Condition(errors: [item])) { see.errors(item.error) }
        }
        if out.isEmpty && !evaluator.holds(c) {
            // A key these words do not know yet: still no format syntax on the learner's screen.
            out.append(Finding(expected: Phrase(en: "what this step asks for", ko: "이 단계가 기대한 상태"),
                               found: Phrase(en: "the simulation is not there", ko: "시뮬레이션이 그 상태가 아님")))
        }
        return out
    }

    /// What the world shows, in the words of a finding.
    struct Seen {
        let world: ClusterWorld

        func name(_ id: NodeID) -> String { world.names[id] }

        func leader() -> Phrase {
            // Kafka's leaders have epochs (kafka-mode.md, "Words").
            let (term, termKo) = world.mode == .kafka ? ("epoch", "에포크") : ("term", "임기")
            if let id = world.undisputedLeader {
                let t = world.term(of: id)
                return Phrase(en: "\(name(id)) leads (\(term) \(t))", ko: "\(Wording.ko(name(id), .subject)) 리더 (\(termKo) \(t))")
            }
            let up = world.leadersUp
            guard !up.isEmpty else { return Phrase(en: "no node leads", ko: "리더 없음") }
            let each = up.map { "\(name($0)) (\(term) \(world.term(of: $0)))" }
            let eachKo = up.map { "\(name($0)) (\(termKo) \(world.term(of: $0)))" }
            return Phrase(en: "\(Wording.list(each)) lead\(up.count == 1 ? "s" : "") at once",
                          ko: "\(eachKo.joined(separator: ", "))\(up.count > 1 ? " 모두" : "") 리더")
        }

        func role(_ id: NodeID) -> Phrase {
            guard let role = world.role(of: id) else {
                return Phrase(en: "\(name(id)) is crashed", ko: "\(Wording.ko(name(id), .topic)) 다운됨")
            }
            let noun = ConditionWords.roleNoun(role, plural: false)!
            return Phrase(en: "\(name(id)) is \(noun.en)", ko: "\(Wording.ko(name(id), .topic)) \(noun.ko)")
        }

        func number(_ id: NodeID, _ what: Number) -> Phrase {
            let value: Int
            switch what {
            case .term: value = world.term(of: id)
            case .commit: value = world.commitIndex(of: id)
            case .applied: value = world.raftWorld?.nodes[id].volatile.appliedIndex ?? 0
            case .match: value = world.raftWorld?.matchIndex(of: id) ?? 0
            case .leoRecord:
                // "unknown matches nothing": say so, not a number.
                guard let kafka = world.kafkaWorld, let leo = ConditionEvaluator.leaderRecord(of: id, kafka.engine) else {
                    return Phrase(en: "no leader that is up knows \(name(id))'s LEO yet",
                                  ko: "\(name(id))의 LEO를 아는 리더 없음")
                }
                value = leo
            case .hw: value = world.commitIndex(of: id)
            case .leo: value = world.kafkaWorld?.engine.nodes[id].leo ?? 0
            case .snapshot:
                let index = world.raftWorld?.engine.snapshotIndex(of: id) ?? 0
                return Phrase(en: "the last included index of \(name(id))'s snapshot is \(index)",
                              ko: "\(name(id))의 \(what.words.ko) \(index)")
            }
            let words = what.words
            if what.isLeadersRecord {
                return Phrase(en: "the leader's \(words.en) for \(name(id)) is \(value)", ko: "리더가 아는 \(name(id))의 \(words.ko) \(value)")
            }
            return Phrase(en: "\(name(id))'s \(words.en) is \(value)", ko: "\(name(id))의 \(words.ko) \(value)")
        }

        func vote(_ id: NodeID) -> Phrase {
            guard let vote = world.raftWorld?.nodes[id].durable.votedFor else {
                return Phrase(en: "\(name(id)) has not voted in its term", ko: "\(name(id))의 이번 임기 표 없음")
            }
            return Phrase(en: "\(name(id)) voted for \(name(vote))", ko: "\(name(id))의 이번 임기 표: \(name(vote))")
        }

        func log(_ id: NodeID) -> Phrase {
            let terms = world.logTerms(of: id)
            guard !terms.isEmpty else { return Phrase(en: "\(name(id))'s log is empty", ko: "\(name(id))의 로그 비어 있음") }
            let held = ConditionWords.terms(terms, world.mode)
            return Phrase(en: "\(name(id))'s log holds \(held.en)", ko: "\(name(id))의 로그: \(held.ko)")
        }

        func notCommitted(_ value: String) -> Phrase {
            guard world.mode == .kafka else {
                return Phrase(en: "no node that is up has committed \(value)", ko: "\(Wording.ko(value, .object)) 커밋한 노드가 없음")
            }
            return Phrase(en: "no node that is up holds \(value) below its HW", ko: "HW 아래에 \(value) 레코드를 가진 노드가 없음")
        }

        /// The count as the expected side says it: "no write has been acknowledged" / "확인 응답된 쓰기 0개".
        func count(_ n: Int, _ what: Counter) -> Phrase {
            let clause = ConditionWords.count(NumberMatch(n), what)
            return Phrase(en: clause.en, ko: clause.koNoun)
        }

        func isr() -> Phrase {
            let members = world.kafkaWorld?.engine.isr.members.map(name) ?? []
            return Phrase(en: "the ISR is \(Wording.list(members))", ko: "ISR: \(Wording.koList(members))")
        }

        func epoch() -> Phrase {
            let epoch = world.kafkaWorld?.engine.epoch ?? 0
            return Phrase(en: "the partition's leader epoch is \(epoch)", ko: "파티션의 리더 에포크 \(epoch)")
        }

        func errors(_ error: WriteError) -> Phrase {
            let clause = ConditionWords.errors(ErrorCount(error, NumberMatch(world.clients.errors[error] ?? 0)))
            return Phrase(en: clause.en, ko: clause.koNoun)
        }

        func broken() -> Phrase {
            let seen = world.violations.map { ConditionWords.property($0.property) }
            guard !seen.isEmpty else { return Phrase(en: "nothing has been broken", ko: "깨진 성질 없음") }
            return Phrase(en: "broken: " + Wording.list(seen.map(\.en)), ko: "깨진 성질: " + seen.map(\.ko).joined(separator: ", "))
        }
    }
}
