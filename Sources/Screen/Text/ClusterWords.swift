import RaftCore
import RaftSim

/// The words of the cluster view and the space-time diagram, in English and Korean. Roles,
/// their glyphs and tints come from `UIWords`; whole messages from RaftSim's `Describer`.
struct ClusterWords: Sendable {
    let lang: Lang

    init(_ lang: Lang) { self.lang = lang }

    func pick(_ en: String, _ ko: String) -> String { lang == .en ? en : ko }

    // MARK: - Cards

    /// The label of a card's durable part (survives a crash) and of its volatile part.
    var disk: String { pick("disk", "디스크") }
    var memory: String { pick("memory", "메모리") }

    func term(_ t: Int) -> String { pick("term \(t)", "임기 \(t)") }
    /// The short form on compact cards: "t2" / "임기2".
    func shortTerm(_ t: Int) -> String { pick("t\(t)", "임기\(t)") }
    /// Voted-for ("–" for nobody).
    func vote(_ name: String?) -> String { pick("vote ", "투표 ") + (name ?? "–") }
    /// Log length and last term: "log 5 · last term 2" / "로그 5 마지막 임기 2".
    func log(_ count: Int, lastTerm: Int) -> String {
        if count == 0 { return pick("log empty", "로그 비어 있음") }
        return pick("log \(count) · last term \(lastTerm)", "로그 \(count) 마지막 임기 \(lastTerm)")
    }
    /// The same, shorter, for narrow cards.
    func narrowLog(_ count: Int, lastTerm: Int) -> String {
        if count == 0 { return pick("log empty", "빈 로그") }
        return pick("log \(count) · last t\(lastTerm)", "로그 \(count), 끝 임기 \(lastTerm)")
    }
    func shortLog(_ count: Int) -> String { pick("log \(count)", "로그 \(count)") }
    func commit(_ index: Int) -> String { pick("commit \(index)", "커밋 \(index)") }
    func shortCommit(_ index: Int) -> String { pick("c\(index)", "커밋\(index)") }
    /// The election timer's label before its bar.
    var timer: String { pick("timer", "타이머") }
    /// The leader a follower knows ("no leader" when none).
    func follows(_ name: String?) -> String {
        guard let name else { return pick("no leader known", "아는 리더 없음") }
        return pick("leader \(name)", "리더 \(name)")
    }
    /// A candidate's votes: granted, refused, still awaited ("✓2 ✗0 ?1").
    func votes(granted: Int, refused: Int, pending: Int) -> String { "✓\(granted) ✗\(refused) ?\(pending)" }
    /// The votes a candidate needs: a majority.
    func need(_ majority: Int) -> String { pick("need \(majority)", "과반수 \(majority)") }
    /// A leader's match index per follower, in node order.
    var match: String { pick("match", "일치") }
    /// What a crash wiped.
    var wiped: String { pick("volatile state lost", "휘발성 상태 잃음") }
    func milliseconds(_ ms: Int) -> String { "\(ms)ms" }

    // MARK: - Messages

    /// A message's short label: its kind as text, never by colour alone.
    func label(_ m: Message) -> String {
        switch m.body {
        case .requestVote(_, _, let pre): return pre ? "PV" : "RV"
        case let .voteReply(granted, pre): return (pre ? "P" : "") + (granted ? "✓" : "✗")
        case .appendEntries(_, _, let entries, _): return entries.isEmpty ? "HB" : "AE\(entries.count)"
        case .appendReply(let success, _, _, _, _): return success ? pick("ok", "수락") : pick("no", "거절")
        }
    }

    /// The legend of message labels and link marks, most useful first.
    var legend: [String] {
        lang == .en
            ? ["RV RequestVote", "AE3 3 entries", "HB heartbeat", "✓/✗ vote granted/refused", "ok/no append reply",
               "PV pre-vote", "~ slow link", "╳ cut link"]
            : ["RV 투표 요청", "AE3 항목 3개", "HB 하트비트", "✓/✗ 투표 찬성/거절",
               "수락/거절 응답", "PV 사전 투표", "~ 느린 링크", "╳ 끊긴 링크"]
    }

    // MARK: - Space-time diagram

    var time: String { pick("time", "시간") }
    /// The diagram's scale: "1 row = 5 ms".
    func perRow(_ ms: Int) -> String { pick("1 row = \(ms) ms", "한 줄 = \(ms)ms") }
    /// What the marks on a lane mean.
    var laneMarks: [String] {
        lang == .en
            ? ["✕ crash", "○ restart", "◆ election", "★ leader", "┊ down", "▸ arrives"]
            : ["✕ 다운", "○ 재시작", "◆ 선거 시작", "★ 리더", "┊ 다운 중", "▸ 도착"]
    }
}
