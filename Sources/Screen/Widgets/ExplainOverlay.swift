import Picture

/// The explain overlay (`e`): the highlighted message (the oldest on its link) with its
/// fields one per line and the rule it obeys; else the latest main event and its rules.
enum ExplainOverlay {
    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        var lines: [OverlayView.Line]
        if let explain = highlighted(state) {
            lines = message(explain, state.lang, words, width: width)
        } else if let event = state.picture.events.last(where: \.main) {
            lines = self.event(event, state, words, width: width)
        } else {
            lines = OverlayView.wrapped(state.picture.real == nil ? words.nothingToExplain : words.explainHintReal, width: width)
        }
        return OverlayView.Content(title: words.explainTitle + " · Esc", lines: lines)
    }

    /// The oldest message on the highlighted link, if it is still in flight.
    static func highlighted(_ state: AppState) -> MessageExplain? {
        guard let h = state.highlighted else { return nil }
        return state.picture.messages.first { $0.link == h && $0.position == 0 }?.explain
    }

    static func message(_ m: MessageExplain, _ lang: Lang, _ words: UIWords, width: Int) -> [OverlayView.Line] {
        var lines = [OverlayView.Line(words.highlighted, Style(.accent, bold: true))]
        lines += OverlayView.wrapped(m.line[lang], width: width, style: Style(bold: true))
        lines.append(OverlayView.Line())
        let labelWidth = (m.fields.map { CharWidth.of($0.label[lang]) }.max() ?? 0) + 2
        for field in m.fields {
            let wrappedValue = TextWrap.lines(field.value[lang], width: max(1, width - labelWidth))
            for (k, piece) in wrappedValue.enumerated() {
                let head = k == 0 ? Ellipsis.fit(field.label[lang], labelWidth) : String(repeating: " ", count: labelWidth)
                lines.append(OverlayView.Line(runs: [(head, Style(.muted)), (piece, .plain)]))
            }
        }
        lines.append(OverlayView.Line())
        lines.append(OverlayView.Line(words.ruleWord, Style(.accent, bold: true)))
        lines += OverlayView.wrapped(m.rule[lang], width: width)
        return lines
    }

    /// The event's line and what each rule behind it means.
    static func event(_ event: EventPicture, _ state: AppState, _ words: UIWords, width: Int) -> [OverlayView.Line] {
        let lang = state.lang
        var lines = [OverlayView.Line("\(words.latestEvent) (\(TimeText.seconds(event.time, lang)))", Style(.accent, bold: true))]
        lines += OverlayView.wrapped(event.text[lang], width: width, style: Style(bold: true))
        let explained = event.rules.compactMap { rule in rule.meaning.map { "\(rule.tag[lang]): \($0[lang])" } }
        if !explained.isEmpty {
            lines.append(OverlayView.Line())
            lines.append(OverlayView.Line(words.ruleWord, Style(.accent, bold: true)))
            for rule in explained { lines += OverlayView.wrapped("• " + rule, width: width, indent: 2) }
        }
        lines.append(OverlayView.Line())
        let hint = state.picture.real == nil ? words.explainHint : words.explainHintReal  // no m: no message is seen
        lines += OverlayView.wrapped(hint, width: width, style: Style(.muted))
        return lines
    }
}
