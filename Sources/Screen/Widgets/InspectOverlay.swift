import Picture

/// The inspect overlay (`i`): all of the selected node's state, durable apart from volatile
/// (Figure 2), the leader's per-peer next/match, and the key/value state its applied entries
/// built.
enum InspectOverlay {
    typealias Line = OverlayView.Line

    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        guard state.nodeCount > 0 else { return OverlayView.Content(title: words.inspectTitle(""), lines: []) }
        let node = state.picture.nodes[min(max(0, state.selected), state.nodeCount - 1)]
        if let kafka = node.kafka { return kafkaContent(node, kafka, state, width: width) }  // no term, vote, commit
        let labels = [words.term, words.votedFor, words.logWord, words.roleWord, words.leaderWord, words.commitWord,
                      words.applied, words.votes, words.timer, words.entriesWord, words.snapshotWord, words.configurationWord]
            + node.facts.map { $0.label[state.lang] }
        let field = Field(labelWidth: min(width / 2, (labels.map { CharWidth.of($0) }.max() ?? 0) + 2), width: width)
        var lines = durable(node, state, words, field)
        let measured = state.picture.measured.contains(.entryTerms)  // a real cluster: indexes only
        lines += field(words.entriesWord, measured ? tail(node.log, state, room: field.valueWidth) : words.notMeasured)
        lines += volatile(node, state, words, field)
        for fact in node.facts { lines += field(fact.label[state.lang], fact.value) }
        lines += keyValues(node, words, width: width, real: state.picture.real != nil)
        let title = "\(UIWords.glyph(node.role)) " + words.inspectTitle(node.name) + " · \(words.role(node.role)) · Esc"
        return OverlayView.Content(title: title, lines: lines)
    }

    /// "label  value" lines, the values in one column and wrapped beside their label.
    struct Field {
        let labelWidth: Int
        let width: Int

        /// Columns left for a value.
        var valueWidth: Int { max(1, width - labelWidth - 2) }

        func callAsFunction(_ label: String, _ value: String) -> [Line] {
            let pieces = TextWrap.lines(value, width: valueWidth)
            return pieces.enumerated().map { k, piece in
                let head = k == 0 ? Ellipsis.fit(label, labelWidth) : String(repeating: " ", count: labelWidth)
                return Line(runs: [("  " + head, Style(.muted)), (piece, .plain)])
            }
        }
    }

    static func heading(_ text: String) -> Line { Line(text, Style(.accent, bold: true)) }

    /// Term, vote and log: what survives a crash.
    static func durable(_ node: NodePicture, _ state: AppState, _ words: UIWords, _ field: Field) -> [Line] {
        let vote = node.vote.map(state.picture.name) ?? words.none
        var lines = [heading(words.durable)]
            + field(words.term, "\(node.term)")
            + field(words.votedFor, vote)
            + field(words.logWord, state.picture.measured.contains(.entryTerms)
                    ? words.logSummary(count: node.log.count, lastTerm: node.log.lastTerm)
                    : ClusterWords(state.lang).committedLog(node.log.count))
        if node.log.snapshotIndex > 0 {  // paper 7: the snapshot is durable too
            lines += field(words.snapshotWord, words.snapshotSummary(node.log.snapshotIndex, term: node.log.snapshotTerm))
        }
        if let voters = node.voters {  // thesis 4.1: the configuration is in the log
            lines += field(words.configurationWord, voters.map(state.picture.name).joined(separator: ", "))
        }
        return lines
    }

    /// Role, leader, commit and applied index, votes, timers, per-peer progress.
    static func volatile(_ node: NodePicture, _ state: AppState, _ words: UIWords, _ field: Field) -> [Line] {
        var lines = [Line(), heading(words.volatile)]
        guard let role = node.role else { return lines + field(words.roleWord, words.volatileLost) }
        let picture = state.picture
        lines += field(words.roleWord, words.role(role))
        lines += field(words.leaderWord, node.leader.map(picture.name) ?? words.unknown)
        if let commit = node.commit { lines += field(words.commitWord, "\(commit)") }
        if let applied = node.applied { lines += field(words.applied, "\(applied)") }
        if let votes = node.votes {
            lines += field(words.votes, words.votes(granted: votes.granted.map(picture.name),
                                                    refused: votes.refused.map(picture.name)))
        }
        if let timer = node.timer { lines += field(words.timer, self.timer(timer, words)) }
        guard picture.real == nil else { return lines + field(words.timer, words.notMeasured) }  // nor a leader's per-peer progress
        if role == .leader {
            let peers = node.peers.map { words.peer(picture.name($0.node), next: $0.next, match: $0.match) }
            lines.append(Line("  " + words.peers, Style(.muted)))
            lines += pack(peers, width: field.width - 4).map { Line("    " + $0) }
        }
        return lines
    }

    /// The last entries of a log that fit in one line: "… #2 t1 a=1 · #3 t1 b=2".
    static func tail(_ log: LogPicture, _ state: AppState, room: Int) -> String {
        var text = ""
        var shown = 0
        for e in log.tail.reversed() {
            let entry = UIWords(state.lang).entry(e)
            let next = text.isEmpty ? entry : entry + " · " + text
            if CharWidth.of(next) + (e.index > 1 ? 2 : 0) > room { break }
            text = next
            shown += 1
        }
        if text.isEmpty { return log.count == 0 ? UIWords(state.lang).none : "…" }
        return log.count > shown ? "… " + text : text
    }

    /// Items side by side, "  ·  " between them, as many to a line as fit; none is broken.
    static func pack(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            if let last = lines.last, CharWidth.of(last) + 5 + CharWidth.of(item) <= width {
                lines[lines.count - 1] = last + "  ·  " + item
            } else {
                lines.append(Ellipsis.cut(item, columns: max(1, width)))
            }
        }
        return lines
    }

    /// The election timer (a leader: its next heartbeat).
    static func timer(_ timer: TimerPicture, _ words: UIWords) -> String {
        timer.heartbeat ? words.heartbeatTimer(left: timer.left) : words.electionTimer(left: timer.left, of: timer.period)
    }

    /// "a=1 · b=2": what its applied entries built.
    static func keyValues(_ node: NodePicture, _ words: UIWords, width: Int, real: Bool = false) -> [Line] {
        let pairs = node.applyState.map { "\($0.key)=\($0.value)" }
        let text = real ? words.realKeyValues : pairs.isEmpty ? words.empty : pairs.joined(separator: "  ")
        return [Line(), heading(words.kvState)] + TextWrap.lines(text, width: max(1, width - 2)).map { Line("  " + $0) }
    }
}
