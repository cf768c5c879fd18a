import Picture

/// The words of the cluster view and the space-time diagram, in English and Korean. Roles,
/// their glyphs and tints come from `UIWords`; message labels and their legend from the
/// engine, through the picture. Labels read by themselves ("match 2 · next 3", "2 of 3
/// votes, needs 2"); where a card is too narrow, shorter forms follow, longest first, and the
/// legend (`l`) explains every one.
struct ClusterWords: Sendable {
    let lang: Lang

    init(_ lang: Lang) { self.lang = lang }

    func pick(_ en: String, _ ko: String) -> String { Phrase(en: en, ko: ko)[lang] }

    // MARK: - Cards

    /// The label of a card's durable part (survives a crash) and of its volatile part.
    var disk: String { pick("disk", "디스크") }
    var memory: String { pick("memory", "메모리") }
    /// The two halves explained (Figure 2: persistent and volatile state), under the ring.
    var diskMeaning: String { pick("disk: kept in a crash", "디스크: 다운돼도 남음") }
    var memoryMeaning: String { pick("memory: lost in a crash", "메모리: 다운되면 사라짐") }

    func term(_ t: Int) -> String { pick("term \(t)", "임기 \(t)") }
    /// The short form on compact cards: "t2" / "임기2".
    func shortTerm(_ t: Int) -> String { pick("t\(t)", "임기\(t)") }
    /// Voted-for ("–" for nobody).
    func vote(_ name: String?) -> String { pick("vote ", "투표 ") + (name ?? "–") }
    /// A real member's log as far as it is measured: "log 8 committed" / "로그 8까지 커밋".
    func committedLog(_ count: Int) -> String { pick("log \(count) committed", "로그 \(count)까지 커밋") }
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
    /// The short form where "commit 4" does not fit: "c4" / "커밋4".
    func shortCommit(_ index: Int) -> String { pick("c\(index)", "커밋\(index)") }
    /// The applied index (Figure 2: entries the state machine has carried out).
    func applied(_ index: Int) -> String { pick("applied \(index)", "적용 \(index)") }
    /// A snapshot's last included index and term (paper 7).
    func snapshot(_ index: Int, term: Int) -> String { pick("snapshot \(index) (term \(term))", "스냅샷 \(index) (임기 \(term))") }
    /// A node's configuration by short names (thesis 4.1).
    func voters(_ names: [String]) -> String { pick("voters ", "투표자 ") + names.joined(separator: " ") }
    /// A card's label for a node outside the configuration.
    var nonMember: String { pick("outside", "구성 밖") }
    /// The read mode beside acks (raft-extensions.md, "Reads").
    func readMode(_ mode: ReadMode) -> String {
        switch mode {
        case .readIndex: "ReadIndex"
        case .lease: pick("lease", "리스")
        case .local: pick("local", "로컬")
        }
    }
    /// "read ReadIndex": the header's read mode.
    func readWithMode(_ mode: ReadMode) -> String { pick("read ", "읽기 ") + readMode(mode) }
    /// Client reads: answered, stale among them, refused.
    func reads(_ r: ReadsPicture) -> [String] {
        let stale = r.stale > 0 ? [pick("stale \(r.stale)", "오래된 값 \(r.stale)")] : []
        let refused = r.refused > 0 ? [pick("refused \(r.refused)", "거절 \(r.refused)")] : []
        return [pick("reads \(r.ok) · stale \(r.stale) · refused \(r.refused)", "읽기 \(r.ok) · 오래된 값 \(r.stale) · 거절 \(r.refused)"),
                ([pick("reads \(r.ok)", "읽기 \(r.ok)")] + stale + refused).joined(separator: " · "),
                ([pick("reads \(r.ok)", "읽기 \(r.ok)")] + stale + refused).joined(separator: "·")]
    }
    /// The election timer's label before its bar.
    var timer: String { pick("timer", "타이머") }
    /// The leader a follower knows ("no leader" when none).
    func follows(_ name: String?) -> String {
        guard let name else { return pick("no leader known", "아는 리더 없음") }
        return pick("leader \(name)", "리더 \(name)")
    }

    /// A candidate's votes, longest first: granted out of all voters and the majority it
    /// needs ("2 of 3 votes, needs 2"), with the refusals while there is room (5.2).
    func votes(granted: Int, refused: Int, of total: Int, needed: Int) -> [String] {
        let g = granted, n = total, q = needed
        var out: [String] = []
        if refused > 0 {
            out.append(pick("\(g) of \(n) votes, needs \(q), \(refused) refused",
                            "\(n)표 중 \(g)표, \(q)표 필요, 거절 \(refused)"))
        }
        out.append(pick("\(g) of \(n) votes, needs \(q)", "\(n)표 중 \(g)표, \(q)표 필요"))
        out.append(pick("\(g) of \(n), needs \(q)", "\(n)표 중 \(g)표, \(q) 필요"))
        out.append(pick("\(g)/\(n) need \(q)", "\(g)/\(n)표·\(q)표 필요"))
        return out
    }

    /// A leader's match and next index for its followers (Figure 2, "Volatile state on
    /// leaders"): one value when they agree, else the lowest and highest ("match 2–4").
    func progress(match: ClosedRange<Int>, next: ClosedRange<Int>) -> [String] {
        let m = span(match), n = span(next)
        return [pick("match \(m) · next \(n)", "일치 \(m) · 다음 \(n)"), pick("m\(m) n\(n)", "일치\(m) 다음\(n)")]
    }

    /// One follower's match and next index, as its leader records them.
    func progress(match: Int, next: Int) -> String { pick("match \(match) · next \(next)", "일치 \(match) · 다음 \(next)") }

    func span(_ r: ClosedRange<Int>) -> String { r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)–\(r.upperBound)" }

    /// What a crash wiped, longest first.
    var wiped: [String] { [pick("memory lost in the crash", "메모리 내용이 사라짐"), pick("memory lost", "메모리 사라짐")] }
    func milliseconds(_ ms: Int) -> String { "\(ms)ms" }

    // MARK: - Links, groups and the client

    /// What the link marks mean.
    var slowLink: String { pick("~ slow link", "~ 느린 링크") }
    var cutLink: String { pick("╳ cut link", "╳ 끊긴 링크") }
    /// The last item under the ring: where every mark is explained.
    var legendKey: String { pick("l: every mark explained", "l: 모든 표시 설명") }

    /// The groups of a partition: "can talk: Neptune, Saturn | Jupiter".
    func groups(_ groups: [[String]]) -> String {
        pick("can talk: ", "통신 가능: ") + groups.map { $0.joined(separator: ", ") }.joined(separator: " | ")
    }

    /// The client's box: its title with the acks mode, its waiting writes and its counters.
    /// A real etcd cluster's client: puts and reads through the v3 JSON gateway.
    var realClient: String { pick("client · v3 API", "클라이언트 · v3 API") }
    func client(acks: String) -> String { pick("client · acks=\(acks)", "클라이언트 acks=\(acks)") }

    var noneWaiting: String { pick("no write waiting", "기다리는 쓰기 없음") }
    func waiting(_ count: Int) -> String { pick("waiting \(count):", "대기 \(count):") }
    /// Acknowledged and lost writes, longest first.
    func counters(acked: Int, lost: Int) -> [String] {
        [pick("acknowledged \(acked) · lost \(lost)", "확인 응답 \(acked) · 유실 \(lost)"),
         pick("acked \(acked) · lost \(lost)", "확인 응답 \(acked)·유실 \(lost)")]
    }

    /// The counts on the log table's consumer row: "client: acknowledged 3 · lost 0".
    func clientCounts(_ counts: String) -> String { pick("client: ", "클라이언트: ") + counts }

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
