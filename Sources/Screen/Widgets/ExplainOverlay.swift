import RaftCore
import RaftSim

/// The explain overlay (`e`): the highlighted message (the oldest on its link) with its
/// fields one per line and the rule it obeys; else the latest main event and its rule tags.
enum ExplainOverlay {
    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        let describer = Describer(names: state.world.names, values: state.world.values, lang: state.lang)
        var lines: [OverlayView.Line]
        if let envelope = highlighted(state) {
            lines = message(envelope, describer, words, width: width)
        } else if let event = state.live.events.last(where: \.isMain) {
            lines = self.event(event, describer, words, width: width)
        } else {
            lines = OverlayView.wrapped(words.nothingToExplain, width: width)
        }
        return OverlayView.Content(title: words.explainTitle + " · Esc", lines: lines)
    }

    /// The oldest message on the highlighted link, if it is still in flight.
    static func highlighted(_ state: AppState) -> Envelope<Message>? {
        guard let h = state.highlighted else { return nil }
        let link = h.from * state.nodeCount + h.to
        guard state.world.network.links.indices.contains(link) else { return nil }
        return state.world.network.links[link].first
    }

    static func message(_ envelope: Envelope<Message>, _ d: Describer, _ words: UIWords, width: Int) -> [OverlayView.Line] {
        let m = envelope.message
        var lines = [OverlayView.Line(words.highlighted, Style(.accent, bold: true))]
        lines += OverlayView.wrapped(d.message(m), width: width, style: Style(bold: true))
        lines.append(OverlayView.Line())
        let rows = fields(envelope, d, words)
        let labelWidth = (rows.map { CharWidth.of($0.0) }.max() ?? 0) + 2
        for (label, value) in rows {
            let wrappedValue = TextWrap.lines(value, width: max(1, width - labelWidth))
            for (k, piece) in wrappedValue.enumerated() {
                let head = k == 0 ? CharWidth.fit(label, labelWidth) : String(repeating: " ", count: labelWidth)
                lines.append(OverlayView.Line(runs: [(head, Style(.muted)), (piece, .plain)]))
            }
        }
        lines.append(OverlayView.Line())
        lines.append(OverlayView.Line(words.ruleWord, Style(.accent, bold: true)))
        lines += OverlayView.wrapped(words.rule(m.body), width: width)
        return lines
    }

    /// Figure 2's fields of the message, with where it is on its way.
    static func fields(_ envelope: Envelope<Message>, _ d: Describer, _ words: UIWords) -> [(String, String)] {
        let m = envelope.message
        let time = { (ms: Int) in String(Describer.time(ms).drop { $0 == " " }) }
        var rows: [(String, String)] = [
            (words.kind, m.kind.rawValue), (words.from, d.names[m.from]), (words.to, d.names[m.to]),
            (words.term, "\(m.term)"), (words.sentAt, time(envelope.sentAt)), (words.arrivesAt, time(envelope.deliverAt)),
        ]
        switch m.body {
        case let .requestVote(lastIndex, lastTerm, pre):
            rows += [("lastLogIndex", "\(lastIndex)"), ("lastLogTerm", "\(lastTerm)"), (words.preVote, words.yesNo(pre))]
        case let .voteReply(granted, pre):
            rows += [(words.granted, words.yesNo(granted)), (words.preVote, words.yesNo(pre))]
        case let .appendEntries(prevIndex, prevTerm, entries, commit):
            let list = entries.enumerated().map { d.entry($1, index: prevIndex + 1 + $0) }.joined(separator: ", ")
            rows += [("prevLogIndex", "\(prevIndex)"), ("prevLogTerm", "\(prevTerm)"),
                     (words.entriesWord, entries.isEmpty ? words.none : list), ("leaderCommit", "\(commit)")]
        case let .appendReply(success, prevIndex, match, conflictIndex, conflictTerm):
            rows += [(words.success, words.yesNo(success)), ("prevLogIndex", "\(prevIndex)"), ("matchIndex", "\(match)")]
            if let conflictIndex {
                rows += [("conflictIndex", "\(conflictIndex)"), ("conflictTerm", "\(conflictTerm)")]
            }
        }
        return rows
    }

    /// The event's line and what each rule tag at its end means.
    static func event(_ event: SimEvent<RaftEngine>, _ d: Describer, _ words: UIWords, width: Int) -> [OverlayView.Line] {
        let text = d.event(event)
        let time = String(Describer.time(event.time).drop { $0 == " " })
        var lines = [OverlayView.Line("\(words.latestEvent) (\(time))", Style(.accent, bold: true))]
        lines += OverlayView.wrapped(text, width: width, style: Style(bold: true))
        let explained = tags(of: text).compactMap(words.tag)
        if !explained.isEmpty {
            lines.append(OverlayView.Line())
            lines.append(OverlayView.Line(words.ruleWord, Style(.accent, bold: true)))
            for rule in explained { lines += OverlayView.wrapped("• " + rule, width: width, indent: 2) }
        }
        lines.append(OverlayView.Line())
        lines += OverlayView.wrapped(words.explainHint, width: width, style: Style(.muted))
        return lines
    }

    /// The rule tags at the end of an event line: "[5.2, Figure 2]" -> ["5.2", "Figure 2"];
    /// an unsafe tag stays whole.
    static func tags(of text: String) -> [String] {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return [] }
        let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        if inside.hasPrefix("unsafe") { return [inside] }
        return inside.split(separator: ",").map { $0.trimmingCharacters() }
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension UIWords {
    fileprivate func yesNo(_ value: Bool) -> String { value ? yes : no }
}
