import Picture

/// The words of the cluster view and the space-time diagram, in English and Korean. Roles,
/// their glyphs and tints come from `UIWords`; message labels and their legend from the
/// engine, through the picture.
struct ClusterWords: Sendable {
    let lang: Lang

    init(_ lang: Lang) { self.lang = lang }

    func pick(_ en: String, _ ko: String) -> String { Phrase(en: en, ko: ko)[lang] }

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

    /// What the link marks mean, after the engine's message labels.
    var linkMarks: [String] { [pick("~ slow link", "~ 느린 링크"), pick("╳ cut link", "╳ 끊긴 링크")] }

    // MARK: - Space-time diagram

    var time: String { pick("time", "시간") }
    /// The diagram's scale: "1 row = 5 ms".
    func perRow(_ ms: Int) -> String { pick("1 row = \(ms) ms", "한 줄 = \(ms)ms") }
    /// What the marks on a lane mean.
    var laneMarks: [String] {
        [pick("✕ crash", "✕ 다운"), pick("○ restart", "○ 재시작"), pick("◆ election", "◆ 선거 시작"),
         pick("★ leader", "★ 리더"), pick("┊ down", "┊ 다운 중"), pick("▸ arrives", "▸ 도착")]
    }
}
