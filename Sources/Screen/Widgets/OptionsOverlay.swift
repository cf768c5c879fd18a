import RaftCore

/// The options panel (`o`): each `OptionsPanel` row with its current value; the cursor row
/// is reversed and marked '▸'.
enum OptionsOverlay {
    static func width(_ state: AppState) -> Int {
        let words = UIWords(state.lang)
        let rows = OptionsPanel.rows.map { labelWidth(words) + CharWidth.of(value($0, state, words)) + 2 }
        return max(rows.max() ?? 0, CharWidth.of(words.optionsHint))
    }

    static func labelWidth(_ words: UIWords) -> Int {
        (OptionsPanel.rows.map { CharWidth.of(words.option($0)) }.max() ?? 0) + 4
    }

    static func content(_ state: AppState, row cursor: Int, width: Int) -> OverlayView.Content {
        let words = UIWords(state.lang)
        let labels = labelWidth(words)
        var lines: [OverlayView.Line] = []
        for (k, row) in OptionsPanel.rows.enumerated() {
            let here = k == cursor
            let text = (here ? "▸ " : "  ") + CharWidth.fit(words.option(row), labels - 2) + value(row, state, words)
            let unsafe = [.voteWithoutLogCheck, .commitOldTerms, .writeWithoutQuorum].contains(row)
            let style = Style(unsafe ? .warning : .plain, bold: here, reverse: here)
            lines.append(OverlayView.Line(CharWidth.fit(text, width), style))
        }
        lines.append(OverlayView.Line())
        lines += OverlayView.wrapped(words.optionsHint, width: width, style: Style(.muted))
        return OverlayView.Content(title: words.optionsTitle + " · Esc", lines: lines, focus: cursor)
    }

    /// The row's current value, from the world's engine config and timing.
    static func value(_ row: OptionsPanel.Row, _ state: AppState, _ words: UIWords) -> String {
        let config = state.world.config
        switch row {
        case .preVote: return words.onOff(config.preVote)
        case .checkQuorum: return words.onOff(config.checkQuorum)
        case .noop: return words.onOff(config.noop)
        case .pipeline: return words.onOff(config.pipeline)
        case .batch: return "\(config.batch)"
        case .voteWithoutLogCheck: return words.onOff(config.unsafe.contains(.voteWithoutLogCheck))
        case .commitOldTerms: return words.onOff(config.unsafe.contains(.commitOldTerms))
        case .writeWithoutQuorum: return words.onOff(config.unsafe.contains(.writeWithoutQuorum))
        case .heartbeat: return "\(config.heartbeat) ms"
        case .election: return range(config.election)
        case .latency: return range(state.world.latency)
        }
    }

    static func range(_ r: ClosedRange<Int>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound) ms" : "\(r.lowerBound)–\(r.upperBound) ms"
    }
}
