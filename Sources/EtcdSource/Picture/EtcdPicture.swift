import Picture
import Words

/// The cluster picture of a real etcd cluster (issue 14): each member's role, term, committed
/// and applied index as its last status answer says, candidates and votes from its log lines,
/// the relays' traffic on the links. Messages in flight, timers and per-entry terms are not
/// measured and not drawn (`Measured`).
public enum EtcdPicture {
    public static func picture(_ o: EtcdObservation, settings: EtcdSettings, now: Int) -> ClusterPicture {
        let version = o.members.compactMap(\.status).first?.version
        var picture = ClusterPicture(now: now, run: RunPicture(paused: false, speed: 1, seed: nil), measured: [],
                                     nodes: o.members.indices.map { node($0, o) },
                                     links: links(o), events: o.events.map(event),
                                     facts: [Fact(EtcdFactWords.version, version ?? "?")])
        picture.settings = SettingsPicture(heartbeat: settings.timings.heartbeatMs, latency: 1...1)
        picture.clients = clients(o)
        picture.real = RealClusterPicture(title: "etcd " + (version ?? "3.4"), heartbeatMs: settings.timings.heartbeatMs,
                                          electionMs: settings.timings.electionMs, pollMs: settings.pollMs,
                                          attached: settings.attached)
        return picture
    }

    static func node(_ i: Int, _ o: EtcdObservation) -> NodePicture {
        let m = o.members[i]
        let status = m.status
        let term = max(status?.term ?? 0, m.logged?.term ?? 0)
        var picture = NodePicture(id: i, name: m.name, up: m.running, role: m.running ? role(m) : nil, term: term,
                                  vote: m.votedFor.flatMap { o.member(hex: $0) },
                                  log: LogPicture(count: status?.commit ?? 0),
                                  commit: m.running ? status?.commit : nil, applied: m.running ? status?.applied : nil,
                                  leader: status.flatMap { o.member(id: $0.leader) })
        picture.status = condition(m)
        picture.facts = facts(m)
        return picture
    }

    /// Leader when its own answer names itself; pre-candidate or candidate while its latest log
    /// line says so for a term at least the answer's (etcd's status has no such role).
    static func role(_ m: MemberObservation) -> Role {
        if let s = m.status, s.leader == s.memberID, s.leader != 0, !(m.logged.map { $0.term > s.term } ?? false) {
            return .leader
        }
        if let logged = m.logged, logged.term >= (m.status?.term ?? 0) {
            switch logged.role {
            case .preCandidate: return .preCandidate
            case .candidate: return .candidate
            case .leader: return .leader
            case .follower: return .follower
            }
        }
        return .follower
    }

    static func condition(_ m: MemberObservation) -> Phrase? {
        if !m.running { return nil }
        if m.paused { return EtcdFactWords.paused }
        if m.isolated { return EtcdFactWords.isolated }
        if m.silent { return EtcdFactWords.silent }
        return nil
    }

    static func facts(_ m: MemberObservation) -> [Fact] {
        var facts: [Fact] = []
        if let hex = m.hexID { facts.append(Fact(EtcdFactWords.memberID, hex)) }
        if let s = m.status {
            facts.append(Fact(EtcdFactWords.raftIndex, String(s.commit)))
            facts.append(Fact(EtcdFactWords.appliedIndex, String(s.applied)))
        }
        return facts
    }

    static func links(_ o: EtcdObservation) -> [LinkPicture] {
        let n = o.members.count
        return (0..<(n * n)).map { k in
            let (a, b) = (k / n, k % n)
            var link = LinkPicture(link: Link(from: a, to: b),
                                   partitioned: a != b && (o.members[a].isolated || o.members[b].isolated))
            link.bytesPerSecond = o.linkRates.indices.contains(k) ? o.linkRates[k] : nil
            return link
        }
    }

    static func event(_ e: EtcdEvent) -> EventPicture { EventPicture(time: e.time, text: e.text, kind: e.kind) }

    static func clients(_ o: EtcdObservation) -> ClientsPicture {
        var clients = ClientsPicture(acks: "", believedLeader: o.believedLeader, acked: o.writes.ok)
        clients.summary = [EtcdFactWords.puts(o.writes), EtcdFactWords.reads(o.reads)]
        return clients
    }
}

/// The picture's labels for what etcd reports.
enum EtcdFactWords {
    static let version = Phrase(en: "etcd version", ko: "etcd 버전")
    static let memberID = Phrase(en: "etcd member id", ko: "etcd 멤버 id")
    static let raftIndex = Phrase(en: "raftIndex (committed)", ko: "raftIndex (커밋됨)")
    static let appliedIndex = Phrase(en: "raftAppliedIndex", ko: "raftAppliedIndex")
    static let paused = Phrase(en: "paused", ko: "일시 정지")
    static let isolated = Phrase(en: "isolated", ko: "고립됨")
    static let silent = Phrase(en: "no answer", ko: "응답 없음")

    static func puts(_ t: ClientTally) -> Phrase {
        Phrase(en: "put ok \(t.ok) · failed \(t.failed)" + (t.waiting > 0 ? " · waiting \(t.waiting)" : ""),
               ko: "put 성공 \(t.ok) · 실패 \(t.failed)" + (t.waiting > 0 ? " · 대기 \(t.waiting)" : ""))
    }

    static func reads(_ t: ClientTally) -> Phrase {
        Phrase(en: "read ok \(t.ok) · failed \(t.failed)" + (t.waiting > 0 ? " · waiting \(t.waiting)" : ""),
               ko: "읽기 성공 \(t.ok) · 실패 \(t.failed)" + (t.waiting > 0 ? " · 대기 \(t.waiting)" : ""))
    }
}
