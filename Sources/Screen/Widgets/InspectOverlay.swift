import RaftCore
import RaftSim

/// The inspect overlay (`i`): all of the selected node's state, durable apart from volatile
/// (Figure 2), the leader's per-peer next/match, and the key/value state its applied entries
/// built.
enum InspectOverlay {
    typealias Line = OverlayView.Line

    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        guard state.nodeCount > 0 else { return OverlayView.Content(title: words.inspectTitle(""), lines: []) }
        let id = min(max(0, state.selected), state.nodeCount - 1)
        let node = state.world.nodes[id]
        let labels = [words.term, words.votedFor, words.logWord, words.roleWord, words.leaderWord, words.commitWord,
                      words.applied, words.votes, words.timer, words.entriesWord]
        let field = Field(labelWidth: min(width / 2, (labels.map { CharWidth.of($0) }.max() ?? 0) + 2), width: width)
        var lines = durable(node, state.world, words, field)
        lines += field(words.entriesWord, tail(node.log, state, room: field.valueWidth))
        lines += volatile(node, state.world, words, field)
        lines += keyValues(state.world, id, words, width: width)
        let role = words.role(state.world.role(of: id))
        let title = "\(UIWords.glyph(state.world.role(of: id))) " + words.inspectTitle(state.world.names[id]) + " · \(role) · Esc"
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
                let head = k == 0 ? CharWidth.fit(label, labelWidth) : String(repeating: " ", count: labelWidth)
                return Line(runs: [("  " + head, Style(.muted)), (piece, .plain)])
            }
        }
    }

    static func heading(_ text: String) -> Line { Line(text, Style(.accent, bold: true)) }

    /// Term, vote and log: what survives a crash.
    static func durable(_ node: Node, _ world: RaftWorld, _ words: UIWords, _ field: Field) -> [Line] {
        let vote = node.durable.votedFor.map { world.names[$0] } ?? words.none
        return [heading(words.durable)]
            + field(words.term, "\(node.term)")
            + field(words.votedFor, vote)
            + field(words.logWord, words.logSummary(count: node.log.lastIndex, lastTerm: node.log.lastTerm))
    }

    /// Role, leader, commit and applied index, votes, timers, per-peer progress.
    static func volatile(_ node: Node, _ world: RaftWorld, _ words: UIWords, _ field: Field) -> [Line] {
        var lines = [Line(), heading(words.volatile)]
        guard node.isUp else { return lines + field(words.roleWord, words.volatileLost) }
        let v = node.volatile
        lines += field(words.roleWord, words.role(node.role))
        lines += field(words.leaderWord, v.leader.map { world.names[$0] } ?? words.unknown)
        lines += field(words.commitWord, "\(v.commitIndex)")
        lines += field(words.applied, "\(v.appliedIndex)")
        if node.role == .candidate || node.role == .preCandidate {
            let names = { (set: NodeSet) in set.members.filter { $0 < world.size }.map { world.names[$0] } }
            lines += field(words.votes, words.votes(granted: names(v.votesGranted), refused: names(v.votesRefused)))
        }
        lines += field(words.timer, timer(node, now: world.now, words))
        if node.role == .leader {
            let peers = v.peers.indices.filter { $0 != node.id && $0 < world.size }
                .map { words.peer(world.names[$0], next: v.peers[$0].nextIndex, match: v.peers[$0].matchIndex) }
            lines.append(Line("  " + words.peers, Style(.muted)))
            lines += pack(peers, width: field.width - 4).map { Line("    " + $0) }
        }
        return lines
    }

    /// The last entries of a log that fit in one line: "… #2 t1 a=1 · #3 t1 b=2".
    static func tail(_ log: RaftLog, _ state: AppState, room: Int) -> String {
        let d = Describer(names: state.world.names, values: state.world.values, lang: state.lang)
        var text = ""
        var index = log.lastIndex
        while index >= 1 {
            let entry = d.entry(log[index], index: index)
            let next = text.isEmpty ? entry : entry + " · " + text
            if CharWidth.of(next) + (index > 1 ? 2 : 0) > room { break }
            text = next
            index -= 1
        }
        if text.isEmpty { return log.lastIndex == 0 ? UIWords(state.lang).none : "…" }
        return index >= 1 ? "… " + text : text
    }

    /// Items side by side, "  ·  " between them, as many to a line as fit; none is broken.
    static func pack(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            if let last = lines.last, CharWidth.of(last) + 5 + CharWidth.of(item) <= width {
                lines[lines.count - 1] = last + "  ·  " + item
            } else {
                lines.append(CharWidth.prefix(item, columns: max(1, width)))
            }
        }
        return lines
    }

    /// The election timer (a leader: its next heartbeat).
    static func timer(_ node: Node, now: Int, _ words: UIWords) -> String {
        let v = node.volatile
        if node.role == .leader, v.heartbeatDeadline != Int.max {
            return words.heartbeatTimer(left: max(0, v.heartbeatDeadline - now))
        }
        return words.electionTimer(left: max(0, v.electionDeadline - now), of: v.electionTimeout)
    }

    /// "a=1 · b=2": what its applied entries built.
    static func keyValues(_ world: RaftWorld, _ id: NodeID, _ words: UIWords, width: Int) -> [Line] {
        let pairs = world.appliedState(of: id).map { "\($0.key)=\($0.value)" }
        let text = pairs.isEmpty ? words.empty : pairs.joined(separator: "  ")
        return [Line(), heading(words.kvState)] + TextWrap.lines(text, width: max(1, width - 2)).map { Line("  " + $0) }
    }
}
