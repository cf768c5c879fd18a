/// Kafka's cards (kafka-mode.md, "Words", "Crash and restart"): the same frames as Raft's,
/// with the leader epoch for the term. Above the "memory" line what a crash keeps (epoch, log
/// and LEO, the HW checkpoint); below it role, ISR place and the fetching, which a crash wipes
/// (the ISR place is the controller's: a crash it has not noticed keeps it).
extension ClusterView {
    static func kafkaCard(_ f: CardFacts, _ k: KafkaCard, _ r: Rect, _ level: CardLevel, _ words: ClusterWords,
                          into buffer: inout ScreenBuffer) {
        switch level {
        case .full, .medium: kafkaTallCard(f, k, r, full: level == .full, words, into: &buffer)
        case .small: kafkaSmallCard(f, k, r, words, into: &buffer)
        case .compact: kafkaCompactCard(f, k, r, words, into: &buffer)
        case .tiny: kafkaTinyCard(f, k, r, words, into: &buffer)
        }
    }

    /// Seven or eight rows: epoch and HW, LEO and last epoch; a "memory" line; role and ISR
    /// place, the fetching (a leader's followers, a follower's leader), on full cards one more.
    static func kafkaTallCard(_ f: CardFacts, _ k: KafkaCard, _ r: Rect, full: Bool, _ words: ClusterWords,
                              into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        let inner = r.width - 3
        frame(f, r, right: words.disk, s, into: &buffer)
        pairRow(words.epoch(k.epoch), s.term, words.hw(k.hw), s.text, r, r.y + 1, into: &buffer)
        row(first(words.kafkaLog(k.leo, lastEpoch: k.lastEpoch), fitting: inner), r, r.y + 2, s.text, into: &buffer)
        memoryLine(f, r, r.y + 3, s, words, into: &buffer)
        guard let live = f.live else {
            row("\(f.glyph) \(UIWords(words.lang).crashed)", r, r.y + 4, s.title, into: &buffer)
            row(first(words.crashedISR(k.inISR), fitting: inner), r, r.y + 5, s.text, into: &buffer)
            return
        }
        pairRow(live.roleWord, s.role, words.isr(k.inISR), s.text, r, r.y + 4, into: &buffer)
        row(first(fetching(live, k, words), fitting: inner), r, r.y + 5, Style(f.tint), into: &buffer)
        if full { row(first(kafkaThirdLine(live, k, words), fitting: inner), r, r.y + 6, s.text, into: &buffer) }
    }

    /// A leader's followers' LEOs (the acknowledgements it pulled in), a follower's leader.
    static func fetching(_ live: CardFacts.Live, _ k: KafkaCard, _ words: ClusterWords) -> [String] {
        guard live.role == .leader else { return words.fetchesFrom(k.fetchesFrom) }
        let range = k.followerRange
        return k.followers.isEmpty ? [""] : words.followersLEO(range.known, unknown: range.unknown)
    }

    /// A full card's last line: each follower's LEO on a leader, the leader's record of this
    /// follower's LEO on a follower [`Replica.updateFetchState`].
    static func kafkaThirdLine(_ live: CardFacts.Live, _ k: KafkaCard, _ words: ClusterWords) -> [String] {
        if live.role == .leader { return [words.eachFollower(k.followers)] }
        return k.hasLeaderRecord ? words.leaderKnows(k.leaderKnows) : [""]  // no leader up: nothing is recorded
    }

    /// Five rows: epoch, LEO and HW; a "memory" line; role and ISR place.
    static func kafkaSmallCard(_ f: CardFacts, _ k: KafkaCard, _ r: Rect, _ words: ClusterWords,
                               into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        frame(f, r, right: words.disk, s, into: &buffer)
        let rest = [words.leo(k.leo) + " · " + words.hw(k.hw), "LEO\(k.leo) HW\(k.hw)"]
        let options = [(words.epoch(k.epoch), rest[0]), (words.shortEpoch(k.epoch), rest[0]), (words.shortEpoch(k.epoch), rest[1])]
        let (epoch, after) = options.first { columns($0.0) + 3 + columns($0.1) <= r.width - 3 } ?? options[2]
        let x = row(epoch, r, r.y + 1, s.term, into: &buffer)
        row(" · " + after, r, r.y + 1, s.text, at: x, into: &buffer)
        memoryLine(f, r, r.y + 2, s, words, into: &buffer)
        kafkaLiveRow(f, k, r, r.y + 3, words, s, into: &buffer)
    }

    /// Three rows: title and epoch on the top border, LEO and HW on the bottom border, role and
    /// ISR place inside.
    static func kafkaCompactCard(_ f: CardFacts, _ k: KafkaCard, _ r: Rect, _ words: ClusterWords,
                                 into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        let epochOnTop = frame(f, r, right: words.shortEpoch(k.epoch), s, into: &buffer)
        let leo = words.leo(k.leo), hw = words.hw(k.hw), epoch = words.shortEpoch(k.epoch)
        let bottom = epochOnTop ? first([[leo, hw], [hw]], fitting: r.width - 4)
                                : first([[epoch, leo, hw], [epoch, hw], [epoch]], fitting: r.width - 4)
        buffer.put(" \(bottom) ", x: r.x + 1, y: r.maxY - 1, style: s.label, maxX: r.maxX - 1)
        kafkaLiveRow(f, k, r, r.y + 1, words, s, into: &buffer)
    }

    /// The volatile row of small and compact cards: "leader · ISR ✓", "crashed · ISR ✓".
    static func kafkaLiveRow(_ f: CardFacts, _ k: KafkaCard, _ r: Rect, _ y: Int, _ words: ClusterWords, _ s: CardStyles,
                             into buffer: inout ScreenBuffer) {
        let role = f.live?.roleWord ?? UIWords(words.lang).crashed
        let x = row(role, r, y, f.live == nil ? s.title : s.role, into: &buffer)
        let isr = first([" · " + words.isr(k.inISR), " " + words.shortISR(k.inISR)], fitting: r.maxX - 1 - x)
        row(isr, r, y, s.text, at: x, into: &buffer)
    }

    /// Two rows, no border: "▶★ Neptune   e2" then HW, LEO and ISR place, or "crashed".
    static func kafkaTinyCard(_ f: CardFacts, _ k: KafkaCard, _ r: Rect, _ words: ClusterWords,
                              into buffer: inout ScreenBuffer) {
        let s = CardStyles(f)
        buffer.fill(x: r.x, y: r.y, width: r.width, height: r.height)
        let name = (f.selected ? "▶" : " ") + f.glyph + " " + Ellipsis.cut(f.name, columns: r.width - 3)
        let end = buffer.put(name, x: r.x, y: r.y, style: s.title, maxX: r.maxX)
        let epoch = words.shortEpoch(k.epoch)
        if end + 1 + columns(epoch) <= r.maxX { buffer.put(epoch, x: r.maxX - columns(epoch), y: r.y, style: s.term, maxX: r.maxX) }
        guard r.height > 1 else { return }
        let isr = k.inISR ? "ISR✓" : "ISR✗"
        let text = f.live == nil ? UIWords(words.lang).crashed + " " + isr : "HW\(k.hw) LEO\(k.leo) \(isr)"
        buffer.putCut(text, x: r.x + 1, y: r.y + 1, style: f.live == nil ? s.text : Style(f.tint), maxX: r.maxX)
    }
}
