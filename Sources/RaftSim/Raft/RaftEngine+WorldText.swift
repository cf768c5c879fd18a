import RaftCore

/// The world's own events in Raft's words: what a crash loses and keeps (Figure 2's
/// persistent and volatile state), terms and indexes.
extension RaftEngine {
    public static func crashed(_ n: NodeID, _ d: Describer) -> String {
        d.pick("\(d.name(n)) crashes: it loses its volatile state (role, commit index, votes received) and keeps its term, the vote it cast and its log",
               "\(d.name(n, .subject)) 다운됩니다: 메모리에 있던 역할, 커밋 인덱스, 받은 표는 잃고, 디스크의 임기, 투표, 로그는 남습니다")
    }

    public static func restarted(_ n: NodeID, _ d: Describer) -> String {
        d.pick("\(d.name(n)) restarts as a follower from its term, vote and log; its commit index starts again at 0",
               "\(d.name(n, .subject)) 저장된 임기, 투표, 로그로 재시작해 팔로워가 됩니다. 커밋 인덱스는 0부터 다시 시작합니다")
    }

    public static func consumed(from n: NodeID, count: Int, through index: Int, _ d: Describer) -> String {
        d.pick("consumer reads \(count) \(count == 1 ? "entry" : "entries") from \(d.name(n)), through index \(index) (its high watermark)",
               "컨슈머가 \(d.name(n))에서 항목 \(count)개를 읽습니다: 인덱스 \(index)(하이 워터마크)까지")
    }

    public static func period(_ n: Int, _ d: Describer) -> String { d.pick("term \(n)", "임기 \(n)") }
    public static func place(_ index: Int, _ d: Describer) -> String { d.pick("index \(index)", "인덱스 \(index)") }
}
