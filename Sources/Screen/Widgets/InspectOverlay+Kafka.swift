import Picture

/// Inspect (`i`) of a Kafka replica: its epoch, log and HW checkpoint (kept in a crash), then
/// its role, ISR place and a leader's view of its followers (lost) [Kafka docs, "Replication"].
extension InspectOverlay {
    static func kafkaContent(_ node: NodePicture, _ k: KafkaNodePicture, _ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        let labels = [words.leaderEpoch, words.logWord, words.records, words.hwCheckpoint, words.roleWord,
                      words.isrPlace, words.fetchesFromWord] + node.facts.map { $0.label[state.lang] }
        let field = Field(labelWidth: min(width / 2, (labels.map { CharWidth.of($0) }.max() ?? 0) + 2), width: width)
        var lines = [heading(words.durable)]
            + field(words.leaderEpoch, "\(k.epoch)")
            + field(words.logWord, words.kafkaLogSummary(leo: k.leo, lastEpoch: node.log.lastTerm))
            + field(words.records, recordTail(node.log, words, room: field.valueWidth))
            + field(words.hwCheckpoint, words.hwValue(k.hw))
        lines += kafkaVolatile(node, k, state, words, field)
        lines += [Line()] + TextWrap.lines(words.noStateMachine, width: max(1, width - 2)).map { Line("  " + $0, Style(.muted)) }
        let title = "\(UIWords.glyph(node.role)) " + words.inspectTitle(node.name) + " · \(words.role(node.role)) · Esc"
        return OverlayView.Content(title: title, lines: lines)
    }

    /// Role, ISR place, the leader it fetches from, a leader's followers' LEOs, the engine's facts.
    static func kafkaVolatile(_ node: NodePicture, _ k: KafkaNodePicture, _ state: AppState, _ words: UIWords,
                              _ field: Field) -> [Line] {
        let picture = state.picture
        var lines = [Line(), heading(words.volatile)]
        lines += field(words.isrPlace, words.isrPlace(inISR: k.inISR, up: node.up))
        guard let role = node.role else { return lines + field(words.roleWord, words.volatileLost) }
        lines += field(words.roleWord, words.role(role))
        if let from = k.fetchesFrom { lines += field(words.fetchesFromWord, picture.name(from)) }
        for fact in node.facts { lines += field(fact.label[state.lang], fact.value) }
        if role == .leader {
            let leos = k.followers.map { "\(picture.name($0.node)) \($0.leo.map(String.init) ?? "?")" }
            lines.append(Line("  " + words.followersLEO, Style(.muted)))
            lines += pack(leos, width: field.width - 4).map { Line("    " + $0) }
        }
        return lines
    }

    /// The last records that fit in one line: "… 1 e1 b=2 · 2 e2 c=3".
    static func recordTail(_ log: LogPicture, _ words: UIWords, room: Int) -> String {
        var text = ""
        var shown = 0
        for e in log.tail.reversed() {
            let next = text.isEmpty ? words.record(e) : words.record(e) + " · " + text
            if CharWidth.of(next) + 2 > room { break }
            text = next
            shown += 1
        }
        if text.isEmpty { return log.count == 0 ? words.none : "…" }
        return log.count > shown ? "… " + text : text
    }
}
