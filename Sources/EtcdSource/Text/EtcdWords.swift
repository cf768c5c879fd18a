import Picture
import Words

/// The events pane's words for a real etcd cluster, in every language: etcd's raft log lines
/// retold with the planets' names, and what raftlab did to the cluster.
enum EtcdWords {
    /// A raft log line of `member`, with names for the ids raftlab knows.
    static func line(_ line: RaftLogLine, name: (String) -> String) -> Phrase {
        let me = name(line.member)
        switch line {
        case let .became(_, role, term):
            switch role {
            case .follower: return Phrase(en: "\(me) became follower at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)의 팔로워가 됨")
            case .preCandidate: return Phrase(en: "\(me) became pre-candidate at term \(term) (asks for pre-votes)",
                                              ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)에서 사전 후보가 됨 (사전 투표 요청)")
            case .candidate: return Phrase(en: "\(me) became candidate at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)의 후보가 됨")
            case .leader: return Phrase(en: "\(me) became leader at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)의 리더가 됨")
            }
        case let .electedLeader(_, leader, term):
            let l = name(leader)
            return Phrase(en: "\(me) learns \(l) is leader at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)의 리더가 \(l)임을 앎")
        case let .lostLeader(member, leader, term):
            if leader == member {  // "X lost leader X": the leader itself stepped down
                return Phrase(en: "\(me) stops leading (term \(term))", ko: "\(me)\(Korean.particle(me, .subject)) 리더에서 물러남 (임기 \(term))")
            }
            let l = name(leader)
            return Phrase(en: "\(me) lost leader \(l) at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)에서 리더 \(l)\(Korean.particle(l, .object)) 잃음")
        case let .castVote(_, candidate, pre, term):
            let c = name(candidate)
            return pre ? Phrase(en: "\(me) grants \(c) a pre-vote (term \(term))", ko: "\(me)\(Korean.particle(me, .subject)) \(c)에게 사전 투표를 줌 (임기 \(term))")
                       : Phrase(en: "\(me) votes for \(c) at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)에서 \(c)에게 투표함")
        case let .rejectedVote(_, candidate, pre, term):
            let c = name(candidate)
            return pre ? Phrase(en: "\(me) refuses \(c) a pre-vote (term \(term))", ko: "\(me)\(Korean.particle(me, .subject)) \(c)의 사전 투표를 거절함 (임기 \(term))")
                       : Phrase(en: "\(me) refuses \(c) its vote at term \(term)", ko: "\(me)\(Korean.particle(me, .subject)) 임기 \(term)에서 \(c)의 투표를 거절함")
        case let .electionTimeout(_, term):
            return Phrase(en: "\(me)'s election timer fired at term \(term)", ko: "임기 \(term)에서 \(me)의 선거 타이머가 울림")
        case let .tally(_, granted, rejected, pre):
            let kind = pre ? Phrase(en: granted == 1 ? "pre-vote" : "pre-votes", ko: "사전 투표")
                           : Phrase(en: granted == 1 ? "vote" : "votes", ko: "표")
            return Phrase(en: "\(me) has \(granted) \(kind.en), \(rejected) refused", ko: "\(me)\(Korean.particle(me, .subject)) \(kind.ko) \(granted)개, 거절 \(rejected)개를 받음")
        }
    }

    static func killed(_ m: String) -> Phrase {
        Phrase(en: "\(m) killed (SIGKILL): its process is gone, its data directory stays",
               ko: "\(m) 종료됨 (SIGKILL): 프로세스는 사라지고 데이터 디렉터리는 남음")
    }
    static func restarted(_ m: String) -> Phrase {
        Phrase(en: "\(m) restarted from its data directory", ko: "\(m)\(Korean.particle(m, .subject)) 데이터 디렉터리에서 다시 시작됨")
    }
    static func ended(_ m: String, _ why: String) -> Phrase {
        Phrase(en: "\(m)'s process ended: \(why)", ko: "\(m)의 프로세스가 끝남: \(why)")
    }
    static func paused(_ m: String) -> Phrase {
        Phrase(en: "\(m) paused (SIGSTOP): it stops answering but keeps its state",
               ko: "\(m) 일시 정지됨 (SIGSTOP): 응답하지 않지만 상태는 그대로")
    }
    static func resumed(_ m: String) -> Phrase {
        Phrase(en: "\(m) resumed (SIGCONT)", ko: "\(m) 재개됨 (SIGCONT)")
    }
    static func isolated(_ m: String) -> Phrase {
        Phrase(en: "\(m) isolated: its relay drops every peer connection", ko: "\(m) 고립됨: 릴레이가 모든 피어 연결을 끊음")
    }
    static let healed = Phrase(en: "every link healed", ko: "모든 링크 복구됨")

    static func writeSent(_ kv: String, _ m: String) -> Phrase {
        Phrase(en: "put \(kv) sent to \(m)", ko: "put \(kv)\(Korean.particle(kv, .object)) \(m)에 보냄")
    }
    static func writeDone(_ kv: String, _ m: String, revision: UInt64) -> Phrase {
        Phrase(en: "put \(kv) at \(m): committed (revision \(revision))", ko: "\(m)의 put \(kv): 커밋됨 (리비전 \(revision))")
    }
    static func writeFailed(_ kv: String, _ m: String, _ why: String) -> Phrase {
        Phrase(en: "put \(kv) at \(m) failed: \(why)", ko: "\(m)의 put \(kv) 실패: \(why)")
    }
    static func readDone(_ m: String, key: String, serializable: Bool, value: String?, revision: UInt64) -> Phrase {
        let mode = serializable ? Phrase(en: "serializable, its local state", ko: "serializable, 자기 로컬 상태")
                                : Phrase(en: "linearizable", ko: "linearizable")
        let got = value.map { Phrase("\(key)=\($0)") } ?? Phrase(en: "no \(key)", ko: "\(key) 없음")
        return Phrase(en: "read \(key) at \(m) (\(mode.en)): \(got.en) (revision \(revision))",
                      ko: "\(m)에서 \(key) 읽기 (\(mode.ko)): \(got.ko) (리비전 \(revision))")
    }
    static func readFailed(_ m: String, key: String, _ why: String) -> Phrase {
        Phrase(en: "read \(key) at \(m) failed: \(why)", ko: "\(m)에서 \(key) 읽기 실패: \(why)")
    }
    static func transferAsked(_ leader: String, _ m: String) -> Phrase {
        Phrase(en: "asked leader \(leader) to hand leadership to \(m)", ko: "리더 \(leader)에게 리더십을 \(m)에 넘기라고 요청함")
    }
    static func transferFailed(_ m: String, _ why: String) -> Phrase {
        Phrase(en: "leadership transfer to \(m) failed: \(why)", ko: "\(m)(으)로의 리더십 이전 실패: \(why)")
    }
    static let noLeader = Phrase(en: "no leader known: nothing to transfer from", ko: "알려진 리더가 없어 이전할 수 없음")

    /// A key the cluster's state makes pointless, said in the events pane (nil: the footer says it).
    static func refused(_ refusal: EtcdRefusal) -> Phrase? {
        switch refusal {
        case .attached, .notReal: return nil
        case .noLeader: return noLeader
        case .alreadyDown(let m):
            return Phrase(en: "\(m) is down (killed): nothing done; r restarts it",
                          ko: "\(m)\(Korean.particle(m, .topic)) 다운됨: 아무것도 하지 않음; r로 다시 시작")
        case .alreadyUp(let m):
            return Phrase(en: "\(m) is already running: r restarts only a killed member (c kills)",
                          ko: "\(m)\(Korean.particle(m, .subject)) 이미 실행 중: r은 다운된 멤버만 다시 시작함 (c로 종료)")
        case .alreadyLeads(let m):
            return Phrase(en: "\(m) already leads: select another member for T",
                          ko: "\(m)\(Korean.particle(m, .subject)) 이미 리더임: T는 다른 멤버를 선택하고 누르세요")
        }
    }
}
