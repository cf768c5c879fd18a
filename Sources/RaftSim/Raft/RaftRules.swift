import RaftCore

/// The rules Raft's text cites, each defined once: sections and figures of the Raft paper
/// (Ongaro and Ousterhout), the thesis's Pre-Vote and CheckQuorum, and the rules raftlab
/// breaks on purpose (scenario format, `unsafe`).
extension Citation {
    /// 5.1: terms.
    public static let terms = Citation.paper("5.1")
    /// 5.2: leader election.
    public static let leaderElection = Citation.paper("5.2")
    /// 5.3: log replication.
    public static let logReplication = Citation.paper("5.3")
    /// 5.4: safety (leader completeness).
    public static let safety = Citation.paper("5.4")
    /// 5.4.1: election restriction.
    public static let electionRestriction = Citation.paper("5.4.1")
    /// 5.4.2: committing entries from previous terms.
    public static let commitOwnTerm = Citation.paper("5.4.2")
    /// 5.4.3: safety argument (state machine safety).
    public static let safetyArgument = Citation.paper("5.4.3")
    /// 8: client interaction; a new leader's no-op.
    public static let noOp = Citation.paper("8")
    /// Figure 2: the rules every server follows.
    public static let figure2 = Citation.paper("Figure 2")
    /// Figure 3: the properties Raft guarantees.
    public static let figure3 = Citation.paper("Figure 3")
    /// Figure 8: an old-term entry on a majority can still be overwritten.
    public static let figure8 = Citation.paper("Figure 8")
    /// Thesis 9.6: Pre-Vote.
    public static let preVote = Citation.thesis("9.6", name: "Pre-Vote")
    /// Thesis 6.2: CheckQuorum (a leader steps down without a majority).
    public static let checkQuorum = Citation.thesis("6.2", name: "CheckQuorum")
    /// 7: log compaction by snapshots.
    public static let logCompaction = Citation.paper("7")
    /// Figure 13: InstallSnapshot.
    public static let figure13 = Citation.paper("Figure 13")
    /// Thesis 3.10: leadership transfer.
    public static let leadershipTransfer = Citation.thesis("3.10")
    /// Thesis 4.1: membership changes one server at a time, configurations in the log.
    public static let membership = Citation.thesis("4.1")
    /// Thesis 4.2.1: a new server catches up as a non-voter.
    public static let catchUp = Citation.thesis("4.2.1")
    /// Thesis 4.2.2: a removed leader steps down; a non-member does not campaign.
    public static let removedServers = Citation.thesis("4.2.2")
    /// Thesis 4.2.3: servers that heard from a leader refuse disruptive votes.
    public static let disruptiveServers = Citation.thesis("4.2.3")
    /// Thesis 6.4: ReadIndex, linearizable reads without the log.
    public static let readIndex = Citation.thesis("6.4")
    /// Thesis 6.4.1: the leader's lease.
    public static let lease = Citation.thesis("6.4.1")

    /// A rule broken on purpose, by its name in `UnsafeRules.named`.
    static func broken(_ rule: UnsafeRules) -> Citation { .broken(rule.names[0]) }

    /// `vote_without_log_check` (breaks 5.4.1).
    public static let unsafeVoteWithoutLogCheck = Citation.broken(.voteWithoutLogCheck)
    /// `commit_old_terms` (breaks 5.4.2).
    public static let unsafeCommitOldTerms = Citation.broken(.commitOldTerms)
    /// `write_without_quorum` (breaks 5.3).
    public static let unsafeWriteWithoutQuorum = Citation.broken(.writeWithoutQuorum)
    /// `vote_twice` (breaks 5.2).
    public static let unsafeVoteTwice = Citation.broken(.voteTwice)
    /// `leader_overwrites` (breaks leader append-only).
    public static let unsafeLeaderOverwrites = Citation.broken(.leaderOverwrites)
    /// `append_without_log_check` (breaks 5.3).
    public static let unsafeAppendWithoutLogCheck = Citation.broken(.appendWithoutLogCheck)
    /// `snapshot_uncommitted` (breaks 7).
    public static let unsafeSnapshotUncommitted = Citation.broken(.snapshotUncommitted)
    /// `lease_ignores_clock` (breaks thesis 6.4.1).
    public static let unsafeLeaseIgnoresClock = Citation.broken(.leaseIgnoresClock)
    /// `change_without_commit` (breaks thesis 4.1).
    public static let unsafeChangeWithoutCommit = Citation.broken(.changeWithoutCommit)
}

/// Raft's citations together: every one, which unsafe rule each broken-rule citation names,
/// and what each means in every language (the explain overlay's text).
public enum RaftRules {
    /// Every rule Raft's text can cite.
    public static let all: [Citation] = [
        .terms, .leaderElection, .logReplication, .safety, .electionRestriction, .commitOwnTerm,
        .safetyArgument, .noOp, .figure2, .figure3, .figure8, .preVote, .checkQuorum,
        .logCompaction, .figure13, .leadershipTransfer, .membership, .catchUp, .removedServers, .disruptiveServers,
        .readIndex, .lease,
    ] + unsafeRules.map(\.citation)

    /// Each unsafe rule and its citation, in the order tags list them.
    public static let unsafeRules: [(rule: UnsafeRules, citation: Citation)] = [
        (.voteWithoutLogCheck, .unsafeVoteWithoutLogCheck),
        (.commitOldTerms, .unsafeCommitOldTerms),
        (.writeWithoutQuorum, .unsafeWriteWithoutQuorum),
        (.voteTwice, .unsafeVoteTwice),
        (.leaderOverwrites, .unsafeLeaderOverwrites),
        (.appendWithoutLogCheck, .unsafeAppendWithoutLogCheck),
        (.snapshotUncommitted, .unsafeSnapshotUncommitted),
        (.leaseIgnoresClock, .unsafeLeaseIgnoresClock),
        (.changeWithoutCommit, .unsafeChangeWithoutCommit),
    ]

    /// Each unsafe rule in words, for the learner (never its name in the format).
    public static func words(_ rule: UnsafeRules) -> Phrase {
        switch rule {
        case .voteWithoutLogCheck: Phrase(en: "votes without the log check", ko: "로그 검사 없이 투표")
        case .commitOldTerms: Phrase(en: "commits old-term entries by counting", ko: "이전 임기 항목을 복제본 수만 세어 커밋")
        case .writeWithoutQuorum: Phrase(en: "acknowledges writes without a majority", ko: "과반수 없이 쓰기에 확인 응답")
        case .voteTwice: Phrase(en: "votes twice in a term", ko: "한 임기에 두 번 투표")
        case .leaderOverwrites: Phrase(en: "a leader overwrites its own log", ko: "리더가 자기 로그를 덮어씀")
        case .appendWithoutLogCheck: Phrase(en: "appends without the log check", ko: "로그 검사 없이 항목 추가")
        case .snapshotUncommitted: Phrase(en: "snapshots uncommitted entries", ko: "커밋되지 않은 항목까지 스냅샷")
        case .leaseIgnoresClock: Phrase(en: "serves lease reads without checking the clock", ko: "시계를 보지 않고 리스 읽기에 응답")
        case .changeWithoutCommit: Phrase(en: "changes membership before the last change commits", ko: "이전 멤버십 변경이 커밋되기 전에 또 변경")
        default: Phrase(en: "a rule broken on purpose", ko: "일부러 깬 규칙")
        }
    }

    /// The words of every unsafe rule in `rules`, in the format's order.
    public static func words(of rules: UnsafeRules) -> [Phrase] {
        UnsafeRules.named.filter { rules.contains($0.rule) }.map { words($0.rule) }
    }

    /// A rule's tag as the learner reads it: "Figure 8" / "그림 8"; a broken rule by its words
    /// ("broken on purpose: votes twice in a term"); sections as they are ("5.4.1").
    public static func shownTag(of rule: Citation) -> Phrase {
        if rule.source == .unsafeRule, let entry = UnsafeRules.named.first(where: { $0.name == rule.section }) {
            let words = words(entry.rule)
            return Phrase(en: "broken on purpose: \(words.en)", ko: "일부러 깬 규칙: \(words.ko)")
        }
        return rule.shownTag
    }

    /// The citations of the unsafe rules in `rules`, in the order of `unsafeRules`.
    public static func broken(_ rules: UnsafeRules) -> [Citation] {
        unsafeRules.filter { rules.contains($0.rule) }.map(\.citation)
    }

    /// What `rule` means, without its tag; nil for a rule Raft's text never cites.
    public static func meaning(of rule: Citation) -> Phrase? {
        if rule.source == .unsafeRule {
            return unsafeRules.contains { $0.citation == rule } ? brokenRule : nil
        }
        return meanings[rule]
    }

    /// Any unsafe rule: the option broke it; the monitor reports what follows.
    static let brokenRule = Phrase(
        en: "a deliberately broken rule (options, o) decided this; the safety monitor reports the damage.",
        ko: "일부러 깬 규칙(옵션 o)이 이 결정을 내렸습니다. 안전성 모니터가 그 피해를 보고합니다.")

    static let meanings: [Citation: Phrase] = [
        .terms: Phrase(
            en: "terms. A node that sees a higher term adopts it and becomes a follower; messages of older terms are refused.",
            ko: "임기. 더 높은 임기를 본 노드는 그 임기를 받아들이고 팔로워가 됩니다. 낮은 임기의 메시지는 거절됩니다."),
        .leaderElection: Phrase(
            en: "leader election. A timed-out node becomes candidate, votes for itself and asks the others; "
                + "one vote per node per term; a majority, floor(N/2)+1, wins; heartbeats keep followers from timing out.",
            ko: "리더 선출. 타이머가 만료된 노드는 후보가 되어 자신에게 투표하고 다른 노드에 표를 요청합니다. "
                + "노드마다 임기당 한 표, 전체 노드의 절반보다 많은 표(과반수)를 얻으면 리더가 되고, 하트비트가 팔로워의 타이머 만료를 막습니다."),
        .logReplication: Phrase(
            en: "log replication. The leader sends entries with the index and term of the entry before them; "
                + "a follower accepts only if its log matches there. An entry stored on a majority is committed.",
            ko: "로그 복제. 리더는 새 항목과 함께 바로 앞 항목의 인덱스와 임기를 보내고, 팔로워는 그 위치의 로그가 일치할 때만 받아들입니다. "
                + "과반수에 저장된 항목은 커밋됩니다."),
        .safety: Phrase(
            en: "safety. A leader holds every entry committed before its term.",
            ko: "안전성. 리더는 자기 임기 전에 커밋된 모든 항목을 갖고 있습니다."),
        .electionRestriction: Phrase(
            en: "election restriction. A node votes only for a candidate whose log is at least as up to date "
                + "as its own: a higher last term, or the same last term and at least as long.",
            ko: "선출 제한. 노드는 자기 로그보다 뒤처지지 않은 후보에게만 투표합니다. "
                + "마지막 임기가 더 높거나, 같으면 로그가 같거나 더 길어야 합니다."),
        .commitOwnTerm: Phrase(
            en: "a leader commits only entries of its own term by counting replicas; "
                + "earlier entries are committed together with them (Figure 8).",
            ko: "리더는 자기 임기의 항목만 복제본 수를 세어 커밋하고, 이전 임기의 항목은 그와 함께 커밋됩니다(그림 8)."),
        .safetyArgument: Phrase(
            en: "the safety argument. It proves leader completeness (a committed entry is in the log of every later leader); "
                + "state machine safety follows: no two nodes apply different entries at the same index.",
            ko: "안전성 논증. 리더 완전성(커밋된 항목은 이후 모든 리더의 로그에 있음)을 증명하고, 여기서 상태 머신 안전성이 나옵니다. "
                + "같은 인덱스에 서로 다른 항목을 적용하는 두 노드는 없습니다."),
        .figure2: Phrase(
            en: "the rules every server follows: RPC fields, persistent and volatile state.",
            ko: "모든 서버가 따르는 규칙: RPC 필드, 디스크에 두는 상태와 메모리에 두는 상태."),
        .figure3: Phrase(
            en: "the properties Raft guarantees at all times: election safety, leader append-only, log matching, "
                + "leader completeness and state machine safety.",
            ko: "Raft가 언제나 보장하는 성질: 선출 안전성, 리더 추가 전용, 로그 일치, 리더 완전성, 상태 머신 안전성."),
        .figure8: Phrase(
            en: "why an old-term entry stored on a majority can still be overwritten.",
            ko: "과반수에 저장된 이전 임기 항목도 덮어쓰일 수 있는 이유."),
        .noOp: Phrase(
            en: "no-op. A new leader appends an empty entry of its own term, so it can commit what it inherited.",
            ko: "빈 항목. 새 리더는 자기 임기의 빈 항목을 추가해 물려받은 항목까지 커밋할 수 있게 합니다."),
        .preVote: Phrase(
            en: "Raft thesis 9.6. Before raising its term a node asks whether it could win; nodes that heard "
                + "from a leader recently say no, so a node cut off from the cluster cannot disrupt it.",
            ko: "Raft 논문 9.6. 임기를 올리기 전에 이길 수 있는지 먼저 묻습니다. 최근 리더의 연락을 받은 노드는 거절하므로, "
                + "고립되었던 노드가 클러스터를 흔들 수 없습니다."),
        .checkQuorum: Phrase(
            en: "a leader that has not heard from a majority within an election timeout steps down.",
            ko: "선거 타임아웃 동안 과반수의 연락을 받지 못한 리더는 스스로 물러납니다."),
        .logCompaction: Phrase(
            en: "log compaction. A node writes its applied state as a snapshot, with the index and term of the last "
                + "entry it includes, and discards the entries up to there; a restart begins from the snapshot.",
            ko: "로그 압축. 노드는 적용한 상태를 스냅샷으로 저장하고(마지막으로 포함한 항목의 인덱스와 임기 포함) "
                + "그 인덱스까지의 항목을 버립니다. 재시작하면 스냅샷에서 시작합니다."),
        .figure13: Phrase(
            en: "InstallSnapshot. A leader that no longer has the entries a follower needs sends its snapshot instead; "
                + "the follower keeps the entries after it if its log holds the snapshot's last entry, else replaces its log.",
            ko: "InstallSnapshot. 팔로워에게 필요한 항목을 이미 버린 리더는 대신 스냅샷을 보냅니다. 팔로워는 스냅샷의 "
                + "마지막 항목을 가지고 있으면 그 뒤 항목을 남기고, 아니면 로그 전체를 스냅샷으로 바꿉니다."),
        .leadershipTransfer: Phrase(
            en: "leadership transfer. The leader stops taking writes, brings the target up to date, then sends it "
                + "TimeoutNow: the target starts an election at once, and voters grant it even while they hear from the leader.",
            ko: "리더십 이전. 리더는 쓰기를 멈추고 대상 노드의 로그를 따라잡게 한 뒤 TimeoutNow를 보냅니다. 대상은 곧바로 "
                + "선거를 시작하고, 투표자들은 리더의 연락을 받고 있어도 이 요청에는 투표합니다."),
        .membership: Phrase(
            en: "membership change one server at a time. A configuration is a log entry, in force as soon as it is in "
                + "a log; a leader starts a new change only after the previous one commits, and after its own term's first commit.",
            ko: "한 번에 한 서버씩 바꾸는 멤버십 변경. 구성은 로그 항목이고 로그에 들어가는 즉시 효력이 있습니다. 리더는 "
                + "이전 변경이 커밋되고 자기 임기의 항목을 처음 커밋한 뒤에야 새 변경을 시작합니다."),
        .catchUp: Phrase(
            en: "a new server first catches up as a non-voter: it gets entries but does not vote or count, "
                + "so adding it does not stall commits.",
            ko: "새 서버는 먼저 투표권 없는 노드로 로그를 따라잡습니다. 항목은 받지만 투표하거나 과반수에 세어지지 않으므로, "
                + "추가해도 커밋이 멈추지 않습니다."),
        .removedServers: Phrase(
            en: "a node outside its own configuration never starts an election; a leader that removed itself "
                + "leads until that configuration commits, then steps down.",
            ko: "자기 구성에 속하지 않은 노드는 선거를 시작하지 않습니다. 자신을 제거한 리더는 그 구성이 커밋될 때까지 "
                + "이끈 뒤 물러납니다."),
        .disruptiveServers: Phrase(
            en: "a node that heard from a leader within the minimum election timeout refuses votes that would "
                + "disrupt it (here: from non-members, and with CheckQuorum and Pre-Vote, any vote).",
            ko: "최소 선거 타임아웃 안에 리더의 연락을 받은 노드는 리더를 흔드는 투표 요청을 거절합니다 "
                + "(여기서는 구성 밖 노드의 요청, 그리고 CheckQuorum과 Pre-Vote가 모두 켜져 있으면 모든 요청)."),
        .readIndex: Phrase(
            en: "ReadIndex. The leader notes its commit index, checks with a round of heartbeats that a majority "
                + "still follows it, waits until it has applied that index, then answers: the read sees every acknowledged write.",
            ko: "ReadIndex. 리더는 커밋 인덱스를 기록하고, 하트비트 한 차례로 과반수가 아직 자신을 따르는지 확인한 뒤, "
                + "그 인덱스까지 적용하고 나서 응답합니다. 읽기는 확인 응답된 모든 쓰기를 봅니다."),
        .lease: Phrase(
            en: "the lease. While a majority acknowledged its heartbeats within the minimum election timeout, no "
                + "other leader can exist, so the leader answers at once; this trusts clocks to run at the same rate.",
            ko: "리스. 최소 선거 타임아웃 안에 과반수가 하트비트에 응답했다면 다른 리더가 있을 수 없으므로 리더가 곧바로 "
                + "응답합니다. 시계가 같은 빠르기로 간다고 믿는 방식입니다."),
    ]
}
