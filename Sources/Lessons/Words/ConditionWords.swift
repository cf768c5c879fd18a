import KafkaCore
import RaftCore
import RaftSim

/// A CONDITION in words, for the learner (issue 11, "Nothing raw"): one clause per key, nodes
/// of a per-node key that ask for the same value in one clause ("Neptune, Saturn and Jupiter
/// have commit index 1"), in the format's key order. `raftlab check` keeps the format's own
/// text (`ConditionEvaluator.mismatches`), which is for authors.
public enum ConditionWords {
    /// The clauses of `c`, its nodes named by `names`; `within` is not a clause.
    public static func clauses(_ c: Condition, names: [String]) -> [Clause] {
        var out: [Clause] = []
        if let leader = c.leader { out.append(self.leader(leader, names)) }
        for (roles, ids) in grouped(c.role) { out.append(role(roles, ids.map { names[$0] })) }
        for (match, ids) in grouped(c.term) { out.append(number(match, ids.map { names[$0] }, .term)) }
        for (vote, ids) in grouped(c.votedFor) { out.append(votedFor(vote.map { names[$0] }, ids.map { names[$0] })) }
        for (terms, ids) in grouped(c.log) { out.append(log(terms, ids.map { names[$0] }, c.mode)) }
        for (match, ids) in grouped(c.commit) { out.append(number(match, ids.map { names[$0] }, .commit)) }
        if let value = c.committed { out.append(committed(ShownText.escaped(value), c.mode)) }
        for (match, ids) in grouped(c.applied) { out.append(number(match, ids.map { names[$0] }, .applied)) }
        for (match, ids) in grouped(c.match) { out.append(number(match, ids.map { names[$0] }, c.mode == .kafka ? .leoRecord : .match)) }
        if let m = c.inFlight { out.append(count(m, .inFlight)) }
        if let m = c.consumed { out.append(count(m, .consumed)) }
        if let m = c.acked { out.append(count(m, .acked)) }
        if let m = c.lost { out.append(count(m, .lost)) }
        if let m = c.violations { out.append(count(m, .violations)) }
        if let broken = c.violated { out.append(violated(broken)) }
        return out + extensionClauses(c, names: names) + kafkaClauses(c, names: names)
    }

    /// "until Saturn leads (at most 3 s)" / "Saturn이 리더가 될 때까지 (최대 3초)".
    public static func until(_ c: Condition, names: [String]) -> Phrase {
        Clause.until(clauses(c, names: names))
    }

    /// The entries of a per-node map grouped by value, in the order first written.
    static func grouped<V: Equatable>(_ items: [PerNode<V>]?) -> [(V, [NodeID])] {
        var out: [(V, [NodeID])] = []
        for item in items ?? [] {
            if let k = out.firstIndex(where: { $0.0 == item.value }) { out[k].1.append(item.node) } else { out.append((item.value, [item.node])) }
        }
        return out
    }

    // MARK: - Keys

    static func leader(_ match: LeaderMatch, _ names: [String]) -> Clause {
        switch match {
        case .node(let id):
            let n = names[id]
            return Clause(en: "\(n) leads", koStem: "\(Wording.ko(n, .subject)) 리더가 되", koNoun: "\(Wording.ko(n, .subject)) 리더")
        case .any:
            return Clause(en: "some node leads", koStem: "리더가 나오", koNoun: "리더 있음")
        case .none:
            return Clause(en: "no node leads", koStem: "리더가 없어지", koNoun: "리더 없음")
        case .oneOf(let ids):
            let list = ids.map { names[$0] }
            let ko = Wording.ko(list.joined(separator: " 또는 "), .subject)
            return Clause(en: "\(Wording.either(list)) leads", koStem: "\(ko) 리더가 되", koNoun: "\(ko) 리더")
        }
    }

    /// A role as a noun: "a candidate" / "candidates" / "후보"; nil is crashed.
    static func roleNoun(_ role: Role?, plural: Bool) -> Phrase? {
        guard let role else { return nil }
        let en = role.word.en
        return Phrase(en: plural ? en + "s" : (role == .leader ? "the leader" : "a \(en)"), ko: role.word.ko)
    }

    static func role(_ roles: [Role?], _ nodes: [String]) -> Clause {
        let plural = nodes.count > 1
        let nouns = roles.compactMap { roleNoun($0, plural: plural) }
        let crashed = roles.contains { $0 == nil }
        let subject = Wording.list(nodes)
        let be = plural ? "are" : "is"
        var en = nouns.isEmpty ? "" : "\(subject) \(be) \(Wording.either(nouns.map(\.en)))"
        if crashed { en += nouns.isEmpty ? "\(subject) \(be) crashed" : " or crashed" }
        let who = Wording.ko(Wording.koList(nodes), .subject) + (plural ? " 모두" : "")
        let roleKo = nouns.map(\.ko).joined(separator: " 또는 ")
        let koStem: String, koNoun: String
        switch (nouns.isEmpty, crashed) {
        case (true, _):
            koStem = "\(who) 다운되"
            koNoun = "\(who) 다운됨"
        case (false, true):
            koStem = "\(who) \(Wording.ko(roleKo, .subject)) 되거나 다운되"
            koNoun = "\(who) \(roleKo) 또는 다운됨"
        case (false, false):
            koStem = "\(who) \(Wording.ko(roleKo, .subject)) 되"
            koNoun = "\(who) \(roleKo)"
        }
        return Clause(en: en, koStem: koStem, koNoun: koNoun)
    }

    /// The per-node numbers a condition can name.
    enum Number {
        /// `leoRecord`: kafka mode's `match`, the leader's record of a follower's LEO; `snapshot`:
        /// the last index a node's snapshot includes (paper 7).
        case term, commit, applied, match, hw, leo, leoRecord, snapshot

        /// Said as what the leader knows of a node (`match` in either mode).
        var isLeadersRecord: Bool { self == .match || self == .leoRecord }

        var words: Phrase {
            switch self {
            case .hw: Phrase(en: "high watermark (HW)", ko: "하이 워터마크 (HW)")
            case .leo: Phrase(en: "log end offset (LEO)", ko: "로그 끝 오프셋 (LEO)")
            case .term: Phrase(en: "term", ko: "임기")
            case .commit: Phrase(en: "commit index", ko: "커밋 인덱스")
            case .applied: Phrase(en: "applied index", ko: "적용 인덱스")
            case .match: Phrase(en: "match index", ko: "일치 인덱스")
            case .leoRecord: Phrase(en: "record of the LEO", ko: "LEO")
            case .snapshot: Phrase(en: "last included index", ko: "스냅샷 마지막 포함 인덱스")
            }
        }
    }

    static func number(_ match: NumberMatch, _ nodes: [String], _ what: Number) -> Clause {
        let amount = Wording.amount(match)
        let words = what.words
        var en = "\(Wording.possessive(nodes, words.en)) is \(amount.en)"
        var owner = Wording.koList(nodes) + "의 "
        if what.isLeadersRecord {
            en = "the leader's \(words.en) for \(Wording.list(nodes)) is \(amount.en)"
            owner = "리더가 아는 " + owner
        }
        if what == .snapshot {
            en = "the last included index of \(Wording.possessive(nodes, nodes.count > 1 ? "snapshots" : "snapshot")) is \(amount.en)"
        }
        return Clause(en: en, koStem: "\(owner)\(Wording.ko(words.ko, .subject)) \(Wording.becomes(match))",
                      koNoun: "\(owner)\(words.ko) \(amount.ko)")
    }

    static func votedFor(_ vote: String?, _ nodes: [String]) -> Clause {
        let who = Wording.list(nodes)
        let have = nodes.count > 1 ? "have" : "has"
        let koWho = Wording.koList(nodes)
        guard let vote else {
            return Clause(en: "\(who) \(have) not voted in the current term",
                          koStem: "\(Wording.ko(koWho, .subject)) 이번 임기에 아직 투표하지 않은 상태가 되",
                          koNoun: "\(koWho)의 이번 임기 표 없음")
        }
        return Clause(en: "\(who) \(have) voted for \(vote) in the current term",
                      koStem: "\(Wording.ko(koWho, .subject)) 이번 임기에 \(vote)에게 투표하",
                      koNoun: "\(koWho)의 이번 임기 표: \(vote)")
    }

    /// "entries of terms 1, 1, 2", "one entry, of term 1" / "임기 1, 1, 2의 항목", "임기 1의 항목 하나";
    /// in kafka mode "records of epochs 1, 1, 2" / "에포크 1, 1, 2의 레코드".
    static func terms(_ terms: [Int], _ mode: ClusterMode = .raft) -> Phrase {
        let (item, items, itemKo, of, ofs, ofKo) = mode == .kafka
            ? ("record", "records", "레코드", "epoch", "epochs", "에포크") : ("entry", "entries", "항목", "term", "terms", "임기")
        guard terms.count != 1 else { return Phrase(en: "one \(item), of \(of) \(terms[0])", ko: "\(ofKo) \(terms[0])의 \(itemKo) 하나") }
        let list = terms.map(String.init).joined(separator: ", ")
        return Phrase(en: "\(items) of \(ofs) \(list)", ko: "\(ofKo) \(list)의 \(itemKo)")
    }

    static func log(_ terms: [Int], _ nodes: [String], _ mode: ClusterMode = .raft) -> Clause {
        let log = Wording.possessive(nodes, nodes.count > 1 ? "logs" : "log")
        let owner = Wording.koList(nodes) + "의 로그"
        guard !terms.isEmpty else {
            return Clause(en: "\(log) \(nodes.count > 1 ? "are" : "is") empty", koStem: "\(owner)가 비게 되", koNoun: "\(owner) 비어 있음")
        }
        let held = self.terms(terms, mode)
        return Clause(en: "\(log) \(nodes.count > 1 ? "hold" : "holds") exactly \(held.en)",
                      koStem: "\(owner)가 \(Wording.ko(held.ko, .toward)) 채워지", koNoun: "\(owner): \(held.ko)")
    }

    static func committed(_ value: String, _ mode: ClusterMode = .raft) -> Clause {
        guard mode == .kafka else {
            return Clause(en: "the entry \(value) is committed", koStem: "\(value) 항목이 커밋되", koNoun: "\(value) 항목 커밋됨")
        }
        return Clause(en: "the record \(value) is committed (below the HW)", koStem: "\(value) 레코드가 커밋되",
                      koNoun: "\(value) 레코드 커밋됨 (HW 아래)")
    }

    /// The counters a condition can name.
    enum Counter {
        case inFlight, consumed, acked, lost, violations
        /// `reads: {ok, stale, refused}` (raft-extensions.md, "Reads").
        case readsOK, readsStale, readsRefused
    }

    static func count(_ m: NumberMatch, _ what: Counter) -> Clause {
        let (en, ko, unit) = counterWords(m, what)
        return Clause(en: en, koStem: "\(Wording.ko(ko, .subject)) \(Wording.becomes(m, unit: unit))",
                      koNoun: "\(ko) \(Wording.amount(m, unit: unit).ko)")
    }

    /// A counter's English sentence, its Korean name and the Korean counting unit.
    private static func counterWords(_ m: NumberMatch, _ what: Counter) -> (en: String, ko: String, unit: String) {
        switch what {
        case .inFlight:
            (Wording.count(m, "message", "messages", has: "is in flight", have: "are in flight"), "전송 중인 메시지", "개")
        case .consumed:
            (m.op == .eq && m.value == 0 ? "the consumer has read nothing"
                : "the consumer has read \(Wording.amount(m).en) \(m.value == 1 ? "entry" : "entries")", "컨슈머가 읽은 항목", "개")
        case .acked:
            (Wording.count(m, "write", "writes", has: "has been acknowledged", have: "have been acknowledged"), "확인 응답된 쓰기", "개")
        case .lost:
            (Wording.count(m, "acknowledged write", "acknowledged writes", has: "has been lost", have: "have been lost"), "유실된 쓰기", "개")
        case .violations:
            (Wording.count(m, "safety violation", "safety violations", has: "has been reported", have: "have been reported"),
             "안전성 위반", "건")
        case .readsOK:
            (Wording.count(m, "read", "reads", has: "has been answered", have: "have been answered"), "응답받은 읽기", "개")
        case .readsStale:
            (Wording.count(m, "stale read", "stale reads", has: "has been answered", have: "have been answered"),
             "오래된 값으로 응답받은 읽기", "개")
        case .readsRefused:
            (Wording.count(m, "read", "reads", has: "has been refused or gone unanswered",
                           have: "have been refused or gone unanswered"), "거절되거나 응답받지 못한 읽기", "개")
        }
    }

    /// A property in the learner's words ("leader completeness" / "리더 완전성").
    static func property(_ p: SafetyProperty) -> Phrase {
        let en = Describer(names: [], values: [""], lang: .en), ko = Describer(names: [], values: [""], lang: .ko)
        guard KafkaSafety.properties.contains(p) else { return Phrase(en: RaftEngine.name(of: p, en), ko: RaftEngine.name(of: p, ko)) }
        return Phrase(en: KafkaEngine.name(of: p, en), ko: KafkaEngine.name(of: p, ko))
    }

    static func violated(_ broken: [SafetyProperty]) -> Clause {
        let names = broken.map(property)
        let en = Wording.list(names.map(\.en))
        let ko = names.map(\.ko).joined(separator: ", ")
        return Clause(en: "\(en) \(broken.count > 1 ? "have" : "has") been broken", koStem: "\(Wording.ko(ko, .subject)) 깨지",
                      koNoun: "\(ko) 깨짐")
    }
}
