import Picture

/// The legend (`l`, and under the keys in `?`): every mark and label the screen draws, what
/// it means and where it matters, with the rule behind it (Raft paper sections), in English
/// and Korean. The message labels come from the engine, through the picture.
struct LegendWords: Sendable {
    let lang: Lang

    init(_ lang: Lang) { self.lang = lang }

    /// One mark: as drawn, what it means, its rules.
    struct Entry: Sendable {
        let mark: String
        let meaning: String
        let rules: [Citation]
    }

    /// A heading and its marks.
    struct Section: Sendable {
        let title: String
        let entries: [Entry]
    }

    func pick(_ en: String, _ ko: String) -> String { Phrase(en: en, ko: ko)[lang] }

    func entry(_ mark: Phrase, _ meaning: Phrase, _ rules: [Citation] = []) -> Entry {
        Entry(mark: mark[lang], meaning: meaning[lang], rules: rules)
    }

    var title: String { pick("Every mark explained", "모든 표시 설명") }
    /// The heading of the legend under the keys in the help.
    var underKeys: String { pick("Marks (l shows them alone)", "표시 (l: 표시만 보기)") }
    /// How to move in a box longer than the screen.
    var scrollHint: String { pick("↑↓ PgUp PgDn scroll", "↑↓ PgUp PgDn 스크롤") }

    static let figure2 = Citation.paper("Figure 2")
    static let terms = Citation.paper("5.1")
    static let election = Citation.paper("5.2")
    static let replication = Citation.paper("5.3")
    static let safety = Citation.paper("5.4")
    static let restriction = Citation.paper("5.4.1")
    static let ownTerm = Citation.paper("5.4.2")
    static let clients = Citation.paper("8")
    static let preVote = Citation.thesis("9.6", name: "Pre-Vote")
    static let reads = Citation.thesis("6.4")
    static let snapshots = Citation.paper("7")
    static let membership = Citation.thesis("4.1")

    /// Every section, in the order the screen is read: cards, links and messages, the
    /// client, the log table, the space-time diagram.
    func sections(_ picture: ClusterPicture) -> [Section] {
        if picture.real != nil { return realSections() }
        if !picture.settings.nodeMarks.isEmpty { return engineSections(picture) }
        return [Section(title: pick("Cards", "카드"), entries: cards),
         Section(title: pick("Links and messages", "링크와 메시지"), entries: links(picture)),
         Section(title: pick("Client", "클라이언트"), entries: client),
         Section(title: pick("Log table", "로그 표"), entries: logTable),
         Section(title: pick("Space-time diagram (d)", "시공간 다이어그램 (d)"), entries: diagram)]
    }

    /// Card marks a real cluster's legend leaves out or words its own way (`realCards`).
    static let selectedMark = Phrase(en: "╔═╗ ▶ double border", ko: "╔═╗ ▶ 이중 테두리")
    static let outsideMark = Phrase(en: "outside", ko: "구성 밖")
    static let logMark = Phrase(en: "log 5 · last term 2", ko: "로그 5 마지막 임기 2")
    static let timerMark = Phrase(en: "timer ███░░ 120ms", ko: "타이머 ███░░ 120ms")
    static let heartbeatMark = Phrase(en: "♥ ███░ 20ms", ko: "♥ ███░ 20ms")
    static let votesMark = Phrase(en: "2 of 3 votes, needs 2", ko: "3표 중 2표, 2표 필요")
    static let progressMark = Phrase(en: "match 2 · next 3", ko: "일치 2 · 다음 3")

    var cards: [Entry] {
        [entry(Phrase(en: "★ leader", ko: "★ 리더"), Phrase(
            en: "takes the client's writes and sends entries and heartbeats; at most one per term",
            ko: "클라이언트의 쓰기를 받고 항목과 하트비트를 보냅니다. 한 임기에 많아야 하나입니다"), [Self.election]),
         entry(Phrase(en: "○ follower", ko: "○ 팔로워"), Phrase(
            en: "answers the leader and candidates; when it hears from no leader, its timer runs out and it stands",
            ko: "리더와 후보에게 응답합니다. 리더 소식이 끊겨 타이머가 만료되면 선거에 나섭니다"), [Self.election]),
         entry(Phrase(en: "◆ candidate", ko: "◆ 후보"), Phrase(
            en: "started an election in a new term and asks every node for its vote",
            ko: "새 임기에 선거를 시작해 모든 노드에게 표를 요청합니다"), [Self.election]),
         entry(Phrase(en: "◇ pre-candidate", ko: "◇ 사전 후보"), Phrase(
            en: "asks first whether it could win, without raising its term (Pre-Vote, an option)",
            ko: "임기를 올리지 않고 이길 수 있는지 먼저 묻습니다 (Pre-Vote, 옵션)"), [Self.preVote]),
         entry(Phrase(en: "✕ crashed", ko: "✕ 다운"), Phrase(
            en: "down: its disk half is kept, its memory half is lost until it restarts",
            ko: "다운된 노드: 디스크 쪽은 남고, 메모리 쪽은 재시작할 때까지 사라집니다"), [Self.figure2]),
         entry(Self.selectedMark, Phrase(
            en: "the selected node (1-9, Tab): c r p s t W k i act on it",
            ko: "선택한 노드 (1-9, Tab): c r p s t W k i가 이 노드에 작용합니다")),
         entry(Self.outsideMark, Phrase(
            en: "a faint card: the node is not in the configuration; it gets no entries, does not vote and never stands",
            ko: "흐린 카드: 구성에 속하지 않은 노드. 항목을 받지 않고, 투표하지 않고, 선거에 나서지 않습니다"),
            [Self.membership]),
         entry(Phrase(en: "disk", ko: "디스크"), Phrase(
            en: "above the line: kept in a crash (term, vote, log); a node writes it before it answers",
            ko: "선 위: 다운돼도 남습니다 (임기, 투표, 로그). 노드는 응답하기 전에 이것부터 기록합니다"), [Self.figure2]),
         entry(Phrase(en: "memory", ko: "메모리"), Phrase(
            en: "below the line: lost in a crash (role, commit index, timer, votes, match and next index)",
            ko: "선 아래: 다운되면 사라집니다 (역할, 커밋 인덱스, 타이머, 받은 표, 일치·다음 인덱스)"), [Self.figure2]),
         entry(Phrase(en: "term 2 · t2", ko: "임기 2 · 임기2"), Phrase(
            en: "the node's current term: one more at each election; a message of a higher term makes any node a follower",
            ko: "노드의 현재 임기: 선거마다 하나씩 커지고, 더 높은 임기의 메시지를 받은 노드는 팔로워가 됩니다"), [Self.terms]),
         entry(Phrase(en: "vote Mars · vote –", ko: "투표 Mars · 투표 –"), Phrase(
            en: "whom it voted for in this term (– nobody yet): one vote per term",
            ko: "이번 임기에 누구에게 투표했는지 (–: 아직 없음). 임기마다 한 표입니다"), [Self.election]),
         entry(Self.logMark, Phrase(
            en: "how many entries its log holds, and the last one's term: a voter refuses a candidate whose log is behind its own",
            ko: "로그에 든 항목 수와 마지막 항목의 임기: 투표하는 노드는 자기보다 로그가 뒤처진 후보를 거절합니다"),
            [Self.restriction]),
         entry(Phrase(en: "commit 4 · c4", ko: "커밋 4 · 커밋4"), Phrase(
            en: "commit index: entries through 4 are committed (stored on a majority), never lost while Raft's rules hold; the leader decides it, followers learn it from its messages",
            ko: "커밋 인덱스: 4번까지 커밋됨 (과반수에 저장됨). Raft의 규칙이 지켜지는 한 잃지 않습니다. 리더가 정하고 팔로워는 리더의 메시지로 알게 됩니다"),
            [Self.replication, Self.ownTerm]),
         entry(Self.timerMark, Phrase(
            en: "the election timer draining (full cells: time left); at zero the node stands for election; a message from the leader fills it again",
            ko: "줄어드는 선거 타이머 (채운 칸: 남은 시간). 0이 되면 선거에 나서고, 리더의 메시지가 오면 다시 찹니다"),
            [Self.election]),
         entry(Self.heartbeatMark, Phrase(
            en: "a leader's time until its next heartbeat",
            ko: "리더가 다음 하트비트를 보낼 때까지 남은 시간"), [Self.election]),
         entry(Self.votesMark, Phrase(
            en: "a candidate's votes so far (its own included), out of all nodes, and the majority that wins: more than half of all nodes; shorter: 2/3 need 2",
            ko: "후보가 지금까지 받은 표 (자기 표 포함), 전체 노드 수, 이기는 데 필요한 과반수(전체 노드의 절반보다 많은 수). 짧게: 2/3표 2 필요"),
            [Self.election]),
         entry(Self.progressMark, Phrase(
            en: "the leader's record of a follower: match, the last entry known stored there; next, the next entry it sends. On a leader's card, over all its followers (2–4: lowest to highest); per follower in the log table",
            ko: "리더가 기록한 팔로워의 상태: 일치는 그 팔로워에 저장됐다고 확인된 마지막 항목, 다음은 다음에 보낼 항목. 리더 카드에는 모든 팔로워의 범위 (2–4: 가장 낮은 값–가장 높은 값), 로그 표에는 팔로워마다 따로 나옵니다"),
            [Self.replication, Self.figure2]),
         entry(Phrase(en: "leader Mars", ko: "리더 Mars"), Phrase(
            en: "the leader this follower last heard from; a write sent to a follower is redirected to it",
            ko: "이 팔로워가 마지막으로 소식을 들은 리더. 팔로워에게 온 쓰기는 이 리더에게 가라고 알려 줍니다"),
            [Self.terms])]
    }

    func links(_ picture: ClusterPicture) -> [Entry] {
        let messages = picture.settings.marks.map { Entry(mark: $0.mark[lang], meaning: $0.meaning[lang], rules: $0.rules) }
        return [entry(Phrase("· · ·"), Phrase(
            en: "a link: messages travel along it one after another, each taking its time",
            ko: "링크: 메시지가 차례로, 각자 시간을 들여 지나갑니다")),
         entry(Phrase("~ ~ ~"), Phrase(
            en: "a slow link: its messages take longer (s: ten times as long)",
            ko: "느린 링크: 메시지가 더 오래 걸립니다 (s: 열 배)")),
         entry(Phrase("··  ╳  ··"), Phrase(
            en: "a link cut both ways (a partition, p): every message across it is dropped; each cut link has its own ╳",
            ko: "양쪽 다 끊긴 링크 (파티션, p): 이 링크를 지나는 메시지는 모두 버려집니다. 끊긴 링크마다 ╳가 하나씩 있습니다")),
         entry(Phrase("→╳"), Phrase(
            en: "a link cut one way: messages in the arrow's direction are dropped, the others pass",
            ko: "한쪽만 끊긴 링크: 화살표 방향의 메시지만 버려지고 반대쪽은 지나갑니다")),
         entry(Phrase(en: "can talk: Neptune, Saturn | Jupiter", ko: "통신 가능: Neptune, Saturn | Jupiter"), Phrase(
            en: "a partition's groups: only nodes of one group reach each other; a group without a majority cannot elect a leader or commit",
            ko: "파티션으로 나뉜 그룹: 같은 그룹의 노드끼리만 통신합니다. 과반수가 없는 그룹은 리더를 뽑지도, 커밋하지도 못합니다"),
            [Self.election, Self.replication])]
            + messages
            + [entry(Phrase(en: "AE3↘ ↙ok", ko: "AE3↘ ↙수락"), Phrase(
                en: "a message's arrow points where it goes; a label in reverse video is the one m highlighted (e explains it, x drops it)",
                ko: "메시지의 화살표는 가는 방향입니다. 반전된 라벨은 m으로 강조한 메시지입니다 (e: 설명, x: 버리기)"))]
    }

    var client: [Entry] {
        [entry(Phrase(en: "client · acks=all", ko: "클라이언트 acks=all"), Phrase(
            en: "the client and its acks mode (a): all, answered once the write is committed; 1, once the leader stored it; 0, never",
            ko: "클라이언트와 acks 모드 (a): all은 쓰기가 커밋되면, 1은 리더가 저장하면 응답받고, 0은 응답을 기다리지 않습니다"),
            [Self.clients]),
         entry(Phrase(en: "waiting 2: a=1 → Mars", ko: "대기 2: a=1 → Mars"), Phrase(
            en: "writes the client sent and still waits to hear about, and the node each went to; after 500 ms without an answer it tries the next node",
            ko: "클라이언트가 보내고 아직 응답을 기다리는 쓰기와 보낸 노드. 500ms 동안 응답이 없으면 다음 노드로 다시 보냅니다"),
            [Self.clients]),
         entry(Phrase(en: "acknowledged 3", ko: "확인 응답 3"), Phrase(
            en: "writes the client was told are done (acked on narrow screens)",
            ko: "완료됐다고 클라이언트가 확인 응답을 받은 쓰기")),
         entry(Phrase(en: "lost 1", ko: "유실 1"), Phrase(
            en: "acknowledged writes that a later leader does not hold: a promise broken (under acks=all, only when a rule is broken on purpose)",
            ko: "확인 응답을 받았는데 나중 리더에게 없는 쓰기: 깨진 약속입니다 (acks=all에서는 일부러 깬 규칙이 있을 때만 생깁니다)"),
            [Self.safety]),
         entry(Phrase(en: "read ReadIndex", ko: "읽기 ReadIndex"), Phrase(
            en: "in the header: how R reads (v cycles): ReadIndex checks with a majority first, the lease trusts recent heartbeats, local answers from the node's own state",
            ko: "머리글: R이 읽는 방식 (v로 바꿈). ReadIndex는 먼저 과반수에 확인하고, 리스는 최근 하트비트를 믿고, 로컬은 그 노드의 상태로 답합니다"),
            [Self.reads]),
         entry(Phrase(en: "reads 2 · stale 1 · R1 → Mars", ko: "읽기 2 · 오래된 값 1 · R1 → Mars"), Phrase(
            en: "reads answered, those that missed a write acknowledged before them (red), and reads still waiting",
            ko: "응답받은 읽기, 그 전에 확인 응답된 쓰기를 보지 못한 읽기 (빨강), 아직 기다리는 읽기"),
            [Self.reads])]
    }

    var logTable: [Entry] {
        [entry(Phrase("1  1  2"), Phrase(
            en: "one column per index, each entry shown by its term",
            ko: "인덱스마다 한 칸, 각 항목은 임기로 표시합니다"), [Self.replication]),
         entry(Phrase("┃"), Phrase(
            en: "after a node's commit index (its high watermark): entries left of it committed (bold), right of it not yet (dim)",
            ko: "노드의 커밋 인덱스(하이 워터마크) 자리: 왼쪽은 커밋됨 (굵게), 오른쪽은 아직 아님 (흐리게)"),
            [Self.replication]),
         entry(Phrase(en: "applied 4", ko: "적용 4"), Phrase(
            en: "applied index: entries through 4 are carried out by the node's state machine (i shows its key/value state); here it follows the commit index at once",
            ko: "적용 인덱스: 4번까지 노드의 상태 머신에 적용됨 (i로 키/값 상태를 봅니다). 여기서는 커밋 인덱스를 바로 따라갑니다"),
            [Self.figure2]),
         entry(Phrase(en: "match 4 · next 5 · m n", ko: "일치 4 · 다음 5 · m n"), Phrase(
            en: "the leader's match and next index for this follower; where the words do not fit, m and n mark them in the row",
            ko: "리더가 기록한 이 팔로워의 일치·다음 인덱스. 글자가 들어가지 않으면 줄 안에 m과 n으로 표시합니다"),
            [Self.replication]),
         entry(Phrase(en: "▒▒▒▒▒1 snapshot 5 (term 1)", ko: "▒▒▒▒▒1 스냅샷 5 (임기 1)"), Phrase(
            en: "the node's snapshot (S): its state through index 5, whose entry was of term 1; the entries up to it are discarded",
            ko: "노드의 스냅샷 (S): 인덱스 5까지의 상태이고 그 항목의 임기는 1입니다. 그 인덱스까지의 항목은 버려졌습니다"),
            [Self.snapshots]),
         entry(Phrase(en: "voters 1 2 3", ko: "투표자 1 2 3"), Phrase(
            en: "the configuration this node follows (by names, or by the numbers that select them), shown while the nodes' configurations differ (A and D change it)",
            ko: "이 노드가 따르는 구성 (이름으로, 또는 노드를 고르는 번호로). 노드마다 구성이 다를 때만 보입니다 (A, D로 바꿉니다)"),
            [Self.membership]),
         entry(Phrase("▲"), Phrase(
            en: "the consumer's read position (k): it reads only up to the high watermark of the node it asks",
            ko: "컨슈머가 읽은 위치 (k): 물어본 노드의 하이 워터마크까지만 읽습니다")),
         entry(Phrase("‹ ›"), Phrase(
            en: "more entries to the left or right (< and > scroll)",
            ko: "왼쪽이나 오른쪽에 항목이 더 있습니다 (<, >로 스크롤)"))]
    }

    var diagram: [Entry] {
        [entry(Phrase(en: "✕ ○", ko: "✕ ○"), Phrase(en: "a crash, a restart", ko: "다운, 재시작")),
         entry(Phrase(en: "◆ ★", ko: "◆ ★"), Phrase(en: "an election starts, a leader is elected", ko: "선거 시작, 리더 선출"),
               [Self.election]),
         entry(Phrase("┊"), Phrase(en: "the node is down", ko: "노드가 다운된 동안")),
         entry(Phrase("▸"), Phrase(en: "a message arrives", ko: "메시지 도착"))]
    }
}
