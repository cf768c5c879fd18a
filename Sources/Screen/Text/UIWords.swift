import Picture

/// Every word the live view draws, in English and Korean (`--lang`). Event lines, messages
/// and entries come from RaftSim's `Describer`; this holds the screen's own words.
struct UIWords: Sendable {
    let lang: Lang

    init(_ lang: Lang) { self.lang = lang }

    /// The phrase in the screen's language: both forms are written together, and a language
    /// added to `Phrase` makes every call fail to compile until it is written too.
    func pick(_ en: String, _ ko: String) -> String { Phrase(en: en, ko: ko)[lang] }

    // MARK: - Roles

    /// The glyph of a role, readable without colour; nil is a crashed node.
    static func glyph(_ role: Role?) -> String {
        switch role {
        case .leader: return "★"
        case .candidate: return "◆"
        case .preCandidate: return "◇"
        case .follower: return "○"
        case nil: return "✕"
        }
    }

    /// The tint of a role; nil is a crashed node.
    static func tint(_ role: Role?) -> Tint {
        switch role {
        case .leader: return .leader
        case .candidate, .preCandidate: return .candidate
        case .follower: return .follower
        case nil: return .crashed
        }
    }

    /// The role as a word, "crashed" for nil.
    func role(_ role: Role?) -> String {
        guard let role else { return crashed }
        return role.word[lang]
    }

    /// One log entry: "#5 t2 x=1", "#3 t2 no-op" (Korean: "#5 임기 2 x=1", "#3 임기 2 빈 항목").
    func entry(_ e: EntryPicture) -> String {
        pick("#\(e.index) t\(e.term) \(e.value ?? "no-op")", "#\(e.index) 임기 \(e.term) \(e.value ?? "빈 항목")")
    }

    var crashed: String { pick("crashed", "다운") }
    var none: String { pick("none", "없음") }
    var on: String { pick("on", "켜짐") }
    var off: String { pick("off", "꺼짐") }

    // MARK: - Header and banner

    var sandbox: String { pick("sandbox", "샌드박스") }
    var running: String { pick("▶ running", "▶ 실행 중") }
    var paused: String { pick("‖ paused", "‖ 일시 정지") }
    var history: String { pick("◀ history", "◀ 과거 기록") }
    func time(_ seconds: String) -> String { pick("time \(seconds)", "시간 \(seconds)") }
    func speed(_ factor: String) -> String { pick("speed \(factor)", "속도 \(factor)") }
    /// The speed the world reaches when it cannot keep up with the one asked for.
    func reached(_ factor: String) -> String { pick("(\(factor) reached)", "(실제 \(factor))") }
    func seed(_ seed: UInt64) -> String { pick("seed \(seed)", "시드 \(seed)") }

    /// "Leader completeness broken: later leaders must hold every committed entry": the safety
    /// banner's head, the guarantee named and what it means.
    func broken(_ property: String, _ guarantee: String) -> String {
        guard !guarantee.isEmpty else { return property }
        let name = property.prefix(1).uppercased() + property.dropFirst()
        return pick("\(name) broken: \(guarantee)", "\(property) 깨짐: \(guarantee)")
    }

    /// "3 guarantees broken so far", after the latest on the safety banner.
    func violations(_ count: Int) -> String { pick("\(count) guarantees broken so far", "지금까지 깨진 보장 \(count)개") }

    // MARK: - Log table

    var log: String { pick("Log", "로그") }
    var index: String { pick("index", "인덱스") }
    var consumer: String { pick("consumer", "컨슈머") }

    /// The legend row: how to read entries and markers without colour, longest first.
    var legends: [String] {
        [Phrase(en: "numbers are terms · ┃ commit index (high watermark): entries left of it committed, right of it not (dim)"
                + " · m match, n next (leader's view) · ▲ consumer",
                ko: "숫자는 임기 · ┃ 커밋 인덱스(하이 워터마크): 왼쪽은 커밋됨, 오른쪽은 아직(흐림) · m 일치 n 다음 (리더 기준) · ▲ 컨슈머"),
         Phrase(en: "numbers are terms · ┃ commit index (high watermark): committed left of it · m match n next · ▲ consumer",
                ko: "숫자는 임기 · ┃ 하이 워터마크: 왼쪽은 커밋됨 · m 일치 n 다음 · ▲ 컨슈머"),
         Phrase(en: "terms · ┃ high watermark: committed left · m match n next · ▲ consumer",
                ko: "임기 · ┃ 하이 워터마크 · m 일치 n 다음 · ▲ 컨슈머")].map { $0[lang] }
    }

    func consumerRead(_ position: Int) -> String {
        position == 0 ? pick("has read nothing yet", "아직 읽은 것 없음") : pick("read through \(position)", "\(position)까지 읽음")
    }

    // MARK: - Events

    var events: String { pick("Events", "이벤트") }
    var noEvents: String { pick("no events yet", "아직 이벤트 없음") }
    /// In the past, after the kept events have scrolled away (only the most recent are kept).
    var noEventsKept: String { pick("events this old were not kept", "이때의 이벤트는 보관하지 않았습니다") }
    /// Only routine events (heartbeats, deliveries) are among those kept, the older ones let go.
    func onlyRoutineSince(_ time: Int) -> String {
        pick("only heartbeats and other routine messages since \(TimeText.seconds(time)); older events were not kept",
             "\(TimeText.seconds(time)) 이후로는 하트비트 같은 일상적인 메시지뿐입니다. 그 전의 이벤트는 보관하지 않았습니다")
    }
    func scrolledBack(_ lines: Int) -> String { pick("\(lines) back · PgDn newer", "\(lines)줄 위 · PgDn 최신") }

    // MARK: - Footer

    /// A key and what it does now, as the footer shows it.
    struct KeyHint: Sendable, Equatable {
        let key: String
        let word: String
    }

    /// The footer's hint of a command: its keys and its word, from the key table.
    func hint(_ command: KeyCommand) -> KeyHint {
        let binding = KeyTable.binding(command)
        return KeyHint(key: binding.shown, word: binding.word[lang])
    }

    var crash: KeyHint { hint(.crash) }
    var restart: KeyHint { hint(.restart) }
    var isolate: KeyHint { hint(.isolate) }
    var heal: KeyHint { hint(.heal) }
    var write: KeyHint { hint(.write) }
    var timeout: KeyHint { hint(.timeout) }
    var slow: KeyHint { hint(.slow) }
    var message: KeyHint { hint(.highlight) }
    var explain: KeyHint { hint(.explain) }
    var inspect: KeyHint { hint(.inspect) }
    var options: KeyHint { hint(.options) }
    var help: KeyHint { hint(.help) }
    var legend: KeyHint { hint(.legend) }
    var quit: KeyHint { hint(.quit) }
    var pause: KeyHint { hint(.togglePause) }
    var run: KeyHint { KeyHint(key: KeyTable.binding(.togglePause).shown, word: pick("run", "실행")) }
    var step: KeyHint { hint(.stepEvent) }
    var rewind: KeyHint {
        KeyHint(key: KeyTable.binding(.back).shown + " " + KeyTable.binding(.forward).shown, word: hint(.back).word)
    }
    var close: KeyHint { hint(.close) }
    var move: KeyHint { KeyHint(key: "↑↓", word: pick("move", "이동")) }
    var scroll: KeyHint { KeyHint(key: "↑↓", word: pick("scroll", "스크롤")) }
    var nextValue: KeyHint { KeyHint(key: "Enter/→", word: pick("next value", "다음 값")) }
    var previousValue: KeyHint { KeyHint(key: "←", word: pick("previous", "이전 값")) }
    func select(_ count: Int) -> KeyHint { KeyHint(key: count == 1 ? "1" : "1-\(count)", word: pick("select", "선택")) }

    // MARK: - Too small

    /// The messages for a terminal under the minimum size, longest first (the view takes the
    /// first that fits).
    func tooSmall(width: Int, height: Int) -> [String] {
        let need = "\(Layout.minWidth)×\(Layout.minHeight)"
        return [tooSmallSentence(width: width, height: height),
                pick("Need \(need), have \(width)×\(height). q quits.", "최소 \(need) 필요, 지금 \(width)×\(height). q 종료"),
                pick("Need \(need). q quits", "\(need) 필요. q 종료"),
                need]
    }

    private func tooSmallSentence(width: Int, height: Int) -> String {
        let need = "\(Layout.minWidth)×\(Layout.minHeight)"
        return pick("raftlab needs at least \(need); this terminal is \(width)×\(height). Enlarge it, or press q to quit.",
                    "raftlab 화면은 최소 \(need)\(Korean.particle(need, .subject)) 필요한데 이 터미널은 \(width)×\(height)입니다. 창을 키우거나 q를 눌러 끝내세요.")
    }
}
