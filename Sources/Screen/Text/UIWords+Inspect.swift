import Picture

/// The inspect overlay (`i`): a node's durable and volatile state, in English and Korean.
extension UIWords {
    func inspectTitle(_ name: String) -> String { pick("Inspect \(name)", "\(name) 살펴보기") }
    var durable: String { pick("Disk: kept in a crash", "디스크: 다운돼도 남음") }
    var volatile: String { pick("Memory: lost in a crash", "메모리: 다운되면 사라짐") }
    var volatileLost: String { pick("lost: the node is crashed", "없음: 노드가 다운된 상태") }
    var term: String { pick("term", "임기") }
    var votedFor: String { pick("voted for", "투표한 노드") }
    var logWord: String { pick("log", "로그") }
    var roleWord: String { pick("role", "역할") }
    var leaderWord: String { pick("leader", "리더") }
    var unknown: String { pick("unknown", "모름") }
    var commitWord: String { pick("commit index (high watermark)", "커밋 인덱스 (하이 워터마크)") }
    var applied: String { pick("applied index", "적용 인덱스") }
    var votes: String { pick("votes", "받은 표") }
    var timer: String { pick("timer", "타이머") }
    var entriesWord: String { pick("entries", "항목") }
    var peers: String { pick("Per peer (leader's view)", "피어별 (리더 기준)") }
    var kvState: String { pick("Applied key/value state", "적용된 키/값 상태") }
    var empty: String { pick("(empty)", "(비어 있음)") }
    var snapshotWord: String { pick("snapshot", "스냅샷") }
    var configurationWord: String { pick("configuration", "구성") }

    /// "through index 5 (term 2); entries up to it discarded".
    func snapshotSummary(_ index: Int, term: Int) -> String {
        pick("through index \(index) (term \(term)); the entries up to it are discarded",
             "인덱스 \(index)까지 (임기 \(term)). 그 인덱스까지의 항목은 버려짐")
    }

    /// "5 entries, last term 2".
    func logSummary(count: Int, lastTerm: Int) -> String {
        count == 0 ? pick("empty", "비어 있음")
                   : pick("\(count) \(count == 1 ? "entry" : "entries"), last term \(lastTerm)",
                          "항목 \(count)개, 마지막 임기 \(lastTerm)")
    }

    /// "2 granted (Neptune, Saturn), 1 refused (Jupiter)".
    func votes(granted: [String], refused: [String]) -> String {
        let g = granted.joined(separator: ", ")
        let r = refused.joined(separator: ", ")
        return pick("\(granted.count) granted (\(g)), \(refused.count) refused (\(r))",
                    "찬성 \(granted.count) (\(g)), 거절 \(refused.count) (\(r))")
    }

    /// "election in 120 ms (of 250)".
    func electionTimer(left: Int, of total: Int) -> String {
        pick("election timer fires in \(left) ms (of \(total))", "선거 타이머 \(left)ms 후 만료 (전체 \(total)ms)")
    }

    /// "heartbeat in 20 ms".
    func heartbeatTimer(left: Int) -> String { pick("next heartbeat in \(left) ms", "다음 하트비트 \(left)ms 후") }

    /// "Saturn: next 6, match 5".
    func peer(_ name: String, next: Int, match: Int) -> String {
        pick("\(name): next \(next), match \(match)", "\(name): 다음 \(next), 일치 \(match)")
    }
}
