import Foundation
import Picture

/// Everything raftlab has seen of the cluster: per member its last status answer and raft log
/// lines, the events, the client's writes and reads. The picture is drawn from it.
public struct EtcdObservation: Sendable {
    public var members: [MemberObservation]
    public var events: [EtcdEvent] = []
    public var writes = ClientTally()
    public var reads = ClientTally()
    /// The value the last write set ("x=3" writes 3), so each write is new.
    public var lastValue = 0
    /// Bytes per second on each directed link lately (from the relays), by `from * n + to`.
    public var linkRates: [Int] = []
    /// The latest read answered: where, how, and the value it gave (nil: the key was unset).
    public var lastRead: ReadRecord? = nil
    /// The value of the latest put acknowledged ("a=1").
    public var lastAcked: String? = nil
    /// Changes since the start; the main loop redraws when it moves.
    public var version = 0
    /// Where the cluster came from: started by raftlab or attached to.
    public var attached: Bool

    public init(names: [String], attached: Bool) {
        members = names.map { MemberObservation(name: $0) }
        self.attached = attached
        linkRates = Array(repeating: 0, count: names.count * names.count)
    }

    /// The member whose etcd id (hex, as log lines write it) is `hex`.
    public func member(hex: String) -> Int? { members.firstIndex { $0.hexID == hex } }

    /// The member whose etcd id is `id` (decimal, as the gateway's JSON gives it); 0 is no one.
    public func member(id: UInt64) -> Int? { id == 0 ? nil : members.firstIndex { $0.decimalID == id } }

    /// The leader that a majority of the answering members name, with its term (a member cut
    /// off may still name an old one).
    public var majorityLeader: (member: Int, term: Int)? {
        let answers = members.filter { $0.running && !$0.silent }.compactMap(\.status).filter { $0.leader != 0 }
        for status in answers.sorted(by: { $0.term > $1.term }) {
            let agreeing = answers.filter { $0.leader == status.leader }.count
            if 2 * agreeing > members.count, let member = member(id: status.leader) {
                return (member, status.term)
            }
        }
        return nil
    }

    /// The leader the most recent answers of running members name, with the highest term (a
    /// killed leader's last answer, naming itself, is no one's belief any more).
    public var believedLeader: Int? {
        let answers = members.filter(\.running).compactMap(\.status).filter { $0.leader != 0 }
        guard let newest = answers.max(by: { $0.term < $1.term }) else { return nil }
        return member(id: newest.leader)
    }

    mutating func add(_ event: EtcdEvent) {
        events.append(event)
        if events.count > 400 { events.removeFirst(events.count - 400) }
        version += 1
    }
}

/// One member as raftlab sees it.
public struct MemberObservation: Sendable {
    public var name: String
    /// etcd's member id: decimal in the gateway's JSON, hex in log lines.
    public var decimalID: UInt64? = nil
    public var hexID: String? { decimalID.map { String($0, radix: 16) } }
    /// The latest answer to `/v3/maintenance/status`, and when (ms since the start).
    public var status: MemberStatus? = nil
    public var answeredAt: Int? = nil
    /// Whether the last poll went unanswered.
    public var silent = true
    /// The role and term of its latest "became ..." line.
    public var logged: (role: RaftLogLine.LoggedRole, term: Int)? = nil
    /// raftlab's own doing: killed (SIGKILL) and not restarted, paused (SIGSTOP), isolated.
    public var running = true
    public var paused = false
    public var isolated = false
    /// The member's vote this term, from its "cast MsgVote" lines.
    public var votedFor: String? = nil

    public init(name: String) { self.name = name }

    /// Whether its latest answer or log line says it leads.
    public var claimsToLead: Bool {
        if let s = status, s.leader != 0, s.leader == s.memberID { return true }
        return logged?.role == .leader
    }

    /// A restart begins a new life (issue 14): the previous process's role, vote and belief in a
    /// leader are gone with its memory, so a restarted leader is not drawn as one until it says
    /// so again; its id, and its last committed and applied indexes (kept on disk), stay.
    public mutating func restarted() {
        running = true
        paused = false
        silent = true
        logged = nil
        votedFor = nil
        status?.leader = 0
    }
}

/// What one status answer says (etcd 3.4 `StatusResponse`).
public struct MemberStatus: Sendable, Equatable {
    public var memberID: UInt64
    public var leader: UInt64
    public var term: Int
    /// `raftIndex`: the member's committed index.
    public var commit: Int
    public var applied: Int
    public var version: String

    public init(memberID: UInt64, leader: UInt64, term: Int, commit: Int, applied: Int, version: String) {
        self.memberID = memberID
        self.leader = leader
        self.term = term
        self.commit = commit
        self.applied = applied
        self.version = version
    }

    init(_ answer: GatewayAnswer) {
        self.init(memberID: answer.number("header.member_id"), leader: answer.number("leader"),
                  term: Int(answer.number("raftTerm")), commit: Int(answer.number("raftIndex")),
                  applied: Int(answer.number("raftAppliedIndex")), version: answer.string("version") ?? "?")
    }
}

/// One answered read (the tour checks which member answered, how, and with what).
public struct ReadRecord: Sendable, Equatable {
    public var member: Int
    public var serializable: Bool
    /// The value of `x` it answered; nil: no `x` there.
    public var value: String?
}

/// Writes or reads so far, and the latest one's words.
public struct ClientTally: Sendable {
    public var ok = 0
    public var failed = 0
    public var waiting = 0
}

/// One line of the events pane: when (ms since the start), which member, and what.
public struct EtcdEvent: Sendable, Equatable {
    public var time: Int
    public var text: Phrase
    public var kind: EventPicture.Kind
    public init(time: Int, text: Phrase, kind: EventPicture.Kind = .other) {
        self.time = time
        self.text = text
        self.kind = kind
    }
}
