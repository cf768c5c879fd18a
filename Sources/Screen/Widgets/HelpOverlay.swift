/// The help overlay (`?`): every key of product.md's table and what it does, then the legend
/// of every mark (beside the keys on a screen wide enough for both, else under them; ↑ ↓
/// PgUp PgDn scroll).
enum HelpOverlay {
    /// Columns of the key column.
    static func keyWidth(_ keys: [UIWords.KeyHint]) -> Int { (keys.map { CharWidth.of($0.key) }.max() ?? 0) + 2 }

    /// The key rows, in Kafka's words on a Kafka partition.
    static func hints(_ state: AppState) -> [UIWords.KeyHint] {
        let words = UIWords(state.lang)
        return state.picture.real == nil ? words.keys(kafka: state.picture.isKafka) : words.realKeys
    }

    /// The inner width of the keys: their widest row.
    static func keysWidth(_ state: AppState) -> Int {
        let keys = hints(state)
        return keyWidth(keys) + (keys.map { CharWidth.of($0.word) }.max() ?? 0)
    }

    /// Columns between the keys and the legend beside them: " │ ".
    static let gap = 3

    /// Whether the legend goes beside the keys: the screen holds both.
    static func beside(_ state: AppState) -> Bool { keysWidth(state) + gap + LegendOverlay.width + 4 <= state.width }

    /// The inner width the help wants: the keys, and the legend beside them or under them.
    static func width(_ state: AppState) -> Int {
        beside(state) ? keysWidth(state) + gap + LegendOverlay.width : max(keysWidth(state), min(LegendOverlay.width, state.width - 4))
    }

    static func content(_ state: AppState, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        let legend = LegendWords(state.lang)
        let title = words.helpTitle + " · " + legend.scrollHint + " · Esc"
        let heading = OverlayView.Line(legend.underKeys, Style(.accent, bold: true))
        guard beside(state) else {
            let lines = keys(state, width: width) + [OverlayView.Line(), heading]
                + LegendOverlay.lines(state, width: width)
            return OverlayView.Content(title: title, lines: lines, scroll: state.overlayScroll)
        }
        let left = keysWidth(state)
        let keys = keys(state, width: left)
        let marks = [heading] + LegendOverlay.lines(state, width: width - left - gap)
        let lines = (0..<max(keys.count, marks.count)).map { k -> OverlayView.Line in
            let key = k < keys.count ? keys[k] : OverlayView.Line()
            let used = key.runs.reduce(0) { $0 + CharWidth.of($1.text) }
            let pad = (String(repeating: " ", count: max(0, left - used)) + " │ ", Style(.muted))
            return OverlayView.Line(runs: key.runs + [pad] + (k < marks.count ? marks[k].runs : []))
        }
        return OverlayView.Content(title: title, lines: lines, scroll: state.overlayScroll)
    }

    /// The keys and what each does.
    static func keys(_ state: AppState, width: Int) -> [OverlayView.Line] {
        let hints = hints(state)
        let keyWidth = keyWidth(hints)
        var lines: [OverlayView.Line] = []
        for hint in hints {
            let key = CharWidth.fit(hint.key, keyWidth)
            let text = TextWrap.lines(hint.word, width: max(1, width - keyWidth))
            for (k, piece) in text.enumerated() {
                let head = k == 0 ? (key, Style(.accent, bold: true)) : (String(repeating: " ", count: keyWidth), Style.plain)
                lines.append(OverlayView.Line(runs: [head, (piece, .plain)]))
            }
        }
        if state.picture.real != nil {  // what a real cluster cannot do, said once (issue 14)
            lines += TextWrap.lines(UIWords(state.lang).realCannot, width: max(1, width)).map { OverlayView.Line($0, Style(.muted)) }
        }
        return lines
    }
}
