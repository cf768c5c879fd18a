import KafkaCore
import RaftCore
import RaftSim

/// A step in words, for the lesson player (issue 11, "Nothing raw"): the step list's titles, the
/// line shown while the world runs to a step, a failed step, a step Enter does. The headless
/// transcript and `raftlab check` keep the format's own lines (`ScenarioWriter`), for authors.
public enum StepWords {
    /// "Saturn crashes", "the simulation runs until Saturn leads (at most 3 s)", "check: Saturn
    /// leads" / "Saturn이 다운됩니다", "Saturn이 리더가 될 때까지 시뮬레이션이 진행됩니다 (최대 3초)".
    public static func title(_ step: Step, names: [String]) -> Phrase {
        switch step {
        case .say(let text): return Phrase(en: text.resolve("en"), ko: text.resolve("ko"))
        case .task(let task): return Phrase(en: task.say.resolve("en"), ko: task.say.resolve("ko"))
        case .quiz(let quiz): return Phrase(en: quiz.ask.resolve("en"), ko: quiz.ask.resolve("ko"))
        case .scene(let spec): return scene(spec)
        case .run(let ms):
            let t = TimeText.spoken(ms)
            return Phrase(en: "the simulation runs for \(t.en)", ko: "시뮬레이션이 \(t.ko) 동안 진행됩니다")
        case .wait(let c):
            let until = ConditionWords.until(c, names: names)
            let within = TimeText.spoken(c.within ?? Condition.defaultWithin)
            return Phrase(en: "the simulation runs \(until.en) (at most \(within.en))",
                          ko: "\(until.ko) 시뮬레이션이 진행됩니다 (최대 \(within.ko))")
        case .expect(let c):
            let state = Clause.state(ConditionWords.clauses(c, names: names))
            return Phrase(en: "check: \(state.en)", ko: "확인: \(state.ko)")
        case .command(let command): return self.command(command, names: names)
        }
    }

    /// The line under the narration while the world runs to `step`: its title, and for a plain
    /// run what to do meanwhile.
    public static func running(_ step: Step, names: [String]) -> Phrase {
        let title = self.title(step, names: names)
        guard case .run = step else { return title }
        return Phrase(en: title.en + ": watch the cluster", ko: title.ko + ". 클러스터를 지켜보세요")
    }

    /// "new scene: 5 nodes (Neptune, ...)" and what is unusual about it.
    static func scene(_ spec: ClusterSpec) -> Phrase {
        let names = spec.names.joined(separator: ", ")
        var en = ["new scene: \(spec.names.count) nodes (\(names))"]
        var ko = ["새 장면: 노드 \(spec.names.count)개 (\(names))"]
        let unusual: [Phrase]
        switch spec {
        case .raft(let raft):
            unusual = raftUnusual(raft)
        case .kafka(let kafka):
            en[0] = "new scene: a Kafka partition on \(spec.names.count) nodes (\(names))"
            ko[0] = "새 장면: 노드 \(spec.names.count)개에 걸친 Kafka 파티션 (\(names))"
            unusual = broken(kafka.settings.unsafeWords) + acks(kafka.acks)
        }
        en += unusual.map(\.en)
        ko += unusual.map(\.ko)
        return Phrase(en: en.joined(separator: " · "), ko: ko.joined(separator: " · "))
    }

    /// What is unusual about a Raft scene: rules broken, acks, no no-op.
    private static func raftUnusual(_ spec: WorldSpec) -> [Phrase] {
        var parts = broken(RaftRules.words(of: spec.engine.unsafe)) + acks(spec.acks)
        if !spec.engine.noop { parts.append(Phrase(en: "no no-op for a new leader", ko: "새 리더의 빈 항목 없음")) }
        return parts
    }

    private static func broken(_ words: [Phrase]) -> [Phrase] {
        words.isEmpty ? [] : [Phrase(en: "broken on purpose: " + words.map(\.en).joined(separator: ", "),
                                     ko: "일부러 깬 규칙: " + words.map(\.ko).joined(separator: ", "))]
    }

    private static func acks(_ acks: Acks) -> [Phrase] {
        acks == .all ? [] : [Phrase("acks=\(acks.rawValue)")]
    }

    /// A command of the world in words.
    static func command(_ command: ClusterCommand, names: [String]) -> Phrase {
        let n = { (id: NodeID) in names.indices.contains(id) ? names[id] : "#\(id)" }
        switch command {
        case .crash(let id): return Phrase(en: "\(n(id)) crashes", ko: "\(Wording.ko(n(id), .subject)) 다운됩니다")
        case .restart(let id): return Phrase(en: "\(n(id)) restarts", ko: "\(Wording.ko(n(id), .subject)) 재시작합니다")
        case .partition(let groups):
            if let alone = command.isolated {
                return Phrase(en: "\(n(alone)) is isolated from the others", ko: "\(Wording.ko(n(alone), .subject)) 고립됩니다")
            }
            let listed = Set(groups.joined())
            let rest = names.indices.filter { !listed.contains($0) }
            let all = (rest.isEmpty ? groups : groups + [rest]).map { $0.map(n).joined(separator: ", ") }.joined(separator: " | ")
            return Phrase(en: "a partition splits the network: \(all)", ko: "파티션으로 네트워크가 나뉩니다: \(all)")
        case let .cut(from, to):
            return Phrase(en: "the link \(n(from))→\(n(to)) is cut (one way)", ko: "\(n(from))→\(n(to)) 링크가 끊깁니다 (한 방향)")
        case let .slow(id, latency):
            let span = Wording.span(latency)
            return Phrase(en: "\(n(id))'s links slow down to \(span.en)", ko: "\(n(id))의 링크가 느려집니다 (지연 \(span.ko))")
        case .heal:
            return Phrase(en: "every partition, cut and slow link heals", ko: "모든 파티션, 끊긴 링크, 느린 링크가 복구됩니다")
        case .timeout(let id):
            return Phrase(en: "\(n(id))'s election timer fires", ko: "\(n(id))의 선거 타이머가 만료됩니다")
        case let .write(value, to, acks, count):
            return write(ShownText.escaped(value), to: to.map(n), acks: acks, count: count)
        case .consume(let id):
            return Phrase(en: "the consumer reads from \(n(id))", ko: "컨슈머가 \(n(id))에서 읽습니다")
        case let .drop(from, to):
            return Phrase(en: "the oldest message \(n(from))→\(n(to)) in flight is dropped",
                          ko: "\(n(from))→\(n(to)) 전송 중인 가장 오래된 메시지를 버립니다")
        case .configure(let change): return configure(change)
        case .snapshot(let id):
            return Phrase(en: "\(n(id)) snapshots its state", ko: "\(Wording.ko(n(id), .subject)) 상태를 스냅샷으로 저장합니다")
        case let .read(at, mode):
            let how = Describer.readMode(mode)
            guard let at else {
                return Phrase(en: "the client reads (\(how.en))", ko: "클라이언트가 읽습니다 (\(how.ko))")
            }
            return Phrase(en: "the client reads from \(n(at)) (\(how.en))", ko: "클라이언트가 \(n(at))에서 읽습니다 (\(how.ko))")
        case .transfer(let id):
            return Phrase(en: "the leader hands leadership to \(n(id))", ko: "리더가 \(Wording.ko(n(id), .toward)) 리더 자리를 넘깁니다")
        case .add(let id):
            return Phrase(en: "the leader adds \(n(id)) to the configuration", ko: "리더가 \(Wording.ko(n(id), .object)) 구성에 추가합니다")
        case .remove(let id):
            return Phrase(en: "the leader removes \(n(id)) from the configuration", ko: "리더가 \(Wording.ko(n(id), .object)) 구성에서 제거합니다")
        }
    }

    /// "the client writes x=1 to Saturn (acks=1)", "50 clients write order#1 … order#50".
    static func write(_ value: String, to: String?, acks: Acks?, count: Int) -> Phrase {
        let what = count > 1 ? "\(value)#1 … \(value)#\(count)" : value
        var en = count > 1 ? "\(count) clients write \(what)" : "the client writes \(what)"
        var ko = count > 1 ? "클라이언트 \(count)개가 " : "클라이언트가 "
        if let to {
            en += " to \(to)"
            ko += "\(to)에게 "
        }
        ko += "\(Wording.ko(what, .object)) 씁니다"
        if let acks {
            en += " (acks=\(acks.rawValue))"
            ko += " (acks=\(acks.rawValue))"
        }
        return Phrase(en: en, ko: ko)
    }

    /// "settings change: pipelining off, batches of at most 1 entry" / "설정 변경: ...".
    static func configure(_ change: Reconfiguration<ClusterChange>) -> Phrase {
        var parts: [Phrase] = []
        if let kafka = change.engine?.kafka {
            let en = KafkaEngine.describe(kafka, Describer(names: [], values: [], lang: .en))
            let ko = KafkaEngine.describe(kafka, Describer(names: [], values: [], lang: .ko))
            parts += zip(en, ko).map { Phrase(en: $0, ko: $1) }
        }
        let onOff = { (on: Bool) in Phrase(en: on ? "on" : "off", ko: on ? "켬" : "끔") }
        func toggle(_ name: Phrase, _ value: Bool?) {
            if let value { parts.append(Phrase(en: "\(name.en) \(onOff(value).en)", ko: "\(name.ko) \(onOff(value).ko)")) }
        }
        if let e = change.engine?.raft {
            if let v = e.heartbeat {
                let t = TimeText.spoken(v)
                parts.append(Phrase(en: "a heartbeat every \(t.en)", ko: "하트비트 간격 \(t.ko)"))
            }
            if let v = e.election {
                let t = Wording.span(v)
                parts.append(Phrase(en: "election timeout \(t.en)", ko: "선거 타임아웃 \(t.ko)"))
            }
            if let v = e.batch {
                parts.append(Phrase(en: "batches of at most \(v) \(v == 1 ? "entry" : "entries")", ko: "배치 최대 항목 \(v)개"))
            }
            toggle(Phrase(en: "pipelining", ko: "파이프라이닝"), e.pipeline)
            toggle(Phrase(en: "the new leader's no-op", ko: "새 리더의 빈 항목"), e.noop)
            toggle(Phrase("Pre-Vote"), e.preVote)
            toggle(Phrase("CheckQuorum"), e.checkQuorum)
            if let v = e.snapshotEvery {
                parts.append(v == 0 ? Phrase(en: "no automatic snapshots", ko: "자동 스냅샷 없음")
                    : Phrase(en: "a snapshot every \(v) applied \(v == 1 ? "entry" : "entries")",
                             ko: "적용된 항목 \(v)개마다 스냅샷"))
            }
            if let rules = e.unsafe {
                let words = RaftRules.words(of: rules)
                parts.append(words.isEmpty ? Phrase(en: "no rule broken", ko: "깬 규칙 없음")
                    : Phrase(en: "broken on purpose: " + words.map(\.en).joined(separator: ", "),
                             ko: "일부러 깬 규칙: " + words.map(\.ko).joined(separator: ", ")))
            }
        }
        if let v = change.latency {
            let t = Wording.span(v)
            parts.append(Phrase(en: "network latency \(t.en)", ko: "네트워크 지연 \(t.ko)"))
        }
        if let v = change.acks { parts.append(Phrase("acks=\(v.rawValue)")) }
        return Phrase(en: "settings change: " + parts.map(\.en).joined(separator: ", "),
                      ko: "설정 변경: " + parts.map(\.ko).joined(separator: ", "))
    }
}
