import Picture
import Words

/// The tour (issue 14): kill the leader and watch etcd elect another within about two
/// election timeouts; isolate the leader and see writes stall until a leader of a higher
/// term; read serializable from the isolated member and get old data; heal.
enum TourSteps {
    static func all() -> [TourStep] {
        [intro, elected, killLeader, reelected, afterElection, restart, writeFirst, isolateLeader, writeToIsolated,
         electedBeyond, writeToNewLeader, staleRead, afterStaleRead, heal, end]
    }

    static func seconds(_ ms: Int) -> Phrase { TimeText.spoken(ms) }

    /// The step is about the leader a majority names now, and its term.
    static let rememberLeader: @Sendable (inout TourMemory, TourContext) -> Void = { memory, c in
        let leader = c.observation.majorityLeader
        memory.member = leader?.member ?? 0
        memory.term = leader?.term ?? 0
    }

    /// A majority names another leader, of a higher term than the one the step is about.
    static let newLeader: @Sendable (TourContext) -> Bool = { c in
        guard let now = c.observation.majorityLeader else { return false }
        return now.member != c.memory.member && now.term > c.memory.term
    }

    /// Why a wait for an election cannot end, after a wrong turn (a follower killed or cut off
    /// too): no majority of members is up, running and connected. Nil while one is.
    static func noMajority(_ c: TourContext) -> Phrase? {
        let members = c.observation.members
        let able = members.filter { $0.running && !$0.paused && !$0.isolated }.count
        guard 2 * able <= members.count else { return nil }
        return Phrase(en: "But only \(able) of \(members.count) members are up and connected: no majority, so no one can be elected. Bring the others back: r restarts a killed member, z resumes a paused one, h heals.",
                      ko: "그런데 살아서 연결된 멤버가 \(members.count)개 중 \(able)개뿐이라 과반이 없고, 아무도 선출될 수 없습니다. 나머지를 되살리세요: r은 다운된 멤버를 다시 시작하고, z는 일시 정지를 풀고, h는 복구합니다.")
    }

    static let intro = TourStep(kind: .say, text: { c in
        Phrase(en: "This is not a simulation: \(c.observation.members.count) etcd processes on this machine, named after the planets, elect and replicate with etcd's own Raft. raftlab asks each member for its status every \(c.settings.pollMs) ms and reads its log lines. It cannot see messages in flight, timers or entry terms, so none are drawn.",
               ko: "시뮬레이션이 아닙니다. 이 컴퓨터에서 행성 이름을 단 etcd 프로세스 \(c.observation.members.count)개가 etcd 자체의 Raft로 선출하고 복제합니다. raftlab은 \(c.settings.pollMs) ms마다 각 멤버의 상태를 묻고 로그 줄을 읽습니다. 전송 중인 메시지, 타이머, 항목의 임기는 볼 수 없으므로 그리지 않습니다.")
    })

    static let elected = TourStep(kind: .wait, text: { _ in
        Phrase(en: "Waiting for the members to agree on a leader...", ko: "멤버들이 리더에 합의하기를 기다리는 중...")
    }, done: { $0.observation.majorityLeader != nil })

    static let killLeader = TourStep(kind: .task, text: { c in
        Phrase(en: "\(c.member) leads at term \(c.memory.term). Kill it: select it and press c. SIGKILL ends the process at once; its data directory stays on disk.",
               ko: "\(c.member)\(Korean.particle(c.member, .subject)) 임기 \(c.memory.term)의 리더입니다. 선택하고 c를 눌러 종료하세요. SIGKILL은 프로세스를 바로 끝내고, 데이터 디렉터리는 디스크에 남습니다.")
    }, done: { c in !c.observation.members[c.memory.member].running },
       keys: { c in [c.onMember(.crash)] },
       wrongTurn: { c in
        guard let o = c.otherMember(where: { !$0.running }) else { return nil }
        return Phrase(en: "\(o) is down, but \(o) was a follower: the leader is still \(c.member). Bring \(o) back with r, then kill \(c.member).",
                      ko: "\(o)\(Korean.particle(o, .subject)) 다운됐지만 팔로워였습니다. 리더는 여전히 \(c.member)입니다. r로 \(o)\(Korean.particle(o, .object)) 되살리고 \(c.member)\(Korean.particle(c.member, .object)) 종료하세요.")
    }, begin: rememberLeader)

    static let reelected = TourStep(kind: .wait, text: { c in
        Phrase(en: "The others stop hearing \(c.member)'s heartbeats. Each waits out its election timer, which etcd draws between \(seconds(c.electionMs).en) and \(seconds(2 * c.electionMs).en), then asks for pre-votes and votes...",
               ko: "나머지는 \(c.member)의 하트비트를 더 이상 듣지 못합니다. etcd가 \(seconds(c.electionMs).ko)에서 \(seconds(2 * c.electionMs).ko) 사이로 정한 선거 타이머가 끝나면 사전 투표와 투표를 요청합니다...")
            .then(noMajority(c))
    }, done: newLeader, begin: { memory, c in memory.since = c.now })

    static let afterElection = TourStep(kind: .say, text: { c in
        let took = seconds(c.memory.took), l = c.name(c.memory.newLeader)
        if c.memory.took > 2 * c.electionMs {  // a wrong turn held it up: "at most" would be false here
            return Phrase(en: "\(l) leads at a higher term, \(took.en) after the kill: longer than two election timeouts, because an election needs a majority up and connected, and a split vote starts over. With a majority, a follower waits one to two election timeouts, then a pre-vote round and a vote round follow.",
                          ko: "\(l)\(Korean.particle(l, .subject)) 더 높은 임기의 리더가 됐습니다. 종료 후 \(took.ko) 걸려 선거 타임아웃 두 번보다 길었습니다. 선거에는 살아서 연결된 과반이 필요하고, 표가 갈리면 다시 시작하기 때문입니다. 과반이 있으면 팔로워는 선거 타임아웃의 한 배에서 두 배를 기다린 뒤 사전 투표와 투표가 이어집니다.")
        }
        return Phrase(en: "\(l) leads at a higher term, \(took.en) after the kill (the tour noticed within \(c.settings.pollMs) ms). A follower waits one to two election timeouts before it stands, and a pre-vote round and a vote round follow: about two election timeouts at most, with no one choosing by hand.",
                      ko: "\(l)\(Korean.particle(l, .subject)) 더 높은 임기의 리더가 됐습니다. 종료 후 \(took.ko) 걸렸습니다 (투어는 \(c.settings.pollMs) ms 안에 알아챕니다). 팔로워는 선거 타임아웃의 한 배에서 두 배를 기다린 뒤 나서고, 사전 투표와 투표가 이어집니다. 누가 정해 주지 않아도 길어야 선거 타임아웃 두 번 정도입니다.")
    }, begin: { memory, c in
        memory.took = c.now - memory.since
        memory.newLeader = c.observation.majorityLeader?.member ?? 0
    })

    static let restart = TourStep(kind: .task, text: { c in
        Phrase(en: "Bring \(c.member) back: select it and press r. It restarts from its data directory and rejoins as a follower of the new leader.",
               ko: "\(c.member)\(Korean.particle(c.member, .object)) 되살리세요: 선택하고 r을 누르세요. 데이터 디렉터리에서 다시 시작해 새 리더의 팔로워로 합류합니다.")
    }, done: { c in
        let m = c.observation.members[c.memory.member]
        return m.running && !m.silent && (m.status?.leader ?? 0) != 0 && m.status?.leader != m.decimalID
    }, keys: { c in [c.onMember(.restart)] })

    static let writeFirst = TourStep(kind: .task, text: { c in
        Phrase(en: "Write with w: the client puts x=\(c.observation.lastValue + 1) through the leader, and it commits on every member.",
               ko: "w로 쓰세요: 클라이언트가 리더를 통해 x=\(c.observation.lastValue + 1)\(Korean.particle(String(c.observation.lastValue + 1), .object)) 넣고, 모든 멤버에서 커밋됩니다.")
    }, done: { c in
        let o = c.observation
        let commits = o.members.compactMap(\.status?.commit)
        return o.writes.ok > c.memory.acked && commits.count == o.members.count && Set(commits).count == 1
    }, keys: { _ in [.key(.write, node: nil, digit: nil)] },
       begin: { memory, c in memory.acked = c.observation.writes.ok })

    static let isolateLeader = TourStep(kind: .task, text: { c in
        Phrase(en: "Now cut off the leader, \(c.member): select it and press p. Its relay drops every connection between it and the others; the process keeps running.",
               ko: "이제 리더 \(c.member)\(Korean.particle(c.member, .object)) 고립시키세요: 선택하고 p를 누르세요. 릴레이가 다른 멤버와의 연결을 모두 끊고, 프로세스는 계속 돕니다.")
    }, done: { c in c.observation.members[c.memory.member].isolated },
       keys: { c in [c.onMember(.isolate)] },
       wrongTurn: { c in
        guard let o = c.otherMember(where: \.isolated) else { return nil }
        return Phrase(en: "\(o) is cut off, but the leader is \(c.member). Heal with h, then isolate \(c.member).",
                      ko: "\(o)\(Korean.particle(o, .subject)) 고립됐지만 리더는 \(c.member)입니다. h로 복구하고 \(c.member)\(Korean.particle(c.member, .object)) 고립시키세요.")
    }, begin: rememberLeader)

    static let writeToIsolated = TourStep(kind: .task, text: { c in
        Phrase(en: "Write through \(c.member), still selected: press W. It cannot reach a majority, so the put cannot commit: it waits, then fails.",
               ko: "아직 선택된 \(c.member)\(Korean.particle(c.member, .object)) 통해 쓰세요: W를 누르세요. 과반에 닿을 수 없으니 put은 커밋될 수 없습니다. 기다리다가 실패합니다.")
    }, done: { c in c.observation.writes.waiting > 0 || c.observation.writes.failed > 0 },
       keys: { c in [c.onMember(.writeToSelected)] })

    static let electedBeyond = TourStep(kind: .wait, text: { c in
        Phrase(en: "Meanwhile the other side stops hearing heartbeats and elects a leader of a higher term. \(c.member), alone, steps down when it misses a majority for an election timeout (etcd's CheckQuorum)...",
               ko: "그사이 반대편은 하트비트를 듣지 못해 더 높은 임기의 리더를 뽑습니다. 혼자 남은 \(c.member)\(Korean.particle(c.member, .topic)) 선거 타임아웃 동안 과반과 연락이 없으면 물러납니다 (etcd의 CheckQuorum)...")
            .then(c.observation.members[c.memory.member].isolated ? noMajority(c) : Phrase(
                en: "\(c.member) is not cut off any more, so it may lead again: select it and press p.",
                ko: "\(c.member)\(Korean.particle(c.member, .topic)) 더 이상 고립되지 않아 다시 리더가 될 수 있습니다: 선택하고 p를 누르세요."))
    }, done: newLeader)

    static let writeToNewLeader = TourStep(kind: .task, text: { c in
        Phrase(en: "Write again with w: the client sends it to the leader of the highest term, on the majority's side, and it commits.",
               ko: "w로 다시 쓰세요: 클라이언트가 가장 높은 임기의 리더, 즉 과반 쪽에 보내고 커밋됩니다.")
    }, done: { c in c.observation.writes.ok > c.memory.acked },
       keys: { _ in [.key(.write, node: nil, digit: nil)] },
       begin: { memory, c in memory.acked = c.observation.writes.ok })

    static let staleRead = TourStep(kind: .task, text: { c in
        Phrase(en: "Read x at the isolated \(c.member), serializable: select it, press v until the header says \"read serializable\", then R.",
               ko: "고립된 \(c.member)에서 x를 serializable로 읽으세요: 선택하고 헤더가 \"읽기 serializable\"이 될 때까지 v를 누른 뒤 R을 누르세요.")
    }, done: { c in c.observation.lastRead.map { $0.member == c.memory.member && $0.serializable } ?? false },
       keys: { c in [.readMode(.local), c.onMember(.read)] })

    static let afterStaleRead = TourStep(kind: .say, text: { c in
        let read = c.observation.lastRead
        let got = read.map { $0.value.map { "x=\($0)" } ?? "" } ?? "?", acked = c.observation.lastAcked ?? "?"
        if read?.value == nil {  // nothing written before the cut: the member has no x at all
            return Phrase(en: "\(c.member) answered from its own state that there is no x at all, while the majority committed \(acked): old data. A serializable read never waits for the leader, so it can be stale. A linearizable read (v again) first asks the leader for its commit index (ReadIndex, thesis 6.4); at \(c.member) it would fail instead of lying.",
                          ko: "\(c.member)\(Korean.particle(c.member, .topic)) 자기 상태에서 x가 없다고 답했지만 과반은 \(acked)\(Korean.particle(acked, .object)) 커밋했습니다: 옛 데이터입니다. serializable 읽기는 리더를 기다리지 않으니 오래된 값일 수 있습니다. linearizable 읽기(v 한 번 더)는 먼저 리더에게 커밋 인덱스를 묻고(ReadIndex, 학위 논문 6.4), \(c.member)에서는 거짓 대신 실패합니다.")
        }
        return Phrase(en: "\(c.member) answered \(got) from its own state, while the majority committed \(acked): old data. A serializable read never waits for the leader, so it can be stale. A linearizable read (v again) first asks the leader for its commit index (ReadIndex, thesis 6.4); at \(c.member) it would fail instead of lying.",
                      ko: "\(c.member)\(Korean.particle(c.member, .topic)) 자기 상태에서 \(got)\(Korean.particle(got, .object)) 답했지만 과반은 \(acked)\(Korean.particle(acked, .object)) 커밋했습니다: 옛 데이터입니다. serializable 읽기는 리더를 기다리지 않으니 오래된 값일 수 있습니다. linearizable 읽기(v 한 번 더)는 먼저 리더에게 커밋 인덱스를 묻고(ReadIndex, 학위 논문 6.4), \(c.member)에서는 거짓 대신 실패합니다.")
    })

    static let heal = TourStep(kind: .task, text: { c in
        Phrase(en: "Heal with h and watch \(c.member) catch up: it learns the higher term, steps down, and its committed index reaches the others'.",
               ko: "h로 복구하고 \(c.member)\(Korean.particle(c.member, .subject)) 따라잡는 것을 보세요: 더 높은 임기를 알고 물러나며 커밋 인덱스가 다른 멤버와 같아집니다.")
    }, done: { c in
        let o = c.observation, m = o.members[c.memory.member]
        let others = o.members.indices.filter { $0 != c.memory.member }.compactMap { o.members[$0].status?.commit }
        return !m.isolated && (m.status?.commit ?? 0) >= (others.max() ?? 0) && (m.status?.term ?? 0) > c.memory.term
    }, keys: { _ in [.key(.heal, node: nil, digit: nil)] })

    static let end = TourStep(kind: .say, text: { _ in
        Phrase(en: "That is the tour. The cluster stays yours: ? lists the keys (z pauses a member: alive, but silent). Enter closes the tour.",
               ko: "투어는 여기까지입니다. 클러스터는 계속 쓸 수 있습니다: ?에 키 목록이 있습니다 (z는 멤버를 일시 정지: 살아 있지만 응답 없음). Enter로 투어를 닫습니다.")
    })
}

extension Phrase {
    /// This text followed by `more`, if any, in every language.
    func then(_ more: Phrase?) -> Phrase {
        guard let more else { return self }
        return Phrase(en: en + " " + more.en, ko: ko + " " + more.ko)
    }
}
